//! Profiles typed with a Chinese input method, round two: IME brackets around a table header,
//! numbers written in Chinese, a key typed in the wrong table, a header left open. Every line
//! certplan says to type is accepted when typed.

mod common;

use common::{certplan, refusal_of, temp_dir, write};

const ORG: &str = "[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 3\n";

/// The line after "请写成 " (or "write "), typed in place of the line `bad` of `text`, must be
/// accepted.
fn advice_is_accepted(text: &str, bad: &str, said: &str) {
    let advice = said
        .lines()
        .find_map(|line| {
            line.split_once("请写成 ")
                .or_else(|| line.split_once("help: write "))
                .map(|(_, rest)| rest.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("no line to type in {said}"));
    let fixed: String = text
        .lines()
        .map(|line| if line == bad { advice.as_str() } else { line })
        .map(|line| format!("{line}\n"))
        .collect();
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", &fixed);
    let output = certplan()
        .args(["quote", "--lang", "zh", "--as-of", "2026-06-01"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{fixed}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn ime_brackets_around_a_table_header_say_to_type_the_ascii_header() {
    for header in [
        "【platforms.wecom】",
        "［platforms.wecom］",
        "【platforms.wecom]",
        "[platforms.wecom】",
        "【platforms.企业微信】",
    ] {
        let text = format!("{ORG}{header}\n");
        let zh = refusal_of(&text, "zh");
        assert!(zh.contains("中文括号"), "{header}: {zh}");
        assert!(zh.contains("请写成 [platforms.wecom]"), "{header}: {zh}");
        assert!(
            zh.contains("p.toml:5:1: platforms.wecom:"),
            "{header}: {zh}"
        );
        advice_is_accepted(&text, header, &zh);
        let en = refusal_of(&text, "en");
        assert!(en.contains("help: write [platforms.wecom]"), "{en}");
    }
}

#[test]
fn chinese_numerals_name_the_number_to_type_and_the_advice_is_accepted() {
    for (value, number) in [
        ("六百", 600),
        ("一千五百", 1500),
        ("\"一千五百\"", 1500),
        ("1.5万", 15_000),
        ("两千", 2000),
        ("一千五", 1500),
        ("\"六百人\"", 600),
    ] {
        let bad = format!("members = {value}");
        let text = ORG.replace("members = 3", &bad) + "[platforms.wecom]\n";
        let zh = refusal_of(&text, "zh");
        assert!(
            zh.contains(&format!("请写成 members = {number}")),
            "{value}: {zh}"
        );
        assert!(
            !zh.contains("双引号"),
            "never advice to quote a number: {zh}"
        );
        advice_is_accepted(&text, &bad, &zh);
        let en = refusal_of(&text, "en");
        assert!(
            en.contains(&format!("help: write members = {number}")),
            "{en}"
        );
    }
}

#[test]
fn text_where_a_number_belongs_is_never_told_to_be_quoted() {
    let text = ORG.replace("members = 3", "members = 六百来个") + "[platforms.wecom]\n";
    let zh = refusal_of(&text, "zh");
    assert!(zh.contains("不是数字"), "{zh}");
    assert!(
        !zh.contains("请写成"),
        "no line that would be refused again: {zh}"
    );
}

#[test]
fn a_key_typed_in_another_table_is_told_where_it_belongs() {
    let text = format!("{ORG}\n[platforms.wecom]\ntype = \"service\"\n");
    let zh = refusal_of(&text, "zh");
    assert!(zh.contains("platforms.wecom.type"), "{zh}");
    assert!(
        zh.contains("而属于 [platforms.official_account]、[platforms.gov_account]"),
        "{zh}"
    );
    assert!(zh.contains("或删掉它"), "{zh}");
    let en = refusal_of(&text, "en");
    assert!(
        en.contains("it belongs in [platforms.official_account], [platforms.gov_account]"),
        "{en}"
    );
    let text = format!("{ORG}id_number = \"110101199003074578\"\n[platforms.wecom]\n");
    assert!(refusal_of(&text, "zh").contains("而属于 [legal_rep]"));
}

#[test]
fn a_table_header_left_open_is_reported_against_the_table_it_opens() {
    let text = format!("{ORG}[legal_rep\nname = \"张三\"\n[platforms.wecom]\n");
    let zh = refusal_of(&text, "zh");
    assert!(zh.contains("p.toml:5:"), "{zh}");
    assert!(zh.contains(": legal_rep: 表头 [legal_rep 没有闭合"), "{zh}");
    assert!(!zh.contains("platforms.wecom"), "{zh}");
    advice_is_accepted(&text, "[legal_rep", &zh);
}

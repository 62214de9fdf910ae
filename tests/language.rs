//! Everything certplan says, in the reader's language (`--lang`, else the locale): problems in a
//! profile with their hints, usage errors and `--help`. Keys, ids, flags and paths stay as typed.

mod common;

use common::{certplan, refusal_of, stderr_of};

const VALID: &str =
    "[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 3\n\n[platforms.wecom]\n";

#[test]
fn profile_problems_and_their_hints_are_in_chinese_with_keys_as_typed() {
    for (text, location, zh, en) in [
        (
            VALID.replace("members = 3", "members = 3\nfoo = 1"),
            "p.toml:5:1: org.foo: ",
            "不认识的键 `foo`",
            "unknown key `foo`",
        ),
        (
            VALID.replace("enterprise", "enterprize"),
            "p.toml:3:8: org.kind: ",
            "不认识的取值 `enterprize`",
            "unknown value `enterprize`",
        ),
        (
            VALID.replace("members = 3", "members = 5.5"),
            "p.toml:4:11: org.members: ",
            "应为整数，实际为小数 `5.5`",
            "expected an integer, found floating point `5.5`",
        ),
        (
            VALID.replace("members = 3", "members = 0"),
            "p.toml:4:11: org.members: ",
            "须为不小于 1 的整数，实际为 0",
            "must be an integer ≥ 1, found 0",
        ),
        (
            VALID.replace("[platforms.wecom]\n", ""),
            "p.toml:1:1: platforms: ",
            "档案没有选择任何平台",
            "the profile chooses no platform",
        ),
        (
            VALID.replace(
                "members = 3",
                "members = 3\nlicense_expires = \"2031-02-29\"",
            ),
            "org.license_expires: ",
            "\"2031-02-29\" 不是真实存在的日期",
            "\"2031-02-29\" is not a calendar date",
        ),
        (
            VALID.replace("members = 3", "members = 3\nlicense_expires = 1999-12-31"),
            "org.license_expires: ",
            "1999-12-31 超出 certplan 规划的日期范围",
            "1999-12-31 is outside 2000-01-01 … 2100-12-31",
        ),
    ] {
        let chinese = refusal_of(&text, "zh");
        assert!(chinese.contains(location), "{chinese}");
        assert!(chinese.contains(zh), "{chinese}");
        assert!(!chinese.contains(en), "no English left: {chinese}");
        let english = refusal_of(&text, "en");
        assert!(english.contains(&format!("{location}{en}")), "{english}");
    }
}

#[test]
fn hints_and_counts_around_a_problem_are_in_chinese_too() {
    let chinese = refusal_of(&VALID.replace("members = 3", "members = 3\nnmae = 1"), "zh");
    assert!(
        chinese.contains("提示：是不是要写 `name`？可用的有：name, kind"),
        "{chinese}"
    );
    assert!(!chinese.contains("help:"), "{chinese}");

    let unknown: String = (0..30).map(|i| format!("x{i} = \"a\"\n")).collect();
    let many = format!("[documents]\n{unknown}");
    let chinese = refusal_of(&format!("{VALID}{many}"), "zh");
    assert!(chinese.contains("不认识的材料 `x0`"), "{chinese}");
    assert!(chinese.contains("p.toml 中还有 10 个问题"), "{chinese}");
    let english = refusal_of(&format!("{VALID}{many}"), "en");
    assert!(english.contains("… and 10 more problems in"), "{english}");
}

#[test]
fn a_toml_syntax_error_is_called_one_in_chinese() {
    let chinese = refusal_of(&VALID.replace("members = 3", "members = = 3"), "zh");
    assert!(chinese.contains("TOML 格式错误："), "{chinese}");
    assert!(chinese.contains("p.toml:4:"), "{chinese}");
}

#[test]
fn help_is_chinese_under_a_chinese_locale_and_english_otherwise() {
    let chinese = certplan()
        .args(["remind", "--help"])
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert_eq!(chinese.status.code(), Some(0));
    let text = String::from_utf8(chinese.stdout).unwrap();
    for words in [
        "用法：certplan remind",
        "参数：",
        "选项：",
        "[默认：60]",
        "显示帮助",
        "--warn-days <DAYS>",
    ] {
        assert!(text.contains(words), "{words} missing in:\n{text}");
    }
    for english in ["Usage", "Options", "Print help", "[default"] {
        assert!(!text.contains(english), "{english} in:\n{text}");
    }
    let english = certplan()
        .args(["--lang", "en", "remind", "--help"])
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8(english.stdout).unwrap();
    assert!(
        text.contains("Usage: certplan remind") && text.contains("[default: 60]"),
        "{text}"
    );
}

#[test]
fn usage_errors_are_chinese_with_the_flag_as_typed_and_exit_64() {
    let output = certplan()
        .args(["--lang", "zh", "quote", "--yeras", "3"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(64));
    let text = stderr_of(&output);
    assert!(
        text.contains("certplan：错误：不认识的参数 `--yeras`"),
        "{text}"
    );
    assert!(text.contains("是不是要写 `--years`？"), "{text}");
    assert!(
        text.contains("更多信息请运行 `certplan quote --help`。"),
        "{text}"
    );

    let output = certplan()
        .args(["--lang", "zh", "timeline", "--as-of", "2026-02-30"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(64));
    let text = stderr_of(&output);
    assert!(
        text.contains("`--as-of <DATE>` 的值 `2026-02-30` 无效：\"2026-02-30\" 不是真实存在的日期"),
        "{text}"
    );
    let output = certplan()
        .args(["timeline", "--as-of", "2026-02-30"])
        .env("LANG", "C")
        .output()
        .unwrap();
    let text = stderr_of(&output);
    assert!(
        text.contains("\"2026-02-30\" is not a calendar date"),
        "{text}"
    );
    assert!(!text.contains('\u{1}'), "no coded message leaks: {text:?}");
}

#[test]
fn more_input_method_mistakes_say_what_to_type() {
    for (from, to, zh) in [
        ("members = 3", "members = １５００", "请写成 members = 1500"),
        (
            "name = \"星河科技\"",
            "name = 星河科技",
            "请写成 name = \"星河科技\"",
        ),
        (
            "members = 3",
            "members = 3\nsmall_micro = 是",
            "请写成 small_micro = true",
        ),
        (
            "members = 3",
            "members = 3\nsmall_micro = True",
            "请写成 small_micro = true",
        ),
        (
            "name = \"星河科技\"",
            "name = \"星河科技\"，",
            "请删掉它：TOML 的行末不加逗号",
        ),
        (
            "name = \"星河科技\"",
            "name\u{3000}= \"星河科技\"",
            "请改用英文半角空格",
        ),
        (
            "members = 3",
            "members = 3\nlicense_expires = 20310630",
            "请写成 license_expires = 2031-06-30",
        ),
        (
            "[platforms.wecom]",
            "[platforms.企业微信]",
            "请写成 [platforms.wecom]",
        ),
    ] {
        let chinese = refusal_of(&VALID.replace(from, to), "zh");
        assert!(chinese.contains(zh), "{to}: {chinese}");
    }
}

#[test]
fn a_number_inside_chinese_text_is_never_split_when_a_table_wraps() {
    for width in ["80", "100"] {
        let output = certplan()
            .args([
                "check",
                "profiles/guangzhou-enterprise-1500.toml",
                "--as-of",
                "2026-11-22",
            ])
            .args(["--lang", "zh", "--width", width])
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(
            !text.contains('\u{200B}'),
            "no break marks are left in the table"
        );
        for number in ["100号", "200号", "32%"] {
            assert!(
                text.contains(number),
                "{number} split at width {width}:\n{text}"
            );
        }
    }
}

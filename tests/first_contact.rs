//! First contact for Chinese users (and everyone): profiles typed with a Chinese input method,
//! init in Chinese, monitoring counts, platforms not yet certified, a per-client summary for
//! spreadsheets, the byte-order mark for Excel, documents never declared, and findings that
//! cite each platform's own fact.

mod common;

use common::{
    AS_OF, certplan, printed, profile, refusal_of, stderr_of, stdout_of, temp_dir, write,
};
use predicates::prelude::*;

/// A small valid profile with `line` in place of the line starting with `key`.
fn typed(key: &str, line: &str) -> String {
    let base = "[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 3\nlicense_expires = 2040-01-01\n\n[platforms.wecom]\n";
    base.lines()
        .map(|original| {
            if original.starts_with(&format!("{key} ")) {
                line
            } else {
                original
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn full_width_punctuation_is_named_with_its_code_point_and_the_ascii_to_type() {
    for (line, found, code, ascii) in [
        ("name = “星河科技”", "“", "U+201C", "符号 \""),
        ("name ＝ \"星河科技\"", "＝", "U+FF1D", "符号 ="),
        ("members：3", "：", "U+FF1A", "符号 ="),
        // A space is named, not shown: it would be invisible.
        ("members\u{3000}= 3", "\u{3000}", "U+3000", "空格"),
    ] {
        let key = if line.starts_with("name") {
            "name"
        } else {
            "members"
        };
        let zh = refusal_of(&typed(key, line), "zh");
        assert!(
            zh.contains(&format!("发现全角字符 {found}（{code}）")),
            "{zh}"
        );
        assert!(zh.contains(&format!("请改用英文半角{ascii}")), "{zh}");
        assert!(
            zh.contains("p.toml:") && zh.contains('^'),
            "file:line:col and caret kept: {zh}"
        );
        let en = refusal_of(&typed(key, line), "en");
        assert!(en.contains(&format!("full-width {found} ({code})")), "{en}");
    }
}

#[test]
fn numbers_written_as_people_write_them_say_what_to_write() {
    for line in [
        "members = 1,500",
        "members = 1 500",
        "members = 1500人",
        "members = \"1500\"",
    ] {
        assert!(
            refusal_of(&typed("members", line), "zh").contains("请写成 members = 1500"),
            "{line}"
        );
        assert!(
            refusal_of(&typed("members", line), "en").contains("help: write members = 1500"),
            "{line}"
        );
    }
}

#[test]
fn dates_written_as_people_write_them_say_what_to_write() {
    for line in [
        "license_expires = 2031/06/30",
        "license_expires = 2031.06.30",
        "license_expires = \"2031年6月30日\"",
        "license_expires = \"2031-6-30\"",
    ] {
        let zh = refusal_of(&typed("license_expires", line), "zh");
        assert!(
            zh.contains("请写成 license_expires = 2031-06-30"),
            "{line}: {zh}"
        );
        assert!(
            zh.contains("org.license_expires") || zh.contains("p.toml:5:"),
            "{zh}"
        );
    }
}

#[test]
fn chinese_names_of_values_map_to_their_ids() {
    let dir = temp_dir();
    for (key, line, id) in [
        ("kind", "kind = \"企业\"", "kind = \"enterprise\""),
        (
            "kind",
            "kind = \"事业单位\"",
            "kind = \"public_institution\"",
        ),
        (
            "kind",
            "kind = \"民办非企业单位\"",
            "kind = \"private_non_enterprise\"",
        ),
    ] {
        let zh = refusal_of(&typed(key, line), "zh");
        assert!(zh.contains(&format!("请写成 {id}")), "{zh}");
    }
    let gov = write(
        dir.path(),
        "gov.toml",
        "[org]\nname = \"某县民政局\"\nkind = \"government\"\nmembers = 30\ngov_level = \"县级\"\n\n[platforms.gov_account]\ntype = \"服务号\"\n",
    );
    let output = certplan()
        .args(["quote", "--lang", "en"])
        .arg(&gov)
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).contains("write gov_level = \"county\""),
        "{}",
        stderr_of(&output)
    );
    let fixed = std::fs::read_to_string(&gov)
        .unwrap()
        .replace("县级", "county");
    std::fs::write(&gov, fixed).unwrap();
    let output = certplan()
        .args(["quote", "--lang", "en"])
        .arg(&gov)
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).contains("write type = \"service\""),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn an_id_card_valid_for_the_long_term_is_accepted_and_checked_against_the_age() {
    let dir = temp_dir();
    let with = |id_number: &str, expires: &str| {
        format!(
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n\n[legal_rep]\nid_number = \"{id_number}\"\nid_expires = \"{expires}\"\n\n[platforms.wecom]\n"
        )
    };
    // Born 1991: 35 on the as-of day, too young for a 长期 card.
    let young = write(dir.path(), "young.toml", with("360426199101010071", "长期"));
    let output = certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&young)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout_of(&output).contains("\"legal_rep.id_long_term_too_young\""));
    assert!(stdout_of(&output).contains("\"ID-LONGTERM\""));
    // Born 1978: 47, a long-term card is plausible; "long-term" is accepted too.
    for words in ["长期", "long-term"] {
        let older = write(dir.path(), "older.toml", with("321083197812162119", words));
        let output = certplan()
            .args(["check", "--format", "json", "--as-of", AS_OF])
            .arg(&older)
            .output()
            .unwrap();
        assert!(
            !stdout_of(&output).contains("id_long_term_too_young"),
            "{words}"
        );
        assert!(
            !stdout_of(&output).contains("legal_rep.id_expired"),
            "{words}"
        );
    }
}

#[test]
fn init_writes_chinese_comments_in_chinese_and_both_templates_quote_alike() {
    let dir = temp_dir();
    certplan()
        .current_dir(dir.path())
        .args(["init", "zh.toml", "--lang", "zh"])
        .assert()
        .success()
        .stderr(predicate::str::contains("已写入 zh.toml"));
    certplan()
        .current_dir(dir.path())
        .args(["init", "en.toml", "--lang", "en"])
        .assert()
        .success();
    let zh = std::fs::read_to_string(dir.path().join("zh.toml")).unwrap();
    let en = std::fs::read_to_string(dir.path().join("en.toml")).unwrap();
    for name in [
        "企业 → enterprise",
        "事业单位 → public_institution",
        "个体工商户 → individual_business",
        "基金会 → foundation",
    ] {
        assert!(zh.contains(name), "{name}");
    }
    assert!(!en.contains("企业 → enterprise"));
    let keys = |text: &str| -> Vec<String> {
        text.lines()
            .map(|line| line.trim_start_matches("# ").trim())
            .filter(|line| line.starts_with('[') || line.contains(" = "))
            .map(|line| line.split([' ', '#']).next().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(keys(&zh), keys(&en), "the same keys, in the same order");
    let quote = |file: &str| {
        stdout_of(
            &certplan()
                .current_dir(dir.path())
                .args(["quote", "--format", "json", "--as-of", AS_OF, file])
                .output()
                .unwrap(),
        )
        .replace(file, "")
    };
    assert_eq!(quote("zh.toml"), quote("en.toml"));
}

#[test]
fn remind_lists_platforms_not_yet_certified_without_changing_the_exit_code() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n\n[platforms.wecom]\ncertified_on = 2026-06-01\n\n[platforms.official_account]\n",
    );
    let table = certplan()
        .args(["remind", "--lang", "zh", "--as-of", AS_OF])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(table.status.code(), Some(0));
    assert!(stdout_of(&table).contains("未认证"));
    let json = printed(&["remind", "--format", "json", "--as-of", AS_OF], &file);
    assert!(
        json.contains(
            "\"not_certified\":[{\"platform\":\"official_account\",\"status\":\"not_certified\"}]"
        ),
        "{json}"
    );
    let csv = printed(&["remind", "--format", "csv", "--as-of", AS_OF], &file);
    assert!(
        csv.lines()
            .any(|line| line.contains(",official_account,") && line.contains(",not_certified,")),
        "{csv}"
    );
    let ics = printed(&["remind", "--format", "ics", "--as-of", AS_OF], &file);
    assert!(
        !ics.contains("official_account"),
        "no calendar event for it"
    );
}

#[test]
fn nagios_counts_each_status_with_singular_and_plural() {
    let output = certplan()
        .args(["remind", "profiles/", "--nagios", "--as-of", AS_OF])
        .output()
        .unwrap();
    let line = stdout_of(&output);
    assert!(
        // 5 reviews ok and 3 platforms without an annual review (DingTalk twice, Alipay).
        line.starts_with("CRITICAL: 1 expired, 3 critical, 2 due, 8 ok; nearest"),
        "{line}"
    );
    assert!(line.contains("(3 days ago)"), "{line}");
    assert!(
        line.contains("| lapsed=0 expired=1 critical=3 due=2 ok=8 days_left=-3;60:;7:"),
        "{line}"
    );
    let dir = temp_dir();
    write(
        dir.path(),
        "a.toml",
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n[platforms.wecom]\ncertified_on = 2025-11-24\n",
    );
    let line = printed(&["remind", "--nagios", "--as-of", AS_OF], dir.path());
    assert!(line.contains("(1 day left)"), "{line}");
    let chinese = printed(
        &["remind", "--nagios", "--as-of", AS_OF, "--lang", "zh"],
        dir.path(),
    );
    assert!(chinese.contains("紧急 1 项"), "{chinese}");
    assert!(
        chinese.contains("x 企业微信 于 2026-11-23 到期"),
        "{chinese}"
    );
}

#[test]
fn a_summary_csv_has_one_row_per_profile_whose_columns_sum_correctly() {
    let output = certplan()
        .args([
            "quote",
            "profiles/",
            "--format",
            "csv",
            "--summary",
            "--years",
            "3",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let csv = stdout_of(&output);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        &headers.iter().take(6).collect::<Vec<_>>(),
        &["profile", "org", "kind", "members", "region", "years"]
    );
    let column = |name: &str| headers.iter().position(|header| header == name).unwrap();
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 9, "one row per example profile");
    let sum = |name: &str| {
        rows.iter()
            .map(|row| row[column(name)].parse::<i64>().unwrap())
            .sum::<i64>()
    };
    // The detailed CSV's grand totals agree with the SUM of the summary's columns.
    let detailed = stdout_of(
        &certplan()
            .args([
                "quote",
                "profiles/",
                "--format",
                "json",
                "--years",
                "3",
                "--as-of",
                AS_OF,
            ])
            .output()
            .unwrap(),
    );
    let totals: i64 = detailed
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["total_fen"]
                .as_i64()
                .unwrap()
        })
        .sum();
    assert_eq!(sum("years_total_fen"), totals);
    certplan()
        .args(["quote", "profiles/", "--summary"])
        .assert()
        .code(64);
}

#[test]
fn bom_starts_csv_output_for_excel_and_is_refused_elsewhere() {
    let output = certplan()
        .args([
            "quote",
            "profiles/shenzhen-small-enterprise.toml",
            "--format",
            "csv",
            "--bom",
        ])
        .output()
        .unwrap();
    assert!(output.stdout.starts_with("\u{feff}profile,".as_bytes()));
    let plain = certplan()
        .args([
            "quote",
            "profiles/shenzhen-small-enterprise.toml",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(
        plain.stdout.starts_with(b"profile,"),
        "no BOM unless asked: scripts come first"
    );
    certplan()
        .args(["quote", "profiles/shenzhen-small-enterprise.toml", "--bom"])
        .assert()
        .code(64);
}

#[test]
fn check_without_documents_says_once_that_none_is_listed_yet() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        format!(
            "{}uscc = \"91110000600037341L\"\n",
            profile("enterprise", 5).replace("[platforms.wecom]\n", "")
        ) + "[platforms.wecom]\n",
    );
    let output = certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "never 'nothing needs attention'"
    );
    let json: serde_json::Value = serde_json::from_str(stdout_of(&output).trim()).unwrap();
    let documents: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["id"].as_str().unwrap().starts_with("document"))
        .collect();
    assert_eq!(documents.len(), 1, "{documents:?}");
    assert_eq!(documents[0]["id"], "documents.unlisted");
    assert_eq!(documents[0]["severity"], "warning");
}

#[test]
fn explain_suggests_a_figure_of_the_platform_typed() {
    certplan()
        .args([
            "explain",
            "profiles/guangzhou-enterprise-1500.toml",
            "wecom.total",
        ])
        .assert()
        .code(64)
        .stderr(
            predicate::str::contains("did you mean `wecom.first_fen`?")
                .and(predicate::str::contains("`total_fen`")),
        );
    let output = certplan()
        .args([
            "explain",
            "profiles/guangzhou-enterprise-1500.toml",
            "dingtalk.subsidy",
        ])
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).contains("did you mean `dingtalk.subsidy_fen`?"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn shenzhen_subsidy_is_for_enterprises_only() {
    let dir = temp_dir();
    let with_kind = |kind: &str| {
        format!(
            "[org]\nname = \"x\"\nkind = \"{kind}\"\nmembers = 30\nregion = \"深圳\"\nsmall_micro = true\n\n[platforms.wecom]\n"
        )
    };
    for (kind, subsidy) in [
        ("enterprise", 15_000),
        ("individual_business", 0),
        ("social_group", 0),
        ("private_non_enterprise", 0),
        ("public_institution", 0),
    ] {
        let file = write(dir.path(), "p.toml", with_kind(kind));
        let json = printed(&["quote", "--format", "json", "--as-of", AS_OF], &file);
        let value: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        assert_eq!(value["subsidy_fen"], subsidy, "{kind}");
    }
    let file = write(dir.path(), "p.toml", with_kind("individual_business"));
    let zh = printed(&["quote", "--lang", "zh", "--as-of", AS_OF], &file);
    assert!(
        zh.contains("个体工商户可向当地中小企业主管部门咨询"),
        "{zh}"
    );
    let many = write(
        dir.path(),
        "many.toml",
        with_kind("enterprise").replace("members = 30", "members = 800"),
    );
    let check = certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&many)
        .output()
        .unwrap();
    assert!(stdout_of(&check).contains("\"org.small_micro_unusual\""));
    assert!(stdout_of(&check).contains("工信部联企业〔2011〕300号"));
}

/// Display width of a line (CJK characters take two columns).
fn display_width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

#[test]
fn tables_fit_80_columns_without_splitting_a_figure_and_pipes_never_wrap() {
    for (command, lang) in [
        ("quote", "zh"),
        ("quote", "en"),
        ("remind", "zh"),
        ("remind", "en"),
        ("check", "en"),
        ("timeline", "zh"),
    ] {
        let table = stdout_of(
            &certplan()
                .args([
                    command,
                    "profiles/guangzhou-enterprise-1500.toml",
                    "--as-of",
                    AS_OF,
                    "--lang",
                    lang,
                    "--width",
                    "80",
                ])
                .output()
                .unwrap(),
        );
        for line in table
            .lines()
            .filter(|line| line.starts_with(['│', '┌', '╞', '└']))
        {
            assert!(display_width(line) <= 80, "{command} {lang}: {line}");
        }
        // No date is split: wherever a year and a dash start, a whole date follows.
        let chars: Vec<char> = table.chars().collect();
        for start in 0..chars.len().saturating_sub(5) {
            let year: String = chars[start..start + 5].iter().collect();
            if year.starts_with("202")
                && year.ends_with('-')
                && year[..4].chars().all(|c| c.is_ascii_digit())
            {
                let date: String = chars[start..(start + 10).min(chars.len())].iter().collect();
                assert!(
                    chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_ok(),
                    "{command} {lang}: split date {date:?}"
                );
            }
        }
    }
    let quote = stdout_of(
        &certplan()
            .args([
                "quote",
                "profiles/guangzhou-enterprise-1500.toml",
                "--as-of",
                AS_OF,
                "--width",
                "80",
            ])
            .output()
            .unwrap(),
    );
    assert!(quote.contains("2,700.00") && quote.contains("3,000.00"));
    // Piped (no --width): nothing wraps, whatever the length.
    let piped = stdout_of(
        &certplan()
            .args([
                "check",
                "profiles/guangzhou-enterprise-1500.toml",
                "--as-of",
                AS_OF,
            ])
            .output()
            .unwrap(),
    );
    let rows = piped.lines().filter(|line| line.starts_with('│')).count();
    let findings = stdout_of(
        &certplan()
            .args([
                "check",
                "profiles/guangzhou-enterprise-1500.toml",
                "--as-of",
                AS_OF,
                "--format",
                "csv",
            ])
            .output()
            .unwrap(),
    );
    // The English table puts each finding's id on a line of its own: two lines a finding.
    assert_eq!(
        rows,
        1 + 2 * (findings.lines().count() - 1),
        "the header and two lines per finding: no wrapping in a pipe"
    );
    certplan()
        .args([
            "quote",
            "profiles/guangzhou-enterprise-1500.toml",
            "--width",
            "80",
            "--wide",
        ])
        .assert()
        .code(64);
}

#[test]
fn cli_errors_speak_the_readers_language_chosen_from_lang_or_the_locale() {
    certplan()
        .args(["quote", "no/such/profile.toml", "--lang", "zh"])
        .assert()
        .code(66)
        .stderr("certplan：错误：无法读取 no/such/profile.toml：文件或目录不存在\n");
    // LC_ALL wins over LANG; then LC_MESSAGES; then LANG.
    certplan()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "zh_CN.UTF-8")
        .args(["quote", "no/such/profile.toml"])
        .assert()
        .stderr(predicate::str::starts_with("certplan：错误："));
    certplan()
        .env("LANG", "zh_CN.UTF-8")
        .env("LC_ALL", "C")
        .args(["quote", "no/such/profile.toml"])
        .assert()
        .stderr(predicate::str::starts_with("certplan: error: cannot read"));
    certplan()
        .env("LANG", "C")
        .env("LC_MESSAGES", "zh_CN.UTF-8")
        .args([
            "quote",
            "profiles/guangzhou-enterprise-1500.toml",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ])
        .assert()
        .stdout(predicate::str::contains("\"name\":\"审核服务费\""));
}

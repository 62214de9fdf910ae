//! Domain truth, round 3 (issue 27), items 20–23: Chinese output is Chinese — kinds and
//! conditions in words, assumptions and refusals in the reader's language, numbers without
//! thousands separators outside money, one bracket at a time, sources labelled once.

mod common;
#[path = "domain_round3/shared.rs"]
mod shared;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use shared::{AS_OF, KIND_IDS, run, visible};

/// Text under `--lang zh` with no run of English words (ids, keys and file names aside): two
/// or more lowercase words in a row, as in a sentence.
fn english_sentence_in(text: &str) -> Option<&str> {
    text.lines().find(|line| {
        line.split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
            .any(|run| {
                run.split(' ')
                    .filter(|word| word.len() > 1 && word.chars().all(|c| c.is_ascii_lowercase()))
                    .count()
                    >= 3
            })
    })
}

/// Item 21: what was assumed for want of data, and the platform an explain item names but the
/// profile does not choose, are said in Chinese under `--lang zh` (and in English under en).
#[test]
fn item_21_assumptions_and_explain_refusals_are_chinese_under_zh() {
    let dir = temp_dir();
    let gov = write(
        dir.path(),
        "gov.toml",
        "[org]\nname = \"某某中心\"\nkind = \"public_institution\"\nmembers = 50\nregion = \"广东省\"\n[platforms.gov_account]\n",
    );
    for args in [
        &["timeline", "--as-of", AS_OF][..],
        &["timeline", "--as-of", "2024-06-03"],
        &["quote", "--as-of", "2024-06-03"],
        &["remind", "--as-of", "2024-06-03"],
        &["report", "--format", "html", "--as-of", AS_OF],
        &["timeline", "--format", "json", "--as-of", AS_OF],
    ] {
        let zh = run(&[args, &["--lang", "zh"]].concat(), &gov);
        let both = visible(&stdout_of(&zh)) + &stderr_of(&zh);
        assert!(english_sentence_in(&both).is_none(), "{args:?}: {both}");
        let en = run(&[args, &["--lang", "en"]].concat(), &gov);
        let both = stdout_of(&en) + &stderr_of(&en);
        if args.contains(&AS_OF) && !args.contains(&"quote") {
            assert!(
                both.contains("org.gov_level is not given"),
                "{args:?}: {both}"
            );
        }
    }
    let zh = run(&["explain", "--lang", "zh", "--as-of", AS_OF], &gov);
    let zh = stderr_of(
        &certplan()
            .args(["explain", "--lang", "zh", "--as-of", AS_OF])
            .arg(&gov)
            .arg("wecom")
            .output()
            .unwrap(),
    ) + &stderr_of(&zh);
    assert!(zh.contains("档案没有选择企业微信"), "{zh}");
    assert!(english_sentence_in(&zh).is_none(), "{zh}");
}

/// Item 20: `rules` and `explain` in Chinese name kinds by their Chinese names and conditions
/// in words; the Shenzhen subsidy row says it is for enterprises only, in both languages.
#[test]
fn item_20_rules_and_explain_name_kinds_in_chinese_and_the_subsidy_is_for_enterprises() {
    let rules = |lang: &str| {
        stdout_of(
            &certplan()
                .args(["rules", "--lang", lang, "--as-of", AS_OF])
                .output()
                .unwrap(),
        )
    };
    let zh = rules("zh");
    let subsidies = |text: &str, heading: &str| -> String {
        let start = text.find(heading).unwrap();
        text[start..].split("\n\n").next().unwrap().to_owned()
    };
    let zh_subsidies = subsidies(&zh, "补贴（事后报销）");
    assert!(zh_subsidies.contains("仅限企业"), "{zh_subsidies}");
    assert!(zh_subsidies.contains("小微企业"), "{zh_subsidies}");
    assert!(!zh_subsidies.contains('∋') && !zh_subsidies.contains("small_micro"));
    let en_subsidies = subsidies(&rules("en"), "Subsidies");
    assert!(en_subsidies.contains("kind = enterprise"), "{en_subsidies}");
    let exemptions = subsidies(&zh, "减免（基础费用的例外）");
    for id in KIND_IDS {
        // Rule ids may contain a kind's id (`gov_account.exempt_government`): whole cells only.
        assert!(
            !exemptions.contains(&format!("┆ {id} ")),
            "{id} in {exemptions}"
        );
    }
    assert!(exemptions.contains("事业单位") && exemptions.contains("基金会"));
    let dir = temp_dir();
    for kind in ["foundation", "public_institution", "enterprise"] {
        let file = write(
            dir.path(),
            "p.toml",
            format!(
                "[org]\nname = \"某某\"\nkind = \"{kind}\"\nmembers = 50\nregion = \"深圳\"\n[platforms.wecom]\n[platforms.official_account]\n"
            ),
        );
        let explained = stdout_of(
            &certplan()
                .args(["explain", "--lang", "zh", "--as-of", AS_OF])
                .arg(&file)
                .arg("wecom")
                .output()
                .unwrap(),
        );
        let reasons: Vec<_> = explained
            .lines()
            .filter(|line| line.contains("适用：") || line.contains("输入："))
            .collect();
        assert!(!reasons.is_empty(), "{explained}");
        for line in reasons {
            let reason = line.split(['：']).nth(1).unwrap();
            for id in KIND_IDS {
                assert!(!reason.contains(id), "{id} in {line}");
            }
        }
    }
}

/// Every command a user meets, in `lang`, for one small profile of each kind on each platform.
fn every_output(lang: &str, members: u32) -> String {
    const PLATFORMS: [&str; 7] = [
        "wecom",
        "official_account",
        "mini_program",
        "dingtalk",
        "alipay",
        "icp",
        "gov_account",
    ];
    let dir = temp_dir();
    let mut all = String::new();
    for kind in KIND_IDS {
        for platform in PLATFORMS {
            // Only government bodies and public institutions may hold one (GOV-WHO).
            if platform == "gov_account" && !["government", "public_institution"].contains(&kind) {
                continue;
            }
            // Alipay and ICP take no certified_on; the others are seen certified and not.
            let certified = match (platform, members % 2) {
                ("alipay" | "icp", _) | (_, 0) => "",
                _ => "certified_on = 2026-01-15\n",
            };
            let file = write(
                dir.path(),
                "p.toml",
                format!(
                    "[org]\nname = \"某某\"\nkind = \"{kind}\"\nmembers = {members}\nregion = \"广东省深圳市\"\ngov_level = \"county\"\n[platforms.{platform}]\n{certified}"
                ),
            );
            for command in [
                &["check"][..],
                &["checklist"],
                &["benefits"],
                &["timeline"],
                &["quote"],
                &["remind"],
                &["report", "--format", "html"],
            ] {
                let output = run(
                    &[command, &["--lang", lang, "--as-of", AS_OF]].concat(),
                    &file,
                );
                // Findings exit 1 or 2; a refused profile (65) would hide the output.
                let code = output.status.code();
                assert!(code.is_some_and(|code| code < 3), "{}", stderr_of(&output));
                all += &visible(&stdout_of(&output));
            }
        }
    }
    all
}

/// Items 22 and 23: in Chinese, numbers other than money carry no thousands separators; no
/// source is labelled twice (「（第三方文章；第三方）」); no bracket follows a closing one
/// (「（…）（企业微信）」); the remind table's general notes stand under their own heading.
#[test]
fn items_22_and_23_numbers_brackets_and_sources_read_as_a_person_writes_them() {
    let zh = every_output("zh", 1500) + &every_output("zh", 20001);
    if let Some(at) = zh.find("）（") {
        let context = String::from_utf8_lossy(&zh.as_bytes()[at.saturating_sub(60)..at + 30]);
        panic!("stacked brackets: {context}");
    }
    assert!(!zh.contains("第三方文章；第三方"));
    if let Some(line) = english_sentence_in(&zh) {
        panic!("an English sentence under --lang zh: {line}");
    }
    // A digit, a comma, three digits not followed by a decimal point: a number, not money.
    let bytes = zh.as_bytes();
    for (at, _) in zh.match_indices(',') {
        let digits = |range: std::ops::Range<usize>| {
            range
                .clone()
                .all(|i| bytes.get(i).is_some_and(u8::is_ascii_digit))
        };
        if at > 0 && digits(at - 1..at) && digits(at + 1..at + 4) {
            let mut end = at + 4;
            while bytes.get(end) == Some(&b',') && digits(end + 1..end + 4) {
                end += 4;
            }
            assert!(
                bytes.get(end) == Some(&b'.'),
                "a grouped number outside money: {}",
                String::from_utf8_lossy(&bytes[at.saturating_sub(30)..(end + 10).min(zh.len())])
            );
        }
    }
    assert!(zh.contains("成员上限 10000 人"), "item 22's own example");
    assert!(zh.contains("2,700.00"), "money keeps its separators");
    // No heading over nothing: a remind that cites no source has no 「来源：」 line.
    let dir = temp_dir();
    let uncertified = write(
        dir.path(),
        "new.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.wecom]\n",
    );
    let remind = stdout_of(&run(
        &["remind", "--lang", "zh", "--as-of", AS_OF],
        &uncertified,
    ));
    assert!(!remind.contains("来源："), "{remind}");
    // Notes under their own heading, as bullets, in both languages.
    for (lang, heading) in [("zh", "说明："), ("en", "Notes:")] {
        let dir = temp_dir();
        let file = write(
            dir.path(),
            "p.toml",
            "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.wecom]\ncertified_on = 2026-02-10\n",
        );
        let remind = stdout_of(&run(&["remind", "--lang", lang, "--as-of", AS_OF], &file));
        let notes = remind.split(heading).nth(1).expect(&remind);
        assert!(notes.lines().nth(1).unwrap().starts_with("- "), "{remind}");
        assert!(
            !remind.lines().any(|line| line.starts_with("  ")),
            "{remind}"
        );
    }
}

/// Item 23: WeCom's company payments, e-invoices and red-packet covers need a certified
/// WeCom (WECOM-B-PAY), not a corporate account: no binding or finding says otherwise.
#[test]
fn item_23_wecom_payments_are_not_tied_to_a_corporate_account() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\ncorporate_account = false\n[platforms.wecom]\n",
    );
    let json: serde_json::Value = serde_json::from_str(
        stdout_of(&run(
            &["benefits", "--format", "json", "--as-of", AS_OF],
            &file,
        ))
        .trim(),
    )
    .unwrap();
    let wecom = &json["platforms"][0];
    let payments = wecom["benefits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|benefit| benefit["id"] == "payments")
        .expect("WECOM-B-PAY is listed");
    assert_eq!(payments["fact"], "WECOM-B-PAY");
    assert!(!payments.to_string().contains("corporate"), "{payments}");
    assert!(
        wecom["binding"]
            .as_array()
            .unwrap()
            .iter()
            .all(|binding| !binding["id"].as_str().unwrap().contains("payments")),
        "{wecom}"
    );
}

/// Item 4 (the report's side): a platform without an annual review reads 「无年审」 in the
/// report's chart, table and note, never 「每次年审 0.00 元」, and a fee of nothing is not
/// said to be kept.
#[test]
fn item_4_the_report_says_no_annual_review_where_there_is_none() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.dingtalk]\n",
    );
    let page = stdout_of(&run(
        &[
            "report", "--format", "html", "--lang", "zh", "--as-of", AS_OF,
        ],
        &file,
    ));
    let start = page.find("<h2>费用</h2>").expect(&page);
    let end = page.find("<h2>时间表</h2>").expect(&page);
    let costs = &page[start..end];
    assert!(!costs.contains("每次年审 0.00"), "{costs}");
    assert!(!costs.contains("次年审；"), "{costs}");
    assert!(costs.contains("无年审"), "{costs}");
    assert!(!costs.contains(">不退<"), "{costs}");
}

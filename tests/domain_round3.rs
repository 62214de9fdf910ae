//! Domain truth, round 3 (issue 27), the items the first pass left open, and issue 23 item 4:
//! each test runs the binary as a user would and reads what a person reads.

mod common;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

/// The day the audit was made.
const AS_OF: &str = "2026-12-04";

fn run(args: &[&str], file: &Path) -> std::process::Output {
    certplan().args(args).arg(file).output().unwrap()
}

/// Issue 23 item 4: a hint about a future `certified_on` names a day that, written back
/// into the profile, is accepted — or names none.
#[test]
fn a_future_certification_hint_is_accepted_when_followed() {
    let dir = temp_dir();
    let profile = |day: &str| {
        format!(
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = {day}\n"
        )
    };
    for (certified_on, as_of, hint) in [
        ("2026-03-05", "2000-01-01", None),
        ("2030-01-01", AS_OF, None),
        ("2026-03-05", "2026-03-01", Some("2025-03-05")),
    ] {
        let file = write(dir.path(), "future.toml", profile(certified_on));
        let output = run(&["remind", "--lang", "en", "--as-of", as_of], &file);
        let stderr = stderr_of(&output);
        assert!(stderr.contains("is after today"), "{stderr}");
        assert!(
            !stderr.contains(&format!("did you mean {as_of}")),
            "{stderr}"
        );
        match hint {
            None => assert!(!stderr.contains("did you mean"), "{stderr}"),
            Some(hint) => {
                assert!(
                    stderr.contains(&format!("did you mean {hint}?")),
                    "{stderr}"
                );
                let followed = write(dir.path(), "followed.toml", profile(hint));
                let again = run(&["remind", "--lang", "en", "--as-of", as_of], &followed);
                assert!(!stderr_of(&again).contains("is after today"));
            }
        }
        let zh = stderr_of(&run(&["check", "--lang", "zh", "--as-of", as_of], &file));
        let zh = zh + &stdout_of(&run(&["check", "--lang", "zh", "--as-of", as_of], &file));
        assert!(!zh.contains(&format!("是否应为 {as_of}")), "{zh}");
    }
}

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

/// The text of an HTML page a reader sees (styles, scripts and tags dropped); other text as is.
fn visible(text: &str) -> String {
    if !text.starts_with("<!DOCTYPE") {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        let skip_to = ["<style", "<svg", "<script"]
            .iter()
            .find(|start| tag.starts_with(**start))
            .map(|start| format!("</{}>", &start[1..]));
        rest = match skip_to {
            Some(end) => tag.find(&end).map_or("", |at| &tag[at + end.len()..]),
            None => tag.find('>').map_or("", |at| &tag[at + 1..]),
        };
        out.push('\n');
    }
    out + rest
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

/// The kinds' profile ids, which a Chinese reader should never meet in prose.
const KIND_IDS: [&str; 9] = [
    "enterprise",
    "individual_business",
    "government",
    "public_institution",
    "social_group",
    "private_non_enterprise",
    "foundation",
    "nonprofit_org",
    "for_profit_org",
];

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
            let file = write(
                dir.path(),
                "p.toml",
                format!(
                    "[org]\nname = \"某某\"\nkind = \"{kind}\"\nmembers = {members}\nregion = \"广东省深圳市\"\ngov_level = \"county\"\n[platforms.{platform}]\ncertified_on = 2026-01-15\n"
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
    let zh = every_output("zh", 1500);
    for (at, _) in zh.match_indices("）（") {
        let context = String::from_utf8_lossy(&zh.as_bytes()[at.saturating_sub(60)..at + 30]);
        panic!("stacked brackets: {context}");
    }
    assert!(!zh.contains("第三方文章；第三方"));
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

/// A report page's timeline section, as text.
fn report_timeline(file: &Path, lang: &str, extra: &[&str]) -> String {
    let page = visible(&stdout_of(&run(
        &[
            &[
                "report", "--format", "html", "--lang", lang, "--as-of", AS_OF,
            ][..],
            extra,
        ]
        .concat(),
        file,
    )));
    let start = page.find(if lang == "zh" {
        "\n时间表\n"
    } else {
        "\nTimeline\n"
    });
    let start = start.expect(&page);
    let end = page[start..]
        .find(if lang == "zh" {
            "\n年审\n"
        } else {
            "\nRenewals\n"
        })
        .expect(&page);
    page[start..start + end].to_owned()
}

/// Items 15 and 16: the report never gives a passed day to submit (a lapsed Mini Program is
/// certified again, X-LAPSE), and a certified DingTalk is certified, never 「尚未认证」.
#[test]
fn items_15_and_16_the_report_says_lapsed_and_certified_not_a_passed_date() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.mini_program]\ncertified_on = 2025-08-20\n[platforms.dingtalk]\ncertified_on = 2025-03-01\n",
    );
    let zh = report_timeline(&file, "zh", &[]);
    // The last day to submit the lapsed review was 2026-08-12.
    assert!(!zh.contains("2026-08-12"), "{zh}");
    assert!(zh.contains("已失效") && zh.contains("重新完整认证"), "{zh}");
    assert!(!zh.contains("尚未认证"), "{zh}");
    assert!(zh.contains("钉钉：已于 2025-03-01 认证；无年审"), "{zh}");
    let en = report_timeline(&file, "en", &[]);
    assert!(!en.contains("2026-08-12") && en.contains("lapsed"), "{en}");
    assert!(!en.contains("not certified"), "{en}");
    let page = visible(&stdout_of(&run(
        &[
            "report", "--format", "html", "--lang", "zh", "--as-of", AS_OF,
        ],
        &file,
    )));
    assert!(page.contains("钉钉：已认证；无年审"), "{page}");
    // A review whose last day to submit has passed: the day is not given, today's is.
    let late = write(
        dir.path(),
        "late.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.official_account]\ncertified_on = 2025-12-08\n",
    );
    let zh = report_timeline(&late, "zh", &[]);
    assert!(zh.contains("已过，请立即提交"), "{zh}");
}

/// Item 18: `timeline` plans a certified platform's annual review from the day its window
/// opens, and says so; a platform certified with no annual review has nothing to plan;
/// `report --start` is accepted as `timeline --start` is.
#[test]
fn item_18_timeline_plans_the_annual_review_of_a_certified_platform() {
    let dir = temp_dir();
    // WeCom approved 2026-06-10: expires 2027-06-09, the window opens 2027-03-09.
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.wecom]\ncertified_on = 2026-06-10\n[platforms.dingtalk]\ncertified_on = 2025-03-01\n[platforms.official_account]\n",
    );
    let json: serde_json::Value = serde_json::from_str(
        stdout_of(&run(
            &["timeline", "--format", "json", "--as-of", AS_OF],
            &file,
        ))
        .trim(),
    )
    .unwrap();
    let platforms = json["platforms"].as_array().unwrap();
    let wecom = platforms.iter().find(|p| p["platform"] == "wecom").unwrap();
    assert_eq!(wecom["basis"], "annual_review");
    assert_eq!(wecom["window_opens_on"], "2027-03-09");
    assert_eq!(wecom["start"], "2027-03-09", "not before the window opens");
    assert!(wecom["earliest_on"].as_str().unwrap() > "2027-03-09");
    let first = platforms
        .iter()
        .find(|p| p["platform"] == "official_account");
    assert_eq!(first.unwrap()["basis"], "first");
    assert_eq!(first.unwrap()["start"], AS_OF);
    assert!(platforms.iter().all(|p| p["platform"] != "dingtalk"));
    assert_eq!(json["certified_without_review"][0]["platform"], "dingtalk");
    let zh = stdout_of(&run(&["timeline", "--lang", "zh", "--as-of", AS_OF], &file));
    assert!(zh.contains("以下为年审步骤，自 2027-03-09 起提交"), "{zh}");
    assert!(zh.contains("钉钉：已于 2025-03-01 认证；无年审"), "{zh}");
    let en = stdout_of(&run(&["timeline", "--lang", "en", "--as-of", AS_OF], &file));
    assert!(en.contains("these are the annual review's steps, submitted from 2027-03-09"));
    // report --start, as timeline --start.
    let output = run(
        &[
            "report",
            "--format",
            "html",
            "--as-of",
            AS_OF,
            "--start",
            "2026-12-10",
        ],
        &file,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let zh = report_timeline(&file, "zh", &["--start", "2026-12-10"]);
    assert!(zh.contains("若于 2026-12-10 开始申请"), "{zh}");
    assert!(zh.contains("自 2027-03-09 起提交"), "{zh}");
}

/// Item 11: a file under `[documents]` that no chosen platform asks for is reported by
/// `check` as information (exit unchanged), in both languages; a file one platform asks for
/// is not.
#[test]
fn item_11_check_reports_documents_no_platform_uses() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某科技有限公司\"\nkind = \"enterprise\"\nmembers = 50\n\n[documents]\nbusiness_license = \"l.pdf\"\nindustry_license = \"i.pdf\"\nauthorization_letter = \"a.pdf\"\n\n[platforms.dingtalk]\n",
    );
    let json: serde_json::Value = serde_json::from_str(
        stdout_of(&run(
            &["check", "--format", "json", "--as-of", AS_OF],
            &file,
        ))
        .trim(),
    )
    .unwrap();
    let unused: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["id"] == "document.unused")
        .collect();
    assert_eq!(unused.len(), 2, "{json}");
    assert!(unused.iter().all(|finding| finding["severity"] == "info"));
    let messages: String = unused.iter().map(|f| f["message"].to_string()).collect();
    assert!(messages.contains("industry_license") && messages.contains("authorization_letter"));
    assert!(
        !messages.contains("business_license"),
        "DingTalk asks for the licence"
    );
    let zh = stdout_of(&run(&["check", "--lang", "zh", "--as-of", AS_OF], &file));
    assert!(zh.contains("所申请的平台都不需要这份材料"), "{zh}");
    // With an industry that needs a licence, DingTalk asks for it (DT-DOCS).
    let school = write(
        dir.path(),
        "school.toml",
        "[org]\nname = \"某某学校\"\nkind = \"enterprise\"\nmembers = 50\nindustry = \"education\"\n\n[documents]\nindustry_license = \"i.pdf\"\n\n[platforms.dingtalk]\n",
    );
    let json = stdout_of(&run(
        &["check", "--format", "json", "--as-of", AS_OF],
        &school,
    ));
    assert!(!json.contains("document.unused"), "{json}");
}

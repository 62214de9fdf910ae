//! Domain truth, round 3 (issue 27), the items the first pass left open — documents no
//! platform uses (11), the report's passed dates and certified DingTalk (15, 16), the timeline
//! of a certified platform (18) — and issue 23 item 4: each test runs the binary as a user
//! would and reads what a person reads.

mod common;
#[path = "domain_round3/shared.rs"]
mod shared;

use common::{stderr_of, stdout_of, temp_dir, write};
use shared::{AS_OF, run, visible};
use std::path::Path;

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
    // Past expiry, within the grace period: the review is said to be late.
    let expired = write(
        dir.path(),
        "expired.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.wecom]\ncertified_on = 2025-11-20\n",
    );
    let zh = stdout_of(&run(
        &["timeline", "--lang", "zh", "--as-of", AS_OF],
        &expired,
    ));
    assert!(
        zh.contains("2026-11-19 已到期，宽限期至 2026-12-19"),
        "{zh}"
    );
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

/// Item 2 (the report's side): the report's N-year total is what is still to pay, as quote's
/// `still_to_pay_fen` for the same years, and says so beside it; a new platform's total is
/// unchanged (first certification and the reviews after it).
#[test]
fn item_2_the_reports_total_counts_what_is_still_to_pay() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 1500\n[platforms.wecom]\ncertified_on = 2026-02-10\n[platforms.official_account]\n",
    );
    let quote: serde_json::Value = serde_json::from_str(
        stdout_of(&run(
            &[
                "quote", "--format", "json", "--years", "3", "--as-of", AS_OF,
            ],
            &file,
        ))
        .trim(),
    )
    .unwrap();
    // WeCom: 3 reviews of 3,000 ahead; the Official Account: 300 + 2 × 300.
    assert_eq!(quote["still_to_pay_fen"], 900_000 + 90_000);
    let page = stdout_of(&run(
        &[
            "report", "--format", "html", "--lang", "zh", "--as-of", AS_OF,
        ],
        &file,
    ));
    let text = visible(&page);
    assert!(text.contains("¥9,900.00"), "the card: {text}");
    assert!(text.contains("仍需支付"), "{text}");
    assert!(!text.contains("首次认证加 2 次年审\n"), "{text}");
    let start = page.find("<h2>费用</h2>").unwrap();
    let costs = visible(&format!("<!DOCTYPE>{}", &page[start..]));
    assert!(
        costs.contains("9,900.00") && costs.contains("首次认证已付"),
        "{costs}"
    );
}

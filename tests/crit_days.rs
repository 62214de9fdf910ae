//! `--crit-days` means what `remind --help` says: a review is critical when its last day to
//! submit (start_by) is fewer than that many days away, even with more days left to expiry.

mod common;

use common::{AS_OF, certplan, stdout_of, temp_dir, write};

/// Certified 2025-12-13: expires 2026-12-12, 20 days after AS_OF; last day to submit
/// 2026-12-04, 12 days after it.
const PROFILE: &str = "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = 2025-12-13\n";

fn status(crit_days: &str) -> (Option<i32>, String) {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", PROFILE);
    let output = certplan()
        .args([
            "remind",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--crit-days",
            crit_days,
        ])
        .arg(&file)
        .output()
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(stdout_of(&output).lines().next().unwrap()).unwrap();
    assert_eq!(json["reviews"][0]["days_left"], 20);
    assert_eq!(json["reviews"][0]["start_by"], "2026-12-04");
    let status = json["reviews"][0]["status"].as_str().unwrap().to_owned();
    (output.status.code(), status)
}

#[test]
fn critical_counts_from_the_last_day_to_submit_not_from_expiry() {
    assert_eq!(status("13"), (Some(2), "critical".to_owned()));
    assert_eq!(status("12"), (Some(1), "due".to_owned()));
}

#[test]
fn the_help_says_so_in_both_languages() {
    let help = |lang: &str| {
        stdout_of(
            &certplan()
                .args(["remind", "--help", "--lang", lang])
                .output()
                .unwrap(),
        )
    };
    let en = help("en");
    assert!(en.contains("last day to submit"), "{en}");
    assert!(!en.contains("with fewer days left than this"), "{en}");
    let zh = help("zh");
    assert!(zh.contains("最晚提交日"), "{zh}");
    assert!(!zh.contains("剩余天数少于此值"), "{zh}");
}

//! Issue 27, money and dates (`--as-of 2026-12-04`): what a budget still counts, how fees
//! that are not owed read, the day to start being urgent, the calendar's events, make-up days
//! and the new facts X-CANCEL and GOV-REVIEW-TWICE reaching a user.

mod common;

use common::{certplan, stdout_of};

const AS_OF: &str = "2026-12-04";

fn profile(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn run(args: &[&str], file: &std::path::Path) -> String {
    let output = certplan()
        .args(args)
        .args(["--as-of", AS_OF])
        .arg(file)
        .output()
        .unwrap();
    stdout_of(&output)
}

#[test]
fn item_1_a_poverty_county_public_institution_pays_300_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"连平县医院\"\nkind = \"public_institution\"\nmembers = 600\npoverty_county = true\n[platforms.gov_account]\n",
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&["quote", "--format", "json"], &file)).unwrap();
    assert_eq!(json["platforms"][0]["first_fen"], 30_000);
    let zh = run(&["quote", "--lang", "zh"], &file);
    assert!(zh.contains("可申请减免认证费"), "{zh}");
    assert!(!zh.contains("-300.00"), "no reduction line: {zh}");
}

#[test]
fn item_2_a_certified_platform_counts_the_reviews_still_ahead() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 1500\n[platforms.wecom]\ncertified_on = 2026-03-01\n",
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&["quote", "--format", "json", "--years", "3"], &file)).unwrap();
    let wecom = &json["platforms"][0];
    assert_eq!(wecom["renewals_in_window"], 3);
    assert_eq!(wecom["still_to_pay_fen"], 3 * 300_000);
    assert_eq!(json["still_to_pay_fen"], 3 * 300_000);
    assert_eq!(
        json["total_fen"],
        300_000 + 2 * 300_000,
        "total_fen keeps its meaning"
    );
    let zh = run(&["quote", "--lang", "zh", "--years", "3"], &file);
    assert!(zh.contains("3 年内年审 3 次"), "{zh}");
    assert!(
        zh.contains("首次认证（2026-03-01 已通过，费用已付）"),
        "{zh}"
    );
    assert!(!zh.contains("首次认证 + 2 次年审"), "{zh}");
    let en = run(&["quote", "--lang", "en", "--years", "3"], &file);
    assert!(en.contains("3-year total (3 annual reviews"), "{en}");
}

#[test]
fn item_3_platforms_without_an_annual_review_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.dingtalk]\n[platforms.alipay]\n[platforms.icp]\n",
    );
    let zh = run(&["quote", "--lang", "zh"], &file);
    assert_eq!(zh.matches("= 无年审").count(), 3, "{zh}");
    assert!(!zh.contains("每次年审"), "{zh}");
    assert!(zh.contains("1 年合计（首次认证）"), "{zh}");
    assert!(!zh.contains("0 次年审"), "{zh}");
    let en = run(&["quote", "--lang", "en"], &file);
    assert!(en.contains("= No annual review"), "{en}");
}

#[test]
fn item_4_exempt_kinds_read_no_gross_fee_no_refund_note_no_small_micro_label() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某基金会\"\nkind = \"foundation\"\nmembers = 20000\nsmall_micro = true\n[platforms.wecom]\n",
    );
    let zh = run(&["quote", "--lang", "zh"], &file);
    assert!(!zh.contains("29,700"), "{zh}");
    assert!(!zh.contains("不退") && !zh.contains("退回"), "{zh}");
    assert!(!zh.contains("小微企业"), "{zh}");
    assert!(zh.contains("免收"), "{zh}");
    let institution = profile(
        dir.path(),
        "q.toml",
        "[org]\nname = \"某医院\"\nkind = \"public_institution\"\nmembers = 20000\n[platforms.wecom]\n",
    );
    let zh = run(&["quote", "--lang", "zh"], &institution);
    assert!(!zh.contains("29,700"), "{zh}");
    assert!(!zh.contains("规模费退回"), "{zh}");
    assert!(
        zh.contains("审核服务费"),
        "the review fee is still owed: {zh}"
    );
}

#[test]
fn item_13_a_near_last_day_to_submit_is_critical() {
    let dir = tempfile::tempdir().unwrap();
    // A Mini Program expiring 2026-12-17 (13 days): the last day to submit is 12-10 (6 days).
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.mini_program]\ncertified_on = 2025-12-18\n",
    );
    let output = certplan()
        .args(["remind", "--format", "json", "--as-of", AS_OF])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(json["reviews"][0]["status"], "critical");
    let nagios = run(&["remind", "--nagios"], &file);
    assert!(nagios.starts_with("CRITICAL"), "{nagios}");
}

#[test]
fn item_14_the_calendar_has_the_last_day_to_submit_the_grace_end_and_mini_program_notices() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.mini_program]\ncertified_on = 2026-03-01\n",
    );
    let text = run(&["remind", "--format", "ics"], &file);
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|component| component.name.as_str() == "VEVENT")
        .collect();
    let start_of = |uid_prefix: &str| {
        events
            .iter()
            .find(|event| {
                event
                    .find_prop("UID")
                    .unwrap()
                    .val
                    .as_str()
                    .starts_with(uid_prefix)
            })
            .map(|event| event.find_prop("DTSTART").unwrap().val.as_str().to_owned())
    };
    // Expires 2027-02-28; grace ends 30 days later.
    assert_eq!(start_of("expiry-").as_deref(), Some("20270228"));
    assert_eq!(start_of("grace-").as_deref(), Some("20270330"));
    assert_eq!(start_of("notice-3m-").as_deref(), Some("20261128"));
    assert_eq!(start_of("notice-2m-").as_deref(), Some("20261228"));
    assert_eq!(start_of("notice-1m-").as_deref(), Some("20270128"));
    assert_eq!(start_of("notice-7d-").as_deref(), Some("20270221"));
    let submit = events
        .iter()
        .find(|event| {
            event
                .find_prop("UID")
                .unwrap()
                .val
                .as_str()
                .starts_with("submit-")
        })
        .expect("an event on the last day to submit");
    let triggers: Vec<_> = submit
        .components
        .iter()
        .filter_map(|alarm| alarm.find_prop("TRIGGER"))
        .map(|trigger| trigger.val.as_str().to_owned())
        .collect();
    assert!(triggers.contains(&"-P7D".to_owned()), "{triggers:?}");
    assert!(
        triggers
            .iter()
            .all(|trigger| trigger.starts_with('-') || trigger == "PT9H"),
        "alarms fire before or on the day, never after it: {triggers:?}"
    );
}

#[test]
fn item_17_2026_09_20_is_a_national_day_make_up_day() {
    let output = certplan()
        .args(["workdays", "list", "2026", "--lang", "zh"])
        .output()
        .unwrap();
    let text = stdout_of(&output);
    let line = text
        .lines()
        .find(|line| line.contains("2026-09-20"))
        .unwrap();
    assert!(
        line.contains("国庆节") && !line.contains("中秋节"),
        "{line}"
    );
}

#[test]
fn item_19_durations_are_said_as_the_sources_say_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 1500\n[platforms.wecom]\n[platforms.icp]\n",
    );
    let zh = run(&["timeline", "--lang", "zh"], &file);
    assert!(zh.contains("约 15 个工作日"), "{zh}");
    let benefits = run(&["benefits", "--lang", "zh"], &file);
    assert!(benefits.contains("21–22 个工作日"), "{benefits}");
    assert!(!benefits.contains("约 20 个工作日以上"), "{benefits}");
}

#[test]
fn gov_review_twice_and_x_cancel_reach_the_user() {
    let dir = tempfile::tempdir().unwrap();
    let file = profile(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某局\"\nkind = \"government\"\nmembers = 50\ngov_level = \"prefecture\"\n[platforms.gov_account]\n[platforms.official_account]\n",
    );
    let timeline = run(&["timeline", "--lang", "zh"], &file);
    assert!(timeline.contains("上级主管部门签批"), "{timeline}");
    let checklist = run(&["checklist", "--lang", "zh"], &file);
    assert!(checklist.contains("两道审核"), "{checklist}");
    assert!(
        checklist.contains("主动取消的，须备齐材料重新认证"),
        "{checklist}"
    );
    let lapsed = profile(
        dir.path(),
        "l.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.official_account]\ncertified_on = 2025-06-01\n",
    );
    let remind = run(&["remind", "--lang", "zh"], &lapsed);
    assert!(remind.contains("主动取消认证后同样如此"), "{remind}");
}

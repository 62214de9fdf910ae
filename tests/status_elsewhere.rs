//! The other commands read the history too: `remind` counts from the latest approval, `quote`
//! says what the history cost and leaves out a fee already paid, `forecast` places refunds due
//! and drops payments made, `timeline` starts from the real submission, `report` shows the
//! stage — on the two example profiles that follow applications.

mod common;

use common::{certplan, stdout_of, temp_dir, write};
use serde_json::Value;

const REJECTED: &str = "profiles/foshan-wecom-rejected.toml";
const IN_REVIEW: &str = "profiles/hangzhou-official-account-in-review.toml";

fn json(args: &[&str]) -> Value {
    let output = certplan()
        .args(args)
        .args(["--format", "json", "--as-of", "2026-11-22"])
        .output()
        .unwrap();
    serde_json::from_str(&stdout_of(&output)).unwrap()
}

#[test]
fn quote_says_what_the_history_cost_and_does_not_charge_a_paid_review_again() {
    let rejected = json(&["quote", REJECTED]);
    let wecom = &rejected["platforms"][0];
    assert_eq!(wecom["spent_fen"], 300_000, "paid, refund not received yet");
    assert_eq!(wecom["still_to_pay_fen"], 300_000, "a new paid application");
    let in_review = json(&["quote", IN_REVIEW]);
    let account = &in_review["platforms"][0];
    assert_eq!(account["spent_fen"], 30_000);
    assert_eq!(account["still_to_pay_fen"], 0, "paid and in review");
    // A platform without events has no spent_fen.
    let plain = json(&["quote", "profiles/social-group.toml"]);
    assert!(plain["platforms"][0].get("spent_fen").is_none());
}

#[test]
fn forecast_places_the_refund_due_and_drops_the_fee_already_paid() {
    let rejected = json(&["forecast", REJECTED]);
    let payments = rejected["payments"].as_array().unwrap();
    let refund = payments
        .iter()
        .find(|payment| payment["event"] == "refund")
        .unwrap();
    assert_eq!(refund["date"], "2026-11-27");
    assert_eq!(refund["amount_fen"], -270_000);
    assert_eq!(refund["fact"], "WECOM-SCALE");
    let in_review = json(&["forecast", IN_REVIEW]);
    let events: Vec<&str> = in_review["payments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|payment| payment["event"].as_str().unwrap())
        .collect();
    assert!(!events.contains(&"first_certification"), "{events:?}");
}

#[test]
fn timeline_starts_from_the_real_submission_and_remind_from_the_latest_approval() {
    let timeline = json(&["timeline", IN_REVIEW]);
    assert_eq!(timeline["platforms"][0]["start"], "2026-11-18");
    assert_eq!(timeline["platforms"][0]["latest_on"], "2026-11-25");
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\n[[platforms.wecom.events]]\non = 2024-12-01\nevent = \"submitted\"\n[[platforms.wecom.events]]\non = 2024-12-05\nevent = \"approved\"\n[[platforms.wecom.events]]\non = 2025-12-01\nevent = \"submitted\"\n[[platforms.wecom.events]]\non = 2025-12-04\nevent = \"approved\"\n",
    );
    let remind = json(&["remind", file.to_str().unwrap()]);
    assert_eq!(remind["reviews"][0]["certified_on"], "2025-12-04");
    assert_eq!(remind["reviews"][0]["expires_on"], "2026-12-03");
}

#[test]
fn report_shows_the_stage_and_next_step_of_an_application_under_way() {
    let output = certplan()
        .args([
            "report",
            REJECTED,
            "--format",
            "html",
            "--lang",
            "zh",
            "--as-of",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    let page = stdout_of(&output);
    assert!(page.contains("未通过——"), "the stage");
    assert!(
        page.contains("应退的 2,700.00 元预计 2026-11-27 前到账"),
        "the refund due"
    );
}

#[test]
fn status_and_quote_agree_on_what_a_late_renewal_still_costs() {
    let status = certplan()
        .args(["status", "--as-of", "2026-12-05", "--format", "json"])
        .arg("profiles/beijing-group-20000.toml")
        .output()
        .unwrap();
    let quote = certplan()
        .args(["quote", "--as-of", "2026-12-05", "--format", "json"])
        .arg("profiles/beijing-group-20000.toml")
        .output()
        .unwrap();
    let status: serde_json::Value = serde_json::from_str(stdout_of(&status).trim()).unwrap();
    let quote: serde_json::Value = serde_json::from_str(stdout_of(&quote).trim()).unwrap();
    let owed: i64 = status["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|platform| platform["still_to_pay_fen"].as_i64().unwrap())
        .sum();
    assert!(owed > 0, "expired reviews are money still to pay");
    assert_eq!(owed, quote["still_to_pay_fen"].as_i64().unwrap());
}

#[test]
fn remind_points_an_application_on_record_to_status() {
    let output = certplan()
        .args(["remind", "--as-of", "2026-11-26", "--lang", "zh"])
        .arg("profiles/hangzhou-official-account-in-review.toml")
        .output()
        .unwrap();
    let printed = stdout_of(&output);
    assert!(
        printed.contains("已有申请记录（最近一步：2026-11-18 已提交）"),
        "{printed}"
    );
    assert!(printed.contains("certplan status"), "{printed}");
}

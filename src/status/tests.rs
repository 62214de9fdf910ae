//! The rules of `status`, each on the embedded 2026 calendar (中秋节 09-25…27, 国庆节
//! 10-01…07, Saturday 10-10 a make-up working day).

use super::*;
use crate::money::Fen;
use crate::rules::{EMBEDDED_RULES, load_rules};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The status of `platform` for an organisation of `kind` with `members`, its table holding
/// `table` (settings and events), on `as_of`.
fn seen(kind: &str, members: u32, platform: &str, table: &str, as_of: &str) -> PlatformStatus {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let calendar = WorkCalendar::new(&rules);
    let text = format!(
        "[org]\nname = \"公司\"\nkind = \"{kind}\"\nmembers = {members}\ngov_level = \"prefecture\"\n\n[platforms.{platform}]\n{table}"
    );
    let text = if kind == "enterprise" {
        text.replace("gov_level = \"prefecture\"\n", "")
    } else {
        text
    };
    let profile = crate::profile::parse_profile("t.toml", &text).unwrap();
    status(&profile, &rules, &calendar, day(as_of))
        .platforms
        .remove(0)
}

fn events(platform: &str, list: &[(&str, &str)]) -> String {
    list.iter()
        .map(|(on, event)| {
            format!("[[platforms.{platform}.events]]\non = {on}\nevent = \"{event}\"\n")
        })
        .collect()
}

#[test]
fn an_unpaid_bank_transfer_order_lapses_after_day_60_with_a_warning_before() {
    let table = events("wecom", &[("2026-09-01", "ordered")]);
    let wecom = |as_of| seen("enterprise", 50, "wecom", &table, as_of);
    let early = wecom("2026-10-20");
    assert_eq!(
        (early.stage, early.attention),
        (Stage::Ordered, Attention::Action)
    );
    assert_eq!(
        early.action,
        Action::Pay {
            pay_by: Some(day("2026-10-31"))
        }
    );
    assert_eq!(early.rule.as_ref().unwrap().fact, "WECOM-PAY-ORDER");
    assert_eq!(early.money.still_to_pay_fen, Fen(30_000));
    // Fewer than a week left, and day 60 itself: money at risk.
    for as_of in ["2026-10-25", "2026-10-31"] {
        let late = wecom(as_of);
        assert_eq!(
            (late.stage, late.attention),
            (Stage::Ordered, Attention::MoneyAtRisk)
        );
    }
    let lapsed = wecom("2026-11-01");
    assert_eq!(lapsed.stage, Stage::Cancelled);
    assert_eq!(
        lapsed.action,
        Action::OrderLapsed {
            on: day("2026-11-01")
        }
    );
    assert!(lapsed.overdue);
    assert_eq!(lapsed.money.paid_fen, Fen::ZERO);
}

#[test]
fn a_review_is_overdue_the_working_day_after_its_longest_time_across_national_day() {
    // WeCom reviews in 3–5 working days: submitted Tuesday 09-22, the fifth working day is
    // 09-30 (Mid-Autumn 09-25…27 skipped); the next working day is 10-08, after National Day.
    let table = events(
        "wecom",
        &[("2026-09-22", "paid"), ("2026-09-22", "submitted")],
    );
    let wecom = |as_of| seen("enterprise", 50, "wecom", &table, as_of);
    let waiting = wecom("2026-10-07");
    assert_eq!(waiting.stage, Stage::InReview);
    assert_eq!(waiting.ends_on, Some(day("2026-09-30")));
    assert!(!waiting.overdue);
    assert_eq!(waiting.attention, Attention::Ok);
    let overdue = wecom("2026-10-08");
    assert!(overdue.overdue);
    assert_eq!(overdue.attention, Attention::Overdue);
    assert_eq!(
        overdue.action,
        Action::ChaseReview {
            until: day("2026-09-30")
        }
    );
    assert_eq!(overdue.money.paid_fen, Fen(30_000));
}

#[test]
fn a_government_account_review_adds_three_working_days_for_the_account_check() {
    // Prefecture: 7–10 working days, then up to 3 for the corporate account (GOV-STEPS).
    let table = events("gov_account", &[("2026-11-02", "submitted")]);
    let gov = seen(
        "public_institution",
        50,
        "gov_account",
        &table,
        "2026-11-03",
    );
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let thirteen = WorkCalendar::new(&rules)
        .add(day("2026-11-02"), 13)
        .unwrap()
        .value;
    assert_eq!(gov.ends_on, Some(thirteen));
    assert_eq!(thirteen, day("2026-11-19"));
    assert_eq!(gov.rule.as_ref().unwrap().fact, "GOV-STEPS");
}

#[test]
fn a_rejected_wecom_loses_its_review_fee_and_is_owed_the_scale_fee_15_working_days_later() {
    // 2 000 members: 300 review fee + 2 700 scale fee. Rejected Thursday 09-24: 15 working
    // days skip Mid-Autumn and National Day and count Saturday 10-10: due 10-22.
    let table = events(
        "wecom",
        &[
            ("2026-09-15", "paid"),
            ("2026-09-15", "submitted"),
            ("2026-09-24", "rejected"),
        ],
    );
    let wecom = |as_of| seen("enterprise", 2_000, "wecom", &table, as_of);
    let waiting = wecom("2026-10-22");
    assert_eq!(waiting.stage, Stage::Rejected);
    assert_eq!(
        waiting.action,
        Action::Reapply {
            retry: Retry::NewApplication
        }
    );
    assert_eq!(waiting.rule.as_ref().unwrap().fact, "WECOM-FAIL");
    let money = &waiting.money;
    assert_eq!(
        (money.paid_fen, money.lost_fen),
        (Fen(300_000), Fen(30_000))
    );
    assert_eq!(money.still_to_pay_fen, Fen(300_000));
    let refund = money.refund_due.as_ref().unwrap();
    assert_eq!(
        (refund.amount_fen, refund.due_on),
        (Fen(270_000), Some(day("2026-10-22")))
    );
    assert!(!refund.overdue);
    let overdue = wecom("2026-10-23");
    assert_eq!(overdue.attention, Attention::MoneyAtRisk);
    assert_eq!(overdue.action, Action::ClaimRefund);
    assert_eq!(overdue.rule.as_ref().unwrap().fact, "WECOM-SCALE");
    assert!(overdue.money.refund_due.unwrap().overdue);
    // Once refunded: spent is the review fee.
    let mut refunded = table.clone();
    refunded.push_str(&events("wecom", &[("2026-10-20", "refunded")]));
    let done = seen("enterprise", 2_000, "wecom", &refunded, "2026-10-23");
    assert_eq!(done.stage, Stage::Refunded);
    assert_eq!(done.money.spent_fen(), Fen(30_000));
    assert_eq!(done.money.refund_due, None);
}

#[test]
fn a_small_wecom_rejection_owes_no_refund_and_dingtalk_resubmits_at_once() {
    let table = events(
        "wecom",
        &[("2026-09-15", "submitted"), ("2026-09-24", "rejected")],
    );
    let small = seen("enterprise", 50, "wecom", &table, "2026-12-01");
    assert_eq!(small.money.refund_due, None);
    assert_eq!(small.attention, Attention::Action);
    let table = format!(
        "level = \"intermediate\"\n{}",
        events(
            "dingtalk",
            &[("2026-09-15", "submitted"), ("2026-09-18", "rejected")]
        )
    );
    let dingtalk = seen("enterprise", 50, "dingtalk", &table, "2026-09-20");
    assert_eq!(
        dingtalk.action,
        Action::Reapply {
            retry: Retry::AtOnce
        }
    );
    assert_eq!(dingtalk.rule.as_ref().unwrap().fact, "DT-REJECT");
    assert_eq!(dingtalk.money.still_to_pay_fen, Fen::ZERO);
}

#[test]
fn mini_program_materials_are_refilled_within_30_days_three_times_at_most() {
    let first = events(
        "mini_program",
        &[
            ("2026-10-01", "submitted"),
            ("2026-11-02", "info_requested"),
        ],
    );
    let mp = |table: &str, as_of| seen("enterprise", 50, "mini_program", table, as_of);
    let refill = mp(&first, "2026-12-02");
    assert_eq!(
        refill.action,
        Action::Refill {
            by: Some(day("2026-12-02")),
            count: 1,
            max: Some(3)
        }
    );
    assert_eq!(refill.rule.as_ref().unwrap().fact, "MP-REFILL");
    let late = mp(&first, "2026-12-03");
    assert_eq!(
        (late.stage, late.action.clone()),
        (Stage::Cancelled, Action::OrderEnded)
    );
    assert!(late.overdue);
    // The third refill is the last: in review, then a fourth request ends the order.
    let mut third = first.clone();
    third.push_str(&events(
        "mini_program",
        &[
            ("2026-11-03", "resubmitted"),
            ("2026-11-05", "info_requested"),
            ("2026-11-06", "resubmitted"),
            ("2026-11-09", "info_requested"),
            ("2026-11-10", "resubmitted"),
        ],
    ));
    let last = mp(&third, "2026-11-11");
    assert_eq!(last.stage, Stage::InReview);
    assert!(matches!(
        last.action,
        Action::Wait {
            last_refill: true,
            ..
        }
    ));
    let mut fourth = third.clone();
    fourth.push_str(&events("mini_program", &[("2026-11-12", "info_requested")]));
    let ended = mp(&fourth, "2026-11-13");
    assert_eq!(
        (ended.stage, ended.action.clone()),
        (Stage::Cancelled, Action::OrderEnded)
    );
    assert_eq!(ended.money.lost_fen, ended.money.paid_fen);
}

#[test]
fn an_approval_hands_over_to_the_renewal_schedule() {
    let table = events(
        "wecom",
        &[("2025-12-10", "submitted"), ("2025-12-15", "approved")],
    );
    let certified = seen("enterprise", 50, "wecom", &table, "2026-12-05");
    assert_eq!(certified.stage, Stage::Approved);
    assert_eq!(certified.action, Action::Renew);
    assert_eq!(certified.ends_on, Some(day("2026-12-14")));
    assert_eq!(certified.attention, Attention::Action);
    let lapsed = seen("enterprise", 50, "wecom", &table, "2027-02-01");
    assert_eq!(
        (lapsed.stage, lapsed.attention),
        (Stage::Lapsed, Attention::MoneyAtRisk)
    );
    // certified_on alone is the same approval; nothing recorded is not started.
    let short = seen(
        "enterprise",
        50,
        "wecom",
        "certified_on = 2025-12-15\n",
        "2026-12-05",
    );
    assert_eq!(short.ends_on, certified.ends_on);
    let nothing = seen("enterprise", 50, "wecom", "", "2026-12-05");
    assert_eq!(
        (nothing.stage, nothing.attention),
        (Stage::NotStarted, Attention::Ok)
    );
    assert_eq!(nothing.money.still_to_pay_fen, Fen(30_000));
}

//! The report gathers the other commands' plans unchanged, and the portfolio adds them up.

use super::payments::{by_month, payments_due};
use super::portfolio::{DeadlineKind, Portfolio};
use super::*;
use crate::calendar::WorkCalendar;
use crate::money::Fen;
use crate::profile::parse_profile;
use crate::review::ReviewStatus;
use crate::rules::embedded_rules;
use std::sync::LazyLock;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The embedded rules and their calendar, for a report made on `as_of` without files.
fn inputs(as_of: NaiveDate) -> ReportInputs<'static, 'static> {
    static RULES: LazyLock<Rules> = LazyLock::new(embedded_rules);
    static CALENDAR: LazyLock<WorkCalendar> = LazyLock::new(|| WorkCalendar::new(&RULES));
    ReportInputs {
        rules: &RULES,
        calendar: &CALENDAR,
        as_of,
        start: None,
        files: None,
    }
}

const CERTIFIED: &str = "[org]\nname = \"星河\"\nkind = \"enterprise\"\nmembers = 1500\n\n\
    [platforms.wecom]\ncertified_on = 2025-12-20\n\n[platforms.dingtalk]\n";

#[test]
fn the_report_holds_the_same_plans_as_the_commands() {
    let profile = parse_profile("a.toml", CERTIFIED).unwrap();
    let as_of = day("2026-11-22");
    let inputs = inputs(as_of);
    let report = org_report(&profile, inputs);
    let quoted = quote(&profile, inputs.rules, as_of, REPORT_YEARS);
    assert_eq!(report.quote.total_fen, quoted.total_fen);
    assert_eq!(report.schedule.reviews.len(), 1);
    assert_eq!(report.timeline.platforms.len(), 2);
    assert_eq!(report.checklist.len(), 2);
    assert!(report.review_of(Platform::Wecom).is_some());
    assert!(report.review_of(Platform::Dingtalk).is_none());
}

#[test]
fn reviews_are_paid_on_their_reminder_day_as_the_forecast_says() {
    let profile = parse_profile("a.toml", CERTIFIED).unwrap();
    let as_of = day("2026-11-22");
    let inputs = inputs(as_of);
    let report = org_report(&profile, inputs);
    let review = report.review_of(Platform::Wecom).unwrap();
    let payments = payments_due(&report);
    // This year's review (its reminder day has passed: paid today), and next year's.
    assert_eq!(payments.len(), 2);
    assert!(
        payments
            .iter()
            .all(|payment| payment.platform == Platform::Wecom)
    );
    assert_eq!(payments[0].date, review.remind_on.max(as_of));
    assert_eq!(payments[0].amount, Fen(300_000));
    assert_eq!(payments[1].date, day("2027-10-20"));
    let forecast: Vec<_> = report
        .forecast
        .payments
        .iter()
        .map(|payment| (payment.date, payment.amount))
        .collect();
    let shown: Vec<_> = payments
        .iter()
        .map(|payment| (payment.date, payment.amount))
        .collect();
    assert_eq!(forecast, shown, "the same numbers as `certplan forecast`");
    let months = by_month(&payments, as_of);
    assert_eq!(months.len(), 12);
    assert_eq!(months[0].month, day("2026-11-01"));
    let paid_in = months
        .iter()
        .find(|month| month.month == super::payments::month_of(payments[0].date))
        .unwrap();
    assert_eq!(paid_in.total(), Fen(300_000));
    assert_eq!(
        months
            .iter()
            .fold(Fen::ZERO, |sum, month| sum + month.total()),
        Fen(600_000)
    );
}

#[test]
fn a_portfolio_adds_clients_up_and_sorts_renewals_by_expiry() {
    let as_of = day("2026-11-22");
    let inputs = inputs(as_of);
    let mut portfolio = Portfolio::new(as_of);
    let later = CERTIFIED.replace("2025-12-20", "2026-03-01");
    let expired = CERTIFIED.replace("2025-12-20", "2025-11-01");
    for (name, text) in [("later", &later), ("expired", &expired)] {
        let profile = parse_profile("a.toml", text).unwrap();
        portfolio.add(name, None, "a.toml", &org_report(&profile, inputs));
    }
    portfolio.finish();
    assert_eq!(portfolio.clients.len(), 2);
    assert_eq!(portfolio.renewals[0].client, 1, "the expired one first");
    assert_eq!(portfolio.renewals[0].status, ReviewStatus::Expired);
    assert_eq!(portfolio.count(ReviewStatus::Expired), 1);
    let deadline = portfolio.clients[1].next_deadline.unwrap();
    assert_eq!(deadline.kind, DeadlineKind::GraceEnds);
    assert_eq!(portfolio.first_fen(), Fen(600_000));
    assert_eq!(
        portfolio.due_fen(),
        portfolio
            .months()
            .iter()
            .fold(Fen::ZERO, |sum, month| sum + month.total())
    );
}

#[test]
fn the_rules_changed_on_their_latest_version_in_force() {
    let rules = embedded_rules();
    let changed = rules_changed_on(&rules, day("2026-11-22")).unwrap();
    assert!(changed <= day("2026-11-22"));
}

//! The forecast's rulings, one case each: certified, due, expired, lapsed, not certified with
//! and without `planned_on`, the subsidy, free platforms and windows of several years.

use super::*;
use crate::calendar::WorkCalendar;
use crate::profile::parse_profile;
use crate::review::{ReviewPolicy, review_schedule};
use crate::rules::embedded_rules;
use crate::timeline::plan_timeline;
use chrono::Days;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

const AS_OF: &str = "2026-11-22";

/// A 1500-member enterprise (WeCom 3 000 CNY first and each year) with these platform tables.
fn enterprise(platforms: &str) -> crate::profile::Profile {
    let text =
        format!("[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 1500\n{platforms}");
    parse_profile("test.toml", &text).unwrap()
}

fn plan(profile: &crate::profile::Profile, months: u32, pay_on: PayOn) -> Forecast {
    let rules = embedded_rules();
    let calendar = WorkCalendar::new(&rules);
    let options = Options {
        window: Window::new(day(AS_OF), months).unwrap(),
        pay_on,
        include_free: false,
    };
    forecast(profile, &rules, &calendar, day(AS_OF), options)
}

/// (date, platform, event, fen) of every payment.
fn rows(forecast: &Forecast) -> Vec<(String, &'static str, &'static str, i64)> {
    forecast
        .payments
        .iter()
        .map(|payment| {
            (
                payment.date.to_string(),
                payment.platform.id(),
                payment.event.id(),
                payment.amount.0,
            )
        })
        .collect()
}

#[test]
fn a_certified_platform_pays_its_review_on_the_reminder_day_remind_gives() {
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2026-02-10\n");
    let forecast = plan(&profile, 12, PayOn::Remind);
    let rules = embedded_rules();
    let schedule = review_schedule(
        &profile,
        &rules,
        &WorkCalendar::new(&rules),
        day(AS_OF),
        ReviewPolicy::default(),
    );
    let review = &schedule.reviews[0];
    assert_eq!(review.remind_on, day("2026-12-11"));
    assert_eq!(
        rows(&forecast),
        [("2026-12-11".into(), "wecom", "annual_review", 300_000)]
    );
    assert_eq!(forecast.payments[0].amount, review.fee_fen);
    assert_eq!(forecast.payments[0].fact, "WECOM-RENEW-FEE");
    assert_eq!(forecast.payments[0].source, "3rd:wescrm");
}

#[test]
fn pay_on_chooses_the_window_opening_or_the_latest_start() {
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2026-02-10\n");
    assert_eq!(
        plan(&profile, 12, PayOn::Window).payments[0].date,
        day("2026-11-22"),
        "the window opened on 2026-11-09, before the as-of day: paid now"
    );
    let start_by = plan(&profile, 12, PayOn::StartBy);
    assert!(start_by.payments[0].date > day("2027-01-20"));
    assert!(start_by.payments[0].date < day("2027-02-09"));
    assert!(!start_by.spans.is_empty(), "working days were reckoned");
}

#[test]
fn a_review_already_due_is_paid_on_the_as_of_day() {
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2025-12-20\n");
    assert_eq!(
        rows(&plan(&profile, 12, PayOn::Remind)),
        [
            ("2026-11-22".into(), "wecom", "annual_review", 300_000),
            ("2027-10-20".into(), "wecom", "annual_review", 300_000),
        ]
    );
}

#[test]
fn an_expired_certification_is_reviewed_now_and_then_on_its_anniversaries() {
    // Expired 2026-10-31, within the 30 days of grace on 2026-11-22.
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2025-11-01\n");
    assert_eq!(
        rows(&plan(&profile, 12, PayOn::Remind)),
        [
            ("2026-11-22".into(), "wecom", "annual_review", 300_000),
            // The next cycle runs 2026-11-01 … 2027-10-31: reminded 60 days before.
            ("2027-09-01".into(), "wecom", "annual_review", 300_000),
        ]
    );
}

#[test]
fn a_lapsed_certification_is_certified_again_at_the_first_time_price() {
    // Expired 2026-08-31: lapsed since 2026-10-01.
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2025-09-01\n");
    let forecast = plan(&profile, 12, PayOn::Remind);
    let first = &forecast.payments[0];
    assert_eq!(first.event, Event::Recertification);
    assert_eq!(first.date, day(AS_OF));
    assert_eq!(first.amount.0, 300_000);
    assert!(first.fact.starts_with("X-LAPSE; "), "{}", first.fact);
    assert_eq!(forecast.payments[1].event, Event::AnnualReview);
    assert!(
        forecast.payments[1].date > day("2027-09-01"),
        "the review follows the new approval"
    );
    assert_eq!(forecast.payments.len(), 2);
}

#[test]
fn a_platform_not_certified_pays_on_planned_on_and_is_reviewed_a_year_after_approval() {
    let profile = enterprise("[platforms.wecom]\nplanned_on = 2027-03-01\n");
    let forecast = plan(&profile, 36, PayOn::Remind);
    let rules = embedded_rules();
    let calendar = WorkCalendar::new(&rules);
    let timeline = plan_timeline(&profile, &rules, &calendar, day("2027-03-01"), day(AS_OF));
    let approved = timeline.platforms[0].latest_on;
    let events: Vec<_> = rows(&forecast);
    assert_eq!(
        events[0],
        ("2027-03-01".into(), "wecom", "first_certification", 300_000)
    );
    let expires = crate::review::expiry(approved, 12).unwrap();
    assert_eq!(
        events[1],
        (
            (expires - Days::new(60)).to_string(),
            "wecom",
            "annual_review",
            300_000
        )
    );
    assert_eq!(events.len(), 3, "two reviews in 36 months: {events:?}");
    assert_eq!(forecast.payments[0].fact, "WECOM-REVIEW; WECOM-SCALE");
}

#[test]
fn without_planned_on_the_first_certification_is_paid_on_the_as_of_day() {
    let profile = enterprise("[platforms.wecom]\n");
    assert_eq!(
        rows(&plan(&profile, 12, PayOn::Remind))[0],
        ("2026-11-22".into(), "wecom", "first_certification", 300_000)
    );
    let passed = enterprise("[platforms.wecom]\nplanned_on = 2026-01-05\n");
    assert_eq!(
        plan(&passed, 12, PayOn::Remind).payments[0].date,
        day(AS_OF),
        "a planned day that has passed is never advice"
    );
}

#[test]
fn a_shenzhen_subsidy_is_a_negative_row_at_the_expected_approval() {
    let text = "[org]\nname = \"星河\"\nkind = \"enterprise\"\nmembers = 80\nregion = \"深圳\"\nsmall_micro = true\n[platforms.wecom]\n";
    let profile = parse_profile("sz.toml", text).unwrap();
    let forecast = plan(&profile, 12, PayOn::Remind);
    let rules = embedded_rules();
    let calendar = WorkCalendar::new(&rules);
    let approved =
        plan_timeline(&profile, &rules, &calendar, day(AS_OF), day(AS_OF)).platforms[0].latest_on;
    let reminded = crate::review::expiry(approved, 12).unwrap() - Days::new(60);
    assert_eq!(
        rows(&forecast),
        [
            ("2026-11-22".into(), "wecom", "first_certification", 30_000),
            (approved.to_string(), "wecom", "subsidy", -15_000),
            (reminded.to_string(), "wecom", "annual_review", 30_000),
        ]
    );
    assert_eq!(forecast.payments[1].fact, "X-SUBSIDY");
    assert_eq!(forecast.gross().0, 60_000);
    assert_eq!(forecast.subsidy().0, 15_000);
    assert_eq!(forecast.net().0, 45_000);
}

#[test]
fn a_36_month_window_shows_three_reviews() {
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2026-02-10\n");
    let dates: Vec<_> = plan(&profile, 36, PayOn::Remind)
        .payments
        .iter()
        .map(|payment| payment.date.to_string())
        .collect();
    assert_eq!(dates, ["2026-12-11", "2027-12-11", "2028-12-11"]);
}

#[test]
fn platforms_that_cost_nothing_appear_only_when_asked() {
    let profile = enterprise("[platforms.dingtalk]\n[platforms.wecom]\n");
    let forecast = plan(&profile, 12, PayOn::Remind);
    assert!(
        forecast
            .payments
            .iter()
            .all(|payment| payment.platform == Platform::Wecom)
    );
    let rules = embedded_rules();
    let calendar = WorkCalendar::new(&rules);
    let options = Options {
        include_free: true,
        ..forecast.options
    };
    let with_free = super::forecast(&profile, &rules, &calendar, day(AS_OF), options);
    assert!(
        with_free
            .payments
            .iter()
            .any(|payment| payment.platform == Platform::Dingtalk && payment.amount == Fen::ZERO)
    );
}

#[test]
fn payments_outside_the_window_are_left_out() {
    let profile = enterprise("[platforms.wecom]\ncertified_on = 2026-02-10\n");
    let rules = embedded_rules();
    let calendar = WorkCalendar::new(&rules);
    let options = Options {
        window: Window::new(day("2027-01-01"), 3).unwrap(),
        pay_on: PayOn::Remind,
        include_free: false,
    };
    assert!(
        forecast(&profile, &rules, &calendar, day(AS_OF), options)
            .payments
            .is_empty()
    );
}

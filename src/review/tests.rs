//! The review dates, statuses and the latest day to start, against the contract's examples.

use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn expiry_is_the_day_before_the_anniversary() {
    assert_eq!(expiry(day("2025-06-07"), 12), Some(day("2026-06-06")));
    assert_eq!(
        expiry(day("2024-02-29"), 12),
        Some(day("2025-02-27")),
        "leap day"
    );
    assert_eq!(
        expiry(day("2025-01-01"), 12),
        Some(day("2025-12-31")),
        "year end"
    );
    assert_eq!(expiry(day("2025-12-31"), 12), Some(day("2026-12-30")));
    assert_eq!(
        expiry(day("2025-03-01"), 12),
        Some(day("2026-02-28")),
        "month end before March"
    );
    assert_eq!(
        expiry(day("2023-03-01"), 12),
        Some(day("2024-02-29")),
        "into a leap February"
    );
}

#[test]
fn the_window_opens_three_calendar_months_before_expiry() {
    let opens = |expires: &str| day(expires).checked_sub_months(Months::new(3)).unwrap();
    assert_eq!(opens("2026-06-06"), day("2026-03-06"));
    assert_eq!(
        opens("2015-06-06"),
        day("2015-03-06"),
        "the official example"
    );
    assert_eq!(
        opens("2026-05-31"),
        day("2026-02-28"),
        "clamped to the month end"
    );
}

#[test]
fn the_slowest_review_ends_on_or_before_expiry() {
    let rules = crate::rules::load_rules("embedded", crate::rules::EMBEDDED_RULES).unwrap();
    let calendar = WorkCalendar::new(&rules);
    // Expiry on Saturday 2026-11-28: the last working day is Friday 11-27.
    assert_eq!(
        latest_start(&calendar, day("2026-11-28"), 1).value,
        day("2026-11-26")
    );
    assert_eq!(
        latest_start(&calendar, day("2026-11-27"), 1).value,
        day("2026-11-26")
    );
    // Expiry on National Day 2026-10-05: the last working day before is 09-30; five working
    // days before it skip the Mid-Autumn holiday 09-25…27: 09-29, 28, 24, 23, 22.
    assert_eq!(
        latest_start(&calendar, day("2026-10-05"), 5).value,
        day("2026-09-22")
    );
    for (expires, days) in [
        ("2026-11-28", 5),
        ("2026-10-05", 3),
        ("2026-02-22", 15),
        ("2026-12-14", 15),
    ] {
        let start = latest_start(&calendar, day(expires), days).value;
        assert!(calendar.is_workday(start));
        assert!(
            calendar.add(start, days).unwrap().value <= day(expires),
            "{expires}"
        );
        let next = calendar.add(start, 1).unwrap().value;
        assert!(
            calendar.add(next, days).unwrap().value > day(expires),
            "{expires}: {start} is the latest"
        );
    }
}

#[test]
fn the_day_to_start_is_urgent() {
    let policy = ReviewPolicy::default();
    let as_of = day("2026-12-04");
    assert!(
        urgent_start(day("2026-12-09"), as_of, policy),
        "5 days left"
    );
    assert!(
        urgent_start(day("2026-12-10"), as_of, policy),
        "6 days left"
    );
    assert!(
        !urgent_start(day("2026-12-11"), as_of, policy),
        "7 days left"
    );
    assert!(urgent_start(day("2026-12-01"), as_of, policy), "passed");
    let rules = crate::rules::load_rules("embedded", crate::rules::EMBEDDED_RULES).unwrap();
    let calendar = WorkCalendar::new(&rules);
    // A county government account (up to 18 working days) expiring in 15 days: due by
    // its days left, but its last day to submit has passed.
    let profile = crate::profile::parse_profile(
        "t.toml",
        "[org]\nname = \"县局\"\nkind = \"public_institution\"\nmembers = 50\ngov_level = \"county\"\n[platforms.gov_account]\ncertified_on = 2025-12-20\n",
    )
    .unwrap();
    let schedule = review_schedule(&profile, &rules, &calendar, as_of, policy);
    let review = &schedule.reviews[0];
    assert_eq!(review.days_left, 15);
    assert_eq!(status(review.days_left, 30, policy), ReviewStatus::Due);
    assert_eq!(review.status, ReviewStatus::Critical);
    // A Mini Program (up to 5 working days): expiring 12-17, submit by 12-10 (6 days):
    // critical with 13 days left; expiring 12-19, submit by 12-11 (7 days): due.
    let mini_program = |certified_on: &str| {
        let text = format!(
            "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.mini_program]\ncertified_on = {certified_on}\n"
        );
        let profile = crate::profile::parse_profile("t.toml", &text).unwrap();
        review_schedule(&profile, &rules, &calendar, as_of, policy).reviews[0].clone()
    };
    let urgent = mini_program("2025-12-18");
    assert_eq!((urgent.days_left, urgent.start_by), (13, day("2026-12-10")));
    assert_eq!(urgent.status, ReviewStatus::Critical);
    let due = mini_program("2025-12-20");
    assert_eq!((due.days_left, due.start_by), (15, day("2026-12-11")));
    assert_eq!(due.status, ReviewStatus::Due);
}

#[test]
fn status_follows_days_left() {
    let policy = ReviewPolicy::default();
    assert_eq!(status(61, 30, policy), ReviewStatus::Ok);
    assert_eq!(status(60, 30, policy), ReviewStatus::Due);
    assert_eq!(status(7, 30, policy), ReviewStatus::Due);
    assert_eq!(status(6, 30, policy), ReviewStatus::Critical);
    assert_eq!(
        status(0, 30, policy),
        ReviewStatus::Critical,
        "expires today"
    );
    assert_eq!(status(-1, 30, policy), ReviewStatus::Expired);
    assert_eq!(
        status(-30, 30, policy),
        ReviewStatus::Expired,
        "last day of grace"
    );
    assert_eq!(status(-31, 30, policy), ReviewStatus::Lapsed);
    let tight = ReviewPolicy {
        warn_days: 10,
        crit_days: 3,
    };
    assert_eq!(status(11, 30, tight), ReviewStatus::Ok);
    assert_eq!(status(3, 30, tight), ReviewStatus::Due);
    assert_eq!(status(2, 30, tight), ReviewStatus::Critical);
}

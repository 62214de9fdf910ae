//! The calendar against the published 2025 and 2026 arrangements, and the spec's conventions.

use super::WorkCalendar;
use crate::rules::{EMBEDDED_RULES, load_rules};
use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;

fn calendar() -> WorkCalendar {
    WorkCalendar::new(&load_rules("embedded", EMBEDDED_RULES).unwrap())
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn national_day_weeks_are_off_and_their_saturdays_are_worked() {
    let calendar = calendar();
    for off in [
        "2025-10-01",
        "2025-10-03",
        "2025-10-06",
        "2025-10-08",
        "2026-10-01",
        "2026-10-07",
    ] {
        assert!(!calendar.is_workday(day(off)), "{off} is off");
    }
    for worked in ["2025-09-28", "2025-10-11", "2026-09-20", "2026-10-10"] {
        assert!(
            calendar.is_workday(day(worked)),
            "{worked} is an adjusted working day"
        );
        assert!(matches!(day(worked).weekday(), Weekday::Sat | Weekday::Sun));
    }
    assert!(calendar.is_workday(day("2025-10-09")));
    assert!(calendar.is_workday(day("2026-10-08")));
}

#[test]
fn spring_festival_weeks() {
    let calendar = calendar();
    assert_eq!(
        calendar.count(day("2025-01-27"), day("2025-02-05")).value,
        1,
        "only 02-05 between"
    );
    assert!(
        calendar.is_workday(day("2025-01-26")),
        "Sunday before is worked"
    );
    assert!(
        calendar.is_workday(day("2025-02-08")),
        "Saturday after is worked"
    );
    assert_eq!(
        calendar.count(day("2026-02-13"), day("2026-02-24")).value,
        2,
        "02-14 (Saturday, worked) and 02-24"
    );
    assert!(!calendar.is_workday(day("2026-02-23")), "Monday in lieu");
    assert!(calendar.is_workday(day("2026-02-28")));
}

#[test]
fn the_start_date_does_not_count() {
    let calendar = calendar();
    // Friday 2026-11-20: the 1st working day after is Monday 11-23.
    assert_eq!(
        calendar.add(day("2026-11-20"), 1).unwrap().value,
        day("2026-11-23")
    );
    assert_eq!(
        calendar.add(day("2026-11-20"), 0).unwrap().value,
        day("2026-11-20")
    );
    assert_eq!(
        calendar.count(day("2026-11-20"), day("2026-11-23")).value,
        1
    );
    assert_eq!(
        calendar.count(day("2026-11-23"), day("2026-11-20")).value,
        -1
    );
    // From the day before National Day 2025: 10-09, 10-10, Saturday 10-11 (worked), 10-13, 10-14.
    assert_eq!(
        calendar.add(day("2025-09-30"), 5).unwrap().value,
        day("2025-10-14")
    );
}

#[test]
fn working_days_per_year_follow_the_notices() {
    let calendar = calendar();
    // 2025: 261 weekdays − 18 weekdays off + 5 adjusted Saturdays/Sundays = 248.
    assert_eq!(
        calendar.count(day("2024-12-31"), day("2025-12-31")).value,
        248
    );
    // 2026: 261 weekdays − 19 weekdays off + 6 adjusted = 248.
    assert_eq!(
        calendar.count(day("2025-12-31"), day("2026-12-31")).value,
        248
    );
}

#[test]
fn a_span_into_2027_follows_the_holiday_law_and_is_provisional() {
    let calendar = calendar();
    assert_eq!(calendar.last_known_year(), Some(2026));
    let result = calendar.add(day("2026-12-28"), 5).unwrap();
    // 12-29, 12-30, 12-31, (New Year's Day 2027-01-01 is off by law), 01-04, 01-05.
    assert_eq!(result.value, day("2027-01-05"));
    assert!(result.provisional);
    assert!(!calendar.is_workday(day("2027-01-01")));
    assert!(!calendar.add(day("2026-12-01"), 5).unwrap().provisional);
    assert!(
        calendar
            .count(day("2026-12-30"), day("2027-01-02"))
            .provisional
    );
    assert!(
        calendar.add(NaiveDate::MAX, 1).is_none(),
        "never crash at the end of time"
    );
}

#[test]
fn the_2027_spring_festival_week_is_off_by_law() {
    let calendar = calendar();
    // 除夕 Friday 02-05; 初一–初三 02-06…02-08; Saturday and Sunday made up on 02-09, 02-10.
    for off in ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"] {
        assert!(!calendar.is_workday(day(off)), "{off} is off");
    }
    assert!(calendar.is_workday(day("2027-02-04")));
    assert!(calendar.is_workday(day("2027-02-11")));
    let done = calendar.add(day("2027-02-04"), 1).unwrap();
    assert_eq!(done.value, day("2027-02-11"));
    let assumed: Vec<_> = calendar
        .assumed_days_off(day("2027-02-01"), day("2027-02-28"))
        .into_iter()
        .map(|off| off.date.to_string())
        .collect();
    assert_eq!(
        assumed,
        ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"]
    );
}

#[test]
fn the_law_never_takes_off_a_day_a_published_notice_makes_a_working_day() {
    // The rule and the data keep each other honest as years are added.
    let calendar = calendar();
    for (year, _, _) in calendar.notices() {
        for off in super::law::days_off(year).unwrap() {
            assert!(
                !calendar.is_workday(off.date),
                "{year}: the law takes {} off ({:?}) but the notice makes it a working day",
                off.date,
                off.festival
            );
        }
    }
}

#[test]
fn years_before_the_law_stay_monday_to_friday() {
    let calendar = calendar();
    assert!(
        calendar
            .assumed_days_off(day("2024-01-01"), day("2024-12-31"))
            .is_empty()
    );
    assert!(
        calendar.is_workday(day("2024-10-02")),
        "no notice, no law: a Wednesday works"
    );
}

proptest! {
    #[test]
    fn add_and_count_agree(offset in 0u32..800, n in 0u32..300) {
        let calendar = calendar();
        let from = day("2024-06-01") + chrono::Days::new(offset.into());
        let to = calendar.add(from, n).unwrap();
        prop_assert_eq!(calendar.count(from, to.value).value, i64::from(n));
        prop_assert!(n == 0 || calendar.is_workday(to.value));
        let back = calendar.subtract(to.value, n).unwrap().value;
        prop_assert!(back <= from);
        prop_assert_eq!(calendar.count(back, to.value).value, i64::from(n));
    }
}

#[test]
fn a_make_up_day_belongs_to_the_holiday_whose_bridging_day_it_pays_for() {
    let calendar = calendar();
    let holiday_of = |date: &str| {
        calendar
            .special_days(2026)
            .into_iter()
            .find(|special| special.date == day(date))
            .map(|special| special.holiday)
    };
    assert_eq!(holiday_of("2026-09-20").as_deref(), Some("国庆节"));
    assert_eq!(holiday_of("2026-10-10").as_deref(), Some("国庆节"));
    assert_eq!(holiday_of("2026-01-04").as_deref(), Some("元旦"));
    assert_eq!(holiday_of("2026-02-28").as_deref(), Some("春节"));
    assert_eq!(holiday_of("2026-05-09").as_deref(), Some("劳动节"));
}

//! The law against dates the published calendars confirm, and the register's 2027 list.

use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn dates_of(festival: Festival, year: i32) -> Vec<NaiveDate> {
    statutory_days(year)
        .unwrap()
        .into_iter()
        .filter(|(_, f)| *f == festival)
        .map(|(date, _)| date)
        .collect()
}

#[test]
fn lunar_dates_and_qingming_match_the_published_2025_and_2026_calendars() {
    // 除夕, 清明, 端午, 中秋 as the State Council notices for 2025 and 2026 place them.
    assert_eq!(
        dates_of(Festival::SpringFestival, 2025)[0],
        day("2025-01-28")
    );
    assert_eq!(dates_of(Festival::Qingming, 2025), [day("2025-04-04")]);
    assert_eq!(dates_of(Festival::DragonBoat, 2025), [day("2025-05-31")]);
    assert_eq!(dates_of(Festival::MidAutumn, 2025), [day("2025-10-06")]);
    assert_eq!(
        dates_of(Festival::SpringFestival, 2026)[0],
        day("2026-02-16")
    );
    assert_eq!(dates_of(Festival::Qingming, 2026), [day("2026-04-05")]);
    assert_eq!(dates_of(Festival::DragonBoat, 2026), [day("2026-06-19")]);
    assert_eq!(dates_of(Festival::MidAutumn, 2026), [day("2026-09-25")]);
}

#[test]
fn every_year_has_thirteen_statutory_days() {
    for year in LAW_FIRST_YEAR..=LAW_LAST_YEAR {
        assert_eq!(statutory_days(year).unwrap().len(), 13, "{year}");
        assert_eq!(days_off(year).unwrap().len(), 13, "{year}");
    }
}

#[test]
fn the_2027_days_are_those_of_the_register() {
    let statutory: Vec<_> = statutory_days(2027)
        .unwrap()
        .into_iter()
        .map(|(d, _)| d.to_string())
        .collect();
    assert_eq!(
        statutory,
        [
            "2027-01-01",
            "2027-02-05",
            "2027-02-06",
            "2027-02-07",
            "2027-02-08",
            "2027-04-05",
            "2027-05-01",
            "2027-05-02",
            "2027-06-09",
            "2027-09-15",
            "2027-10-01",
            "2027-10-02",
            "2027-10-03"
        ]
    );
    let off: Vec<_> = days_off(2027)
        .unwrap()
        .into_iter()
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(
        off,
        [
            "2027-01-01",
            "2027-02-05",
            "2027-02-08",
            "2027-02-09",
            "2027-02-10",
            "2027-04-05",
            "2027-05-03",
            "2027-05-04",
            "2027-06-09",
            "2027-09-15",
            "2027-10-01",
            "2027-10-04",
            "2027-10-05"
        ]
    );
}

#[test]
fn a_holiday_on_a_weekend_is_made_up_on_the_next_free_weekday() {
    // 2028-01-01 is a Saturday: Monday 01-03 is the substitute.
    let off = days_off(2028).unwrap();
    let new_year: Vec<_> = off
        .iter()
        .filter(|d| d.festival == Festival::NewYear)
        .collect();
    assert_eq!(new_year.len(), 1);
    assert_eq!(new_year[0].date, day("2028-01-03"));
    assert_eq!(new_year[0].kind, LawKind::Substitute);
}

#[test]
fn two_holidays_on_one_date_count_as_two() {
    // In 2031 中秋 (lunar 8/15) falls on October 1, a Wednesday: 10-01…10-03 are off for 国庆
    // and 中秋 takes the next free weekday, Monday 10-06.
    assert_eq!(dates_of(Festival::MidAutumn, 2031), [day("2031-10-01")]);
    let october: Vec<_> = days_off(2031)
        .unwrap()
        .into_iter()
        .filter(|d| d.date.month() == 10)
        .map(|d| (d.date.to_string(), d.kind))
        .collect();
    assert_eq!(
        october,
        [
            ("2031-10-01".to_owned(), LawKind::Statutory),
            ("2031-10-02".to_owned(), LawKind::Statutory),
            ("2031-10-03".to_owned(), LawKind::Statutory),
            ("2031-10-06".to_owned(), LawKind::Substitute),
        ]
    );
}

#[test]
fn years_outside_the_law_are_not_computed() {
    assert!(statutory_days(2024).is_none());
    assert!(days_off(LAW_LAST_YEAR + 1).is_none());
}

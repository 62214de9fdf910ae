//! Invariants of holiday years, embedded, in a `--rules` file or in a `--holidays` file: each
//! year listed once, every range in its year, adjusted working days on weekends, in-lieu days on
//! weekdays inside a range, and as many weekdays off as statutory days plus in-lieu days.

use super::HolidayYear;
use crate::calendar::law::LAW_FIRST_YEAR;
use crate::diagnostic::coded::coded;
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::HashSet;

/// Statutory holiday days a year under the holiday measures as revised in 2024.
const STATUTORY_DAYS: u32 = 13;

type Problem = (String, String);

/// Problems in holiday years, by key path: each year listed once and internally consistent,
/// its `source` among `source_ids` when given (a user's `--holidays` file has free text there).
pub(super) fn validate_holiday_years(
    years: &[HolidayYear],
    source_ids: Option<&HashSet<&str>>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for (i, year) in years.iter().enumerate() {
        if !seen.insert(year.year) {
            problems.push((
                format!("holidays[{i}].year"),
                coded("holidays-year-twice", &[("year", &year.year.to_string())]),
            ));
        }
        let known_source = source_ids.is_none_or(|ids| ids.contains(year.source.as_str()));
        if !known_source {
            problems.push((
                format!("holidays[{i}].source"),
                coded("holidays-unknown-source", &[("source", &year.source)]),
            ));
        }
        if year.source.trim().is_empty() {
            problems.push((
                format!("holidays[{i}].source"),
                coded("holidays-no-source", &[]),
            ));
        }
        problems.extend(
            check_year(year)
                .into_iter()
                .map(|(key, message)| (format!("holidays[{i}].{key}"), message)),
        );
    }
    problems
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

fn check_year(year: &HolidayYear) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut off = HashSet::new();
    for (r, range) in year.days_off.iter().enumerate() {
        if range.from > range.to {
            problems.push((
                format!("days_off[{r}].to"),
                coded(
                    "holidays-range-backwards",
                    &[
                        ("to", &range.to.to_string()),
                        ("from", &range.from.to_string()),
                    ],
                ),
            ));
        }
        if range.from.year() != year.year || range.to.year() != year.year {
            problems.push((
                format!("days_off[{r}].from"),
                coded(
                    "holidays-range-outside",
                    &[("year", &year.year.to_string())],
                ),
            ));
        }
        let days: Vec<_> = range
            .from
            .iter_days()
            .take_while(|day| *day <= range.to)
            .collect();
        if let Some(shared) = days.iter().find(|day| off.contains(*day)) {
            problems.push((
                format!("days_off[{r}].from"),
                coded("holidays-range-overlap", &[("day", &shared.to_string())]),
            ));
        }
        off.extend(days);
    }
    for (d, day) in year.makeup_workdays.iter().enumerate() {
        if !is_weekend(*day) {
            problems.push((
                format!("makeup_workdays[{d}]"),
                coded(
                    "holidays-makeup-not-weekend",
                    &[
                        ("day", &day.to_string()),
                        ("weekday", &day.weekday().to_string()),
                    ],
                ),
            ));
        }
        if day.year() != year.year || off.contains(day) {
            problems.push((
                format!("makeup_workdays[{d}]"),
                coded(
                    "holidays-makeup-outside",
                    &[("day", &day.to_string()), ("year", &year.year.to_string())],
                ),
            ));
        }
    }
    for (d, day) in year.in_lieu_days.iter().enumerate() {
        if is_weekend(*day) || !off.contains(day) {
            problems.push((
                format!("in_lieu_days[{d}]"),
                coded("holidays-in-lieu-outside", &[("day", &day.to_string())]),
            ));
        }
    }
    // Each statutory day gives one weekday off (moved off a weekend if it falls on one), and each
    // in-lieu weekday is paid back by one adjusted working day.
    let weekdays_off = off.iter().filter(|day| !is_weekend(**day)).count();
    let statutory: u32 = year.days_off.iter().map(|range| range.statutory_days).sum();
    let expected = statutory as usize + year.in_lieu_days.len();
    if weekdays_off != expected {
        problems.push((
            "days_off".to_owned(),
            coded(
                "holidays-weekdays-off",
                &[
                    ("off", &weekdays_off.to_string()),
                    ("statutory", &statutory.to_string()),
                    ("in_lieu", &year.in_lieu_days.len().to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
        ));
    }
    if year.year >= LAW_FIRST_YEAR && statutory != STATUTORY_DAYS {
        problems.push((
            "days_off".to_owned(),
            coded(
                "holidays-statutory-count",
                &[
                    ("statutory", &statutory.to_string()),
                    ("law", &STATUTORY_DAYS.to_string()),
                    ("since", &LAW_FIRST_YEAR.to_string()),
                ],
            ),
        ));
    }
    if year.in_lieu_days.len() != year.makeup_workdays.len() {
        problems.push((
            "makeup_workdays".to_owned(),
            coded(
                "holidays-swaps-unpaired",
                &[
                    ("in_lieu", &year.in_lieu_days.len().to_string()),
                    ("makeup", &year.makeup_workdays.len().to_string()),
                ],
            ),
        ));
    }
    problems
}

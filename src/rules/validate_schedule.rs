//! Invariants of the time, document and benefit rules: document slots the profile knows,
//! unique rule ids, ascending benefit tier limits; holiday years that are internally consistent (every range in
//! its year, adjusted working days on weekends, in-lieu days on weekdays inside a range, and as
//! many weekdays off as statutory days plus in-lieu days), and sane validity and step data.

use super::{FeeAmount, HolidayYear, Rules};
use crate::calendar::law::LAW_FIRST_YEAR;
use crate::diagnostic::coded::coded;

/// The longest validity a rule may give, in months (ten years).
const MAX_MONTHS: u32 = 120;
/// The most days a duration or grace period may have (ten years).
const MAX_DAYS: u32 = 3_650;

/// Statutory holiday days a year under the holiday measures as revised in 2024.
const STATUTORY_DAYS: u32 = 13;
use crate::profile::DOCUMENT_SLOTS;
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::HashSet;

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

/// Problems in the holidays, validity and timeline sections, by key path.
pub(super) fn validate_schedule(rules: &Rules, source_ids: &HashSet<&str>) -> Vec<Problem> {
    let mut problems = Vec::new();
    problems.extend(validate_holiday_years(&rules.holidays, Some(source_ids)));
    for (i, validity) in rules.validity.iter().enumerate() {
        if !(1..=MAX_MONTHS).contains(&validity.months) {
            problems.push((
                format!("validity[{i}].months"),
                coded(
                    "rules-file-months",
                    &[
                        ("max", &MAX_MONTHS.to_string()),
                        ("found", &validity.months.to_string()),
                    ],
                ),
            ));
        }
        if validity.grace_days > MAX_DAYS {
            problems.push((
                format!("validity[{i}].grace_days"),
                coded(
                    "rules-file-days",
                    &[
                        ("max", &MAX_DAYS.to_string()),
                        ("found", &validity.grace_days.to_string()),
                    ],
                ),
            ));
        }
        if validity.window_months > validity.months {
            problems.push((
                format!("validity[{i}].window_months"),
                coded("rules-file-window-months", &[]),
            ));
        }
        let clash = rules.validity[..i]
            .iter()
            .any(|earlier| earlier.platform == validity.platform && overlapping(earlier, validity));
        if clash {
            problems.push((
                format!("validity[{i}].platform"),
                coded(
                    "rules-file-validity-overlap",
                    &[("platform", &validity.platform.to_string())],
                ),
            ));
        }
    }
    for (i, step) in rules.timeline_steps.iter().enumerate() {
        for (key, days) in [("min_days", step.min_days), ("max_days", step.max_days)] {
            if days > MAX_DAYS {
                problems.push((
                    format!("timeline_steps[{i}].{key}"),
                    coded(
                        "rules-file-days",
                        &[("max", &MAX_DAYS.to_string()), ("found", &days.to_string())],
                    ),
                ));
            }
        }
        if step.min_days > step.max_days {
            problems.push((
                format!("timeline_steps[{i}].min_days"),
                coded(
                    "rules-file-min-above-max",
                    &[
                        ("min", &step.min_days.to_string()),
                        ("max", &step.max_days.to_string()),
                    ],
                ),
            ));
        }
        for (j, tier) in step.charged_tiers.iter().enumerate() {
            let known = rules
                .fees
                .iter()
                .filter(|fee| fee.platform == step.platform)
                .any(|fee| match &fee.amount {
                    FeeAmount::Tiers(tiers) => tiers.iter().any(|known| &known.id == tier),
                    FeeAmount::AmountFen(_) => false,
                });
            if !known {
                problems.push((
                    format!("timeline_steps[{i}].charged_tiers[{j}]"),
                    coded(
                        "rules-file-not-a-tier",
                        &[("tier", tier), ("platform", &step.platform.to_string())],
                    ),
                ));
            }
        }
        let twice = rules.timeline_steps[..i].iter().any(|earlier| {
            earlier.rule_id() == step.rule_id()
                && earlier.provenance.effective == step.provenance.effective
        });
        if twice {
            problems.push((
                format!("timeline_steps[{i}].id"),
                coded("rules-file-step-twice", &[("id", &step.rule_id())]),
            ));
        }
    }
    let mut rule_ids = HashSet::new();
    for (i, document) in rules.documents.iter().enumerate() {
        if !rule_ids.insert((document.rule.as_str(), document.provenance.effective)) {
            problems.push((
                format!("documents[{i}].rule"),
                coded("rules-file-document-twice", &[("id", &document.rule)]),
            ));
        }
        if document.platforms.is_empty() {
            problems.push((
                format!("documents[{i}].platforms"),
                coded("rules-file-no-platform", &[]),
            ));
        }
        for (s, slot) in document.slots.iter().enumerate() {
            if !DOCUMENT_SLOTS.contains(&slot.as_str()) {
                problems.push((
                    format!("documents[{i}].slots[{s}]"),
                    coded(
                        "rules-file-not-a-slot",
                        &[("slot", slot), ("slots", &DOCUMENT_SLOTS.join(", "))],
                    ),
                ));
            }
        }
    }
    let mut benefit_ids = HashSet::new();
    for (i, benefit) in rules.benefits.iter().enumerate() {
        if !benefit_ids.insert((benefit.rule_id(), benefit.provenance.effective)) {
            problems.push((
                format!("benefits[{i}].id"),
                coded("rules-file-benefit-twice", &[("id", &benefit.rule_id())]),
            ));
        }
        let limits = &benefit.tier_limits;
        let ascending = limits.windows(2).all(|pair| {
            matches!((pair[0].max, pair[1].max), (Some(a), Some(b)) if a < b)
                || (pair[0].max.is_some() && pair[1].max.is_none())
        });
        if !limits.is_empty()
            && (!ascending || limits.last().is_some_and(|last| last.max.is_some()))
        {
            problems.push((
                format!("benefits[{i}].tier_limits"),
                coded("rules-file-tier-limits", &[]),
            ));
        }
    }
    problems
}

fn overlapping(a: &super::Validity, b: &super::Validity) -> bool {
    let a_before_b = a
        .provenance
        .until
        .is_some_and(|until| until <= b.provenance.effective);
    let b_before_a = b
        .provenance
        .until
        .is_some_and(|until| until <= a.provenance.effective);
    !a_before_b && !b_before_a
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

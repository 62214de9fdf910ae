//! Invariants of the time, document and benefit rules: document slots the profile knows,
//! unique rule ids, ascending benefit tier limits, sane validity and step data; holiday years
//! are checked in `validate_holidays`.

use super::validate_holidays::validate_holiday_years;
use super::{FeeAmount, Rules};
use crate::diagnostic::coded::coded;

/// The longest validity a rule may give, in months (ten years).
const MAX_MONTHS: u32 = 120;
/// The most days a duration or grace period may have (ten years).
const MAX_DAYS: u32 = 3_650;

use crate::profile::DOCUMENT_SLOTS;
use std::collections::HashSet;

type Problem = (String, String);

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

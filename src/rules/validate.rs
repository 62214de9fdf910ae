//! The invariants every rule set must keep, embedded or from `--rules`: supported format,
//! unique ids, every value sourced from a known source with a well-formed fact id, dates in
//! order, tiers ascending, references that resolve, and no two exemptions that could apply to
//! the same fee for the same profile without an order between them.

use super::validate_schedule::validate_schedule;
use super::{FeeAmount, Provenance, Rules};
use crate::diagnostic::coded::coded;
use crate::money::Fen;
use crate::toml_location::KeyPath;
use std::collections::HashSet;

/// The rules format this build reads.
pub const SCHEMA_VERSION: u32 = 1;

type Problem = (KeyPath, String);

/// Every problem found, each at the key path it concerns.
pub(super) fn validate(rules: &Rules) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem =
        |path: String, message: String| problems.push((KeyPath::parse(&path), message));

    if rules.schema_version != SCHEMA_VERSION {
        problem(
            "schema_version".into(),
            coded(
                "rules-file-format",
                &[
                    ("found", &rules.schema_version.to_string()),
                    ("reads", &SCHEMA_VERSION.to_string()),
                ],
            ),
        );
    }

    let source_ids: HashSet<&str> = rules
        .sources
        .iter()
        .map(|source| source.id.as_str())
        .collect();
    for (i, id) in duplicates(rules.sources.iter().map(|source| source.id.clone())) {
        problem(
            format!("sources[{i}].id"),
            coded("rules-file-source-twice", &[("id", &id)]),
        );
    }
    let check_provenance = |section: &str, i: usize, provenance: &Provenance| {
        let mut found = Vec::new();
        if !source_ids.contains(provenance.source.as_str()) {
            found.push((
                "source",
                coded("holidays-unknown-source", &[("source", &provenance.source)]),
            ));
        }
        if !is_fact_id(&provenance.fact) {
            found.push((
                "fact",
                coded("rules-file-fact-id", &[("fact", &provenance.fact)]),
            ));
        }
        if provenance
            .until
            .is_some_and(|until| until <= provenance.effective)
        {
            found.push(("until", coded("rules-file-until", &[])));
        }
        found
            .into_iter()
            .map(|(key, message)| (format!("{section}[{i}].{key}"), message))
            .collect::<Vec<_>>()
    };
    let mut sourced = Vec::new();
    for (i, fee) in rules.fees.iter().enumerate() {
        sourced.extend(check_provenance("fees", i, &fee.provenance));
    }
    for (i, exemption) in rules.exemptions.iter().enumerate() {
        sourced.extend(check_provenance("exemptions", i, &exemption.provenance));
    }
    for (i, review) in rules.annual_reviews.iter().enumerate() {
        sourced.extend(check_provenance("annual_reviews", i, &review.provenance));
    }
    for (i, validity) in rules.validity.iter().enumerate() {
        sourced.extend(check_provenance("validity", i, &validity.provenance));
    }
    for (i, step) in rules.timeline_steps.iter().enumerate() {
        sourced.extend(check_provenance("timeline_steps", i, &step.provenance));
    }
    for (i, document) in rules.documents.iter().enumerate() {
        sourced.extend(check_provenance("documents", i, &document.provenance));
    }
    for (i, benefit) in rules.benefits.iter().enumerate() {
        sourced.extend(check_provenance("benefits", i, &benefit.provenance));
    }
    for (i, subsidy) in rules.subsidies.iter().enumerate() {
        sourced.extend(check_provenance("subsidies", i, &subsidy.provenance));
    }
    for (i, tip) in rules.tips.iter().enumerate() {
        sourced.extend(check_provenance("tips", i, &tip.provenance));
    }
    for (i, rejection) in rules.rejections.iter().enumerate() {
        sourced.extend(check_provenance("rejections", i, &rejection.provenance));
    }
    for (i, cause) in rules.rejection_causes.iter().enumerate() {
        sourced.extend(check_provenance("rejection_causes", i, &cause.provenance));
        if !(1..=100).contains(&cause.share) {
            problem(
                format!("rejection_causes[{i}].share"),
                coded("rules-file-share", &[("found", &cause.share.to_string())]),
            );
        }
    }
    for (i, note) in rules.notes.iter().enumerate() {
        let provenance = Provenance {
            fact: note.fact.clone(),
            source: note.source.clone(),
            effective: chrono::NaiveDate::MIN,
            until: None,
        };
        sourced.extend(check_provenance("notes", i, &provenance));
    }
    for (path, message) in sourced {
        problem(path, message);
    }

    for (i, fee) in rules.fees.iter().enumerate() {
        let versions = rules.fees[..i]
            .iter()
            .filter(|earlier| earlier.id == fee.id);
        if versions
            .into_iter()
            .any(|earlier| overlaps(&earlier.provenance, &fee.provenance))
        {
            problem(
                format!("fees[{i}].effective"),
                coded("rules-file-fee-overlap", &[("id", &fee.id)]),
            );
        }
        match &fee.amount {
            FeeAmount::AmountFen(amount) => {
                if let Some(message) = out_of_bounds(*amount) {
                    problem(format!("fees[{i}].amount_fen"), message);
                }
            }
            FeeAmount::Tiers(tiers) if tiers.is_empty() => {
                problem(format!("fees[{i}].tiers"), coded("rules-file-no-tier", &[]))
            }
            FeeAmount::Tiers(tiers) => {
                let mut previous_max = 0;
                for (t, tier) in tiers.iter().enumerate() {
                    let path = format!("fees[{i}].tiers[{t}]");
                    let last = t + 1 == tiers.len();
                    match tier.max_members {
                        Some(_) if last => problem(
                            format!("{path}.max_members"),
                            coded("rules-file-last-tier-max", &[]),
                        ),
                        None if !last => {
                            problem(path.clone(), coded("rules-file-tier-without-max", &[]))
                        }
                        Some(max) if max <= previous_max => {
                            problem(
                                format!("{path}.max_members"),
                                coded(
                                    "rules-file-tiers-ascend",
                                    &[
                                        ("max", &max.to_string()),
                                        ("previous", &previous_max.to_string()),
                                    ],
                                ),
                            );
                        }
                        _ => {}
                    }
                    previous_max = tier.max_members.unwrap_or(u64::MAX);
                    if let Some(message) = out_of_bounds(tier.amount_fen) {
                        problem(format!("{path}.amount_fen"), message);
                    }
                }
                for (t, id) in duplicates(tiers.iter().map(|tier| tier.id.clone())) {
                    problem(
                        format!("fees[{i}].tiers[{t}].id"),
                        coded("rules-file-tier-twice", &[("id", &id)]),
                    );
                }
            }
        }
    }

    let fee_ids: HashSet<String> = rules.fees.iter().map(|fee| fee.id.clone()).collect();
    for (i, id) in duplicates(
        rules
            .exemptions
            .iter()
            .map(|exemption| exemption.id.clone()),
    ) {
        problem(
            format!("exemptions[{i}].id"),
            coded("rules-file-exemption-twice", &[("id", &id)]),
        );
    }
    for (i, exemption) in rules.exemptions.iter().enumerate() {
        for (f, fee) in exemption.fees.iter().enumerate() {
            if !fee_ids.contains(fee) {
                problem(
                    format!("exemptions[{i}].fees[{f}]"),
                    coded("rules-file-unknown-fee", &[("fee", fee)]),
                );
            }
        }
        if exemption.kinds.is_empty() {
            problem(
                format!("exemptions[{i}].kinds"),
                coded("rules-file-no-kind", &[]),
            );
        }
        for (j, earlier) in rules.exemptions[..i].iter().enumerate() {
            let fee = exemption.fees.iter().find(|fee| earlier.fees.contains(fee));
            let kind = exemption
                .kinds
                .iter()
                .find(|kind| earlier.kinds.contains(kind));
            let conditions_meet = match (earlier.poverty_county, exemption.poverty_county) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            if let (Some(fee), Some(kind)) = (fee, kind)
                && conditions_meet
                && overlaps(&earlier.provenance, &exemption.provenance)
                && earlier.precedence == exemption.precedence
            {
                problem(
                    format!("exemptions[{i}].kinds"),
                    coded(
                        "rules-file-exemptions-unordered",
                        &[
                            ("index", &j.to_string()),
                            ("id", &earlier.id),
                            ("fee", fee),
                            ("kind", kind.id()),
                        ],
                    ),
                );
            }
        }
    }

    for (i, review) in rules.annual_reviews.iter().enumerate() {
        if rules.annual_reviews[..i].iter().any(|earlier| {
            earlier.platform == review.platform && overlaps(&earlier.provenance, &review.provenance)
        }) {
            problem(
                format!("annual_reviews[{i}].platform"),
                coded(
                    "rules-file-review-overlap",
                    &[("platform", &review.platform.to_string())],
                ),
            );
        }
        for (c, fee) in review.charges.iter().enumerate() {
            if !fee.starts_with(&format!("{}.", review.platform)) || !fee_ids.contains(fee) {
                problem(
                    format!("annual_reviews[{i}].charges[{c}]"),
                    coded(
                        "rules-file-not-a-fee-of",
                        &[("fee", fee), ("platform", &review.platform.to_string())],
                    ),
                );
            }
        }
    }

    for (i, id) in duplicates(rules.subsidies.iter().map(|subsidy| subsidy.id.clone())) {
        problem(
            format!("subsidies[{i}].id"),
            coded("rules-file-subsidy-twice", &[("id", &id)]),
        );
    }
    for (i, subsidy) in rules.subsidies.iter().enumerate() {
        if !(1..=100).contains(&subsidy.percent) {
            problem(
                format!("subsidies[{i}].percent"),
                coded(
                    "rules-file-percent",
                    &[("found", &subsidy.percent.to_string())],
                ),
            );
        }
        if subsidy.platforms.is_empty() {
            problem(
                format!("subsidies[{i}].platforms"),
                coded("rules-file-no-platform", &[]),
            );
        }
    }

    let rule_ids: HashSet<String> = fee_ids
        .iter()
        .cloned()
        .chain(
            rules
                .exemptions
                .iter()
                .map(|exemption| exemption.id.clone()),
        )
        .chain(rules.subsidies.iter().map(|subsidy| subsidy.id.clone()))
        .chain(rules.annual_reviews.iter().map(|review| review.id.clone()))
        .chain(rules.validity.iter().map(|validity| validity.id()))
        .chain(rules.timeline_steps.iter().map(|step| step.rule_id()))
        .chain(rules.documents.iter().map(|document| document.rule.clone()))
        .chain(rules.benefits.iter().map(|benefit| benefit.rule_id()))
        .collect();
    for (i, tip) in rules.tips.iter().enumerate() {
        let twice = rules.tips[..i].iter().any(|earlier| {
            earlier.rule_id() == tip.rule_id()
                && earlier.provenance.effective == tip.provenance.effective
        });
        if twice {
            problem(
                format!("tips[{i}].id"),
                coded("rules-file-tip-twice", &[("id", &tip.rule_id())]),
            );
        }
    }
    for (i, id) in duplicates(rules.notes.iter().map(|note| note.id.clone())) {
        problem(
            format!("notes[{i}].id"),
            coded("rules-file-note-twice", &[("id", &id)]),
        );
    }
    for (i, note) in rules.notes.iter().enumerate() {
        if !rule_ids.contains(&note.about) {
            problem(
                format!("notes[{i}].about"),
                coded("rules-file-not-a-rule", &[("id", &note.about)]),
            );
        }
    }
    for (path, message) in validate_schedule(rules, &source_ids) {
        problem(path, message);
    }
    problems
}

/// Why an amount is outside 0 ≤ fen ≤ [`Fen::MAX_RULE`], if it is.
fn out_of_bounds(amount: Fen) -> Option<String> {
    (!(0..=Fen::MAX_RULE.0).contains(&amount.0)).then(|| {
        coded(
            "rules-file-amount-bounds",
            &[
                ("max", &Fen::MAX_RULE.0.to_string()),
                ("found", &amount.0.to_string()),
            ],
        )
    })
}

fn overlaps(a: &Provenance, b: &Provenance) -> bool {
    let a_before_b = a.until.is_some_and(|until| until <= b.effective);
    let b_before_a = b.until.is_some_and(|until| until <= a.effective);
    !a_before_b && !b_before_a
}

fn is_fact_id(fact: &str) -> bool {
    fact.starts_with(|c: char| c.is_ascii_uppercase())
        && fact
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
}

// (index, id) of every id that already appeared earlier in the sequence.
fn duplicates(ids: impl Iterator<Item = String>) -> Vec<(usize, String)> {
    let mut seen = HashSet::new();
    ids.enumerate()
        .filter(|(_, id)| !seen.insert(id.clone()))
        .collect()
}

//! The quote computation: pure, from a profile, the rules and a day.

use super::{Decision, Line, LineKind, PlatformQuote, Quote, Reason, TierChoice};
use crate::entity_kind::EntityKind;
use crate::lang::{Bilingual, Lang};
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::rules::{Exemption, Fee, FeeAmount, Note, Rules, Selected, Subsidy};
use chrono::NaiveDate;

/// Quotes every platform `profile` chooses, with the rules in force on `as_of`, totalled over
/// `years` (at least 1: the first certification, then `years − 1` annual reviews).
pub fn quote(profile: &Profile, rules: &Rules, as_of: NaiveDate, years: u32) -> Quote {
    let years = years.max(1);
    let mut assumptions = Vec::new();
    let platforms: Vec<PlatformQuote> = profile
        .platforms()
        .iter()
        .map(|entry| quote_platform(profile, rules, entry.platform(), as_of, &mut assumptions))
        .collect();
    let first_fen: Fen = platforms.iter().map(|p| p.first_fen).sum();
    let subsidy_fen: Fen = platforms.iter().map(|p| p.subsidy_fen).sum();
    let annual: Fen = platforms.iter().map(|p| p.annual_review_fen).sum();
    Quote {
        platforms,
        first_fen,
        subsidy_fen,
        net_first_fen: first_fen - subsidy_fen,
        years,
        total_fen: first_fen + annual.times(years - 1),
        assumptions,
    }
}

fn quote_platform(
    profile: &Profile,
    rules: &Rules,
    platform: Platform,
    as_of: NaiveDate,
    assumptions: &mut Vec<String>,
) -> PlatformQuote {
    let mut note_assumption = |id: String, selected_assumed: bool, effective: NaiveDate| {
        if selected_assumed {
            assumptions.push(format!(
                "rule `{id}` is known in force from {effective}; it was applied to {as_of} as the earliest version known"
            ));
        }
    };
    let annual_rule = rules.annual_review_for(platform, as_of);
    if let Some(selected) = annual_rule {
        note_assumption(
            selected.rule.id(),
            selected.assumed,
            selected.rule.provenance.effective,
        );
    }
    let mut lines = Vec::new();
    let mut decisions = Vec::new();
    let mut contributing = Vec::new();

    for Selected { rule: fee, assumed } in rules.fees_for(platform, as_of) {
        note_assumption(fee.id(), assumed, fee.provenance.effective);
        let annual = annual_rule.is_some_and(|review| review.rule.charges.contains(&fee.id()));
        let (base, tier) = amount_for(fee, profile.org().members.get());
        contributing.push(fee.id());
        lines.push(Line {
            kind: LineKind::Fee,
            item: fee.item.clone(),
            rule: fee.id(),
            name: fee.name.clone(),
            amount: base,
            refundable: fee.refundable,
            annual,
            tier,
            fact: fee.provenance.fact.clone(),
            source: fee.provenance.source.clone(),
        });
        let mut waived_by: Option<String> = None;
        for Selected {
            rule: exemption,
            assumed,
        } in rules.exemptions_for(&fee.id(), as_of)
        {
            note_assumption(
                exemption.id.clone(),
                assumed,
                exemption.provenance.effective,
            );
            let reason = match &waived_by {
                Some(by) => Reason::Superseded(by.clone()),
                None => exemption_reason(exemption, profile),
            };
            let applied = matches!(reason, Reason::KindListed(..));
            if applied {
                waived_by = Some(exemption.id.clone());
                contributing.push(exemption.id.clone());
                if base != Fen::ZERO {
                    lines.push(Line {
                        kind: LineKind::Exemption,
                        item: fee.item.clone(),
                        rule: exemption.id.clone(),
                        name: exemption.name.clone(),
                        amount: -base,
                        refundable: fee.refundable,
                        annual,
                        tier: None,
                        fact: exemption.provenance.fact.clone(),
                        source: exemption.provenance.source.clone(),
                    });
                }
            }
            decisions.push(Decision {
                rule: exemption.id.clone(),
                name: exemption.name.clone(),
                target: fee.id(),
                applied,
                reason,
                fact: exemption.provenance.fact.clone(),
                source: exemption.provenance.source.clone(),
            });
        }
    }

    let charged = || {
        lines
            .iter()
            .filter(|line: &&Line| line.kind != LineKind::Subsidy)
    };
    let first_fen: Fen = charged().map(|line| line.amount).sum();
    let failed_attempt_fen: Fen = charged()
        .filter(|line| !line.refundable)
        .map(|line| line.amount)
        .sum();
    let annual_review_fen: Fen = charged()
        .filter(|line| line.annual)
        .map(|line| line.amount)
        .sum();

    let mut subsidy_fen = Fen::ZERO;
    let mut asked_locally = Vec::new();
    for Selected {
        rule: subsidy,
        assumed,
    } in rules.subsidies_for(platform, as_of)
    {
        note_assumption(subsidy.id.clone(), assumed, subsidy.provenance.effective);
        let reason = subsidy_reason(subsidy, profile);
        let applied = reason == Reason::ConditionsMet && first_fen > Fen::ZERO;
        if subsidy.ask_locally.contains(&profile.org().kind) && first_fen > Fen::ZERO {
            let as_enterprise = Subsidy {
                kinds: vec![profile.org().kind],
                ..subsidy.clone()
            };
            if subsidy_reason(&as_enterprise, profile) == Reason::ConditionsMet {
                asked_locally.push(ask_locally_note(subsidy, profile.org().kind));
            }
        }
        if applied {
            subsidy_fen += first_fen.percent(subsidy.percent);
            contributing.push(subsidy.id.clone());
            lines.push(Line {
                kind: LineKind::Subsidy,
                item: "subsidy".to_owned(),
                rule: subsidy.id.clone(),
                name: subsidy.name.clone(),
                amount: -first_fen.percent(subsidy.percent),
                refundable: false,
                annual: false,
                tier: None,
                fact: subsidy.provenance.fact.clone(),
                source: subsidy.provenance.source.clone(),
            });
        }
        decisions.push(Decision {
            rule: subsidy.id.clone(),
            name: subsidy.name.clone(),
            target: format!("{platform}.first_fen"),
            applied,
            reason,
            fact: subsidy.provenance.fact.clone(),
            source: subsidy.provenance.source.clone(),
        });
    }

    if let Some(review) = annual_rule {
        contributing.push(review.rule.id());
    }
    let notes = contributing
        .iter()
        .flat_map(|id| rules.notes_about(id))
        .cloned()
        .chain(asked_locally)
        .collect();
    PlatformQuote {
        platform,
        lines,
        first_fen,
        failed_attempt_fen,
        annual_review_fen,
        subsidy_fen,
        annual_review_rule: annual_rule.map(|review| {
            let provenance = &review.rule.provenance;
            (
                review.rule.id(),
                provenance.fact.clone(),
                provenance.source.clone(),
            )
        }),
        decisions,
        notes,
    }
}

/// The fee for `members`, with the tier chosen when the fee is tiered.
fn amount_for(fee: &Fee, members: u64) -> (Fen, Option<TierChoice>) {
    match &fee.amount {
        FeeAmount::AmountFen(amount) => (*amount, None),
        FeeAmount::Tiers(tiers) => {
            let mut min_members = 1;
            for tier in tiers {
                if tier.max_members.is_none_or(|max| members <= max) {
                    let choice = TierChoice {
                        id: tier.id.clone(),
                        min_members,
                        max_members: tier.max_members,
                    };
                    return (tier.amount_fen, Some(choice));
                }
                min_members = tier.max_members.map_or(min_members, |max| max + 1);
            }
            // The validator guarantees a last, unbounded tier; an empty list charges nothing.
            (Fen::ZERO, None)
        }
    }
}

fn exemption_reason(exemption: &Exemption, profile: &Profile) -> Reason {
    let kind = profile.org().kind;
    if !exemption.kinds.contains(&kind) {
        return Reason::KindNotListed(kind, exemption.kinds.clone());
    }
    match exemption.poverty_county {
        Some(required) if required != profile.org().poverty_county => {
            Reason::PovertyCounty { required }
        }
        condition => Reason::KindListed(kind, condition),
    }
}

/// The note for a kind the programme leaves out but that may ask its local office.
fn ask_locally_note(subsidy: &Subsidy, kind: EntityKind) -> Note {
    let text = |lang| {
        msg!(
            lang,
            "subsidy-ask-locally",
            kind = kind.label(lang),
            subsidy = subsidy.name.get(lang)
        )
    };
    Note {
        id: format!("{}.ask_locally", subsidy.id),
        about: subsidy.id.clone(),
        text: Bilingual {
            zh: text(Lang::Zh),
            en: text(Lang::En),
        },
        fact: subsidy.provenance.fact.clone(),
        source: subsidy.provenance.source.clone(),
    }
}

fn subsidy_reason(subsidy: &Subsidy, profile: &Profile) -> Reason {
    let org = profile.org();
    if !subsidy.kinds.contains(&org.kind) {
        return Reason::KindNotListed(org.kind, subsidy.kinds.clone());
    }
    if let Some(required) = subsidy.small_micro
        && required != org.small_micro
    {
        return Reason::SmallMicro { required };
    }
    let region_matches = org.region.as_deref().is_some_and(|region| {
        let region = region.to_lowercase();
        subsidy
            .region_contains
            .iter()
            .any(|wanted| region.contains(&wanted.to_lowercase()))
    });
    if !subsidy.region_contains.is_empty() && !region_matches {
        return Reason::Region {
            found: org.region.clone(),
            wanted: subsidy.region_contains.clone(),
        };
    }
    Reason::ConditionsMet
}

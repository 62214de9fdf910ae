//! The quote computation: pure, from a profile, the rules and a day.

use super::standing;
use super::{Decision, Line, LineKind, PlatformQuote, Quote, Reason, TierChoice, rule_assumed};
use crate::entity_kind::EntityKind;
use crate::lang::{Bilingual, Lang};
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::rules::{Exemption, Fee, FeeAmount, Note, Rules, Selected, Subsidy};
use chrono::NaiveDate;
use std::borrow::Cow;

/// Quotes every platform `profile` chooses, with the rules in force on `as_of`, totalled over
/// `years` (at least 1: the first certification, then `years − 1` annual reviews; for a
/// platform already certified, `years` annual reviews still to pay).
pub fn quote<'r>(profile: &Profile, rules: &'r Rules, as_of: NaiveDate, years: u32) -> Quote<'r> {
    let years = years.max(1);
    let mut assumptions = Vec::new();
    let platforms: Vec<PlatformQuote> = profile
        .platforms()
        .iter()
        .map(|entry| {
            let mut quoted =
                quote_platform(profile, rules, entry.platform(), as_of, &mut assumptions);
            let lapsed = entry
                .certified_on
                .and_then(|day| standing::lapsed_since(rules, &quoted, day, as_of));
            standing::still_to_pay(&mut quoted, entry.certified_on, lapsed, years);
            if let Some(certified_on) = entry.certified_on {
                standing::no_subsidy_once_certified(&mut quoted, certified_on);
            }
            if let Some(spent) = crate::status::spent(profile, rules, entry) {
                quoted.spent_fen = Some(spent.spent_fen);
                // An application paid and in review is not paid again.
                if spent.paid_pending {
                    let paid = match entry.certified_on {
                        None => quoted.first_fen,
                        Some(_) if quoted.lapsed_since.is_some() => quoted.first_fen,
                        Some(_) if quoted.renewals_in_window > 0 => quoted.annual_review_fen,
                        Some(_) => Fen::ZERO,
                    };
                    quoted.still_to_pay_fen = quoted.still_to_pay_fen - paid;
                }
            }
            quoted
        })
        .collect();
    let first_fen: Fen = platforms.iter().map(|p| p.first_fen).sum();
    let subsidy_fen: Fen = platforms.iter().map(|p| p.subsidy_fen).sum();
    let annual: Fen = platforms.iter().map(|p| p.annual_review_fen).sum();
    Quote {
        first_fen,
        subsidy_fen,
        net_first_fen: first_fen - subsidy_fen,
        years,
        total_fen: first_fen + annual.times(years - 1),
        still_to_pay_fen: platforms.iter().map(|p| p.still_to_pay_fen).sum(),
        platforms,
        assumptions,
    }
}

/// One platform's quote alone, for a plan that depends on what the profile pays (its
/// assumptions are dropped: the caller reports its own).
pub fn quote_one<'r>(
    profile: &Profile,
    rules: &'r Rules,
    platform: Platform,
    as_of: NaiveDate,
) -> PlatformQuote<'r> {
    quote_platform(profile, rules, platform, as_of, &mut Vec::new())
}

fn quote_platform<'r>(
    profile: &Profile,
    rules: &'r Rules,
    platform: Platform,
    as_of: NaiveDate,
    assumptions: &mut Vec<Bilingual>,
) -> PlatformQuote<'r> {
    let mut note_assumption = |id: &str, selected_assumed: bool, effective: NaiveDate| {
        if selected_assumed {
            assumptions.push(rule_assumed(id, effective, as_of));
        }
    };
    let annual_rule = rules.annual_review_for(platform, as_of);
    if let Some(selected) = annual_rule {
        note_assumption(
            &selected.rule.id,
            selected.assumed,
            selected.rule.provenance.effective,
        );
    }
    let mut lines = Vec::new();
    let mut decisions = Vec::new();
    let mut contributing = Vec::new();

    for Selected { rule: fee, assumed } in rules.fees_for(platform, as_of) {
        note_assumption(&fee.id, assumed, fee.provenance.effective);
        let annual = annual_rule.is_some_and(|review| review.rule.charges.contains(&fee.id));
        let (base, tier) = amount_for(fee, profile.org().members.get());
        lines.push(Line {
            kind: LineKind::Fee,
            item: &fee.item,
            rule: &fee.id,
            name: &fee.name,
            amount: base,
            refundable: fee.refundable,
            annual,
            tier,
            fact: &fee.provenance.fact,
            source: &fee.provenance.source,
        });
        let mut waived_by: Option<&str> = None;
        for Selected {
            rule: exemption,
            assumed,
        } in rules.exemptions_for(&fee.id, as_of)
        {
            note_assumption(&exemption.id, assumed, exemption.provenance.effective);
            let reason = match waived_by {
                Some(by) => Reason::Superseded(by),
                None => exemption_reason(exemption, profile),
            };
            let applied = matches!(reason, Reason::KindListed(..));
            if applied {
                waived_by = Some(&exemption.id);
                contributing.push(&exemption.id);
                if base != Fen::ZERO {
                    lines.push(Line {
                        kind: LineKind::Exemption,
                        item: &fee.item,
                        rule: &exemption.id,
                        name: &exemption.name,
                        amount: -base,
                        refundable: fee.refundable,
                        annual,
                        tier: None,
                        fact: &exemption.provenance.fact,
                        source: &exemption.provenance.source,
                    });
                }
            }
            decisions.push(Decision {
                rule: &exemption.id,
                name: &exemption.name,
                target: Cow::Borrowed(&fee.id),
                applied,
                reason,
                fact: &exemption.provenance.fact,
                source: &exemption.provenance.source,
            });
        }
        // A fee the profile does not owe brings no notes: refund terms of a waived scale fee
        // would only mislead (issue 27, item 4).
        if waived_by.is_none() {
            contributing.push(&fee.id);
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
        note_assumption(&subsidy.id, assumed, subsidy.provenance.effective);
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
            contributing.push(&subsidy.id);
            lines.push(Line {
                kind: LineKind::Subsidy,
                item: "subsidy",
                rule: &subsidy.id,
                name: &subsidy.name,
                amount: -first_fen.percent(subsidy.percent),
                refundable: false,
                annual: false,
                tier: None,
                fact: &subsidy.provenance.fact,
                source: &subsidy.provenance.source,
            });
        }
        decisions.push(Decision {
            rule: &subsidy.id,
            name: &subsidy.name,
            target: Cow::Owned(format!("{platform}.first_fen")),
            applied,
            reason,
            fact: &subsidy.provenance.fact,
            source: &subsidy.provenance.source,
        });
    }

    if let Some(review) = annual_rule {
        contributing.push(&review.rule.id);
    }
    let notes = contributing
        .iter()
        .flat_map(|id| rules.notes_about(id))
        .filter(|note| {
            note.poverty_county
                .is_none_or(|required| required == profile.org().poverty_county)
        })
        .map(Cow::Borrowed)
        .chain(asked_locally.into_iter().map(Cow::Owned))
        .collect();
    PlatformQuote {
        platform,
        lines,
        first_fen,
        failed_attempt_fen,
        annual_review_fen,
        subsidy_fen,
        certified_on: None,
        lapsed_since: None,
        renewals_in_window: 0,
        still_to_pay_fen: first_fen,
        spent_fen: None,
        annual_review_rule: annual_rule.map(|review| {
            let provenance = &review.rule.provenance;
            (
                review.rule.id.as_str(),
                provenance.fact.as_str(),
                provenance.source.as_str(),
            )
        }),
        decisions,
        notes,
    }
}

/// The fee for `members`, with the tier chosen when the fee is tiered.
fn amount_for(fee: &Fee, members: u64) -> (Fen, Option<TierChoice<'_>>) {
    match &fee.amount {
        FeeAmount::AmountFen(amount) => (*amount, None),
        FeeAmount::Tiers(tiers) => {
            let mut min_members = 1;
            for tier in tiers {
                if tier.max_members.is_none_or(|max| members <= max) {
                    let choice = TierChoice {
                        id: &tier.id,
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

fn exemption_reason<'r>(exemption: &'r Exemption, profile: &Profile) -> Reason<'r> {
    let kind = profile.org().kind;
    if !exemption.kinds.contains(&kind) {
        return Reason::KindNotListed(kind, &exemption.kinds);
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
        poverty_county: None,
        text: Bilingual {
            zh: text(Lang::Zh),
            en: text(Lang::En),
        },
        fact: subsidy.provenance.fact.clone(),
        source: subsidy.provenance.source.clone(),
    }
}

fn subsidy_reason<'r>(subsidy: &'r Subsidy, profile: &Profile) -> Reason<'r> {
    let org = profile.org();
    if !subsidy.kinds.contains(&org.kind) {
        return Reason::KindNotListed(org.kind, &subsidy.kinds);
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
            wanted: &subsidy.region_contains,
        };
    }
    Reason::ConditionsMet
}

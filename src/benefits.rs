//! What certification unlocks, per platform, and — for a profile — the limits that already
//! bind this organisation without certification, or that its choices rule out, each with the
//! fix and its cost from the quote.

use crate::lang::{Bilingual, Lang};
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::profile::{PlatformEntry, PlatformSettings, Profile};
use crate::quote::Quote;
use crate::review::Review;
use crate::rules::tier_name;
use crate::rules::{Benefit, Note, Rules};
use chrono::NaiveDate;
use standing::Standing;

mod standing;

/// One platform's benefits and, with a profile, what binds.
#[derive(Clone, Debug)]
pub struct PlatformBenefits<'a> {
    /// The platform.
    pub platform: Platform,
    /// Uncertified vs certified, in rules order.
    pub benefits: Vec<&'a Benefit>,
    /// Rulings where sources disagree about a benefit.
    pub notes: Vec<&'a Note>,
    /// Limits that bind this organisation (empty without a profile).
    pub binding: Vec<Binding>,
}

/// A limit that binds an organisation.
#[derive(Clone, Debug)]
pub struct Binding {
    /// Stable id: the benefit's rule id and what binds (`wecom.members.exceeded`).
    pub id: String,
    /// What binds.
    pub message: Bilingual,
    /// What to do.
    pub fix: Bilingual,
    /// What the fix costs (the platform's first certification), when it is certifying.
    pub cost_fen: Option<Fen>,
    /// Fact id.
    pub fact: String,
    /// Source id.
    pub source: String,
}

fn notes_for<'a>(rules: &'a Rules, benefits: &[&'a Benefit]) -> Vec<&'a Note> {
    benefits
        .iter()
        .flat_map(|benefit| {
            rules
                .notes
                .iter()
                .filter(move |note| note.about == benefit.rule_id())
        })
        .collect()
}

/// Every benefit of `platforms`, without a profile.
pub fn general_benefits<'a>(
    rules: &'a Rules,
    as_of: NaiveDate,
    platforms: &[Platform],
) -> Vec<PlatformBenefits<'a>> {
    platforms
        .iter()
        .map(|platform| {
            let benefits: Vec<&Benefit> = rules
                .benefits_for(*platform, as_of)
                .into_iter()
                .map(|selected| selected.rule)
                .collect();
            PlatformBenefits {
                platform: *platform,
                notes: notes_for(rules, &benefits),
                benefits,
                binding: Vec::new(),
            }
        })
        .collect()
}

/// The benefits of every platform `profile` chooses, with what binds it; `quote` supplies the
/// cost of certifying, `reviews` (the renewal schedule `remind` uses, `review::review_schedule`)
/// whether a certification still holds on `as_of`: an expired or lapsed one binds like none.
pub fn profile_benefits<'a>(
    profile: &Profile,
    rules: &'a Rules,
    as_of: NaiveDate,
    quote: &Quote,
    reviews: &[Review],
) -> Vec<PlatformBenefits<'a>> {
    profile
        .platforms()
        .iter()
        .map(|entry| {
            let platform = entry.platform();
            let benefits: Vec<&Benefit> = rules
                .benefits_for(platform, as_of)
                .into_iter()
                .map(|selected| selected.rule)
                .collect();
            let cost = quote
                .platforms
                .iter()
                .find(|quoted| quoted.platform == platform)
                .map(|quoted| quoted.first_fen);
            let standing = Standing::of(entry, reviews);
            let binding = benefits
                .iter()
                .flat_map(|benefit| bindings(profile, entry, standing, benefit, cost))
                .collect();
            PlatformBenefits {
                platform,
                notes: notes_for(rules, &benefits),
                benefits,
                binding,
            }
        })
        .collect()
}

fn binding(
    benefit: &Benefit,
    what: &str,
    message: Bilingual,
    fix: Bilingual,
    cost_fen: Option<Fen>,
) -> Binding {
    Binding {
        id: format!("{}.{what}", benefit.rule_id()),
        message,
        fix,
        cost_fen,
        fact: benefit.provenance.fact.clone(),
        source: benefit.provenance.source.clone(),
    }
}

fn bindings(
    profile: &Profile,
    entry: &PlatformEntry,
    standing: Standing,
    benefit: &Benefit,
    cost: Option<Fen>,
) -> Vec<Binding> {
    // A validly certified platform is past the limits of being uncertified; what its type,
    // level or lack of a corporate account rules out stays ruled out. One expired or lapsed
    // binds like one never certified, fixed by renewing it.
    let certified = standing.holds();
    let renewal = standing.renewal();
    let org = profile.org();
    let name = |lang: Lang| benefit.name.get(lang).to_owned();
    let mut found = Vec::new();
    let members = org.members.get();
    if let Some(limit) = benefit
        .uncertified_limit
        .filter(|limit| !certified && members > *limit)
    {
        let tier = benefit
            .tier_limits
            .iter()
            .find(|tier| tier.max.is_none_or(|max| members <= max));
        let fix = Bilingual::from_catalogue(|lang| match tier {
            Some(tier) => match tier.max {
                Some(max) => msg!(
                    lang,
                    "benefits-fix-tier-up-to",
                    tier = tier_name(&tier.tier, lang),
                    max = max
                ),
                None => msg!(
                    lang,
                    "benefits-fix-tier-unlimited",
                    tier = tier_name(&tier.tier, lang)
                ),
            },
            None => msg!(lang, "benefits-fix-certify"),
        });
        let problem = Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "benefits-exceeded",
                members = members,
                limit = limit,
                benefit = name(lang).to_lowercase()
            )
        });
        let (fix, cost) = match renewal.clone() {
            Some((renew, fee)) => (renew, Some(fee)),
            None => (fix, cost),
        };
        found.push(binding(benefit, "exceeded", problem, fix, cost));
    }
    let account_type = match &entry.settings {
        PlatformSettings::OfficialAccount { account_type }
        | PlatformSettings::GovAccount { account_type, .. } => Some(*account_type),
        _ => None,
    };
    let excluded_level = match entry.settings {
        PlatformSettings::GovAccount { .. } => org
            .gov_level
            .filter(|level| benefit.excluded_gov_levels.contains(level)),
        _ => None,
    };
    // A level without the benefit at all (a county account has no payment) is the binding
    // reason: switching to a service account would not help, so it is not advised.
    if let Some(account_type) = account_type
        .filter(|account_type| benefit.excluded_account_types.contains(account_type))
        .filter(|_| excluded_level.is_none())
    {
        let problem = Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "benefits-ruled-out-by-type",
                account_type = account_type.label(lang),
                benefit = name(lang)
            )
        });
        let fix = Bilingual::from_catalogue(|lang| msg!(lang, "benefits-fix-service-account"));
        found.push(binding(benefit, "ruled_out_by_type", problem, fix, cost));
    }
    if let Some(level) = excluded_level {
        let problem = Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "benefits-ruled-out-by-level",
                level = level.label(lang),
                benefit = name(lang).to_lowercase()
            )
        });
        let fix = Bilingual::from_catalogue(|lang| msg!(lang, "benefits-fix-other-channel"));
        found.push(binding(benefit, "ruled_out_by_level", problem, fix, None));
    }
    if benefit.needs_corporate_account && !org.corporate_account {
        let problem = Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "benefits-needs-corporate-account",
                benefit = name(lang)
            )
        });
        let fix = Bilingual::from_catalogue(|lang| msg!(lang, "benefits-fix-open-account"));
        found.push(binding(
            benefit,
            "needs_corporate_account",
            problem,
            fix,
            None,
        ));
    }
    if !certified && benefit.required_for_kinds.contains(&org.kind) {
        let problem = Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "benefits-certification-required",
                kind = org.kind.label(lang),
                uncertified = benefit.uncertified.get(lang)
            )
        });
        let (fix, cost) = match renewal {
            Some((renew, fee)) => (renew, Some(fee)),
            None => (
                Bilingual::from_catalogue(|lang| msg!(lang, "benefits-fix-certify-first")),
                cost,
            ),
        };
        found.push(binding(
            benefit,
            "certification_required",
            problem,
            fix,
            cost,
        ));
    }
    found
}

#[cfg(test)]
mod tests;

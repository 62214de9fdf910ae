//! What certification unlocks, per platform, and — for a profile — the limits that already
//! bind this organisation without certification, or that its choices rule out, each with the
//! fix and its cost from the quote.

use crate::lang::{Bilingual, Lang};
use crate::money::Fen;
use crate::platform::Platform;
use crate::profile::{PlatformEntry, PlatformSettings, Profile};
use crate::quote::Quote;
use crate::rules::tier_name;
use crate::rules::{Benefit, Note, Rules};
use chrono::NaiveDate;

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
/// cost of certifying.
pub fn profile_benefits<'a>(
    profile: &Profile,
    rules: &'a Rules,
    as_of: NaiveDate,
    quote: &Quote,
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
            let binding = benefits
                .iter()
                .flat_map(|benefit| bindings(profile, entry, benefit, cost))
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
    benefit: &Benefit,
    cost: Option<Fen>,
) -> Vec<Binding> {
    let org = profile.org();
    let name = |lang: Lang| benefit.name.get(lang).to_owned();
    let mut found = Vec::new();
    let members = org.members.get();
    if let Some(limit) = benefit.uncertified_limit.filter(|limit| members > *limit) {
        let tier = benefit
            .tier_limits
            .iter()
            .find(|tier| tier.max.is_none_or(|max| members <= max));
        let (tier_zh, tier_en) = match tier {
            Some(tier) => match tier.max {
                Some(max) => (
                    format!(
                        "认证为{}档（最多 {max} 人）",
                        tier_name(&tier.tier, Lang::Zh)
                    ),
                    format!(
                        "certify at the {} tier (up to {max})",
                        tier_name(&tier.tier, Lang::En)
                    ),
                ),
                None => (
                    format!("认证为{}档（不限人数）", tier_name(&tier.tier, Lang::Zh)),
                    format!(
                        "certify at the {} tier (unlimited)",
                        tier_name(&tier.tier, Lang::En)
                    ),
                ),
            },
            None => ("认证".to_owned(), "certify".to_owned()),
        };
        found.push(binding(
            benefit,
            "exceeded",
            Bilingual {
                zh: format!(
                    "{members} 名成员超过未认证时的“{}”上限 {limit}",
                    name(Lang::Zh)
                ),
                en: format!(
                    "{members} members exceed the {limit} {} available uncertified",
                    name(Lang::En).to_lowercase()
                ),
            },
            Bilingual {
                zh: tier_zh,
                en: tier_en,
            },
            cost,
        ));
    }
    let account_type = match &entry.settings {
        PlatformSettings::OfficialAccount { account_type }
        | PlatformSettings::GovAccount { account_type, .. } => Some(*account_type),
        _ => None,
    };
    if let Some(account_type) =
        account_type.filter(|account_type| benefit.excluded_account_types.contains(account_type))
    {
        found.push(binding(
            benefit,
            "ruled_out_by_type",
            Bilingual {
                zh: format!(
                    "{}不能使用“{}”",
                    account_type.label(Lang::Zh),
                    name(Lang::Zh)
                ),
                en: format!(
                    "a {} cannot have {}",
                    account_type.label(Lang::En),
                    name(Lang::En)
                ),
            },
            Bilingual {
                zh: "改用服务号（type = \"service\"）".to_owned(),
                en: "use a service account (type = \"service\")".to_owned(),
            },
            cost,
        ));
    }
    if matches!(entry.settings, PlatformSettings::GovAccount { .. })
        && let Some(level) = org
            .gov_level
            .filter(|level| benefit.excluded_gov_levels.contains(level))
    {
        found.push(binding(
            benefit,
            "ruled_out_by_level",
            Bilingual {
                zh: format!("{}政务账号没有“{}”", level.label(Lang::Zh), name(Lang::Zh)),
                en: format!(
                    "a {} government account has no {}",
                    level.label(Lang::En),
                    name(Lang::En).to_lowercase()
                ),
            },
            Bilingual {
                zh: "需要收款时使用其他渠道（或由上级单位的服务号承担）".to_owned(),
                en: "use another channel for payments (or the superior body's service account)"
                    .to_owned(),
            },
            None,
        ));
    }
    if benefit.needs_corporate_account && !org.corporate_account {
        found.push(binding(
            benefit,
            "needs_corporate_account",
            Bilingual {
                zh: format!("没有对公账户，无法使用“{}”", name(Lang::Zh)),
                en: format!("without a corporate account there is no {}", name(Lang::En)),
            },
            Bilingual {
                zh: "开立对公账户".to_owned(),
                en: "open a corporate bank account".to_owned(),
            },
            None,
        ));
    }
    if benefit.required_for_kinds.contains(&org.kind) {
        found.push(binding(
            benefit,
            "certification_required",
            Bilingual {
                zh: format!(
                    "{}未认证时：{}",
                    org.kind.label(Lang::Zh),
                    benefit.uncertified.zh
                ),
                en: format!(
                    "as a {}, uncertified: {}",
                    org.kind.label(Lang::En),
                    benefit.uncertified.en
                ),
            },
            Bilingual {
                zh: "先完成认证".to_owned(),
                en: "certify first".to_owned(),
            },
            cost,
        ));
    }
    found
}

#[cfg(test)]
mod tests;

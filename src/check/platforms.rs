//! Findings about the platforms chosen: a missing corporate account, government-account level
//! and name rules, WeCom's per-licence limit and member tier.

use super::{Finding, Severity};
use crate::entity_kind::EntityKind;
use crate::lang::Bilingual;
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::profile::{GovLevel, PlatformSettings, Profile};
use crate::rules::tier_name;

fn on(
    platform: Platform,
    id: &'static str,
    severity: Severity,
    message: Bilingual,
    fix: Bilingual,
    fact: &str,
    source: &str,
) -> Finding {
    Finding::new(id, severity, Some(platform), (message, fix), (fact, source))
}

/// Findings about the platforms `profile` chooses.
pub(super) fn findings(profile: &Profile) -> Vec<Finding> {
    let org = profile.org();
    let mut found = Vec::new();
    for entry in profile.platforms() {
        let platform = entry.platform();
        if !org.corporate_account {
            found.extend(without_corporate_account(platform));
        }
        match &entry.settings {
            PlatformSettings::GovAccount { name, parent, .. } => {
                found.extend(gov_account(profile, name.as_deref(), parent.as_deref()))
            }
            PlatformSettings::Wecom {
                organizations_on_license,
            } => found.extend(wecom(profile, *organizations_on_license)),
            _ => {}
        }
    }
    found
}

/// What applying to `platform` without a corporate account means.
fn without_corporate_account(platform: Platform) -> Option<Finding> {
    match platform {
        // WECOM-DOCS: on WeCom a corporate account is optional, its absence no gap.
        Platform::Wecom => None,
        Platform::OfficialAccount | Platform::MiniProgram => Some(on(
            platform,
            "corporate_account.alternative",
            Severity::Warning,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-no-corporate-account")),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-no-corporate-account-fix")),
            "X-VERIFY",
            "seed:001",
        )),
        Platform::Dingtalk => Some(on(
            platform,
            "corporate_account.required",
            Severity::Critical,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-dingtalk-corporate-account")),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-dingtalk-corporate-account-fix")),
            "DT-DOCS",
            "seed:002",
        )),
        Platform::GovAccount => Some(on(
            platform,
            "corporate_account.required",
            Severity::Critical,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-corporate-account")),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-corporate-account-fix")),
            "GOV-STEPS",
            "seed:003",
        )),
        Platform::Alipay | Platform::Icp => None,
    }
}

/// The first place name of a region (`广东省` → `广东`, `河源市连平县` → `河源`).
fn places(region: &str) -> Vec<&str> {
    region
        .split(['省', '市', '县', '区', '州', '盟'])
        .map(str::trim)
        .filter(|place| place.chars().count() >= 2)
        .collect()
}

/// A name that follows GOV-NAME, from the one given: without 中国/国家; starting with the
/// region (except for central bodies, which may omit it — never a region such as 北京 for
/// them); showing the parent of a vertically managed unit.
fn compliant_name(name: &str, profile: &Profile, parent: Option<&str>) -> String {
    let org = profile.org();
    let mut suggested = name.replace("中国", "").replace("国家", "");
    if let Some(parent) = parent
        && !suggested.contains(parent)
    {
        suggested = format!("{parent}{suggested}");
    }
    if org.gov_level != Some(GovLevel::Central)
        && let Some(place) = org
            .region
            .as_deref()
            .and_then(|region| places(region).first().copied())
        && !suggested.contains(place)
    {
        suggested = format!("{place}{suggested}");
    }
    suggested
}

fn gov_account(
    profile: &Profile,
    account_name: Option<&str>,
    parent: Option<&str>,
) -> Vec<Finding> {
    let org = profile.org();
    let platform = Platform::GovAccount;
    let mut found = Vec::new();
    match org.gov_level {
        None => found.push(on(
            platform,
            "gov.level_missing",
            Severity::Warning,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-level-missing")),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-level-missing-fix")),
            "GOV-LEVELS",
            "seed:003",
        )),
        Some(GovLevel::Township)
            if !profile
                .documents()
                .iter()
                .any(|file| file.slot == "superior_authorization") =>
        {
            found.push(on(
                platform,
                "gov.township_authorization",
                Severity::Critical,
                Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-township-authorization")),
                Bilingual::from_catalogue(|lang| {
                    msg!(lang, "check-gov-township-authorization-fix")
                }),
                "GOV-WHO",
                "seed:003",
            ))
        }
        Some(_) => {}
    }
    let name = account_name.unwrap_or(&org.name);
    if name.contains("中国") || name.contains("国家") {
        let severity = if org.gov_level == Some(GovLevel::Central) {
            Severity::Warning
        } else {
            Severity::Critical
        };
        let suggestion = compliant_name(name, profile, parent);
        found.push(on(
            platform,
            "gov.name_forbidden",
            severity,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-name-forbidden", name = name)),
            Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "check-gov-name-forbidden-fix",
                    suggestion = &suggestion
                )
            }),
            "GOV-NAME",
            "seed:003",
        ));
    }
    if let Some(parent) = parent
        && !name.contains(parent)
    {
        let suggestion = compliant_name(name, profile, Some(parent));
        found.push(on(
            platform,
            "gov.name_parent",
            Severity::Warning,
            Bilingual::from_catalogue(|lang| {
                msg!(lang, "check-gov-name-parent", name = name, parent = parent)
            }),
            Bilingual::from_catalogue(|lang| {
                msg!(lang, "check-gov-name-parent-fix", suggestion = &suggestion)
            }),
            "GOV-NAME",
            "seed:003",
        ));
    }
    // Central bodies may omit the region; provincial names must contain the province; below
    // that, the name starts with the region too.
    if let Some(region) = org.region.as_deref() {
        let places = places(region);
        let central = org.gov_level == Some(GovLevel::Central);
        if !central && !places.is_empty() && !places.iter().any(|place| name.contains(place)) {
            let suggestion = compliant_name(name, profile, parent);
            let message = if org.gov_level == Some(GovLevel::Provincial) {
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-gov-name-province",
                        name = name,
                        province = places[0]
                    )
                })
            } else {
                Bilingual::from_catalogue(|lang| {
                    msg!(lang, "check-gov-name-region", name = name, region = region)
                })
            };
            found.push(on(
                platform,
                "gov.name_region",
                Severity::Warning,
                message,
                Bilingual::from_catalogue(|lang| {
                    msg!(lang, "check-gov-name-region-fix", suggestion = &suggestion)
                }),
                "GOV-NAME",
                "seed:003",
            ));
        }
    }
    found.push(on(
        platform,
        "gov.rename_once",
        Severity::Info,
        Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-rename-once")),
        Bilingual::from_catalogue(|lang| msg!(lang, "check-gov-rename-once-fix")),
        "GOV-NAME",
        "seed:003",
    ));
    found
}

fn wecom(profile: &Profile, organizations_on_license: Option<u32>) -> Vec<Finding> {
    let org = profile.org();
    let platform = Platform::Wecom;
    let mut found = Vec::new();
    if let Some(count) = organizations_on_license.filter(|count| *count >= 5) {
        found.push(on(
            platform,
            "wecom.per_license_limit",
            Severity::Critical,
            Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "check-wecom-per-license-limit",
                    kind = org.kind.id(),
                    count = count
                )
            }),
            Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "check-wecom-per-license-limit-fix",
                    kind = org.kind.id()
                )
            }),
            "WECOM-PER-LICENSE",
            "seed:000",
        ));
    }
    let members = org.members.get();
    let pays_scale = matches!(
        org.kind,
        EntityKind::Enterprise | EntityKind::IndividualBusiness
    );
    if pays_scale && members > 1_000 {
        // The large tier has no member cap.
        // Money is written as money (2,700.00); the member cap as a plain number, which
        // Chinese readers read without thousands separators.
        let (tier, fee, cap) = if members > 10_000 {
            ("large", Fen(2_970_000), 0)
        } else {
            ("medium", Fen(270_000), 10_000)
        };
        let fee = fee.yuan_grouped();
        found.push(on(
            platform,
            "wecom.scale_tier",
            Severity::Info,
            Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "check-wecom-scale-tier",
                    members = members,
                    tier = tier_name(tier, lang),
                    tier_id = tier,
                    fee = fee.as_str(),
                    cap = cap
                )
            }),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-wecom-scale-tier-fix")),
            "WECOM-SCALE",
            "seed:000",
        ));
    }
    found.push(on(
        platform,
        "wecom.super_admin",
        Severity::Info,
        Bilingual::from_catalogue(|lang| msg!(lang, "check-wecom-super-admin")),
        Bilingual::from_catalogue(|lang| msg!(lang, "check-wecom-super-admin-fix")),
        "WECOM-WHO",
        "seed:000",
    ));
    found
}

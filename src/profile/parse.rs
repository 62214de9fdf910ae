//! Reading a profile: TOML text → private serde `RawProfile` (strict: unknown keys are errors)
//! → a validated [`Profile`], or diagnostics naming file, line, column and key.

use super::typed_by_hand::refine;
use super::values::{AccountType, DingtalkLevel, GovLevel, MemberCount, NonEmpty};
use super::{DOCUMENT_SLOTS, LegalRep, Org, PlatformSettings, PreparedFile, Profile};
use crate::date_value::{IdExpiry, ProfileDate};
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::entity_kind::EntityKind;
use crate::lang::Lang;
use crate::msg;
use crate::toml_location::KeyPath;
use serde::Deserialize;
use std::collections::BTreeMap;

mod events;
pub(crate) mod tables;

use events::{RawEntry, RawEvent};

/// The platform ids a profile may choose, for the hint when it chooses none.
const PLATFORM_IDS: &str =
    "wecom, official_account, mini_program, dingtalk, gov_account, alipay, icp";

/// Parses and validates the profile `text`, read from `file` (used only in diagnostics), with
/// messages in English.
pub fn parse_profile(file: &str, text: &str) -> Result<Profile, Diagnostics> {
    parse_profile_in(file, text, Lang::En)
}

/// Parses and validates the profile `text`; a mistake typed by hand (full-width punctuation,
/// numbers and dates as people write them, Chinese names of values) is explained in `lang`.
pub fn parse_profile_in(file: &str, text: &str, lang: Lang) -> Result<Profile, Diagnostics> {
    let raw: RawProfile = toml::from_str(text).map_err(|error| {
        let diagnostic = Diagnostic::from_toml(file, text, &error, lang);
        let line = diagnostic.line;
        // Advice is given only when the line it says to type is accepted in turn.
        let accepts = |fixed: &str| match toml::from_str::<RawProfile>(fixed) {
            Ok(_) => true,
            Err(error) => error
                .span()
                .is_none_or(|span| crate::toml_location::position(fixed, span.start).line != line),
        };
        Diagnostics::one(refine(diagnostic, text, lang, &accepts))
    })?;
    let at = |path: &str, message: String| {
        Diagnostic::at_key(file, text, &KeyPath::parse(path), message).in_lang(lang)
    };
    // Problems are located (a pass over the text each) only when shown: see Diagnostics::capped.
    let mut problems: Vec<Box<dyn FnOnce() -> Diagnostic + '_>> = Vec::new();

    let documents = raw.documents.unwrap_or_default();
    let unknown: Vec<String> = documents
        .keys()
        .filter(|slot| !DOCUMENT_SLOTS.contains(&slot.as_str()))
        .cloned()
        .collect();
    for slot in unknown {
        problems.push(Box::new(move || {
            let path = KeyPath::parse(&format!("documents.{slot}"));
            let problem = Diagnostic::at_key_name(
                file,
                text,
                &path,
                msg!(lang, "profile-unknown-document", slot = slot.as_str()),
            )
            .in_lang(lang);
            let allowed = DOCUMENT_SLOTS.join(", ");
            match nearest(&slot, DOCUMENT_SLOTS.iter().copied()) {
                Some(best) => problem.with_help(msg!(
                    lang,
                    "diagnostic-did-you-mean",
                    best = best,
                    allowed = allowed
                )),
                None => problem.with_help(msg!(lang, "diagnostic-allowed", allowed = allowed)),
            }
        }));
    }
    let documents = DOCUMENT_SLOTS
        .iter()
        .filter_map(|slot| {
            documents.get(*slot).map(|path| PreparedFile {
                slot,
                path: path.0.clone(),
            })
        })
        .collect();

    let kind = raw.org.kind;
    let mut platforms = Vec::new();
    let mut refused = false;
    for entry in raw
        .platforms
        .map(RawPlatforms::into_entries)
        .unwrap_or_default()
    {
        match entry.validate(lang) {
            Ok(entry) => platforms.push(entry),
            Err(problem) => {
                refused = true;
                problems.push(Box::new(move || problem.locate(file, text, lang)));
            }
        }
    }
    if platforms.is_empty() && !refused {
        problems.push(Box::new(move || {
            at("platforms", msg!(lang, "profile-no-platform")).with_help(msg!(
                lang,
                "profile-no-platform-help",
                platforms = PLATFORM_IDS
            ))
        }));
    }
    if platforms
        .iter()
        .any(|entry| matches!(entry.settings, PlatformSettings::GovAccount { .. }))
        && !kind.may_hold_gov_account()
    {
        problems.push(Box::new(move || {
            at(
                "platforms.gov_account",
                msg!(lang, "profile-gov-account-kind", kind = kind.id()),
            )
            .with_help(msg!(lang, "profile-gov-account-kind-help"))
        }));
    }
    if !problems.is_empty() {
        return Err(Diagnostics::capped(problems, |locate| locate()));
    }

    let org = raw.org;
    Ok(Profile {
        org: Org {
            client_id: org.client_id.map(|id| id.0.trim().to_owned()),
            name: org.name.0,
            kind,
            members: org.members.0,
            uscc: org.uscc,
            license_name: org.license_name,
            region: org.region,
            industry: org.industry,
            small_micro: org.small_micro.unwrap_or(false),
            poverty_county: org.poverty_county.unwrap_or(false),
            gov_level: org.gov_level,
            corporate_account: org.corporate_account.unwrap_or(true),
            registered_address: org.registered_address,
            office_address: org.office_address,
            license_expires: org.license_expires.map(|date| date.0),
        },
        legal_rep: raw.legal_rep.map(|rep| LegalRep {
            name: rep.name,
            id_number: rep.id_number,
            id_expires: rep.id_expires,
        }),
        documents,
        platforms,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    org: RawOrg,
    legal_rep: Option<RawLegalRep>,
    documents: Option<BTreeMap<String, NonEmpty>>,
    platforms: Option<RawPlatforms>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrg {
    name: NonEmpty,
    kind: EntityKind,
    members: MemberCount,
    uscc: Option<String>,
    license_name: Option<String>,
    region: Option<String>,
    industry: Option<String>,
    small_micro: Option<bool>,
    poverty_county: Option<bool>,
    gov_level: Option<GovLevel>,
    corporate_account: Option<bool>,
    registered_address: Option<String>,
    office_address: Option<String>,
    license_expires: Option<ProfileDate>,
    client_id: Option<NonEmpty>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegalRep {
    name: Option<String>,
    id_number: Option<String>,
    id_expires: Option<IdExpiry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatforms {
    wecom: Option<RawWecom>,
    official_account: Option<RawAccount>,
    mini_program: Option<RawCertified>,
    dingtalk: Option<RawDingtalk>,
    gov_account: Option<RawGovAccount>,
    alipay: Option<RawComparison>,
    icp: Option<RawComparison>,
}

impl RawPlatforms {
    // Canonical platform order, whatever order the file used.
    fn into_entries(self) -> Vec<RawEntry> {
        let entry = |(certified_on, planned_on, events): Dates, settings| RawEntry {
            certified_on: certified_on.map(|date| date.0),
            planned_on: planned_on.map(|date| date.0),
            events: events.unwrap_or_default(),
            settings,
        };
        let mut entries = Vec::new();
        if let Some(raw) = self.wecom {
            let organizations_on_license = raw.organizations_on_license;
            entries.push(entry(
                (raw.certified_on, raw.planned_on, raw.events),
                PlatformSettings::Wecom {
                    organizations_on_license,
                },
            ));
        }
        if let Some(raw) = self.official_account {
            let account_type = raw.account_type.unwrap_or(AccountType::Service);
            entries.push(entry(
                (raw.certified_on, raw.planned_on, raw.events),
                PlatformSettings::OfficialAccount { account_type },
            ));
        }
        if let Some(raw) = self.mini_program {
            entries.push(entry(
                (raw.certified_on, raw.planned_on, raw.events),
                PlatformSettings::MiniProgram,
            ));
        }
        if let Some(raw) = self.dingtalk {
            let level = raw.level.unwrap_or(DingtalkLevel::Intermediate);
            entries.push(entry(
                (raw.certified_on, raw.planned_on, raw.events),
                PlatformSettings::Dingtalk { level },
            ));
        }
        if let Some(raw) = self.gov_account {
            let account_type = raw.account_type.unwrap_or(AccountType::Service);
            entries.push(entry(
                (raw.certified_on, raw.planned_on, raw.events),
                PlatformSettings::GovAccount {
                    name: raw.name,
                    parent: raw.parent,
                    account_type,
                },
            ));
        }
        if self.alipay.is_some() {
            entries.push(entry((None, None, None), PlatformSettings::Alipay));
        }
        if self.icp.is_some() {
            entries.push(entry((None, None, None), PlatformSettings::Icp));
        }
        entries
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWecom {
    certified_on: Option<ProfileDate>,
    planned_on: Option<ProfileDate>,
    events: Option<Vec<RawEvent>>,
    organizations_on_license: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCertified {
    certified_on: Option<ProfileDate>,
    planned_on: Option<ProfileDate>,
    events: Option<Vec<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccount {
    certified_on: Option<ProfileDate>,
    planned_on: Option<ProfileDate>,
    events: Option<Vec<RawEvent>>,
    #[serde(rename = "type")]
    account_type: Option<AccountType>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDingtalk {
    certified_on: Option<ProfileDate>,
    planned_on: Option<ProfileDate>,
    events: Option<Vec<RawEvent>>,
    level: Option<DingtalkLevel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGovAccount {
    certified_on: Option<ProfileDate>,
    planned_on: Option<ProfileDate>,
    events: Option<Vec<RawEvent>>,
    name: Option<String>,
    parent: Option<String>,
    #[serde(rename = "type")]
    account_type: Option<AccountType>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComparison {}

/// A platform's `certified_on`, `planned_on` and `events`.
type Dates = (
    Option<ProfileDate>,
    Option<ProfileDate>,
    Option<Vec<RawEvent>>,
);

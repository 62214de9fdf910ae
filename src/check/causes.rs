//! The known rejection causes of each platform applied for, judged against the profile: ruled
//! out by its data, at risk, or unknowable from a profile (X-REJECT, GOV-REJECT, GOV-NAME).

use super::identifiers::{check_resident_id, check_uscc};
use super::names::compare_names;
use crate::date_value::IdExpiry;
use crate::platform::Platform;
use crate::profile::{PlatformSettings, Profile};
use crate::rules::causes::Evidence;
use crate::rules::{RejectionCause, Rules};
use chrono::NaiveDate;

/// What the profile says about a cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CauseStatus {
    /// The profile's data rules it out.
    RuledOut,
    /// The profile's data shows the risk.
    AtRisk,
    /// A profile cannot tell.
    Unknown,
}

impl CauseStatus {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            CauseStatus::RuledOut => "ruled_out",
            CauseStatus::AtRisk => "at_risk",
            CauseStatus::Unknown => "unknown",
        }
    }
}

/// One cause on one platform, judged.
#[derive(Clone, Debug)]
pub struct JudgedCause<'a> {
    /// The platform applied for.
    pub platform: Platform,
    /// The cause.
    pub cause: &'a RejectionCause,
    /// What the profile says about it.
    pub status: CauseStatus,
}

/// Every known cause of every platform `profile` applies for, in platform then rules order.
pub fn judge_causes<'a>(
    profile: &Profile,
    rules: &'a Rules,
    as_of: NaiveDate,
) -> Vec<JudgedCause<'a>> {
    let mut judged = Vec::new();
    for entry in profile.platforms() {
        let platform = entry.platform();
        for cause in rules.rejection_causes.iter().filter(|cause| {
            cause.platforms.contains(&platform) && cause.provenance.in_force_on(as_of)
        }) {
            let status = match cause.evidence {
                Evidence::Address => address(profile),
                Evidence::LegalRep => legal_rep(profile, as_of),
                Evidence::Subject => subject(profile),
                Evidence::NameWords => name_words(profile, &entry.settings),
                Evidence::Nothing => CauseStatus::Unknown,
            };
            judged.push(JudgedCause {
                platform,
                cause,
                status,
            });
        }
    }
    judged
}

fn address(profile: &Profile) -> CauseStatus {
    let org = profile.org();
    let squeeze = |text: &str| {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    match (&org.registered_address, &org.office_address) {
        (Some(registered), Some(office)) if squeeze(registered) == squeeze(office) => {
            CauseStatus::RuledOut
        }
        (Some(_), Some(_)) => CauseStatus::AtRisk,
        _ => CauseStatus::Unknown,
    }
}

// The phone number bound to the legal representative's WeChat cannot be known from a profile:
// at best the data shows a risk (an invalid or expired ID).
fn legal_rep(profile: &Profile, as_of: NaiveDate) -> CauseStatus {
    let Some(rep) = profile.legal_rep() else {
        return CauseStatus::Unknown;
    };
    let invalid = rep
        .id_number
        .as_deref()
        .is_some_and(|number| check_resident_id(number, as_of).is_err());
    let expired = matches!(rep.id_expires, Some(IdExpiry::On(day)) if day < as_of);
    if invalid || expired {
        CauseStatus::AtRisk
    } else {
        CauseStatus::Unknown
    }
}

fn subject(profile: &Profile) -> CauseStatus {
    let org = profile.org();
    let Some(uscc) = org.uscc.as_deref() else {
        return CauseStatus::Unknown;
    };
    let name_matches = org
        .license_name
        .as_deref()
        .map(|licence| compare_names(&org.name, licence).is_none());
    match (check_uscc(uscc).is_ok(), name_matches) {
        (false, _) | (_, Some(false)) => CauseStatus::AtRisk,
        (true, Some(true)) => CauseStatus::RuledOut,
        (true, None) => CauseStatus::Unknown,
    }
}

fn name_words(profile: &Profile, settings: &PlatformSettings) -> CauseStatus {
    let name = match settings {
        PlatformSettings::GovAccount {
            name: Some(name), ..
        } => name.as_str(),
        _ => profile.org().name.as_str(),
    };
    if name.contains("中国") || name.contains("国家") {
        CauseStatus::AtRisk
    } else {
        CauseStatus::RuledOut
    }
}

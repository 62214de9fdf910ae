//! Practical tips per platform: facts that are not a fee, a document or a step but that an
//! applicant should know (where to apply, how to photograph, what an administrator must keep
//! up). `checklist` shows them under each platform's documents, each with its source.

use super::Provenance;
use super::load::provenance;
use crate::date_value::DateValue;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::{DingtalkLevel, PlatformSettings, Profile};
use serde::{Deserialize, Serialize};

/// One tip.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Tip {
    /// The platform it is about.
    pub platform: Platform,
    /// Stable id, unique per platform.
    pub id: String,
    /// The tip.
    pub text: Bilingual,
    /// Only for these DingTalk levels (empty: any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dingtalk_levels: Vec<DingtalkLevel>,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Tip {
    /// The rule id, `platform.tip.id`.
    pub fn rule_id(&self) -> String {
        format!("{}.tip.{}", self.platform, self.id)
    }

    /// Whether the tip concerns `profile` (its platform chosen, its level matching).
    pub fn applies_to(&self, profile: &Profile) -> bool {
        profile.platforms().iter().any(|entry| {
            entry.platform() == self.platform
                && (self.dingtalk_levels.is_empty()
                    || matches!(&entry.settings, PlatformSettings::Dingtalk { level }
                        if self.dingtalk_levels.contains(level)))
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTip {
    platform: Platform,
    id: String,
    zh: String,
    en: String,
    #[serde(default)]
    dingtalk_levels: Vec<DingtalkLevel>,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawTip {
    pub(super) fn into_tip(self) -> Tip {
        Tip {
            platform: self.platform,
            id: self.id,
            text: Bilingual {
                zh: self.zh,
                en: self.en,
            },
            dingtalk_levels: self.dingtalk_levels,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

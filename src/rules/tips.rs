//! Practical tips per platform: facts that are not a fee, a document or a step but that an
//! applicant should know (where to apply, how to photograph, what an administrator must keep
//! up). `checklist` shows them under each platform's documents, each with its source.

use super::Provenance;
use super::load::provenance;
use crate::date_value::DateValue;
use crate::entity_kind::EntityKind;
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
    /// Only for these kinds (empty: any): a tip that names a business licence is not shown to
    /// organisations that hold a registration certificate instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<EntityKind>,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Tip {
    /// The rule id, `platform.tip.id`.
    pub fn rule_id(&self) -> String {
        format!("{}.tip.{}", self.platform, self.id)
    }

    /// Whether the tip concerns organisations of `kind` (any kind when `None`).
    pub fn applies_to_kind(&self, kind: Option<EntityKind>) -> bool {
        self.kinds.is_empty() || kind.is_none_or(|kind| self.kinds.contains(&kind))
    }

    /// Whether the tip concerns `profile` (its platform chosen, its kind and level matching).
    pub fn applies_to(&self, profile: &Profile) -> bool {
        self.applies_to_kind(Some(profile.org().kind))
            && profile.platforms().iter().any(|entry| {
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
    #[serde(default)]
    kinds: Vec<EntityKind>,
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
            kinds: self.kinds,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

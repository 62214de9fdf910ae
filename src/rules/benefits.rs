//! Rules about what certification unlocks: per platform, uncertified vs certified, and the
//! limits and exclusions that tell an organisation what already binds it.

use super::Provenance;
use crate::entity_kind::EntityKind;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::{AccountType, GovLevel};
use serde::{Deserialize, Serialize};

/// One benefit of certification.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Benefit {
    /// The platform.
    pub platform: Platform,
    /// Stable id within the platform (`members`).
    pub id: String,
    /// Label.
    pub name: Bilingual,
    /// Without certification.
    pub uncertified: Bilingual,
    /// With certification.
    pub certified: Bilingual,
    /// A member limit without certification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertified_limit: Option<u64>,
    /// Member limits per certified tier (the last has no maximum).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tier_limits: Vec<TierLimit>,
    /// Account types that cannot have it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_account_types: Vec<AccountType>,
    /// Government levels that cannot have it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_gov_levels: Vec<GovLevel>,
    /// Needs a corporate bank account.
    pub needs_corporate_account: bool,
    /// Kinds that cannot use the platform at all without certifying.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_for_kinds: Vec<EntityKind>,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Benefit {
    /// The rule id, `platform.id`.
    pub fn rule_id(&self) -> String {
        format!("{}.{}", self.platform, self.id)
    }
}

/// The member limit of a certified tier.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TierLimit {
    /// Tier id (as in the scale fee).
    pub tier: String,
    /// Largest member count; `None` for unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
}

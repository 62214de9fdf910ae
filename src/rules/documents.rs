//! Rules about documents: which platforms need which document, for which organisations, in
//! which formats and sizes, and why.

use super::Provenance;
use crate::entity_kind::EntityKind;
use crate::id_enum::id_enum;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::{GovLevel, Profile};
use serde::{Deserialize, Serialize};

id_enum! {
    /// A file format recognised by its first bytes.
    pub enum FileFormat {
        /// JPEG image.
        Jpg = "jpg",
        /// PNG image.
        Png = "png",
        /// PDF document.
        Pdf = "pdf",
    }
}

/// One document requirement.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DocumentRule {
    /// Unique rule id (`dingtalk.business_license`).
    pub rule: String,
    /// Stable document id in outputs (`business_license`).
    pub id: String,
    /// Label.
    pub name: Bilingual,
    /// Platforms that need it.
    pub platforms: Vec<Platform>,
    /// Kinds that need it (empty: all).
    pub kinds: Vec<EntityKind>,
    /// Industries that need it (empty: any).
    pub industries: Vec<String>,
    /// Government levels that need it (empty: any).
    pub gov_levels: Vec<GovLevel>,
    /// Only for organisations with (true) or without (false) a corporate account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corporate_account: Option<bool>,
    /// False when needed only in a situation the profile cannot state.
    pub required: bool,
    /// The profile's `[documents]` keys that provide it.
    pub slots: Vec<String>,
    /// True when `slots` are other names of one document, so any one of them provides it
    /// (GOV-LEVEL-DOCS: the USCC certificate under `uscc_certificate` or
    /// `org_code_certificate`); false when each slot is a file of its own (ID front and back).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub any_slot: bool,
    /// Accepted formats (empty: not a file upload).
    pub formats: Vec<FileFormat>,
    /// Size limit in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_bytes: Option<u64>,
    /// Formats, size, validity and similar, in words.
    pub constraints: Bilingual,
    /// Why it is needed.
    pub why: Bilingual,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl DocumentRule {
    /// Whether this organisation needs it (on one of `platforms`).
    pub fn applies_to(&self, profile: &Profile) -> bool {
        let org = profile.org();
        let industry = org.industry.as_deref().map(str::to_lowercase);
        (self.kinds.is_empty() || self.kinds.contains(&org.kind))
            && (self.industries.is_empty()
                || industry.is_some_and(|industry| self.industries.contains(&industry)))
            && (self.gov_levels.is_empty()
                || org
                    .gov_level
                    .is_some_and(|level| self.gov_levels.contains(&level)))
            && self
                .corporate_account
                .is_none_or(|wanted| wanted == org.corporate_account)
    }
}

//! Known rejection causes with their shares, per platform (X-REJECT, GOV-REJECT, GOV-NAME):
//! `check` lists them for each platform applied for and says which ones the profile's data
//! rules out, which it puts at risk, and which no profile can tell.

use super::Provenance;
use super::load::provenance;
use crate::date_value::DateValue;
use crate::id_enum::id_enum;
use crate::lang::Bilingual;
use crate::platform::Platform;
use serde::{Deserialize, Serialize};

id_enum! {
    /// What in a profile can speak to a cause.
    pub enum Evidence {
        /// The registered and the actual address.
        Address = "address",
        /// The legal representative's ID number and card validity.
        LegalRep = "legal_rep",
        /// The unified social credit code and the licence name.
        Subject = "subject",
        /// The account name (中国/国家).
        NameWords = "name_words",
        /// Nothing a profile says.
        Nothing = "nothing",
    }
}

/// One known cause of rejection.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RejectionCause {
    /// Stable id.
    pub id: String,
    /// Platforms it is reported for.
    pub platforms: Vec<Platform>,
    /// Its share of rejections, in per cent.
    pub share: u32,
    /// What it is.
    pub text: Bilingual,
    /// What in a profile speaks to it.
    pub evidence: Evidence,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRejectionCause {
    id: String,
    platforms: Vec<Platform>,
    share: u32,
    zh: String,
    en: String,
    evidence: Evidence,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawRejectionCause {
    pub(super) fn into_cause(self) -> RejectionCause {
        RejectionCause {
            id: self.id,
            platforms: self.platforms,
            share: self.share,
            text: Bilingual {
                zh: self.zh,
                en: self.en,
            },
            evidence: self.evidence,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

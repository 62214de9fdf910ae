//! What follows a failed review, per platform: a new paid application (WeCom, Official
//! Account, Mini Program, government account) or a resubmission at once after fixing
//! (DingTalk). `status` reads it to say what to do after a `rejected` event.

use super::Provenance;
use super::load::provenance;
use crate::date_value::DateValue;
use crate::id_enum::id_enum;
use crate::platform::Platform;
use serde::{Deserialize, Serialize};

id_enum! {
    /// How an application goes on after a rejection.
    pub enum Retry {
        /// The failed application cannot be resubmitted: a new, paid one is needed.
        NewApplication = "new_application",
        /// The same application may be resubmitted at once after fixing.
        AtOnce = "at_once",
    }
}

/// What a platform does after a failed review.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Rejection {
    /// The platform.
    pub platform: Platform,
    /// How the application goes on.
    pub retry: Retry,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Rejection {
    /// The rule id, `platform.rejection`.
    pub fn id(&self) -> String {
        format!("{}.rejection", self.platform)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRejection {
    platform: Platform,
    retry: Retry,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawRejection {
    pub(super) fn into_rule(self) -> Rejection {
        Rejection {
            platform: self.platform,
            retry: self.retry,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

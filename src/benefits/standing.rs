//! Whether a platform's certification holds on the as-of day, by the renewal schedule
//! `remind` computes (`review::review_of`): an expired or lapsed certification binds like none
//! (X-LAPSE: the official status ends at expiry, advanced features may stop from the day
//! after; lapsed 30 days later, certified again in full).

use crate::lang::Bilingual;
use crate::money::Fen;
use crate::msg;
use crate::profile::PlatformEntry;
use crate::review::{Review, ReviewStatus};
use chrono::NaiveDate;

/// A platform's certification on the as-of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Never certified: the limits of an uncertified account bind.
    Uncertified,
    /// Certified and valid (or certified where no annual review is known).
    Valid,
    /// Past expiry, within grace: the limits bind until the annual review is approved.
    Expired {
        /// The last day of validity.
        expires_on: NaiveDate,
        /// The last day of the grace period.
        grace_ends_on: NaiveDate,
        /// The annual review that renews it.
        fee_fen: Fen,
    },
    /// Past the grace period: the limits bind until a full re-certification.
    Lapsed {
        /// The last day of the grace period, passed.
        grace_ends_on: NaiveDate,
        /// The re-certification at the first-time price.
        fee_fen: Fen,
    },
}

impl Standing {
    /// The standing of `entry` by its review in `reviews` (the schedule `remind` uses).
    pub fn of(entry: &PlatformEntry, reviews: &[Review]) -> Standing {
        if entry.certified_on.is_none() {
            return Standing::Uncertified;
        }
        let review = reviews
            .iter()
            .find(|review| review.platform == entry.platform());
        match review {
            Some(review) if review.status == ReviewStatus::Lapsed => Standing::Lapsed {
                grace_ends_on: review.grace_ends_on,
                fee_fen: review.fee_fen,
            },
            Some(review) if review.status == ReviewStatus::Expired => Standing::Expired {
                expires_on: review.expires_on,
                grace_ends_on: review.grace_ends_on,
                fee_fen: review.fee_fen,
            },
            _ => Standing::Valid,
        }
    }

    /// Whether the certification holds: only then are the uncertified limits passed.
    pub fn holds(self) -> bool {
        self == Standing::Valid
    }

    /// The fix and its cost for a certification that no longer holds, instead of a first
    /// certification: renew within grace, or certify again once lapsed.
    pub fn renewal(self) -> Option<(Bilingual, Fen)> {
        match self {
            Standing::Expired {
                expires_on,
                grace_ends_on,
                fee_fen,
            } => Some((
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "benefits-fix-renew-expired",
                        expired = expires_on.to_string(),
                        grace = grace_ends_on.to_string()
                    )
                }),
                fee_fen,
            )),
            Standing::Lapsed {
                grace_ends_on,
                fee_fen,
            } => Some((
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "benefits-fix-recertify-lapsed",
                        grace = grace_ends_on.to_string()
                    )
                }),
                fee_fen,
            )),
            Standing::Uncertified | Standing::Valid => None,
        }
    }
}

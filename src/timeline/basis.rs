//! What a platform's timeline plans: a first certification, the annual review of a platform
//! already certified (from the day its window opens, OA-VALID), or a full certification again
//! once the grace period has passed (X-LAPSE). A platform certified where no annual review is
//! known (DingTalk, Alipay, ICP) has nothing to plan.

use crate::platform::Platform;
use crate::profile::PlatformEntry;
use crate::review::expiry;
use crate::rules::Rules;
use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

/// Why a platform's steps are planned, and from which day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum Basis {
    /// Not certified yet: a first certification from the start day.
    First,
    /// Certified and still renewable: the annual review, planned from the start day or, when
    /// later, the day the review window opens.
    AnnualReview {
        /// The last approval.
        certified_on: NaiveDate,
        /// The first day the review can be submitted.
        window_opens_on: NaiveDate,
        /// The last day of validity.
        expires_on: NaiveDate,
        /// The last day of the grace period after it.
        grace_ends_on: NaiveDate,
    },
    /// Certified, but past the grace period: a full certification again.
    Recertification {
        /// The last approval.
        certified_on: NaiveDate,
        /// The last day of the grace period, passed.
        grace_ended_on: NaiveDate,
    },
}

/// A platform certified where no annual review is known: nothing to plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CertifiedWithoutReview {
    /// The platform.
    pub platform: Platform,
    /// The last approval.
    pub certified_on: NaiveDate,
}

/// What to plan for `entry` seen on `as_of` when asked to start on `start`: the basis and the
/// day its steps start, or `Err` when the platform is certified and has no annual review.
pub fn basis_of(
    entry: &PlatformEntry,
    rules: &Rules,
    start: NaiveDate,
    as_of: NaiveDate,
) -> Result<(Basis, NaiveDate), CertifiedWithoutReview> {
    let Some(certified_on) = entry.certified_on else {
        return Ok((Basis::First, start));
    };
    let platform = entry.platform();
    let without_review = CertifiedWithoutReview {
        platform,
        certified_on,
    };
    // ICP filings have no annual review (ICP), whatever the validity rules say.
    if platform == Platform::Icp {
        return Err(without_review);
    }
    let Some(validity) = rules.validity_for(platform, as_of).map(|found| found.rule) else {
        return Err(without_review);
    };
    // Four-digit years plus a year and a few months stay in range: a failure is a bug.
    let expires_on = expiry(certified_on, validity.months).expect("in range");
    let grace_ends_on = expires_on + Days::new(validity.grace_days.into());
    if grace_ends_on < as_of {
        let basis = Basis::Recertification {
            certified_on,
            grace_ended_on: grace_ends_on,
        };
        return Ok((basis, start));
    }
    let window_opens_on = expires_on
        .checked_sub_months(Months::new(validity.window_months))
        .expect("in range");
    let basis = Basis::AnnualReview {
        certified_on,
        window_opens_on,
        expires_on,
        grace_ends_on,
    };
    Ok((basis, start.max(window_opens_on)))
}

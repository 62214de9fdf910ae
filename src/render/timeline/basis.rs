//! What a platform's timeline plans, in words: the annual review of a platform already
//! certified (and from which day), a full certification again once lapsed, or nothing for a
//! platform certified where no annual review is known. Shared by `timeline` and the report.

use crate::lang::Lang;
use crate::msg;
use crate::timeline::PlatformTimeline;
use crate::timeline::basis::{Basis, CertifiedWithoutReview};

/// The line said above a platform's steps when they are not a first certification.
pub fn basis_text(platform: &PlatformTimeline, lang: Lang) -> Option<String> {
    match platform.basis {
        Basis::First => None,
        // Past expiry, within the grace period: the review is late, not upcoming.
        Basis::AnnualReview {
            certified_on,
            expires_on,
            grace_ends_on,
            ..
        } if expires_on < platform.start => Some(msg!(
            lang,
            "timeline-basis-annual-review-expired",
            certified_on = certified_on,
            expires_on = expires_on,
            grace_ends_on = grace_ends_on,
            start = platform.start
        )),
        Basis::AnnualReview {
            certified_on,
            window_opens_on,
            expires_on,
            ..
        } => Some(msg!(
            lang,
            "timeline-basis-annual-review",
            certified_on = certified_on,
            expires_on = expires_on,
            window_opens_on = window_opens_on,
            start = platform.start
        )),
        Basis::Recertification {
            certified_on,
            grace_ended_on,
        } => Some(msg!(
            lang,
            "timeline-basis-recertification",
            certified_on = certified_on,
            grace_ended_on = grace_ended_on
        )),
    }
}

/// The line said for a platform certified where no annual review is known.
pub fn certified_without_review_text(certified: &CertifiedWithoutReview, lang: Lang) -> String {
    msg!(
        lang,
        "timeline-certified-without-review",
        platform = certified.platform.label(lang),
        certified_on = certified.certified_on
    )
}

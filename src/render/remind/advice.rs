//! What to do about a review: the advice sentences shared by the table, the calendar and
//! the JSON.

use crate::i18n::{arg, message, message_with};
use crate::lang::Lang;
use crate::msg;
use crate::review::{Review, ReviewStatus};

/// What to do about one review, in a sentence or two.
pub fn advice(review: &Review, lang: Lang) -> String {
    let (min, max) = review.review_days;
    let fee = review.fee_fen.yuan_grouped();
    let when = if review.late_start {
        late_advice(review, lang)
    } else {
        let id = match review.status {
            ReviewStatus::Lapsed => "remind-advice-lapsed",
            ReviewStatus::Expired => "remind-advice-expired",
            _ => "remind-advice-upcoming",
        };
        message_with(
            lang,
            id,
            &[
                ("opens", arg(review.window_opens_on)),
                ("start_by", arg(review.start_by)),
                ("expires", arg(review.expires_on)),
                ("grace", arg(review.grace_ends_on)),
                ("min", arg(min)),
                ("max", arg(max)),
                ("fee", arg(fee)),
            ],
        )
    };
    if review.document_names.is_empty() {
        return when;
    }
    let names: Vec<&str> = review
        .document_names
        .iter()
        .map(|name| name.get(lang))
        .collect();
    msg!(
        lang,
        "remind-advice-refresh",
        advice = when,
        documents = names.join(&message(lang, "list-separator"))
    )
}

/// The advice once the last day to submit has passed: too late to finish before expiry; the
/// earliest completion from today, and whether it is still within the grace period.
fn late_advice(review: &Review, lang: Lang) -> String {
    let fee = review.fee_fen.yuan_grouped();
    let (Some(earliest), Some(latest)) = (review.earliest_done_on, review.latest_done_on) else {
        return String::new();
    };
    let grace = if latest <= review.grace_ends_on {
        msg!(
            lang,
            "remind-late-within-grace",
            grace = review.grace_ends_on
        )
    } else if review.within_grace == Some(true) {
        msg!(
            lang,
            "remind-late-grace-at-risk",
            grace = review.grace_ends_on
        )
    } else {
        msg!(
            lang,
            "remind-late-after-grace",
            grace = review.grace_ends_on
        )
    };
    // Still possibly in time (the quickest review ends before expiry), or certainly late.
    let id = if earliest <= review.expires_on {
        "remind-late-maybe"
    } else {
        "remind-late"
    };
    message_with(
        lang,
        id,
        &[
            ("start_by", arg(review.start_by)),
            ("expires", arg(review.expires_on)),
            ("earliest", arg(earliest)),
            ("latest", arg(latest)),
            ("grace", arg(grace)),
            ("fee", arg(fee)),
        ],
    )
}

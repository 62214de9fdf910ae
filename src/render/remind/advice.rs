//! What to do about a review: the advice sentences shared by the table, the calendar and
//! the JSON.

use crate::i18n::{arg, message_with};
use crate::lang::Lang;
use crate::msg;
use crate::review::{Review, ReviewSchedule, ReviewStatus};

/// The worst status of a schedule, `None` when it has no review.
pub fn worst(schedule: &ReviewSchedule) -> Option<ReviewStatus> {
    schedule.reviews.iter().map(|review| review.status).max()
}

/// What to do about one review, in a sentence or two.
pub fn advice(review: &Review, lang: Lang) -> String {
    let (min, max) = review.review_days;
    let fee = review.fee_fen.yuan_grouped();
    let documents = match (review.documents.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::Zh) => {
            let names: Vec<_> = review
                .document_names
                .iter()
                .map(|name| name.zh.as_str())
                .collect();
            format!("更新材料：{}。", names.join("、"))
        }
        (false, Lang::En) => format!(" Refresh: {}.", review.documents.join(", ")),
    };
    let when = match (review.status, review.late_start, lang) {
        (_, true, _) => late_advice(review, lang),
        (ReviewStatus::Lapsed, _, Lang::Zh) => format!(
            "已失效（宽限期于 {} 结束）：须重新完整认证，费用 {fee} 元，审核 {min}–{max} 个工作日。",
            review.grace_ends_on
        ),
        (ReviewStatus::Lapsed, _, Lang::En) => format!(
            "lapsed (grace ended {}): a full certification is needed again: {fee} CNY, {min}–{max} working days of review.",
            review.grace_ends_on
        ),
        (ReviewStatus::Expired, _, Lang::Zh) => format!(
            "已于 {} 到期：立即年审，须在 {} 前完成，费用 {fee} 元。",
            review.expires_on, review.grace_ends_on
        ),
        (ReviewStatus::Expired, _, Lang::En) => format!(
            "expired on {}: review now, before {} at the latest; fee {fee} CNY.",
            review.expires_on, review.grace_ends_on
        ),
        (_, _, Lang::Zh) => format!(
            "年审窗口 {} 开启；最迟 {} 提交（审核 {min}–{max} 个工作日），{} 到期；费用 {fee} 元。",
            review.window_opens_on, review.start_by, review.expires_on
        ),
        (_, _, Lang::En) => format!(
            "review window opens {}; submit by {} (review takes {min}–{max} working days) to finish before expiry on {}; fee {fee} CNY.",
            review.window_opens_on, review.start_by, review.expires_on
        ),
    };
    format!("{when}{documents}")
}

/// What separates a label from its text: a full-width colon in Chinese.
pub(super) fn label_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
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

//! The next action of a platform in one sentence, from the catalogue; once certified, the
//! sentence `remind` says.

use crate::lang::Lang;
use crate::msg;
use crate::render::remind::advice;
use crate::rules::Retry;
use crate::status::{Action, PlatformStatus};

/// What to do next about `status`, in `lang`.
pub fn sentence(status: &PlatformStatus, lang: Lang) -> String {
    match &status.action {
        Action::Start => msg!(lang, "status-action-start"),
        Action::Pay { pay_by: None } => msg!(lang, "status-action-pay"),
        Action::Pay {
            pay_by: Some(pay_by),
        } => msg!(
            lang,
            "status-action-pay-by",
            pay_by = pay_by.to_string(),
            cancelled = pay_by.succ_opt().unwrap_or(*pay_by).to_string()
        ),
        Action::OrderLapsed { on } => {
            msg!(lang, "status-action-order-lapsed", on = on.to_string())
        }
        Action::Submit => msg!(lang, "status-action-submit"),
        Action::Wait {
            until,
            last_refill: false,
        } => msg!(lang, "status-action-wait", until = until.to_string()),
        Action::Wait {
            until,
            last_refill: true,
        } => msg!(
            lang,
            "status-action-wait-last-refill",
            until = until.to_string()
        ),
        Action::ChaseReview { until } => {
            msg!(lang, "status-action-chase", until = until.to_string())
        }
        Action::Refill { by: None, .. } => msg!(lang, "status-action-refill"),
        Action::Refill {
            by: Some(by),
            max: None,
            ..
        } => msg!(lang, "status-action-refill-by", by = by.to_string()),
        Action::Refill {
            by: Some(by),
            count,
            max: Some(max),
        } => msg!(
            lang,
            "status-action-refill-count",
            by = by.to_string(),
            count = *count,
            max = *max
        ),
        Action::OrderEnded => msg!(lang, "status-action-order-ended"),
        Action::Reapply {
            retry: Retry::NewApplication,
        } => with_refund(status, "status-action-reapply-new-refund", lang),
        Action::Reapply {
            retry: Retry::AtOnce,
        } => msg!(lang, "status-action-reapply-at-once"),
        Action::ClaimRefund => with_refund(status, "status-action-claim-refund", lang),
        Action::NewOrder => msg!(lang, "status-action-new-order"),
        Action::Renew => match &status.review {
            Some(review) => advice(review, lang),
            None => msg!(lang, "status-action-start"),
        },
        Action::Certified => msg!(
            lang,
            "status-action-certified",
            on = status.since.map_or_else(String::new, |day| day.to_string())
        ),
    }
}

/// The sentence `id` naming the refund due and its day; without one, that a new paid
/// application is needed.
fn with_refund(status: &PlatformStatus, id: &str, lang: Lang) -> String {
    match &status.money.refund_due {
        Some(refund) => crate::i18n::message_with(
            lang,
            id,
            &[
                ("amount", crate::i18n::arg(refund.amount_fen.yuan_grouped())),
                (
                    "due",
                    crate::i18n::arg(
                        refund
                            .due_on
                            .map_or_else(String::new, |day| day.to_string()),
                    ),
                ),
            ],
        ),
        None => msg!(lang, "status-action-reapply-new"),
    }
}

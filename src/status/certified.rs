//! A certified platform's stage: the renewal schedule `remind` computes (`review::review_of`)
//! takes over — approved while valid, expired within the grace period, lapsed after it.

use super::stage::Seen;
use super::{Action, Attention, Cited, PlatformStatus, Stage};
use crate::quote::quote_one;
use crate::review::{ReviewPolicy, ReviewStatus, review_of};
use chrono::NaiveDate;

impl Seen<'_> {
    /// Certified on `certified_on`: the renewal schedule `remind` computes takes over.
    pub(super) fn approved(&self, certified_on: NaiveDate, status: &mut PlatformStatus) {
        status.stage = Stage::Approved;
        status.since = Some(certified_on);
        let quoted = quote_one(self.profile, self.rules, self.platform, self.as_of);
        let Some(review) = review_of(
            self.profile,
            self.rules,
            self.calendar,
            self.as_of,
            ReviewPolicy::default(),
            (self.platform, certified_on),
            Some(&quoted),
        ) else {
            status.action = Action::Certified;
            return;
        };
        status.action = Action::Renew;
        status.rule = Some(Cited {
            fact: review.fact.clone(),
            source: review.source.clone(),
        });
        status.ends_on = Some(review.expires_on);
        status.provisional = review.provisional;
        let done = review.latest_done_on.unwrap_or(review.expires_on);
        status.reckoned = Some((review.start_by, done.max(review.expires_on)));
        (status.stage, status.attention) = match review.status {
            ReviewStatus::Ok | ReviewStatus::NoReview => (Stage::Approved, Attention::Ok),
            ReviewStatus::Due | ReviewStatus::Critical => (Stage::Approved, Attention::Action),
            ReviewStatus::Expired => (Stage::Expired, Attention::Action),
            ReviewStatus::Lapsed => (Stage::Lapsed, Attention::MoneyAtRisk),
        };
        status.overdue = matches!(review.status, ReviewStatus::Expired | ReviewStatus::Lapsed);
        // A review that is due (or late) is money still to pay, as quote counts it.
        if matches!(
            review.status,
            ReviewStatus::Due
                | ReviewStatus::Critical
                | ReviewStatus::Expired
                | ReviewStatus::Lapsed
        ) {
            status.money.still_to_pay_fen = review.fee_fen;
        }
        status.review = Some(review);
    }
}

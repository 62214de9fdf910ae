//! Where each application stands after it was planned: from a platform's history (its
//! `[[platforms.<id>.events]]`, or `certified_on` alone) on the as-of day, the stage, the day
//! the current step is expected to end, whether it is overdue, what to do next and on which
//! rule, and the money — paid, lost, a refund due, still to pay — priced by the quote.
//!
//! The rules come from the rules data: the bank-transfer order's validity and the Mini
//! Program's refill deadline and count (timeline steps on trouble), each platform's review
//! time (`timeline::review_days`, the government account's account check included), what
//! follows a rejection (`[[rejections]]`), the scale-fee refund time, and, once approved, the
//! renewal schedule `remind` computes (`review::review_of`).

mod certified;
mod money;
mod stage;
#[cfg(test)]
mod tests;

pub use money::{Money, RefundDue, Spent, spent};

use crate::calendar::WorkCalendar;
use crate::calendar::law::LawDayOff;
use crate::id_enum::id_enum;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::review::Review;
use crate::rules::{Retry, Rules};
use chrono::NaiveDate;

/// The timeline step of a bank-transfer payment order's validity (WECOM-PAY-ORDER).
pub const ORDER_STEP: &str = "bank_transfer_order";
/// The timeline step of refilling returned materials (MP-REFILL, WECOM-FAIL).
pub const REFILL_STEP: &str = "refill";
/// The timeline step of the scale-fee refund after a failed review (WECOM-SCALE).
pub const REFUND_STEP: &str = "scale_fee_refund";
/// An unpaid order this many days or fewer before it lapses is money at risk (exit 2), as a
/// review with fewer than `remind`'s default critical days left is.
pub const ORDER_AT_RISK_DAYS: i64 = 7;

id_enum! {
    /// Where an application stands.
    pub enum Stage {
        /// Nothing recorded yet.
        NotStarted = "not_started",
        /// A payment order is placed, not paid.
        Ordered = "ordered",
        /// Paid, not submitted.
        Paid = "paid",
        /// Submitted or resubmitted, waiting for the review.
        InReview = "in_review",
        /// Materials sent back to be completed.
        InfoRequested = "info_requested",
        /// The review failed.
        Rejected = "rejected",
        /// Certified and valid.
        Approved = "approved",
        /// A rejected application's refundable fee came back.
        Refunded = "refunded",
        /// The order or the certification was cancelled (or an unpaid order lapsed).
        Cancelled = "cancelled",
        /// Past expiry, within the grace period.
        Expired = "expired",
        /// Past the grace period: a full certification is needed again.
        Lapsed = "lapsed",
    }
}

id_enum! {
    /// How much an application needs someone, worst last.
    pub enum Attention {
        /// Nothing to do now (waiting for a review, certified and valid).
        Ok = "ok",
        /// Something to do (pay, submit, refill, apply again, review).
        Action = "action",
        /// A step ran past its expected end.
        Overdue = "overdue",
        /// Money may be lost: a refund overdue, an order about to lapse, a lapsed certification.
        MoneyAtRisk = "money_at_risk",
    }
}

/// What to do next; the renderer puts it into one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Nothing recorded: log the application's first event when it starts.
    Start,
    /// Pay the order; by `pay_by` where an unpaid order lapses (it is cancelled the day after).
    Pay {
        /// The last day to pay, if the order lapses.
        pay_by: Option<NaiveDate>,
    },
    /// The unpaid order lapsed on `on`: place a new order.
    OrderLapsed {
        /// The day it was cancelled.
        on: NaiveDate,
    },
    /// Submit the paid application.
    Submit,
    /// Wait for the review, expected to end by `until`.
    Wait {
        /// The latest expected end.
        until: NaiveDate,
        /// This is the last refill allowed: another request ends the order.
        last_refill: bool,
    },
    /// The review ran past `until`: ask the platform.
    ChaseReview {
        /// The latest expected end, passed.
        until: NaiveDate,
    },
    /// Complete the materials and resubmit; by `by` where the platform sets a deadline.
    Refill {
        /// The last day to resubmit.
        by: Option<NaiveDate>,
        /// Which refill this is (1 for the first request).
        count: u32,
        /// How many refills the order allows.
        max: Option<u32>,
    },
    /// The refills allowed are used up, or the refill deadline passed: the order has ended.
    OrderEnded,
    /// Apply again after a rejection: a new paid application, or resubmit at once.
    Reapply {
        /// How.
        retry: Retry,
    },
    /// A refund is overdue: claim it.
    ClaimRefund,
    /// Place a new order to apply again (after a cancellation).
    NewOrder,
    /// Certified: the renewal schedule says what to do (`remind`'s advice).
    Renew,
    /// Certified, with no known validity rule.
    Certified,
}

/// A rule's fact and source id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    /// Fact id (WECOM-PAY-ORDER).
    pub fact: String,
    /// Source id.
    pub source: String,
}

/// One platform's application on the as-of day.
#[derive(Clone, Debug)]
pub struct PlatformStatus {
    /// The platform.
    pub platform: Platform,
    /// Where it stands.
    pub stage: Stage,
    /// The day it got there (the latest event, or the day an order lapsed).
    pub since: Option<NaiveDate>,
    /// When the current step is expected to end, or its deadline.
    pub ends_on: Option<NaiveDate>,
    /// The step ran past `ends_on`.
    pub overdue: bool,
    /// A date rests on a year whose holidays are not published.
    pub provisional: bool,
    /// The stretch of days working days were counted over (first and last day), if any.
    pub reckoned: Option<(NaiveDate, NaiveDate)>,
    /// How much it needs someone.
    pub attention: Attention,
    /// What to do next.
    pub action: Action,
    /// The rule the action rests on.
    pub rule: Option<Cited>,
    /// Money paid, lost, due back and still to pay.
    pub money: Money,
    /// Once certified: the renewal schedule, as `remind` computes it.
    pub review: Option<Review>,
}

impl PlatformStatus {
    /// The current application is paid and its review not decided yet (paid, in review, or
    /// materials requested): its fee is not to be paid again.
    pub fn paid_pending(&self) -> bool {
        matches!(
            self.stage,
            Stage::Paid | Stage::InReview | Stage::InfoRequested
        )
    }
}

/// Every platform of a profile.
#[derive(Clone, Debug, Default)]
pub struct Status {
    /// One per chosen platform, in canonical order.
    pub platforms: Vec<PlatformStatus>,
    /// The stretches of days reckoned over, for provisional-calendar notes.
    pub spans: Vec<(NaiveDate, NaiveDate)>,
    /// Days off taken from the holiday law, where a span reaches a year without a notice.
    pub assumed_days_off: Vec<LawDayOff>,
}

impl Status {
    /// The worst attention of any platform (`Ok` when none needs any).
    pub fn worst(&self) -> Attention {
        self.platforms
            .iter()
            .map(|platform| platform.attention)
            .max()
            .unwrap_or(Attention::Ok)
    }
}

/// The status of every platform of `profile` on `as_of`.
pub fn status(
    profile: &Profile,
    rules: &Rules,
    calendar: &WorkCalendar,
    as_of: NaiveDate,
) -> Status {
    let platforms: Vec<PlatformStatus> = profile
        .platforms()
        .iter()
        .map(|entry| stage::platform_status(profile, entry, rules, calendar, as_of))
        .collect();
    let spans: Vec<_> = platforms
        .iter()
        .filter_map(|platform| platform.reckoned)
        .collect();
    let assumed_days_off = calendar.assumed_days_off_in(&spans);
    Status {
        platforms,
        spans,
        assumed_days_off,
    }
}

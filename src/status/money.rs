//! A platform's history cut into applications (attempts), and the money they moved: each
//! attempt is priced by the quote of its first day — the first certification, or the annual
//! review after an approval — and never priced anywhere else.

use super::Cited;
use crate::money::Fen;
use crate::platform::Platform;
use crate::profile::{Event, EventKind, History, PlatformEntry, Profile};
use crate::quote::quote_one;
use crate::rules::Rules;
use chrono::NaiveDate;

/// The money of one platform's history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Money {
    /// Paid over every attempt (a submission counts as paid: every review starts after its
    /// fee is paid).
    pub paid_fen: Fen,
    /// Refunds received (`refunded` events).
    pub refunded_fen: Fen,
    /// Non-refundable fees of failed attempts.
    pub lost_fen: Fen,
    /// The refund the latest rejection is owed, if not received yet.
    pub refund_due: Option<RefundDue>,
    /// What the current step still costs: an unpaid order, or a new application after a
    /// rejection, a cancellation or a lapse.
    pub still_to_pay_fen: Fen,
}

impl Money {
    /// Paid minus refunds received: what the history has cost so far.
    pub fn spent_fen(&self) -> Fen {
        self.paid_fen - self.refunded_fen
    }
}

/// A refund owed after a rejection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefundDue {
    /// How much comes back.
    pub amount_fen: Fen,
    /// The day it should have come back by, where the rules say how long it takes.
    pub due_on: Option<NaiveDate>,
    /// Not recorded by `due_on`.
    pub overdue: bool,
    /// `due_on` rests on a year whose holidays are not published.
    pub provisional: bool,
    /// The rule of the refund time.
    pub rule: Option<Cited>,
}

/// One application: its events, from the one that started it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attempt<'h> {
    /// The events, oldest first; never empty.
    pub events: &'h [Event],
    /// An annual review (it follows an approval) rather than a first certification.
    pub renewal: bool,
}

impl Attempt<'_> {
    /// The day it started.
    pub fn start(&self) -> NaiveDate {
        self.events[0].on
    }

    /// Whether an event of `kind` happened in it.
    pub fn has(&self, kind: EventKind) -> bool {
        self.events.iter().any(|event| event.kind == kind)
    }

    /// How many events of `kind` it holds.
    pub fn count(&self, kind: EventKind) -> u32 {
        let count = self
            .events
            .iter()
            .filter(|event| event.kind == kind)
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// Paid: a `paid` event, or a submission (reviews start after payment).
    pub fn paid(&self) -> bool {
        self.has(EventKind::Paid) || self.has(EventKind::Submitted)
    }
}

/// The history cut into attempts. An attempt starts with an order, a payment or a submission
/// that follows nothing, a rejection, a refund, an approval or a cancellation. The first is a
/// renewal when `certified_on` (the short form) is before it.
pub(super) fn attempts(history: &History, certified_on: Option<NaiveDate>) -> Vec<Attempt<'_>> {
    use EventKind::*;
    let events = history.events();
    let mut starts = Vec::new();
    let mut previous: Option<EventKind> = None;
    for (index, event) in events.iter().enumerate() {
        let starts_one = matches!(event.kind, Ordered | Paid | Submitted)
            && matches!(
                previous,
                None | Some(Rejected | Refunded | Approved | Cancelled)
            );
        if starts_one {
            starts.push(index);
        }
        previous = Some(event.kind);
    }
    let short_form_before = |day: NaiveDate| {
        certified_on.is_some_and(|certified| certified <= day) && history.certified_on().is_none()
    };
    starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(events.len());
            let renewal = match start.checked_sub(1) {
                Some(before) => events[before].kind == Approved,
                None => short_form_before(events[start].on),
            };
            Attempt {
                events: &events[start..end],
                renewal,
            }
        })
        .collect()
}

/// What an attempt costs and what a failure of it loses, from the quote of its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Price {
    /// Paid to apply.
    pub fen: Fen,
    /// Kept by the platform when the review fails.
    pub lost_if_failed: Fen,
}

impl Price {
    /// Comes back when the review fails.
    pub fn refundable(self) -> Fen {
        self.fen - self.lost_if_failed
    }
}

/// The price of an attempt of `platform` that starts on `day`.
pub(super) fn price(
    profile: &Profile,
    rules: &Rules,
    platform: Platform,
    day: NaiveDate,
    renewal: bool,
) -> Price {
    let quoted = quote_one(profile, rules, platform, day);
    let fen = if renewal {
        quoted.annual_review_fen
    } else {
        quoted.first_fen
    };
    Price {
        fen,
        lost_if_failed: quoted.failed_attempt_fen.min(fen),
    }
}

/// Paid, refunded and lost over every attempt (the refund due and what is still to pay are
/// the current stage's: see `stage`).
pub(super) fn settled(
    profile: &Profile,
    rules: &Rules,
    platform: Platform,
    attempts: &[Attempt<'_>],
) -> Money {
    let mut money = Money::default();
    for attempt in attempts.iter().filter(|attempt| attempt.paid()) {
        let price = price(profile, rules, platform, attempt.start(), attempt.renewal);
        money.paid_fen += price.fen;
        let failed = attempt.has(EventKind::Rejected)
            || (attempt.has(EventKind::Cancelled) && !attempt.has(EventKind::Approved));
        if failed {
            money.lost_fen += price.lost_if_failed;
        }
        if attempt.has(EventKind::Refunded) {
            money.refunded_fen += price.refundable();
        }
    }
    money
}

/// What a platform's history has cost, for `quote`: `None` without events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spent {
    /// Paid minus refunds received.
    pub spent_fen: Fen,
    /// The current application is paid and not decided yet: its fee is not to be paid again.
    pub paid_pending: bool,
}

/// What `entry`'s history has cost and whether its current application is paid and pending.
pub fn spent(profile: &Profile, rules: &Rules, entry: &PlatformEntry) -> Option<Spent> {
    let attempts = attempts(&entry.history, entry.certified_on);
    let current = attempts.last()?;
    let money = settled(profile, rules, entry.platform(), &attempts);
    let pending = current.events.last().is_some_and(|last| {
        matches!(
            last.kind,
            EventKind::Paid
                | EventKind::Submitted
                | EventKind::Resubmitted
                | EventKind::InfoRequested
        )
    });
    Some(Spent {
        spent_fen: money.spent_fen(),
        paid_pending: pending && current.paid(),
    })
}

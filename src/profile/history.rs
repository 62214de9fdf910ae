//! What happened to a platform's application after it was planned: the `[[platforms.<id>.events]]`
//! of a profile, as a [`History`] that cannot be invalid — dates never go back, and each event
//! may follow the one before it (no approval without a submission, no refund without a
//! rejection, nothing after a cancellation but a new order).

use crate::id_enum::id_enum;
use chrono::NaiveDate;

id_enum! {
    /// One step in the life of an application.
    pub enum EventKind {
        /// A payment order was placed (a bank-transfer order lapses unpaid: WECOM-PAY-ORDER).
        Ordered = "ordered",
        /// The fee was paid.
        Paid = "paid",
        /// The application was submitted for review.
        Submitted = "submitted",
        /// The platform sent the materials back to be completed or refilled (MP-REFILL).
        InfoRequested = "info_requested",
        /// The materials were sent again after a request.
        Resubmitted = "resubmitted",
        /// The review failed (WECOM-FAIL, DT-REJECT).
        Rejected = "rejected",
        /// The review passed: the certification date.
        Approved = "approved",
        /// A refundable fee came back after a rejection (WECOM-SCALE).
        Refunded = "refunded",
        /// The order or the certification was cancelled (X-CANCEL, WECOM-PAY-ORDER).
        Cancelled = "cancelled",
    }
}

impl EventKind {
    /// Whether `self` may follow `previous` (`None`: the first event of the history).
    pub fn may_follow(self, previous: Option<EventKind>) -> bool {
        use EventKind::*;
        let starts_application = matches!(self, Ordered | Paid | Submitted);
        match previous {
            // A new application starts from nothing, after a failure or for the annual review.
            None | Some(Rejected | Refunded | Approved) if starts_application => true,
            None => false,
            // Nothing after a cancellation but a new order.
            Some(Cancelled) => self == Ordered,
            Some(Ordered) => matches!(self, Paid | Submitted | Cancelled),
            Some(Paid) => matches!(self, Submitted | Cancelled),
            Some(Submitted | Resubmitted) => {
                matches!(self, InfoRequested | Rejected | Approved | Cancelled)
            }
            Some(InfoRequested) => matches!(self, Resubmitted | Rejected | Cancelled),
            Some(Rejected) => self == Refunded,
            Some(Refunded) => false,
            Some(Approved) => self == Cancelled,
        }
    }

    /// The events that may follow `previous`, for the hint of a refused one.
    pub fn allowed_after(previous: Option<EventKind>) -> Vec<EventKind> {
        EventKind::ALL
            .iter()
            .copied()
            .filter(|next| next.may_follow(previous))
            .collect()
    }
}

/// One recorded event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The day it happened.
    pub on: NaiveDate,
    /// What happened.
    pub kind: EventKind,
    /// Free text (an order number, a reason).
    pub note: Option<String>,
}

/// Why a list of events is not a history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryProblem {
    /// Event `index` is dated before the event before it.
    DateBefore {
        /// The refused event's index.
        index: usize,
        /// The date of the event before it.
        previous: NaiveDate,
    },
    /// Event `index` may not follow the event before it (`None`: it is the first).
    NotAllowed {
        /// The refused event's index.
        index: usize,
        /// The event before it.
        previous: Option<EventKind>,
    },
}

impl HistoryProblem {
    /// The index of the refused event.
    pub fn index(&self) -> usize {
        match self {
            HistoryProblem::DateBefore { index, .. } | HistoryProblem::NotAllowed { index, .. } => {
                *index
            }
        }
    }
}

/// A platform's events, in order, each allowed after the one before it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History(Vec<Event>);

impl History {
    /// Checks `events` in the order given; the first problem found is returned.
    pub fn new(events: Vec<Event>) -> Result<History, HistoryProblem> {
        let mut previous: Option<&Event> = None;
        for (index, event) in events.iter().enumerate() {
            if let Some(before) = previous
                && event.on < before.on
            {
                return Err(HistoryProblem::DateBefore {
                    index,
                    previous: before.on,
                });
            }
            let previous_kind = previous.map(|before| before.kind);
            if !event.kind.may_follow(previous_kind) {
                return Err(HistoryProblem::NotAllowed {
                    index,
                    previous: previous_kind,
                });
            }
            previous = Some(event);
        }
        Ok(History(events))
    }

    /// The events, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.0
    }

    /// The latest event, if any.
    pub fn latest(&self) -> Option<&Event> {
        self.0.last()
    }

    /// The day of the latest approval: the certification date.
    pub fn certified_on(&self) -> Option<NaiveDate> {
        self.0
            .iter()
            .rev()
            .find(|event| event.kind == EventKind::Approved)
            .map(|event| event.on)
    }

    /// The day the application now in review was submitted: when the latest event leaves it
    /// under review (submitted, resubmitted, materials requested), its `submitted` day.
    pub fn pending_submission(&self) -> Option<NaiveDate> {
        use EventKind::*;
        self.0
            .iter()
            .rev()
            .take_while(|event| matches!(event.kind, Submitted | Resubmitted | InfoRequested))
            .find(|event| event.kind == Submitted)
            .map(|event| event.on)
    }

    /// The history with `event` appended, checked as a whole.
    pub fn with(&self, event: Event) -> Result<History, HistoryProblem> {
        let mut events = self.0.clone();
        events.push(event);
        History::new(events)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn events(list: &[(&str, EventKind)]) -> Vec<Event> {
        list.iter()
            .map(|(on, kind)| Event {
                on: day(on),
                kind: *kind,
                note: None,
            })
            .collect()
    }

    #[test]
    fn a_full_application_is_a_history_and_its_approval_the_certification_date() {
        use EventKind::*;
        let history = History::new(events(&[
            ("2026-10-30", Ordered),
            ("2026-11-02", Paid),
            ("2026-11-02", Submitted),
            ("2026-11-05", InfoRequested),
            ("2026-11-09", Resubmitted),
            ("2026-11-12", Approved),
        ]))
        .unwrap();
        assert_eq!(history.certified_on(), Some(day("2026-11-12")));
        assert_eq!(history.latest().unwrap().kind, Approved);
        assert_eq!(history.pending_submission(), None);
        let in_review = History::new(history.events()[..5].to_vec()).unwrap();
        assert_eq!(in_review.pending_submission(), Some(day("2026-11-02")));
    }

    #[test]
    fn dates_going_back_are_refused_at_the_later_event() {
        use EventKind::*;
        let problem = History::new(events(&[
            ("2026-11-02", Submitted),
            ("2026-11-01", Approved),
        ]))
        .unwrap_err();
        assert_eq!(
            problem,
            HistoryProblem::DateBefore {
                index: 1,
                previous: day("2026-11-02")
            }
        );
    }

    #[test]
    fn approval_without_submission_refund_without_rejection_and_events_after_cancelling_are_refused()
     {
        use EventKind::*;
        for (list, index) in [
            (vec![("2026-11-02", Approved)], 0),
            (vec![("2026-11-02", Ordered), ("2026-11-03", Approved)], 1),
            (vec![("2026-11-02", Submitted), ("2026-11-03", Refunded)], 1),
            (
                vec![
                    ("2026-11-02", Ordered),
                    ("2026-11-03", Cancelled),
                    ("2026-11-04", Submitted),
                ],
                2,
            ),
        ] {
            let problem = History::new(events(&list)).unwrap_err();
            assert_eq!(problem.index(), index, "{list:?}");
        }
        // A new order after a cancellation is allowed.
        assert!(
            History::new(events(&[
                ("2026-11-02", Ordered),
                ("2026-11-03", Cancelled),
                ("2026-11-04", Ordered)
            ]))
            .is_ok()
        );
    }

    #[test]
    fn after_a_rejection_comes_a_refund_or_a_new_application() {
        use EventKind::*;
        assert_eq!(
            EventKind::allowed_after(Some(Rejected)),
            vec![Ordered, Paid, Submitted, Refunded]
        );
        assert_eq!(EventKind::allowed_after(Some(Cancelled)), vec![Ordered]);
    }
}

//! One platform's stage on the as-of day, from the latest event of its current attempt: the
//! rules of each stage (an order's lapse, the review's longest time, the refill deadline and
//! count, what follows a rejection and when its refund is due); once approved, `certified.rs`.

use super::money::{Attempt, Price, attempts, price, settled};
use super::{
    Action, Attention, Cited, ORDER_AT_RISK_DAYS, ORDER_STEP, PlatformStatus, REFILL_STEP,
    REFUND_STEP, RefundDue, Stage,
};
use crate::calendar::{Reckoned, WorkCalendar};
use crate::platform::Platform;
use crate::profile::{Event, EventKind, PlatformEntry, Profile};
use crate::rules::{DayUnit, Provenance, Retry, Rules, StepRole, TimelineStep};
use crate::timeline::{applicable_steps, review_days};
use chrono::{Days, NaiveDate};

/// What a stage needs to know: the profile, the rules, the calendar and the as-of day.
pub(super) struct Seen<'a> {
    pub(super) profile: &'a Profile,
    pub(super) rules: &'a Rules,
    pub(super) calendar: &'a WorkCalendar,
    pub(super) as_of: NaiveDate,
    pub(super) platform: Platform,
}

pub(super) fn cite(provenance: &Provenance) -> Cited {
    Cited {
        fact: provenance.fact.clone(),
        source: provenance.source.clone(),
    }
}

/// The last day of `step` started on `from`, in its own unit. Far inside chrono's range for
/// the years a profile may hold, so running off the calendar is a bug.
fn step_end(calendar: &WorkCalendar, from: NaiveDate, step: &TimelineStep) -> Reckoned<NaiveDate> {
    match step.unit {
        DayUnit::CalendarDays => Reckoned {
            value: from + Days::new(step.max_days.into()),
            provisional: false,
        },
        DayUnit::WorkingDays => calendar
            .add(from, step.max_days)
            .expect("a few weeks after a four-digit year stay in range"),
    }
}

/// The status of one chosen platform on the as-of day.
pub(super) fn platform_status(
    profile: &Profile,
    entry: &PlatformEntry,
    rules: &Rules,
    calendar: &WorkCalendar,
    as_of: NaiveDate,
) -> PlatformStatus {
    let seen = Seen {
        profile,
        rules,
        calendar,
        as_of,
        platform: entry.platform(),
    };
    let attempts = attempts(&entry.history, entry.certified_on);
    let money = settled(profile, rules, seen.platform, &attempts);
    let mut status = PlatformStatus {
        platform: seen.platform,
        stage: Stage::NotStarted,
        since: None,
        ends_on: None,
        overdue: false,
        provisional: false,
        reckoned: None,
        attention: Attention::Ok,
        action: Action::Start,
        rule: None,
        money,
        review: None,
    };
    match (attempts.last(), entry.certified_on) {
        (Some(current), _) => seen.attempt(current, &mut status),
        (None, Some(certified_on)) => seen.approved(certified_on, &mut status),
        (None, None) => {
            status.money.still_to_pay_fen = seen.price(as_of, false).fen;
        }
    }
    status
}

impl Seen<'_> {
    fn price(&self, day: NaiveDate, renewal: bool) -> Price {
        price(self.profile, self.rules, self.platform, day, renewal)
    }

    /// The current attempt's stage, from its latest event.
    fn attempt(&self, current: &Attempt<'_>, status: &mut PlatformStatus) {
        let Some(last) = current.events.last() else {
            return;
        };
        status.since = Some(last.on);
        let (steps, _) = applicable_steps(self.profile, self.rules, self.platform, current.start());
        let step = |id: &str| {
            steps
                .iter()
                .map(|selected| selected.rule)
                .find(|step| step.id == id)
        };
        let price = self.price(current.start(), current.renewal);
        match last.kind {
            EventKind::Ordered => {
                status.money.still_to_pay_fen = price.fen;
                self.ordered(last.on, step(ORDER_STEP), status);
            }
            EventKind::Paid => {
                status.stage = Stage::Paid;
                status.attention = Attention::Action;
                status.action = Action::Submit;
            }
            EventKind::Submitted | EventKind::Resubmitted => {
                let refills = step(REFILL_STEP).and_then(|step| step.max_times);
                let last_refill = last.kind == EventKind::Resubmitted
                    && refills == Some(current.count(EventKind::InfoRequested));
                let counted = steps
                    .iter()
                    .map(|selected| selected.rule)
                    .rfind(|step| step.role == StepRole::Step && step.max_days > 0);
                status.rule = counted.map(|step| cite(&step.provenance));
                self.in_review(last.on, current.start(), last_refill, status);
            }
            EventKind::InfoRequested => {
                let count = current.count(EventKind::InfoRequested);
                self.info_requested(last.on, count, step(REFILL_STEP), price, status);
            }
            EventKind::Rejected => self.rejected(last, current, step(REFUND_STEP), price, status),
            EventKind::Refunded => {
                status.stage = Stage::Refunded;
                self.reapply(current.start(), price, status);
            }
            EventKind::Approved => self.approved(last.on, status),
            EventKind::Cancelled => {
                status.stage = Stage::Cancelled;
                status.action = Action::NewOrder;
                status.money.still_to_pay_fen = self.price(self.as_of, false).fen;
            }
        }
    }

    /// An unpaid order: it lapses where a rule says so (WECOM-PAY-ORDER).
    fn ordered(&self, on: NaiveDate, rule: Option<&TimelineStep>, status: &mut PlatformStatus) {
        status.stage = Stage::Ordered;
        status.attention = Attention::Action;
        let Some(rule) = rule else {
            status.action = Action::Pay { pay_by: None };
            return;
        };
        status.rule = Some(cite(&rule.provenance));
        let pay_by = step_end(self.calendar, on, rule).value;
        status.ends_on = Some(pay_by);
        if self.as_of > pay_by {
            let lapsed_on = pay_by + Days::new(1);
            status.stage = Stage::Cancelled;
            status.since = Some(lapsed_on);
            status.overdue = true;
            status.action = Action::OrderLapsed { on: lapsed_on };
            status.money.still_to_pay_fen = self.price(self.as_of, false).fen;
        } else {
            status.action = Action::Pay {
                pay_by: Some(pay_by),
            };
            if (pay_by - self.as_of).num_days() < ORDER_AT_RISK_DAYS {
                status.attention = Attention::MoneyAtRisk;
            }
        }
    }

    /// In review since `on`: overdue from the working day after its longest time.
    fn in_review(
        &self,
        on: NaiveDate,
        start: NaiveDate,
        last_refill: bool,
        status: &mut PlatformStatus,
    ) {
        status.stage = Stage::InReview;
        let (_, longest) = review_days(self.profile, self.rules, self.platform, start);
        let end = self
            .calendar
            .add(on, longest)
            .expect("a few weeks after a four-digit year stay in range");
        let overdue_from = self
            .calendar
            .add(end.value, 1)
            .expect("a few weeks after a four-digit year stay in range");
        status.ends_on = Some(end.value);
        status.provisional = end.provisional || overdue_from.provisional;
        status.reckoned = Some((on, overdue_from.value));
        status.overdue = self.as_of >= overdue_from.value;
        if status.overdue {
            status.attention = Attention::Overdue;
            status.action = Action::ChaseReview { until: end.value };
        } else {
            status.action = Action::Wait {
                until: end.value,
                last_refill,
            };
        }
    }

    /// Materials sent back for the `count`-th time on `on`: refill by the platform's deadline;
    /// past it, or past the refills allowed, the order has ended (MP-REFILL).
    fn info_requested(
        &self,
        on: NaiveDate,
        count: u32,
        rule: Option<&TimelineStep>,
        price: Price,
        status: &mut PlatformStatus,
    ) {
        status.stage = Stage::InfoRequested;
        status.attention = Attention::Action;
        status.rule = rule.map(|rule| cite(&rule.provenance));
        let max = rule.and_then(|rule| rule.max_times);
        let by = rule
            .filter(|rule| rule.max_days > 0)
            .map(|rule| step_end(self.calendar, on, rule).value);
        status.ends_on = by;
        let too_many = max.is_some_and(|max| count > max);
        let too_late = by.is_some_and(|by| self.as_of > by);
        if too_many || too_late {
            status.stage = Stage::Cancelled;
            status.overdue = too_late;
            if too_late {
                status.attention = Attention::Overdue;
            }
            status.action = Action::OrderEnded;
            status.money.lost_fen += price.lost_if_failed;
            status.money.still_to_pay_fen = price.fen;
        } else {
            status.action = Action::Refill { by, count, max };
        }
    }

    /// Rejected: the refundable part comes back (WECOM-SCALE), overdue when not recorded by its
    /// day; the application goes on as the platform's rejection rule says.
    fn rejected(
        &self,
        last: &Event,
        current: &Attempt<'_>,
        refund_step: Option<&TimelineStep>,
        price: Price,
        status: &mut PlatformStatus,
    ) {
        status.stage = Stage::Rejected;
        self.reapply(current.start(), price, status);
        let refundable = price.refundable();
        if !current.paid() || refundable <= crate::money::Fen::ZERO {
            return;
        }
        let due = refund_step.map(|step| step_end(self.calendar, last.on, step));
        let overdue = due.is_some_and(|due| self.as_of > due.value);
        status.ends_on = due.map(|due| due.value);
        status.provisional |= due.is_some_and(|due| due.provisional);
        status.reckoned = due.map(|due| (last.on, due.value));
        status.money.refund_due = Some(RefundDue {
            amount_fen: refundable,
            due_on: due.map(|due| due.value),
            overdue,
            provisional: due.is_some_and(|due| due.provisional),
            rule: refund_step.map(|step| cite(&step.provenance)),
        });
        if overdue {
            status.overdue = true;
            status.attention = Attention::MoneyAtRisk;
            status.action = Action::ClaimRefund;
            status.rule = refund_step.map(|step| cite(&step.provenance));
        }
    }

    /// After a rejection or its refund: apply again as the platform's rule says.
    fn reapply(&self, start: NaiveDate, price: Price, status: &mut PlatformStatus) {
        let rule = self.rules.rejection_for(self.platform, start);
        let retry = rule.map_or(Retry::NewApplication, |rule| rule.rule.retry);
        status.rule = rule.map(|rule| cite(&rule.rule.provenance));
        status.attention = Attention::Action;
        status.action = Action::Reapply { retry };
        if retry == Retry::NewApplication {
            status.money.still_to_pay_fen = price.fen;
        }
    }
}

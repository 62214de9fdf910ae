//! The forecast computation: pure, from a profile, the rules, the calendar and a day.
//!
//! A certified platform pays each review on the chosen day of its cycle; the first cycle's
//! review, already due or past, is paid on the as-of day; a lapsed certification is certified
//! again at once. A platform not certified yet pays on its `planned_on` (or the as-of day), is
//! expected approved at the timeline's latest completion, gets its subsidy back then, and is
//! reviewed yearly after. Each review renews the certification from the day after its expiry,
//! so later cycles keep the anniversaries.

use super::{Event, Forecast, Options, PayOn, Payment};
use crate::calendar::WorkCalendar;
use crate::money::Fen;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::quote::{LineKind, PlatformQuote, quote};
use crate::review::{Review, ReviewPolicy, ReviewStatus, review_of};
use crate::rules::Rules;
use crate::status::{PlatformStatus, Stage, status};
use crate::timeline::{Timeline, plan_timeline};
use chrono::{Days, NaiveDate};

/// The ruling a re-certification rests on: lapsed 30 days after expiry, then a full paid
/// certification (X-LAPSE in the fact register).
const LAPSE: (&str, &str) = ("X-LAPSE", "seed:001");

/// More review cycles than any window of at most 120 months holds.
const MAX_CYCLES: usize = 200;

/// The payments of `profile` in `options.window`, with the rules in force on `as_of`.
pub fn forecast(
    profile: &Profile,
    rules: &Rules,
    calendar: &WorkCalendar,
    as_of: NaiveDate,
    options: Options,
) -> Forecast {
    let quoted = quote(profile, rules, as_of, 1);
    let tracked = status(profile, rules, calendar, as_of);
    let mut planner = Planner {
        profile,
        rules,
        calendar,
        as_of,
        options,
        timelines: Vec::new(),
        spans: Vec::new(),
        payments: Vec::new(),
    };
    for (entry, platform_quote) in profile.platforms().iter().zip(&quoted.platforms) {
        let free =
            platform_quote.first_fen == Fen::ZERO && platform_quote.annual_review_fen == Fen::ZERO;
        if free && !options.include_free {
            continue;
        }
        let history = tracked
            .platforms
            .iter()
            .find(|tracked| tracked.platform == entry.platform());
        planner.platform(
            entry.certified_on,
            entry.planned_on,
            platform_quote,
            history,
        );
    }
    let mut payments = planner.payments;
    payments.retain(|payment| options.window.contains(payment.date));
    payments.sort_by_key(|payment| (payment.date, payment.platform, payment.event));
    let mut assumptions = quoted.assumptions.clone();
    for (_, timeline) in &planner.timelines {
        for assumption in &timeline.assumptions {
            if !assumptions.contains(assumption) {
                assumptions.push(assumption.clone());
            }
        }
    }
    let spans = planner.spans;
    Forecast {
        options,
        payments,
        assumptions,
        assumed_days_off: calendar.assumed_days_off_in(&spans),
        spans,
        unrepresentable: quoted.unrepresentable_figure(),
    }
}

/// What the plan of one profile needs, and what it has found so far.
struct Planner<'a> {
    profile: &'a Profile,
    rules: &'a Rules,
    calendar: &'a WorkCalendar,
    as_of: NaiveDate,
    options: Options,
    /// Timelines planned, by start day (most profiles start every platform on one day).
    timelines: Vec<(NaiveDate, Timeline)>,
    spans: Vec<(NaiveDate, NaiveDate)>,
    payments: Vec<Payment>,
}

impl Planner<'_> {
    /// The payments of one platform; `history`, its status from its events: a refund due comes
    /// back on its day, and an application already paid is not paid again.
    fn platform(
        &mut self,
        certified_on: Option<NaiveDate>,
        planned_on: Option<NaiveDate>,
        quoted: &PlatformQuote,
        history: Option<&PlatformStatus>,
    ) {
        if let Some(refund) = history.and_then(|history| history.money.refund_due.as_ref()) {
            let (fact, source) = refund
                .rule
                .as_ref()
                .map_or(("", ""), |rule| (rule.fact.as_str(), rule.source.as_str()));
            let day = refund.due_on.unwrap_or(self.as_of).max(self.as_of);
            self.pay(
                quoted.platform,
                day,
                Event::Refund,
                -refund.amount_fen,
                &[fact],
                &[source],
            );
        }
        let paid = history.is_some_and(PlatformStatus::paid_pending);
        let Some(certified_on) = certified_on else {
            if paid {
                // Paid and in review: approved when the review is expected to end.
                let approved = match history.map(|history| (history.stage, history.ends_on)) {
                    Some((Stage::InReview, Some(ends_on))) => ends_on.max(self.as_of),
                    _ => self.approval(quoted.platform, self.as_of),
                };
                self.approved(Event::FirstCertification, approved, quoted);
                return;
            }
            // A planned day that has passed is never advice: the payment is still to come.
            let day = planned_on.unwrap_or(self.as_of).max(self.as_of);
            self.certify(Event::FirstCertification, day, quoted);
            return;
        };
        match self.review(quoted, certified_on) {
            Some(review) if review.status == ReviewStatus::Lapsed => {
                self.certify(Event::Recertification, self.as_of, quoted)
            }
            // An annual review paid and in review: its cycle is paid already.
            Some(review) if paid => {
                let next = review.expires_on.checked_add_days(Days::new(1));
                if let Some(next) = next.and_then(|next| self.review(quoted, next)) {
                    self.reviews(next, quoted);
                }
            }
            Some(review) => self.reviews(review, quoted),
            // No validity rule known: nothing to renew.
            None => {}
        }
    }

    /// The certification `event` paid on `day`, its subsidy (first certifications only, as in
    /// `quote`) at the expected approval, and the reviews after it.
    fn certify(&mut self, event: Event, day: NaiveDate, quoted: &PlatformQuote) {
        let fees = quoted
            .lines
            .iter()
            .filter(|line| line.kind != LineKind::Subsidy);
        let (mut facts, mut sources): (Vec<&str>, Vec<&str>) =
            fees.map(|line| (line.fact, line.source)).unzip();
        if event == Event::Recertification {
            facts.insert(0, LAPSE.0);
            sources.insert(0, LAPSE.1);
        }
        self.pay(
            quoted.platform,
            day,
            event,
            quoted.first_fen,
            &facts,
            &sources,
        );
        let approved = self.approval(quoted.platform, day);
        self.approved(event, approved, quoted);
    }

    /// After a certification `event` is approved on `approved`: its subsidy (first
    /// certifications only) and the reviews after it.
    fn approved(&mut self, event: Event, approved: NaiveDate, quoted: &PlatformQuote) {
        if event == Event::FirstCertification && quoted.subsidy_fen > Fen::ZERO {
            let (facts, sources): (Vec<&str>, Vec<&str>) = quoted
                .lines
                .iter()
                .filter(|line| line.kind == LineKind::Subsidy)
                .map(|line| (line.fact, line.source))
                .unzip();
            self.pay(
                quoted.platform,
                approved,
                Event::Subsidy,
                -quoted.subsidy_fen,
                &facts,
                &sources,
            );
        }
        if let Some(review) = self.review(quoted, approved) {
            self.reviews(review, quoted);
        }
    }

    /// The expected approval of `platform` applied for on `start`: the timeline's latest
    /// completion.
    fn approval(&mut self, platform: Platform, start: NaiveDate) -> NaiveDate {
        let index = match self.timelines.iter().position(|(day, _)| *day == start) {
            Some(index) => index,
            None => {
                let timeline =
                    plan_timeline(self.profile, self.rules, self.calendar, start, self.as_of);
                self.timelines.push((start, timeline));
                self.timelines.len() - 1
            }
        };
        let approved = self.timelines[index]
            .1
            .platforms
            .iter()
            .find(|planned| planned.platform == platform)
            .map_or(start, |planned| planned.latest_on);
        self.spans.push((start, approved));
        approved
    }

    /// The review cycle of a certification approved on `certified_on`.
    fn review(&self, quoted: &PlatformQuote, certified_on: NaiveDate) -> Option<Review> {
        review_of(
            self.profile,
            self.rules,
            self.calendar,
            self.as_of,
            ReviewPolicy::default(),
            (quoted.platform, certified_on),
            Some(quoted),
        )
    }

    /// The fee of `review`'s cycle and of every later cycle, until the window ends.
    fn reviews(&mut self, first: Review, quoted: &PlatformQuote) {
        let (rule_fact, rule_source) = quoted.annual_review_rule.as_ref().map_or(
            (first.fact.clone(), first.source.clone()),
            |(_, fact, source)| (fact.to_string(), source.to_string()),
        );
        let mut review = Some(first);
        for _ in 0..MAX_CYCLES {
            let Some(cycle) = review else { break };
            let chosen = match self.options.pay_on {
                PayOn::Remind => cycle.remind_on,
                PayOn::Window => cycle.window_opens_on,
                PayOn::StartBy => {
                    self.spans.push((cycle.start_by, cycle.expires_on));
                    cycle.start_by
                }
            };
            // A review already due, or past its day, is paid now.
            let day = chosen.max(self.as_of);
            if day > self.options.window.last_day() {
                break;
            }
            self.pay(
                quoted.platform,
                day,
                Event::AnnualReview,
                quoted.annual_review_fen,
                &[&rule_fact],
                &[&rule_source],
            );
            // The review renews the certification from the day after its expiry.
            review = cycle
                .expires_on
                .checked_add_days(Days::new(1))
                .and_then(|next| self.review(quoted, next));
        }
    }

    fn pay(
        &mut self,
        platform: Platform,
        date: NaiveDate,
        event: Event,
        amount: Fen,
        facts: &[&str],
        sources: &[&str],
    ) {
        self.payments.push(Payment {
            platform,
            date,
            event,
            amount,
            fact: distinct(facts),
            source: distinct(sources),
        });
    }
}

/// The ids, each once, in order of first appearance, `; `-separated.
fn distinct(ids: &[&str]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        if !id.is_empty() && !seen.contains(id) {
            seen.push(id);
        }
    }
    seen.join("; ")
}

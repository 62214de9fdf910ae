//! When each certification must be renewed: expiry, review window, reminder day, grace end,
//! days left and status — per the contract's date conventions — and what the review takes
//! (fee, working days, the latest day to start it).

use crate::calendar::WorkCalendar;
use crate::calendar::law::LawDayOff;
use crate::id_enum::id_enum;
use crate::lang::Bilingual;
use crate::money::Fen;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::quote::{PlatformQuote, quote};
use crate::rules::{Note, Rules};
use crate::timeline::review_days;
use chrono::{Days, Months, NaiveDate};

/// Thresholds for the status (`--warn-days`, `--crit-days`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewPolicy {
    /// A review is due when at most this many days are left (and the reminder is this many
    /// days before expiry).
    pub warn_days: u32,
    /// A review is critical when fewer than this many days are left to expiry, or to the
    /// last day to submit it.
    pub crit_days: u32,
}

impl Default for ReviewPolicy {
    fn default() -> Self {
        ReviewPolicy {
            warn_days: 60,
            crit_days: 7,
        }
    }
}

id_enum! {
    /// Where a certification stands on the as-of day.
    pub enum ReviewStatus {
        /// A platform applied for that has no annual review (DingTalk, Alipay, an ICP
        /// filing): nothing to renew. The least of the statuses, never a review's.
        NoReview = "no_review",
        /// More than warn-days left.
        Ok = "ok",
        /// 0 to warn-days left.
        Due = "due",
        /// Fewer than crit-days left to expiry or to the last day to submit (or that day passed).
        Critical = "critical",
        /// Past expiry, within the grace period.
        Expired = "expired",
        /// Past the grace period: a full certification is needed again.
        Lapsed = "lapsed",
    }
}

/// One certification's renewal schedule.
#[derive(Clone, Debug)]
pub struct Review {
    /// The platform.
    pub platform: Platform,
    /// Approval of the last certification or review.
    pub certified_on: NaiveDate,
    /// Last day of validity.
    pub expires_on: NaiveDate,
    /// First day the annual review can be done.
    pub window_opens_on: NaiveDate,
    /// The reminder day (expiry − warn-days).
    pub remind_on: NaiveDate,
    /// Last day of the grace period.
    pub grace_ends_on: NaiveDate,
    /// Days from the as-of day to expiry (negative once past).
    pub days_left: i64,
    /// Status on the as-of day.
    pub status: ReviewStatus,
    /// What the review costs (the quote's `annual_review_fen`; the full first fee once lapsed).
    pub fee_fen: Fen,
    /// Review time in working days (shortest, longest).
    pub review_days: (u32, u32),
    /// The latest day to submit so that the slowest review ends by expiry.
    pub start_by: NaiveDate,
    /// Ids of the documents the review asks for again (from the checklist).
    pub documents: Vec<String>,
    /// Their names, for people.
    pub document_names: Vec<Bilingual>,
    /// The last day to submit has passed (and the certification has not lapsed): `start_by`
    /// is no longer advice (section 9 of the register).
    pub late_start: bool,
    /// When late: the earliest completion of a review submitted on the as-of day.
    pub earliest_done_on: Option<NaiveDate>,
    /// When late: the latest expected completion of a review submitted on the as-of day.
    pub latest_done_on: Option<NaiveDate>,
    /// When late: whether the earliest completion is still within the grace period.
    pub within_grace: Option<bool>,
    /// True when `start_by` relies on a year with no published holidays.
    pub provisional: bool,
    /// Fact id of the validity rule.
    pub fact: String,
    /// Source id of the validity rule.
    pub source: String,
    /// Notes about the validity rule.
    pub notes: Vec<Note>,
}

/// A platform applied for without an annual review: no validity rule is known for it (the
/// rules data lists a validity rule for every platform that has one).
#[derive(Clone, Debug)]
pub struct NoReview {
    /// The platform.
    pub platform: Platform,
    /// The day it was certified, when the profile says.
    pub certified_on: Option<NaiveDate>,
    /// Fact id of the rule describing the platform's certification (its fee rule).
    pub fact: String,
    /// Source id of that rule.
    pub source: String,
}

/// The renewal schedule of one profile.
#[derive(Clone, Debug, Default)]
pub struct ReviewSchedule {
    /// One per platform with `certified_on` and a known validity rule.
    pub reviews: Vec<Review>,
    /// Platforms with `certified_on` but no known validity rule.
    pub without_rule: Vec<Platform>,
    /// Platforms chosen in the profile, with an annual review, but no `certified_on` yet.
    pub not_certified: Vec<Platform>,
    /// Every platform chosen in the profile that has no annual review, certified or not
    /// (status `no_review`), so that "nothing to renew" is told from "not looked at".
    pub no_review: Vec<NoReview>,
    /// Rules applied before their first known day.
    pub assumptions: Vec<Bilingual>,
    /// The stretches of days reckoned over (first and last day), one per review.
    pub spans: Vec<(NaiveDate, NaiveDate)>,
    /// Days off taken from the holiday law, where the span reaches a year without a notice.
    pub assumed_days_off: Vec<LawDayOff>,
}

impl ReviewSchedule {
    /// The worst status of the schedule, `None` when it has no review.
    pub fn worst(&self) -> Option<ReviewStatus> {
        self.reviews.iter().map(|review| review.status).max()
    }
}

/// The last day of a certification approved on `approved` lasting `months`: the anniversary
/// minus one day (approved on Feb 29: Feb 28 of the anniversary year, minus one day).
pub fn expiry(approved: NaiveDate, months: u32) -> Option<NaiveDate> {
    approved
        .checked_add_months(Months::new(months))?
        .checked_sub_days(Days::new(1))
}

/// The latest working day to submit so that a review of `days` working days ends on or before
/// `expires_on`: `days` working days before the last working day on or before expiry.
pub fn latest_start(
    calendar: &WorkCalendar,
    expires_on: NaiveDate,
    days: u32,
) -> crate::calendar::Reckoned<NaiveDate> {
    // Dates a few weeks around a four-digit year stay in chrono's range: failing is a bug.
    let last_workday = if calendar.is_workday(expires_on) {
        expires_on
    } else {
        calendar.subtract(expires_on, 1).expect("in range").value
    };
    let start = calendar.subtract(last_workday, days).expect("in range");
    crate::calendar::Reckoned {
        value: start.value,
        provisional: start.provisional || !calendar.is_known(expires_on) && days > 0,
    }
}

/// The status with `days_left` to expiry and `grace_days` of grace.
pub fn status(days_left: i64, grace_days: u32, policy: ReviewPolicy) -> ReviewStatus {
    match days_left {
        left if left < -i64::from(grace_days) => ReviewStatus::Lapsed,
        left if left < 0 => ReviewStatus::Expired,
        left if left < i64::from(policy.crit_days) => ReviewStatus::Critical,
        left if left <= i64::from(policy.warn_days) => ReviewStatus::Due,
        _ => ReviewStatus::Ok,
    }
}

/// Whether the last day to submit, `start_by`, is fewer than crit-days after `as_of` (or
/// before it): the review is then critical.
pub fn urgent_start(start_by: NaiveDate, as_of: NaiveDate, policy: ReviewPolicy) -> bool {
    (start_by - as_of).num_days() < i64::from(policy.crit_days)
}

/// The renewal schedule of `profile` on `as_of`.
pub fn review_schedule(
    profile: &Profile,
    rules: &Rules,
    calendar: &WorkCalendar,
    as_of: NaiveDate,
    policy: ReviewPolicy,
) -> ReviewSchedule {
    let quoted = quote(profile, rules, as_of, 1);
    let mut schedule = ReviewSchedule {
        assumptions: quoted.assumptions.clone(),
        ..ReviewSchedule::default()
    };
    for entry in profile.platforms() {
        let platform = entry.platform();
        let platform_quote = quoted
            .platforms
            .iter()
            .find(|quoted| quoted.platform == platform);
        // An ICP filing has no annual review (ICP), nor has a platform without a validity rule.
        if platform == Platform::Icp || rules.validity_for(platform, as_of).is_none() {
            let (fact, source) = platform_quote
                .and_then(|quoted| quoted.lines.first())
                .map_or(("", ""), |line| (line.fact, line.source));
            schedule.no_review.push(NoReview {
                platform,
                certified_on: entry.certified_on,
                fact: fact.to_owned(),
                source: source.to_owned(),
            });
            if platform == Platform::Icp {
                continue;
            }
        }
        let Some(certified_on) = entry.certified_on else {
            if rules.validity_for(platform, as_of).is_some() {
                schedule.not_certified.push(platform);
            }
            continue;
        };
        match review_of(
            profile,
            rules,
            calendar,
            as_of,
            policy,
            (platform, certified_on),
            platform_quote,
        ) {
            Some(review) => schedule.reviews.push(review),
            None => schedule.without_rule.push(platform),
        }
    }
    schedule.spans = schedule
        .reviews
        .iter()
        .map(|review| {
            let last = review
                .latest_done_on
                .map_or(review.expires_on, |done| done.max(review.expires_on));
            (review.start_by, last)
        })
        .collect();
    schedule.assumed_days_off = calendar.assumed_days_off_in(&schedule.spans);
    schedule
}

/// The renewal schedule of one certification of `platform` approved on `certified_on`, seen
/// on `as_of`; `None` when no validity rule is known for the platform. `quoted` is the
/// platform's quote (its annual-review fee, or its first fee once lapsed).
pub fn review_of(
    profile: &Profile,
    rules: &Rules,
    calendar: &WorkCalendar,
    as_of: NaiveDate,
    policy: ReviewPolicy,
    (platform, certified_on): (Platform, NaiveDate),
    quoted: Option<&PlatformQuote>,
) -> Option<Review> {
    let validity = rules.validity_for(platform, as_of)?.rule;
    // Four-digit years plus a year and a few days stay in range: a failure is a bug.
    let expires_on = expiry(certified_on, validity.months)
        .expect("expiry of a four-digit-year date is in range");
    let grace_ends_on = expires_on + Days::new(validity.grace_days.into());
    let days_left = (expires_on - as_of).num_days();
    let status = status(days_left, validity.grace_days, policy);
    let fee_fen = quoted.map_or(Fen::ZERO, |quoted| match status {
        ReviewStatus::Lapsed => quoted.first_fen,
        _ => quoted.annual_review_fen,
    });
    let review_days = review_days(profile, rules, platform, as_of);
    let start_by = latest_start(calendar, expires_on, review_days.1);
    // A start date that has passed is never advice: say when the review can end at the
    // earliest, submitted today, and whether that is still within the grace period.
    let late_start = start_by.value < as_of && status != ReviewStatus::Lapsed;
    // The day to start is urgent (section 10 of the register): fewer than crit-days to the
    // last day to submit, or past it, is critical whatever the days left to expiry say.
    let status = if urgent_start(start_by.value, as_of, policy) {
        status.max(ReviewStatus::Critical)
    } else {
        status
    };
    let earliest = late_start
        .then(|| calendar.add(as_of, review_days.0))
        .flatten();
    let earliest_done_on = earliest.map(|reckoned| reckoned.value);
    let latest_done_on = late_start
        .then(|| calendar.add(as_of, review_days.1))
        .flatten()
        .map(|reckoned| reckoned.value);
    let required: Vec<_> = rules
        .documents_for(platform, as_of)
        .into_iter()
        .filter(|selected| selected.rule.required && selected.rule.applies_to(profile))
        .map(|selected| selected.rule)
        .collect();
    let documents = required.iter().map(|rule| rule.id.clone()).collect();
    let document_names = required.iter().map(|rule| rule.name.clone()).collect();
    Some(Review {
        platform,
        certified_on,
        expires_on,
        window_opens_on: expires_on
            .checked_sub_months(Months::new(validity.window_months))
            .expect("in range"),
        remind_on: expires_on - Days::new(policy.warn_days.into()),
        grace_ends_on,
        days_left,
        status,
        fee_fen,
        review_days,
        start_by: start_by.value,
        late_start,
        earliest_done_on,
        latest_done_on,
        within_grace: earliest_done_on.map(|done| done <= grace_ends_on),
        documents,
        document_names,
        provisional: start_by.provisional || earliest.is_some_and(|reckoned| reckoned.provisional),
        fact: validity.provenance.fact.clone(),
        source: validity.provenance.source.clone(),
        notes: rules.notes_about(&validity.id()).cloned().collect(),
    })
}

#[cfg(test)]
mod tests;

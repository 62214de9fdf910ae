//! When a certification will be done: each platform's application steps, with working-day
//! ranges, dated from a start day on the China working-day calendar. Steps that happen only on
//! trouble (refills, refunds, a lapsed payment order) are listed but never added. A platform
//! already certified is planned for its annual review from the day the window opens
//! ([`basis`]).

pub mod basis;

use crate::calendar::WorkCalendar;
use crate::calendar::law::LawDayOff;
use crate::i18n::message;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::{GovLevel, Profile};
use crate::quote::quote_one;
use crate::rules::{DayUnit, Rules, Selected, StepRole, TimelineStep};
use basis::{Basis, CertifiedWithoutReview, basis_of};
use chrono::NaiveDate;

/// The timeline of every platform a profile chooses.
#[derive(Clone, Debug)]
pub struct Timeline {
    /// The day asked to start (a platform's annual review may start later, in its window).
    pub start: NaiveDate,
    /// Per platform with something to plan, in canonical order.
    pub platforms: Vec<PlatformTimeline>,
    /// Platforms certified where no annual review is known: nothing to plan.
    pub certified_without_review: Vec<CertifiedWithoutReview>,
    /// What was assumed for want of data (a government level, rules before their first day).
    pub assumptions: Vec<Bilingual>,
    /// The stretches of days reckoned over (first and last day), one per platform.
    pub spans: Vec<(NaiveDate, NaiveDate)>,
    /// Days off taken from the holiday law, where the span reaches a year without a notice.
    pub assumed_days_off: Vec<LawDayOff>,
}

/// One platform's timeline.
#[derive(Clone, Debug)]
pub struct PlatformTimeline {
    /// The platform.
    pub platform: Platform,
    /// What is planned: a first certification, an annual review or a certification again.
    pub basis: Basis,
    /// The day the application starts (for an annual review, not before its window opens).
    pub start: NaiveDate,
    /// Shortest total, in working days.
    pub min_days: u32,
    /// Longest total, in working days.
    pub max_days: u32,
    /// Earliest completion.
    pub earliest_on: NaiveDate,
    /// Latest expected completion.
    pub latest_on: NaiveDate,
    /// The steps, in order.
    pub steps: Vec<PlannedStep>,
    /// True when a date falls in a year whose holidays are not published.
    pub provisional: bool,
    /// The start day has passed (before the as-of day): the dates above are not advice, and
    /// these are the earliest and latest completion when starting on the as-of day.
    pub from_today: Option<(NaiveDate, NaiveDate)>,
}

/// A step with the days it is expected to be done between (for counted steps and steps
/// within a review period).
#[derive(Clone, Debug)]
pub struct PlannedStep {
    /// Step id.
    pub id: String,
    /// Label.
    pub name: Bilingual,
    /// How it counts.
    pub role: StepRole,
    /// Working or calendar days.
    pub unit: DayUnit,
    /// Shortest duration.
    pub min_days: u32,
    /// Longest duration.
    pub max_days: u32,
    /// (earliest, latest) day it is done; `None` for steps only on trouble.
    pub done_between: Option<(NaiveDate, NaiveDate)>,
    /// Fact id.
    pub fact: String,
    /// Source id.
    pub source: String,
}

/// The steps that apply to `profile` on `platform` (by its government level, and by the tier
/// of a fee it is charged where a step names tiers), and an assumption when the government
/// level had to be guessed.
pub fn applicable_steps<'a>(
    profile: &Profile,
    rules: &'a Rules,
    platform: Platform,
    as_of: NaiveDate,
) -> (Vec<Selected<'a, TimelineStep>>, Option<Bilingual>) {
    steps_where(profile, rules, platform, as_of, |_| true)
}

/// [`applicable_steps`] among those `wanted`, which is asked first: the platform is quoted for
/// the tier it charges only when a wanted step depends on it.
fn steps_where<'a>(
    profile: &Profile,
    rules: &'a Rules,
    platform: Platform,
    as_of: NaiveDate,
    wanted: impl Fn(&TimelineStep) -> bool,
) -> (Vec<Selected<'a, TimelineStep>>, Option<Bilingual>) {
    let (level, assumption) = match (platform, profile.org().gov_level) {
        (Platform::GovAccount, None) => (
            Some(GovLevel::County),
            Some(Bilingual::from_catalogue(|lang| {
                message(lang, "assumption-gov-level-county")
            })),
        ),
        (_, level) => (level, None),
    };
    // Quoted only when a step depends on the tier charged.
    let charged_tier = std::cell::OnceCell::new();
    let steps = rules
        .steps_for(platform, as_of)
        .into_iter()
        .filter(|selected| wanted(selected.rule))
        .filter(|selected| {
            let kinds = &selected.rule.kinds;
            kinds.is_empty() || kinds.contains(&profile.org().kind)
        })
        .filter(|selected| {
            let levels = &selected.rule.gov_levels;
            levels.is_empty() || level.is_some_and(|level| levels.contains(&level))
        })
        .filter(|selected| {
            let tiers = &selected.rule.charged_tiers;
            if tiers.is_empty() {
                return true;
            }
            let tier = *charged_tier
                .get_or_init(|| quote_one(profile, rules, platform, as_of).charged_tier());
            tier.is_some_and(|tier| tiers.iter().any(|wanted| wanted == tier))
        })
        .collect();
    (steps, assumption)
}

/// The total review time of `platform` for `profile`, in working days (shortest, longest).
pub fn review_days(
    profile: &Profile,
    rules: &Rules,
    platform: Platform,
    as_of: NaiveDate,
) -> (u32, u32) {
    // Only counted steps: the steps within a review or on trouble add no days.
    let (steps, _) = steps_where(profile, rules, platform, as_of, |step| {
        step.role == StepRole::Step
    });
    steps.iter().fold((0, 0), |(min, max), selected| {
        (min + selected.rule.min_days, max + selected.rule.max_days)
    })
}

/// Plans every platform of `profile` from `start` — a platform whose application is in review
/// from its real submission day — with the rules in force on `as_of`.
pub fn plan_timeline(
    profile: &Profile,
    rules: &Rules,
    calendar: &WorkCalendar,
    start: NaiveDate,
    as_of: NaiveDate,
) -> Timeline {
    let mut assumptions = Vec::new();
    let mut certified_without_review = Vec::new();
    let platforms: Vec<PlatformTimeline> = profile
        .platforms()
        .iter()
        .filter_map(|entry| match basis_of(entry, rules, start, as_of) {
            Ok(planned) => Some((entry, planned)),
            Err(certified) => {
                certified_without_review.push(certified);
                None
            }
        })
        .map(|(entry, (basis, start))| {
            let (steps, assumption) = applicable_steps(profile, rules, entry.platform(), as_of);
            assumptions.extend(assumption);
            for selected in steps.iter().filter(|selected| selected.assumed) {
                assumptions.push(crate::quote::rule_assumed(
                    &selected.rule.rule_id(),
                    selected.rule.provenance.effective,
                    as_of,
                ));
            }
            // An application in review started on its real submission day.
            let submitted = entry.history.pending_submission();
            let start = submitted.unwrap_or(start);
            let mut planned = plan_platform(entry.platform(), &steps, calendar, start);
            planned.basis = basis;
            // A start date that has passed is never advice: also plan from the as-of day.
            if start < as_of && submitted.is_none() {
                let from_today = plan_platform(entry.platform(), &steps, calendar, as_of);
                planned.from_today = Some((from_today.earliest_on, from_today.latest_on));
            }
            planned
        })
        .collect();
    let spans: Vec<_> = platforms
        .iter()
        .map(|platform: &PlatformTimeline| {
            let start = platform.start;
            (start.min(platform.latest_on), start.max(platform.latest_on))
        })
        .collect();
    let assumed_days_off = calendar.assumed_days_off_in(&spans);
    Timeline {
        start,
        platforms,
        certified_without_review,
        assumptions,
        spans,
        assumed_days_off,
    }
}

// Dates here are at most a few hundred working days after a four-digit year: far inside chrono's
// range, so running off the calendar is a bug, not an input error.
fn nth_workday(
    calendar: &WorkCalendar,
    start: NaiveDate,
    n: u32,
    provisional: &mut bool,
) -> NaiveDate {
    let reckoned = calendar
        .add(start, n)
        .expect("a few hundred working days after a four-digit year stay in range");
    *provisional |= reckoned.provisional;
    reckoned.value
}

fn plan_platform(
    platform: Platform,
    steps: &[Selected<'_, TimelineStep>],
    calendar: &WorkCalendar,
    start: NaiveDate,
) -> PlatformTimeline {
    let (mut min_total, mut max_total) = (0, 0);
    let mut provisional = !calendar.is_known(start);
    let mut last_span = (start, start);
    let mut planned = Vec::new();
    for Selected { rule: step, .. } in steps {
        let done_between = match step.role {
            StepRole::Step => {
                min_total += step.min_days;
                max_total += step.max_days;
                last_span = (
                    nth_workday(calendar, start, min_total, &mut provisional),
                    nth_workday(calendar, start, max_total, &mut provisional),
                );
                Some(last_span)
            }
            StepRole::Within => Some(last_span),
            StepRole::IfNeeded => None,
        };
        planned.push(PlannedStep {
            id: step.id.clone(),
            name: step.name.clone(),
            role: step.role,
            unit: step.unit,
            min_days: step.min_days,
            max_days: step.max_days,
            done_between,
            fact: step.provenance.fact.clone(),
            source: step.provenance.source.clone(),
        });
    }
    PlatformTimeline {
        platform,
        basis: Basis::First,
        start,
        min_days: min_total,
        max_days: max_total,
        earliest_on: nth_workday(calendar, start, min_total, &mut provisional),
        latest_on: nth_workday(calendar, start, max_total, &mut provisional),
        steps: planned,
        provisional,
        from_today: None,
    }
}

//! What `certplan report` shows, gathered once per organisation from the plans the other
//! commands make — quote, timeline, renewal schedule, checklist and pre-flight findings — with
//! nothing recomputed here; and, for a folder, the portfolio built from those ([`portfolio`]).

pub mod payments;
pub mod portfolio;

use crate::benefits::{PlatformBenefits, profile_benefits};
use crate::calendar::WorkCalendar;
use crate::check::{CheckInputs, Finding, Severity, check};
use crate::checklist::{PlatformChecklist, checklist};
use crate::forecast::{Forecast, Options, PayOn, Window, forecast};
use crate::platform::Platform;
use crate::prepared::PreparedFileFacts;
use crate::profile::Profile;
use crate::quote::{Quote, quote};
use crate::review::{Review, ReviewPolicy, ReviewSchedule, review_schedule};
use crate::rules::Rules;
use crate::timeline::{Timeline, plan_timeline};
use chrono::NaiveDate;

/// The years the report's multi-year total covers: the first certification and two reviews.
pub const REPORT_YEARS: u32 = 3;

/// Everything the report needs besides the profile.
#[derive(Clone, Copy, Debug)]
pub struct ReportInputs<'a, 'f> {
    /// The rules in use.
    pub rules: &'a Rules,
    /// The working-day calendar.
    pub calendar: &'a WorkCalendar,
    /// The day the report is made for.
    pub as_of: NaiveDate,
    /// The day the applications start (`--start`), when not the as-of day.
    pub start: Option<NaiveDate>,
    /// Facts about the files under `[documents]`, when the profile has that table.
    pub files: Option<&'f [PreparedFileFacts]>,
}

/// One organisation's plans, as the other commands make them.
#[derive(Clone, Debug)]
pub struct OrgReport<'a> {
    /// What certification costs, over [`REPORT_YEARS`] years.
    pub quote: Quote<'a>,
    /// The application steps of every platform, starting on the as-of day.
    pub timeline: Timeline,
    /// The annual reviews of the certified platforms (default reminder thresholds).
    pub schedule: ReviewSchedule,
    /// The dated payments of the months ahead, as `certplan forecast` gives them.
    pub forecast: Forecast,
    /// The documents to prepare per platform.
    pub checklist: Vec<PlatformChecklist<'a>>,
    /// The pre-flight findings, most severe first.
    pub findings: Vec<Finding>,
    /// Where each application stands, from the platforms' events (`certplan status`).
    pub status: crate::status::Status,
    /// What certification unlocks per platform chosen, and what binds the organisation, as
    /// `certplan benefits` gives it.
    pub benefits: Vec<PlatformBenefits<'a>>,
}

impl OrgReport<'_> {
    /// The renewal of `platform`, if it is certified with a known validity.
    pub fn review_of(&self, platform: Platform) -> Option<&Review> {
        self.schedule
            .reviews
            .iter()
            .find(|review| review.platform == platform)
    }

    /// Findings that need attention (warnings and critical ones).
    pub fn open_findings(&self) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.severity >= Severity::Warning)
            .count()
    }

    /// Everything the report's dates were reckoned over, for the provisional-holidays note.
    pub fn spans(&self) -> Vec<(NaiveDate, NaiveDate)> {
        let mut spans = self.timeline.spans.clone();
        spans.extend(self.schedule.spans.iter().copied());
        spans
    }

    /// Rules used before their first known day, once each.
    pub fn assumptions(&self) -> Vec<crate::lang::Bilingual> {
        let mut all: Vec<crate::lang::Bilingual> = Vec::new();
        for assumption in self
            .quote
            .assumptions
            .iter()
            .chain(&self.timeline.assumptions)
            .chain(&self.schedule.assumptions)
        {
            if !all.contains(assumption) {
                all.push(assumption.clone());
            }
        }
        all
    }
}

/// Gathers the plans of `profile` for its report.
pub fn org_report<'a>(profile: &Profile, inputs: ReportInputs<'a, '_>) -> OrgReport<'a> {
    let ReportInputs {
        rules,
        calendar,
        as_of,
        start,
        files,
    } = inputs;
    let quoted = quote(profile, rules, as_of, REPORT_YEARS);
    let schedule = review_schedule(profile, rules, calendar, as_of, ReviewPolicy::default());
    let benefits = profile_benefits(profile, rules, as_of, &quoted, &schedule.reviews);
    OrgReport {
        status: crate::status::status(profile, rules, calendar, as_of),
        quote: quoted,
        benefits,
        timeline: plan_timeline(profile, rules, calendar, start.unwrap_or(as_of), as_of),
        schedule,
        forecast: forecast(
            profile,
            rules,
            calendar,
            as_of,
            Options {
                window: Window::new(as_of, payments::MONTHS_AHEAD)
                    .expect("a year ahead of a supported day is in range"),
                pay_on: PayOn::Remind,
                include_free: false,
            },
        ),
        checklist: checklist(profile, rules, as_of, files),
        findings: check(
            profile,
            CheckInputs {
                rules,
                calendar,
                as_of,
                files,
            },
        ),
    }
}

/// The first day of the latest rule version in force on `as_of`: when the rules a report used
/// last changed.
pub fn rules_changed_on(rules: &Rules, as_of: NaiveDate) -> Option<NaiveDate> {
    let provenances = rules
        .fees
        .iter()
        .map(|rule| &rule.provenance)
        .chain(rules.exemptions.iter().map(|rule| &rule.provenance))
        .chain(rules.annual_reviews.iter().map(|rule| &rule.provenance))
        .chain(rules.subsidies.iter().map(|rule| &rule.provenance))
        .chain(rules.validity.iter().map(|rule| &rule.provenance))
        .chain(rules.timeline_steps.iter().map(|rule| &rule.provenance))
        .chain(rules.documents.iter().map(|rule| &rule.provenance));
    provenances
        .filter(|provenance| provenance.in_force_on(as_of))
        .map(|provenance| provenance.effective)
        .max()
}

#[cfg(test)]
mod tests;

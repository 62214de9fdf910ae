//! The pre-flight review: a profile and its prepared files against the known rejection causes,
//! before anyone pays a non-refundable fee. Each finding has a stable id, a severity, the
//! platform concerned, a message, a concrete fix, and the fact and source it rests on.

pub mod causes;
mod documents;
pub mod identifiers;
pub mod names;
mod organisation;
mod platforms;

use crate::calendar::WorkCalendar;
use crate::lang::Bilingual;
use crate::msg;
use crate::platform::Platform;
use crate::prepared::PreparedFileFacts;
use crate::profile::Profile;
use crate::rules::Rules;
use crate::timeline::plan_timeline;
use chrono::{Datelike, NaiveDate};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// A known rejection risk (exit 1).
    Warning,
    /// The application as prepared will likely be rejected or cannot be made (exit 2).
    Critical,
}

impl Severity {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

/// One finding.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Stable id (`uscc.check_character`).
    pub id: &'static str,
    /// How serious.
    pub severity: Severity,
    /// The platform concerned, or `None` for the whole profile.
    pub platform: Option<Platform>,
    /// What is wrong.
    pub message: Bilingual,
    /// What to do.
    pub fix: Bilingual,
    /// Fact id.
    pub fact: String,
    /// Source id.
    pub source: String,
}

impl Finding {
    /// A finding citing `fact` and `source`.
    pub(crate) fn new(
        id: &'static str,
        severity: Severity,
        platform: Option<Platform>,
        (message, fix): (Bilingual, Bilingual),
        (fact, source): (&str, &str),
    ) -> Finding {
        Finding {
            id,
            severity,
            platform,
            message,
            fix,
            fact: fact.to_owned(),
            source: source.to_owned(),
        }
    }
}

/// Everything the check needs besides the profile.
#[derive(Clone, Copy, Debug)]
pub struct CheckInputs<'a> {
    /// The rules in use.
    pub rules: &'a Rules,
    /// The working-day calendar.
    pub calendar: &'a WorkCalendar,
    /// The day of the check.
    pub as_of: NaiveDate,
    /// Facts about the files under `[documents]`, when the profile has that table.
    pub files: Option<&'a [PreparedFileFacts]>,
}

/// All findings for `profile`, most severe first (stable order within a severity).
pub fn check(profile: &Profile, inputs: CheckInputs<'_>) -> Vec<Finding> {
    let timeline = plan_timeline(
        profile,
        inputs.rules,
        inputs.calendar,
        inputs.as_of,
        inputs.as_of,
    );
    let review_end = timeline
        .platforms
        .iter()
        .map(|platform| platform.latest_on)
        .max()
        .unwrap_or(inputs.as_of);
    let mut findings = Vec::new();
    findings.extend(organisation::findings(profile, inputs.as_of, review_end));
    findings.extend(platforms::findings(profile));
    findings.extend(documents::findings(profile, inputs));
    findings.extend(future_certifications(profile, inputs));
    findings.extend(unusual_small_micro(profile));
    findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    findings
}

/// A `certified_on` after the day of the check is almost always a typo (a year too far).
fn future_certifications(profile: &Profile, inputs: CheckInputs<'_>) -> Vec<Finding> {
    profile
        .platforms()
        .iter()
        .filter_map(|entry| {
            let certified_on = entry
                .certified_on
                .filter(|day| !certified_on_accepted(*day, inputs.as_of))?;
            let platform = entry.platform();
            let (message, fix) = future_certification_text(platform, certified_on, inputs.as_of);
            let (fact, source) = inputs
                .rules
                .validity_for(platform, inputs.as_of)
                .map(|selected| {
                    let provenance = &selected.rule.provenance;
                    (provenance.fact.clone(), provenance.source.clone())
                })
                .unwrap_or_default();
            Some(Finding::new(
                "date.certified_in_future",
                Severity::Warning,
                Some(platform),
                (message, fix),
                (&fact, &source),
            ))
        })
        .collect()
}

/// More than 300 staff is unusual for a small or micro enterprise: in China's SME size standard
/// the sectors that count employees put small enterprises below 300 (most far lower). A
/// warning, not a refusal: some sectors count only revenue or assets (X-SUBSIDY).
fn unusual_small_micro(profile: &Profile) -> Option<Finding> {
    let org = profile.org();
    if !org.small_micro || org.members.get() <= 300 {
        return None;
    }
    let members = org.members.get();
    Some(Finding::new(
        "org.small_micro_unusual",
        Severity::Warning,
        None,
        (
            Bilingual::from_catalogue(|lang| {
                msg!(lang, "check-small-micro-unusual", members = members)
            }),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-small-micro-unusual-fix")),
        ),
        ("X-SUBSIDY", "standard:sme-size-2011"),
    ))
}

/// Whether `certified_on` is a day a certification may have been approved on, seen from
/// `as_of`: within the years certplan plans for, and not after `as_of`. The warning about a
/// future certification and the day its hint suggests both ask this, so a hint never names a
/// day the warning would be given for again.
pub fn certified_on_accepted(certified_on: NaiveDate, as_of: NaiveDate) -> bool {
    crate::date_value::within_supported_years(certified_on).is_ok() && certified_on <= as_of
}

/// The day a future `certified_on` most likely meant: the same day a year earlier, when that
/// day is accepted; otherwise none (a hint that would be refused again is no hint).
pub fn likely_certified_on(certified_on: NaiveDate, as_of: NaiveDate) -> Option<NaiveDate> {
    certified_on
        .with_year(certified_on.year() - 1)
        .filter(|day| certified_on_accepted(*day, as_of))
}

/// What to say about a `certified_on` after `as_of`, in both languages.
pub fn future_certification_text(
    platform: Platform,
    certified_on: NaiveDate,
    as_of: NaiveDate,
) -> (Bilingual, Bilingual) {
    let key = format!("platforms.{platform}.certified_on");
    let likely = likely_certified_on(certified_on, as_of);
    (
        Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "date-certified-in-future",
                key = &key,
                date = certified_on,
                today = as_of
            )
        }),
        Bilingual::from_catalogue(|lang| match likely {
            Some(likely) => msg!(
                lang,
                "date-certified-in-future-fix",
                key = &key,
                likely = likely
            ),
            None => msg!(lang, "date-certified-in-future-fix-no-hint"),
        }),
    )
}

/// The worst severity, `None` when there are no findings.
pub fn worst(findings: &[Finding]) -> Option<Severity> {
    findings.iter().map(|finding| finding.severity).max()
}

#[cfg(test)]
mod tests;

//! `timeline --format json`: one JSON line per profile, each platform with what is planned
//! (its basis), its dates and steps.

use super::super::workdays::{AssumedDayView, assumed_days};
use super::super::{Context, Envelope, json_line};
use crate::profile::Profile;
use crate::timeline::Timeline;
use crate::timeline::basis::{Basis, CertifiedWithoutReview};
use serde::Serialize;

#[derive(Serialize)]
struct TimelineView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    platforms: Vec<PlatformView<'a>>,
    /// Platforms certified where no annual review is known: nothing planned.
    certified_without_review: &'a [CertifiedWithoutReview],
    assumptions: Vec<&'a str>,
    /// Days off assumed from the holiday law (years without a notice); empty otherwise.
    assumed_days_off: Vec<AssumedDayView>,
}

#[derive(Serialize)]
struct PlatformView<'a> {
    platform: &'static str,
    /// `first`, `annual_review` (with `certified_on`, `window_opens_on`, `expires_on`) or
    /// `recertification` (with `certified_on`, `grace_ended_on`).
    #[serde(flatten)]
    basis: Basis,
    start: String,
    earliest_on: String,
    latest_on: String,
    min_days: u32,
    max_days: u32,
    provisional: bool,
    late_start: bool,
    earliest_done_on: Option<String>,
    latest_done_on: Option<String>,
    steps: Vec<StepView<'a>>,
}

#[derive(Serialize)]
struct StepView<'a> {
    id: &'a str,
    name: &'a str,
    role: &'static str,
    unit: &'static str,
    min_days: u32,
    max_days: u32,
    earliest_on: Option<String>,
    latest_on: Option<String>,
    fact: &'a str,
    source: &'a str,
}

/// Renders one profile's timeline as a JSON line.
pub fn json(context: &Context<'_>, profile: &Profile, timeline: &Timeline) -> String {
    let platforms = timeline
        .platforms
        .iter()
        .map(|platform| PlatformView {
            platform: platform.platform.id(),
            basis: platform.basis,
            start: platform.start.to_string(),
            earliest_on: platform.earliest_on.to_string(),
            latest_on: platform.latest_on.to_string(),
            min_days: platform.min_days,
            max_days: platform.max_days,
            provisional: platform.provisional,
            late_start: platform.from_today.is_some(),
            earliest_done_on: platform.from_today.map(|(first, _)| first.to_string()),
            latest_done_on: platform.from_today.map(|(_, last)| last.to_string()),
            steps: platform
                .steps
                .iter()
                .map(|step| StepView {
                    id: &step.id,
                    name: step.name.get(context.lang),
                    role: step.role.id(),
                    unit: step.unit.id(),
                    min_days: step.min_days,
                    max_days: step.max_days,
                    earliest_on: step.done_between.map(|(first, _)| first.to_string()),
                    latest_on: step.done_between.map(|(_, last)| last.to_string()),
                    fact: &step.fact,
                    source: &step.source,
                })
                .collect(),
        })
        .collect();
    json_line(&TimelineView {
        envelope: Envelope::new("timeline", context, Some(profile)),
        platforms,
        certified_without_review: &timeline.certified_without_review,
        assumptions: crate::render::localized(&timeline.assumptions, context.lang),
        assumed_days_off: assumed_days(&timeline.assumed_days_off),
    })
}

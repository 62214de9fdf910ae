//! `remind --format json`: one JSON line per profile with every review.

use super::NOT_CERTIFIED;
use super::advice::advice;
use crate::money::Fen;
use crate::profile::Profile;
use crate::render::workdays::{AssumedDayView, assumed_days};
use crate::render::{Context, Envelope, json_line};
use crate::review::{ReviewSchedule, ReviewStatus};
use serde::Serialize;

#[derive(Serialize)]
struct RemindView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    status: &'static str,
    reviews: Vec<ReviewView<'a>>,
    without_rule: Vec<&'static str>,
    /// Platforms chosen but not certified yet (status `not_certified`).
    not_certified: Vec<NotCertifiedView>,
    /// Platforms applied for that have no annual review (status `no_review`), with the source.
    no_review: Vec<NoReviewView<'a>>,
    assumptions: Vec<&'a str>,
    /// Days off assumed from the holiday law (years without a notice); empty otherwise.
    assumed_days_off: Vec<AssumedDayView>,
}

#[derive(Serialize)]
struct NotCertifiedView {
    platform: &'static str,
    status: &'static str,
}

#[derive(Serialize)]
struct NoReviewView<'a> {
    platform: &'static str,
    status: &'static str,
    certified_on: Option<String>,
    fact: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct ReviewView<'a> {
    platform: &'static str,
    certified_on: String,
    expires_on: String,
    window_opens_on: String,
    remind_on: String,
    grace_ends_on: String,
    days_left: i64,
    status: &'static str,
    fee_fen: Fen,
    review_days_min: u32,
    review_days_max: u32,
    start_by: String,
    late_start: bool,
    earliest_done_on: Option<String>,
    latest_done_on: Option<String>,
    within_grace: Option<bool>,
    provisional: bool,
    advice: String,
    documents: &'a [String],
    fact: &'a str,
    source: &'a str,
}

/// One profile's schedule as a JSON line.
pub fn json(context: &Context<'_>, profile: &Profile, schedule: &ReviewSchedule) -> String {
    let reviews = schedule
        .reviews
        .iter()
        .map(|review| ReviewView {
            platform: review.platform.id(),
            certified_on: review.certified_on.to_string(),
            expires_on: review.expires_on.to_string(),
            window_opens_on: review.window_opens_on.to_string(),
            remind_on: review.remind_on.to_string(),
            grace_ends_on: review.grace_ends_on.to_string(),
            days_left: review.days_left,
            status: review.status.id(),
            fee_fen: review.fee_fen,
            review_days_min: review.review_days.0,
            review_days_max: review.review_days.1,
            start_by: review.start_by.to_string(),
            late_start: review.late_start,
            earliest_done_on: review.earliest_done_on.map(|day| day.to_string()),
            latest_done_on: review.latest_done_on.map(|day| day.to_string()),
            within_grace: review.within_grace,
            provisional: review.provisional,
            advice: advice(review, context.lang),
            documents: &review.documents,
            fact: &review.fact,
            source: &review.source,
        })
        .collect();
    json_line(&RemindView {
        envelope: Envelope::new("remind", context, Some(profile)),
        status: schedule.worst().map_or("ok", ReviewStatus::id),
        reviews,
        without_rule: schedule
            .without_rule
            .iter()
            .map(|platform| platform.id())
            .collect(),
        not_certified: schedule
            .not_certified
            .iter()
            .map(|platform| NotCertifiedView {
                platform: platform.id(),
                status: NOT_CERTIFIED,
            })
            .collect(),
        no_review: schedule
            .no_review
            .iter()
            .map(|entry| NoReviewView {
                platform: entry.platform.id(),
                status: ReviewStatus::NoReview.id(),
                certified_on: entry.certified_on.map(|day| day.to_string()),
                fact: &entry.fact,
                source: &entry.source,
            })
            .collect(),
        assumptions: crate::render::localized(&schedule.assumptions, context.lang),
        assumed_days_off: assumed_days(&schedule.assumed_days_off),
    })
}

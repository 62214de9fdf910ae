//! `remind --format prometheus`: the Prometheus text exposition format (version 0.0.4, what
//! node_exporter's textfile collector reads). A metric family's samples must stand together
//! under one HELP and TYPE, so the batch is gathered first ([`PrometheusBatch`], a few numbers
//! per certification) and written once at the end.
//!
//! Timestamps are Unix seconds of the end of a day in China time (the next midnight, UTC+8),
//! so `time() > certplan_review_expiry_timestamp_seconds` is true from the first moment the
//! certification is no longer valid. No sample carries a timestamp suffix: the scrape's own
//! time is the right one for a textfile.

use crate::i18n::message;
use crate::lang::Lang;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::review::{ReviewSchedule, ReviewStatus};
use chrono::{Days, NaiveDate};
use std::collections::HashSet;
use std::fmt::Write as _;

/// China's offset from UTC: days end at 16:00 UTC.
const CHINA_OFFSET_SECONDS: i64 = 8 * 3600;

/// One platform of one client, as the metrics see it.
#[derive(Clone, Debug)]
struct Series {
    client: String,
    platform: Platform,
    status: ReviewStatus,
    /// (expiry, last day to submit, days left) of a certification with an annual review.
    dates: Option<(i64, i64, i64)>,
}

/// Every profile's certifications, gathered for one exposition.
#[derive(Clone, Debug, Default)]
pub struct PrometheusBatch {
    series: Vec<Series>,
    /// Profiles that could not be read or were invalid.
    pub failed: usize,
    /// Whether some date rests on a year without a State Council holiday notice.
    provisional: bool,
    /// Platforms of a client already seen (same client and platform), left out: a series
    /// given twice would make the whole file unreadable to Prometheus.
    pub duplicates: Vec<(String, Platform)>,
    seen: HashSet<(String, Platform)>,
}

/// Unix seconds of the end of `day` in China time (the start of the next day, UTC+8).
pub fn end_of_day_in_china(day: NaiveDate) -> i64 {
    let next = day.checked_add_days(Days::new(1)).unwrap_or(day);
    next.and_hms_opt(0, 0, 0)
        .map_or(0, |midnight| midnight.and_utc().timestamp())
        - CHINA_OFFSET_SECONDS
}

impl PrometheusBatch {
    /// Adds one profile's schedule: its certifications with an annual review and the
    /// platforms without one. The client is the profile's `client_id`, else its org name.
    pub fn add(&mut self, profile: &Profile, schedule: &ReviewSchedule) {
        let org = profile.org();
        let client = org.client_id().unwrap_or(&org.name).to_owned();
        self.provisional |= !schedule.assumed_days_off.is_empty()
            || schedule.reviews.iter().any(|review| review.provisional);
        let reviews = schedule.reviews.iter().map(|review| {
            let dates = (
                end_of_day_in_china(review.expires_on),
                end_of_day_in_china(review.start_by),
                review.days_left,
            );
            (review.platform, review.status, Some(dates))
        });
        let no_review = schedule
            .no_review
            .iter()
            .map(|entry| (entry.platform, ReviewStatus::NoReview, None));
        for (platform, status, dates) in reviews.chain(no_review) {
            if !self.seen.insert((client.clone(), platform)) {
                self.duplicates.push((client.clone(), platform));
                continue;
            }
            self.series.push(Series {
                client: client.clone(),
                platform,
                status,
                dates,
            });
        }
    }
}

/// A label value escaped as the format asks: backslash, double quote and line feed.
pub fn label_value(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// HELP text escaped as the format asks: backslash and line feed.
fn help_text(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}

/// HELP and TYPE of a gauge, its help the catalogue's message `help`.
fn family(out: &mut String, (name, help): (&str, &str), lang: Lang) {
    let help = message(lang, help);
    let _ = writeln!(out, "# HELP {name} {}", help_text(&help));
    let _ = writeln!(out, "# TYPE {name} gauge");
}

/// The whole exposition: every family once, with HELP and TYPE, samples grouped under it.
pub fn prometheus(batch: &PrometheusBatch, lang: Lang) -> String {
    let mut out = String::new();
    let labels = |series: &Series| {
        format!(
            "client=\"{}\",platform=\"{}\"",
            label_value(&series.client),
            series.platform.id()
        )
    };
    let dated = || {
        batch
            .series
            .iter()
            .filter_map(|series| series.dates.map(|dates| (series, dates)))
    };
    type Value = fn((i64, i64, i64)) -> i64;
    let per_review: [(&str, &str, Value); 3] = [
        (
            "certplan_review_expiry_timestamp_seconds",
            "prometheus-help-certplan-review-expiry-timestamp-seconds",
            |dates| dates.0,
        ),
        (
            "certplan_review_start_by_timestamp_seconds",
            "prometheus-help-certplan-review-start-by-timestamp-seconds",
            |dates| dates.1,
        ),
        (
            "certplan_review_days_left",
            "prometheus-help-certplan-review-days-left",
            |dates| dates.2,
        ),
    ];
    for (name, help, value) in per_review {
        family(&mut out, (name, help), lang);
        for (series, dates) in dated() {
            let _ = writeln!(out, "{name}{{{}}} {}", labels(series), value(dates));
        }
    }
    // One sample per status, 1 for the current one (as kube-state-metrics does): a rule can
    // select `== 1` for any status, and a change of status never leaves a stale series.
    let name = "certplan_review_status";
    family(
        &mut out,
        (name, "prometheus-help-certplan-review-status"),
        lang,
    );
    for series in &batch.series {
        for status in ReviewStatus::ALL {
            let value = u8::from(*status == series.status);
            let _ = writeln!(
                out,
                "{name}{{{},status=\"{}\"}} {value}",
                labels(series),
                status.id()
            );
        }
    }
    let name = "certplan_reviews";
    family(&mut out, (name, "prometheus-help-certplan-reviews"), lang);
    for status in ReviewStatus::ALL {
        let count = batch
            .series
            .iter()
            .filter(|series| series.status == *status)
            .count();
        let _ = writeln!(out, "{name}{{status=\"{}\"}} {count}", status.id());
    }
    let name = "certplan_profiles_failed";
    family(
        &mut out,
        (name, "prometheus-help-certplan-profiles-failed"),
        lang,
    );
    let _ = writeln!(out, "{name} {}", batch.failed);
    let name = "certplan_calendar_provisional";
    family(
        &mut out,
        (name, "prometheus-help-certplan-calendar-provisional"),
        lang,
    );
    let _ = writeln!(out, "{name} {}", u8::from(batch.provisional));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_ends_at_midnight_china_time() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 19).unwrap();
        // 2026-12-20T00:00+08:00 = 2026-12-19T16:00Z.
        assert_eq!(end_of_day_in_china(day), 1_797_696_000);
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label_value("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        assert_eq!(label_value("深圳"), "深圳");
    }
}

//! `remind --nagios`: a batch summed up as one Monitoring Plugins line with perfdata.

use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::review::{ReviewPolicy, ReviewSchedule, ReviewStatus};

/// What a batch of schedules comes to, for monitoring: how many reviews stand at each status,
/// how many profiles could not be read, and the review closest to (or furthest past) expiry.
#[derive(Clone, Debug, Default)]
pub struct MonitorSummary {
    /// Reviews seen.
    pub reviews: usize,
    /// Reviews per status, in the order of [`MONITORED`].
    pub counts: [usize; 5],
    /// Profiles that could not be read or were invalid.
    pub unreadable: usize,
    /// Profiles read, whose answer rests on data certplan does not have (`--strict`).
    pub unsure: usize,
    /// The worst status.
    pub worst: Option<ReviewStatus>,
    /// (days left, org name, platform, expiry) of the review with the fewest days left.
    pub nearest: Option<(i64, String, crate::platform::Platform, String)>,
    /// Whether that review can no longer be finished before expiry.
    pub nearest_late: bool,
}

/// The statuses counted, worst first (the order of the summary line and its perfdata).
pub const MONITORED: [ReviewStatus; 5] = [
    ReviewStatus::Lapsed,
    ReviewStatus::Expired,
    ReviewStatus::Critical,
    ReviewStatus::Due,
    ReviewStatus::Ok,
];

impl MonitorSummary {
    /// Adds one profile's schedule; a platform without an annual review counts as OK.
    pub fn add(&mut self, profile: &Profile, schedule: &ReviewSchedule) {
        let ok = MONITORED.len() - 1;
        self.reviews += schedule.no_review.len();
        self.counts[ok] += schedule.no_review.len();
        for review in &schedule.reviews {
            self.reviews += 1;
            if let Some(slot) = MONITORED.iter().position(|status| *status == review.status) {
                self.counts[slot] += 1;
            }
            self.worst = self.worst.max(Some(review.status));
            if self
                .nearest
                .as_ref()
                .is_none_or(|(days, ..)| review.days_left < *days)
            {
                self.nearest = Some((
                    review.days_left,
                    profile.org().name.clone(),
                    review.platform,
                    review.expires_on.to_string(),
                ));
                self.nearest_late = review.late_start;
            }
        }
    }

    /// The plugin state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a profile could not be read).
    pub fn state(&self) -> u8 {
        match (self.unreadable + self.unsure, self.worst) {
            (1.., _) => 3,
            (_, None | Some(ReviewStatus::Ok)) => 0,
            (_, Some(ReviewStatus::Due)) => 1,
            (_, Some(_)) => 2,
        }
    }
}

/// Text from a profile made safe for the plugin format: no `|` (it starts the perfdata), no line
/// breaks or control characters.
fn plugin_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '|' => '/',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// A perfdata label, quoted as the Monitoring Plugins guidelines ask when it holds a space,
/// an equals sign or a quote.
fn perf_label(label: &str) -> String {
    if label.contains([' ', '=', '\'']) {
        format!("'{}'", label.replace('\'', "''"))
    } else {
        label.to_owned()
    }
}

/// A monitoring-plugin line: `STATE: counts; nearest … | perfdata`, its first word matching
/// [`MonitorSummary::state`].
pub fn nagios(summary: &MonitorSummary, policy: ReviewPolicy, lang: Lang) -> String {
    let word = ["OK", "WARNING", "CRITICAL", "UNKNOWN"][usize::from(summary.state())];
    let mut parts = Vec::new();
    if summary.unreadable > 0 {
        parts.push(msg!(lang, "nagios-unreadable", count = summary.unreadable));
    }
    if summary.unsure > 0 {
        parts.push(msg!(lang, "nagios-unsure", count = summary.unsure));
    }
    let separator = crate::i18n::message(lang, "list-separator");
    let counts: Vec<String> = MONITORED
        .iter()
        .zip(summary.counts)
        .filter(|(status, count)| *count > 0 || **status != ReviewStatus::Lapsed)
        .map(|(status, count)| {
            msg!(
                lang,
                "nagios-count",
                count = count,
                id = status.id(),
                name = status.label(lang)
            )
        })
        .collect();
    if summary.reviews > 0 {
        parts.push(counts.join(&separator));
    }
    let mut perfdata: Vec<String> = MONITORED
        .iter()
        .zip(summary.counts)
        .map(|(status, count)| format!("{}={count}", perf_label(status.id())))
        .collect();
    match &summary.nearest {
        None if summary.unreadable + summary.unsure == 0 => {
            parts.push(msg!(lang, "nagios-nothing"))
        }
        None => {}
        Some((days, org, platform, expires)) => {
            let org = plugin_text(org);
            parts.push(if *days >= 0 {
                msg!(
                    lang,
                    "nagios-nearest",
                    org = org,
                    platform = platform.label(lang),
                    expires = expires.as_str(),
                    days = *days
                )
            } else {
                msg!(
                    lang,
                    "nagios-nearest-past",
                    org = org,
                    platform = platform.label(lang),
                    expires = expires.as_str(),
                    days = -*days
                )
            });
            // Past expiry, the sentence above already says it; before, being late is news.
            if summary.nearest_late && *days >= 0 {
                parts.push(msg!(lang, "nagios-too-late"));
            }
            // Thresholds as Monitoring Plugins ranges: `60:` alerts below 60 (fewer days left
            // is worse), where a bare `60` would alert above it.
            perfdata.push(format!(
                "{}={days};{}:;{}:",
                perf_label("days_left"),
                policy.warn_days,
                policy.crit_days
            ));
        }
    }
    let between = crate::i18n::message(lang, "nagios-separator");
    format!(
        "{word}: {} | {}\n",
        parts.join(&between),
        perfdata.join(" ")
    )
}

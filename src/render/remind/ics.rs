//! `remind --format ics`: one calendar for all profiles, with all-day events for the review
//! window opening, the reminder day and expiry of every certification, each with an alarm.
//! UIDs derive from the organisation, platform, event and date, and DTSTAMP from `--as-of`, so
//! identical runs give identical files.

use super::advice;
use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::render::Context;
use crate::render::ics::{IcsWriter, stable_hash};
use crate::render::workdays::assumed_days_text;
use crate::review::{ReviewSchedule, ReviewStatus};
use chrono::NaiveDate;

/// `BEGIN:VCALENDAR` and the calendar's properties.
pub fn header(lang: Lang) -> String {
    let mut ics = IcsWriter::new();
    ics.raw("BEGIN", "VCALENDAR")
        .raw("VERSION", "2.0")
        .raw(
            "PRODID",
            &format!("-//certplan//certplan {}//EN", env!("CARGO_PKG_VERSION")),
        )
        .raw("CALSCALE", "GREGORIAN")
        .raw("METHOD", "PUBLISH")
        .text("X-WR-CALNAME", &message(lang, "ics-certification-reviews"));
    ics.finish()
}

/// `END:VCALENDAR`.
pub fn footer() -> String {
    let mut ics = IcsWriter::new();
    ics.raw("END", "VCALENDAR");
    ics.finish()
}

fn ics_date(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// The events of one profile's schedule.
pub fn events(context: &Context<'_>, profile: &Profile, schedule: &ReviewSchedule) -> String {
    let lang = context.lang;
    let org = &profile.org().name;
    // Stable from run to run. With a client_id, the user's own id for the client alone: the
    // same wherever the client is (a profile file, a row of a list, re-ordered or moved).
    // Without one, unique per profile file (two profiles may name the same organisation): the
    // path as given, with the organisation's identity.
    let key = match profile.org().client_id() {
        Some(client) => stable_hash(&format!("client_id\n{client}")),
        None => {
            let identity = profile.org().uscc.as_deref().unwrap_or(org);
            stable_hash(&format!("{}\n{identity}", context.profile_path))
        }
    };
    let mut ics = IcsWriter::new();
    for review in &schedule.reviews {
        if review.status == ReviewStatus::Lapsed {
            continue;
        }
        let platform = review.platform.label(lang);
        let events = [
            (
                "window",
                review.window_opens_on,
                message(lang, "ics-annual-review-window-opens"),
                "PT9H",
            ),
            (
                "remind",
                review.remind_on,
                message(lang, "ics-annual-review-reminder"),
                "PT9H",
            ),
            (
                "expiry",
                review.expires_on,
                message(lang, "ics-certification-expires"),
                "-P7D",
            ),
        ];
        for (event, day, what, trigger) in events {
            let summary = msg!(
                lang,
                "ics-summary",
                platform = platform,
                what = what,
                org = org.as_str()
            );
            let mut description = format!(
                "{}\n{}",
                advice(review, lang),
                msg!(
                    lang,
                    "ics-source",
                    fact = review.fact.as_str(),
                    source = review.source.as_str()
                )
            );
            if review.provisional && !schedule.assumed_days_off.is_empty() {
                let days = assumed_days_text(&schedule.assumed_days_off, lang);
                description.push('\n');
                description.push_str(&msg!(lang, "holidays-assumed", days = days));
            }
            ics.raw("BEGIN", "VEVENT")
                .raw(
                    "UID",
                    &format!(
                        "{event}-{}-{}-{key:016x}@certplan",
                        review.platform,
                        ics_date(day)
                    ),
                )
                .raw("DTSTAMP", &format!("{}T000000Z", ics_date(context.as_of)))
                .raw("DTSTART;VALUE=DATE", &ics_date(day))
                .raw("DTEND;VALUE=DATE", &ics_date(day.succ_opt().unwrap_or(day)))
                .text("SUMMARY", &summary)
                .text("DESCRIPTION", &description)
                .text("CATEGORIES", "certplan")
                .raw("TRANSP", "TRANSPARENT")
                .raw("BEGIN", "VALARM")
                .raw("ACTION", "DISPLAY")
                .raw("TRIGGER", trigger)
                .text("DESCRIPTION", &summary)
                .raw("END", "VALARM")
                .raw("END", "VEVENT");
        }
    }
    ics.finish()
}

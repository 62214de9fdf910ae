//! `remind --format ics`: one calendar for all profiles, with all-day events for the review
//! window opening, the reminder day, the last day to submit (alarms in the week before it),
//! expiry and the end of the grace period of every certification, and for Mini Programs the
//! platform's own notices (MP-VALID); each with its alarms.
//! UIDs derive from the organisation (its client_id, else the profile file, or the list and
//! its row), platform, event and date, and DTSTAMP from `--as-of`, so identical runs give
//! identical files.

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
    // path as given, with the organisation's identity; for a row of a list also its sheet and
    // row, since two rows may describe the same organisation. A profile file's key is the one
    // it always had.
    let key = match profile.org().client_id() {
        Some(client) => stable_hash(&format!("client_id\n{client}")),
        None => {
            let identity = profile.org().uscc.as_deref().unwrap_or(org);
            match context.sheet_row {
                Some(row) => stable_hash(&format!(
                    "{}\n{}\n{row}\n{identity}",
                    context.profile_path,
                    context.sheet.unwrap_or_default()
                )),
                None => stable_hash(&format!("{}\n{identity}", context.profile_path)),
            }
        }
    };
    let mut ics = IcsWriter::new();
    for review in &schedule.reviews {
        if review.status == ReviewStatus::Lapsed {
            continue;
        }
        let platform = review.platform.label(lang);
        let mut events: Vec<(&str, NaiveDate, String, &[&str])> = vec![
            (
                "window",
                review.window_opens_on,
                message(lang, "ics-annual-review-window-opens"),
                &["PT9H"],
            ),
            (
                "remind",
                review.remind_on,
                message(lang, "ics-annual-review-reminder"),
                &["PT9H"],
            ),
        ];
        // The last day to submit, with alarms in the week before it; never once it has
        // passed (a passed date is no advice).
        if !review.late_start {
            events.push((
                "submit",
                review.start_by,
                message(lang, "ics-last-day-to-submit"),
                &["-P7D", "-P1D", "PT9H"],
            ));
        }
        events.push((
            "expiry",
            review.expires_on,
            message(lang, "ics-certification-expires"),
            &["PT9H"],
        ));
        events.push((
            "grace",
            review.grace_ends_on,
            message(lang, "ics-grace-period-ends"),
            &["-P7D"],
        ));
        if review.platform == crate::platform::Platform::MiniProgram {
            for (id, day, before) in mini_program_notices(review.expires_on, lang) {
                events.push((
                    id,
                    day,
                    msg!(lang, "ics-platform-notice", before = before),
                    &["PT9H"],
                ));
            }
        }
        events.sort_by_key(|(_, day, _, _)| *day);
        for (event, day, what, triggers) in events {
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
                .raw("TRANSP", "TRANSPARENT");
            for trigger in triggers {
                ics.raw("BEGIN", "VALARM")
                    .raw("ACTION", "DISPLAY")
                    .raw("TRIGGER", trigger)
                    .text("DESCRIPTION", &summary)
                    .raw("END", "VALARM");
            }
            ics.raw("END", "VEVENT");
        }
    }
    ics.finish()
}

/// The Mini Program platform's own expiry notices (MP-VALID): 3, 2 and 1 months and 7 days
/// before expiry, as (event id, day, how long before, in words).
fn mini_program_notices(
    expires_on: NaiveDate,
    lang: Lang,
) -> Vec<(&'static str, NaiveDate, String)> {
    let months = [("notice-3m", 3), ("notice-2m", 2), ("notice-1m", 1)]
        .into_iter()
        .filter_map(|(id, months)| {
            let day = expires_on.checked_sub_months(chrono::Months::new(months))?;
            Some((id, day, msg!(lang, "ics-months-before", months = months)))
        });
    let week = expires_on
        .checked_sub_days(chrono::Days::new(7))
        .map(|day| ("notice-7d", day, msg!(lang, "ics-days-before", days = 7)));
    months.chain(week).collect()
}

//! `remind` as a table per profile, then a to-do list.

use super::advice::advice;
use crate::i18n::{arg, message, message_with};
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{align_right, fit, new_table, shown as text_of};
use crate::render::workdays::assumed_days_text;
use crate::render::{Context, title_line};
use crate::review::{ReviewSchedule, ReviewStatus};
use crate::rules::Rules;

/// The narrowest terminal that shows every date column of the schedule.
const WIDE_ENOUGH: u16 = 120;

/// One profile's schedule as a table and a to-do list.
pub fn table(
    context: &Context<'_>,
    profile: &Profile,
    schedule: &ReviewSchedule,
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let mut out = title_line(
        context,
        profile,
        &msg!(lang, "remind-annual-reviews-as-of", date = context.as_of),
    );
    if schedule.reviews.is_empty()
        && schedule.without_rule.is_empty()
        && schedule.not_certified.is_empty()
        && schedule.no_review.is_empty()
    {
        out.push_str(&message(lang, "remind-no-platform-has-certified-on"));
        out.push('\n');
        return out;
    }
    let mut footnotes = Footnotes::default();
    // At a narrow terminal the secondary dates (certified, window, reminder) give way: the
    // to-do list below says when the window opens, and JSON/CSV keep every column.
    let compact = context.width.is_some_and(|width| width < WIDE_ENOUGH);
    let headers = [
        (message(lang, "quote-platform"), true),
        (message(lang, "remind-certified"), !compact),
        (message(lang, "remind-expires"), true),
        (message(lang, "remind-window-opens"), !compact),
        (message(lang, "remind-remind-on"), !compact),
        (message(lang, "remind-grace-ends"), true),
        (message(lang, "remind-days-left"), true),
        (message(lang, "holidays-column-status"), true),
        (message(lang, "rules-source"), true),
    ];
    let shown = |cells: Vec<String>| -> Vec<String> {
        cells
            .into_iter()
            .zip(&headers)
            .filter(|(_, (_, keep))| *keep)
            .map(|(cell, _)| cell)
            .collect()
    };
    let mut table = new_table(shown(
        headers.iter().map(|(name, _)| name.clone()).collect(),
    ));
    for review in &schedule.reviews {
        // A certification approved after the as-of day is a typo, not a review years ahead:
        // its days left and status would read as advice.
        let future = review.certified_on > context.as_of;
        let (days_left, status) = if future {
            ("—".to_owned(), msg!(lang, "remind-certified-in-future"))
        } else {
            (
                review.days_left.to_string(),
                review.status.label(lang).to_owned(),
            )
        };
        table.add_row(shown(vec![
            review.platform.label(lang).to_owned(),
            review.certified_on.to_string(),
            review.expires_on.to_string(),
            review.window_opens_on.to_string(),
            review.remind_on.to_string(),
            review.grace_ends_on.to_string(),
            days_left,
            status,
            footnotes.cite(&review.source),
        ]));
    }
    for platform in &schedule.not_certified {
        let mut row = vec![platform.label(lang).to_owned()];
        row.extend(std::iter::repeat_n("—".to_owned(), 6));
        row.push(msg!(lang, "remind-not-certified"));
        row.push(String::new());
        table.add_row(shown(row));
    }
    for entry in &schedule.no_review {
        let certified_on = entry
            .certified_on
            .map_or_else(|| "—".to_owned(), |day| day.to_string());
        let mut row = vec![entry.platform.label(lang).to_owned(), certified_on];
        row.extend(std::iter::repeat_n("—".to_owned(), 5));
        row.push(ReviewStatus::NoReview.label(lang).to_owned());
        row.push(footnotes.cite(&entry.source));
        table.add_row(shown(row));
    }
    let days_left = headers[..6].iter().filter(|(_, keep)| *keep).count();
    align_right(&mut table, &[days_left]);
    fit(&mut table, context.width);
    out.push_str(&text_of(&table));
    out.push('\n');
    out.push_str(&message(lang, "remind-to-do"));
    out.push('\n');
    let mut todo = |id: &str, platform: crate::platform::Platform, text: String| {
        out.push_str(&message_with(
            lang,
            id,
            &[("platform", arg(platform.label(lang))), ("text", arg(text))],
        ));
        out.push('\n');
    };
    for review in &schedule.reviews {
        if review.certified_on > context.as_of {
            let text = msg!(
                lang,
                "remind-certified-in-future-advice",
                date = review.certified_on.to_string(),
                as_of = context.as_of.to_string()
            );
            todo("remind-todo", review.platform, text);
            continue;
        }
        let id = if review.provisional {
            "remind-todo-provisional"
        } else {
            "remind-todo"
        };
        todo(id, review.platform, advice(review, lang));
    }
    for &platform in &schedule.not_certified {
        // An application under way is status's to follow, not a certification to plan.
        let latest = profile
            .platform(platform)
            .and_then(|entry| entry.history.latest());
        let advice = match latest {
            Some(event) => msg!(
                lang,
                "remind-application-under-way",
                event = event.kind.label(lang),
                on = event.on.to_string()
            ),
            None => message(lang, "remind-not-certified-advice"),
        };
        todo("remind-todo", platform, advice);
    }
    for entry in &schedule.no_review {
        todo(
            "remind-todo",
            entry.platform,
            message(lang, "remind-no-review-advice"),
        );
    }
    if !schedule.assumed_days_off.is_empty() {
        let days = assumed_days_text(&schedule.assumed_days_off, lang);
        out.push_str(&format!(
            "! {}\n",
            msg!(lang, "holidays-assumed", days = days)
        ));
    }
    // The notes are about the rules, not about one review: under their own heading, never
    // indented under the bullet above them.
    let mut shown = Vec::new();
    for note in schedule.reviews.iter().flat_map(|review| &review.notes) {
        if !shown.contains(&&note.id) {
            if shown.is_empty() {
                out.push_str(&message(lang, "remind-notes-title"));
                out.push('\n');
            }
            shown.push(&note.id);
            out.push_str(&msg!(
                lang,
                "remind-profile-note",
                text = note.text.get(lang),
                cite = footnotes.cite(&note.source)
            ));
            out.push('\n');
        }
    }
    out.push_str(&footnotes.section(rules, lang));
    out
}

//! `timeline`: a plan someone can follow — per platform its steps in order with working-day
//! ranges and the days each is expected done, then the expected completion — as a table, JSON
//! Lines or tidy CSV.

pub mod basis;
mod json;

pub use json::json;

use super::platform_heading;
use super::workdays::{assumed_days_cell, assumed_days_text};
use super::{Context, cells, profile_csv_lines};
use crate::i18n::{arg, message, message_with};
use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{fit, new_table, shown};
use crate::rules::{DayUnit, Rules, StepRole};
use crate::timeline::{PlannedStep, Timeline};

/// A step's duration in words (`3–5 个工作日`, `最长 60 个自然日`, `约 15 个工作日`), for the
/// table and the report alike.
pub fn days_text(step: &PlannedStep, lang: Lang) -> String {
    let range = if step.min_days == step.max_days {
        step.max_days.to_string()
    } else {
        format!("{}–{}", step.min_days, step.max_days)
    };
    let unit = step.unit.label(lang);
    match (step.role, step.unit, step.max_days) {
        (StepRole::IfNeeded, DayUnit::CalendarDays, _) => msg!(
            lang,
            "timeline-days-at-most",
            days = step.max_days,
            unit = unit
        ),
        (_, _, 0) => "—".to_owned(),
        // A single figure for something that happens only on trouble is a source's estimate
        // (the scale-fee refund, WECOM-SCALE: about 15 working days), not a promise.
        (StepRole::IfNeeded, _, days) if step.min_days == days => {
            msg!(lang, "timeline-days-about", days = days, unit = unit)
        }
        _ => msg!(lang, "timeline-days", range = range, unit = unit),
    }
}

/// Renders one profile's timeline as tables.
pub fn table(
    context: &Context<'_>,
    profile: &Profile,
    timeline: &Timeline,
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let mut footnotes = Footnotes::default();
    let mut out = format!(
        "{} — {}\n",
        profile.org().name,
        msg!(
            lang,
            "timeline-certification-timeline-starting",
            start = timeline.start
        )
    );
    for platform in &timeline.platforms {
        let mut table = new_table([
            "#".to_owned(),
            message(lang, "timeline-step"),
            message(lang, "timeline-duration"),
            message(lang, "timeline-done-between"),
            message(lang, "rules-source"),
        ]);
        let mut number = 0;
        for step in &platform.steps {
            let index = match step.role {
                StepRole::Step => {
                    number += 1;
                    number.to_string()
                }
                StepRole::Within => "↳".to_owned(),
                StepRole::IfNeeded => "?".to_owned(),
            };
            let when = match (step.role, step.done_between) {
                (_, Some((first, last))) if first == last => first.to_string(),
                (_, Some((first, last))) => format!("{first} … {last}"),
                (_, None) => message(lang, "timeline-only-if-needed"),
            };
            table.add_row(vec![
                index,
                step.name.get(lang).to_owned(),
                days_text(step, lang),
                when,
                footnotes.cite(&step.source),
            ]);
        }
        fit(&mut table, context.width);
        out.push_str(&format!(
            "\n{}\n",
            platform_heading(platform.platform, lang)
        ));
        if let Some(basis) = basis::basis_text(platform, lang) {
            out.push_str(&format!("{basis}\n"));
        }
        out.push_str(&format!("{}\n", shown(&table)));
        let id = if platform.provisional {
            "timeline-expected-done-provisional"
        } else {
            "timeline-expected-done"
        };
        out.push_str(&message_with(
            lang,
            id,
            &[
                ("earliest", arg(platform.earliest_on)),
                ("latest", arg(platform.latest_on)),
                ("min", arg(platform.min_days)),
                ("max", arg(platform.max_days)),
            ],
        ));
        out.push('\n');
        if let Some((earliest, latest)) = platform.from_today {
            out.push_str(&format!(
                "! {}\n",
                msg!(
                    lang,
                    "timeline-late-start",
                    start = platform.start,
                    today = context.as_of,
                    earliest = earliest,
                    latest = latest
                )
            ));
        }
    }
    for certified in &timeline.certified_without_review {
        out.push_str(&format!(
            "\n{}\n",
            basis::certified_without_review_text(certified, lang)
        ));
    }
    if !timeline.assumed_days_off.is_empty() {
        let days = assumed_days_text(&timeline.assumed_days_off, lang);
        out.push_str(&format!(
            "\n! {}\n",
            msg!(lang, "holidays-assumed", days = days)
        ));
    }
    out.push('\n');
    out.push_str(&message(lang, "timeline-legend"));
    out.push('\n');
    for assumption in &timeline.assumptions {
        out.push_str(&format!("! {}\n", assumption.get(lang)));
    }
    out.push_str(&footnotes.section(rules, lang));
    out
}

/// The CSV header.
pub const CSV_HEADER: [&str; 17] = crate::render::with_provenance([
    "profile",
    "org",
    "platform",
    "step",
    "role",
    "unit",
    "min_days",
    "max_days",
    "earliest_on",
    "latest_on",
    "provisional",
    "fact",
    "source",
    "assumed_days_off",
]);

/// One profile's rows: each step, then a `total` row per platform.
pub fn csv(context: &Context<'_>, profile: &Profile, timeline: &Timeline) -> String {
    let org = profile.org().name.as_str();
    let assumed = assumed_days_cell(&timeline.assumed_days_off);
    let mut rows = Vec::new();
    for platform in &timeline.platforms {
        let provisional = platform.provisional.to_string();
        for step in &platform.steps {
            let (first, last) = step
                .done_between
                .map_or((String::new(), String::new()), |(a, b)| {
                    (a.to_string(), b.to_string())
                });
            let (min, max) = (step.min_days.to_string(), step.max_days.to_string());
            rows.push(cells([
                context.profile_path,
                org,
                platform.platform.id(),
                &step.id,
                step.role.id(),
                step.unit.id(),
                &min,
                &max,
                &first,
                &last,
                &provisional,
                &step.fact,
                &step.source,
                &assumed,
            ]));
        }
        let (min, max) = (platform.min_days.to_string(), platform.max_days.to_string());
        let (first, last) = (
            platform.earliest_on.to_string(),
            platform.latest_on.to_string(),
        );
        rows.push(cells([
            context.profile_path,
            org,
            platform.platform.id(),
            "total",
            "total",
            "working_days",
            &min,
            &max,
            &first,
            &last,
            &provisional,
            "",
            "",
            &assumed,
        ]));
    }
    profile_csv_lines(context, Some(profile), rows)
}

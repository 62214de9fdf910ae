//! The working-day calendar for people and scripts: a year's special days
//! (`workdays list YEAR`), the status of each calendar year (`rules`), and what the holiday law
//! made certplan assume where a year has no notice.

use super::{SCHEMA_VERSION, cells, csv_lines, json_line};
use crate::calendar::days::{DayKind, DayOrigin, SpecialDay};
use crate::calendar::law::{Festival, LAW_FIRST_YEAR, LAW_LAST_YEAR, LawDayOff, LawKind};
use crate::calendar::{Notice, WorkCalendar, YearStatus};
use crate::lang::Lang;
use crate::msg;
use crate::render::text::table_style::new_table;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

fn kind_label(kind: DayKind, lang: Lang) -> String {
    match kind {
        DayKind::Statutory => msg!(lang, "holidays-kind-statutory"),
        DayKind::Substitute => msg!(lang, "holidays-kind-substitute"),
        DayKind::Bridging => msg!(lang, "holidays-kind-bridging"),
        DayKind::Workday => msg!(lang, "holidays-kind-workday"),
        DayKind::Weekend => msg!(lang, "holidays-kind-weekend"),
    }
}

fn kind_id(kind: DayKind) -> &'static str {
    match kind {
        DayKind::Statutory => "statutory",
        DayKind::Substitute => "substitute",
        DayKind::Bridging => "bridging",
        DayKind::Workday => "workday",
        DayKind::Weekend => "weekend",
    }
}

fn origin_label(origin: DayOrigin<'_>, lang: Lang) -> String {
    match origin {
        DayOrigin::Notice(Notice::Embedded { source }) => {
            msg!(lang, "holidays-origin-embedded", source = source)
        }
        DayOrigin::Notice(Notice::File { path, source }) => {
            msg!(lang, "holidays-origin-file", path = path, source = source)
        }
        DayOrigin::Law => msg!(lang, "holidays-origin-law"),
    }
}

/// The fact a day or year rests on: the holiday law, or a State Council notice.
fn fact_of(origin: DayOrigin<'_>) -> &'static str {
    match origin {
        DayOrigin::Law => "HOLIDAY-LAW",
        DayOrigin::Notice(_) => "HOLIDAY-NOTICE",
    }
}

/// `origin` and `source` of a day or year, for JSON and CSV.
fn origin_fields(origin: DayOrigin<'_>) -> (&'static str, String) {
    match origin {
        DayOrigin::Notice(Notice::Embedded { source }) => ("notice", source.clone()),
        DayOrigin::Notice(Notice::File { source, .. }) => ("file", source.clone()),
        DayOrigin::Law => ("law", "law:holiday-measures-2024".to_owned()),
    }
}

/// A holiday's name for readers of `lang`: the notices' Chinese names, in English where known
/// (a joint name such as 国庆节、中秋节 is translated part by part).
pub fn holiday_label(name: &str, lang: Lang) -> String {
    let separator = if lang == Lang::Zh { "、" } else { " and " };
    name.split('、')
        .map(|part| match Festival::from_name(part) {
            Some(festival) => festival_label(festival, lang),
            None => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(separator)
}

fn festival_label(festival: Festival, lang: Lang) -> String {
    match festival {
        Festival::NewYear => msg!(lang, "holidays-festival-new-year"),
        Festival::SpringFestival => msg!(lang, "holidays-festival-spring-festival"),
        Festival::Qingming => msg!(lang, "holidays-festival-qingming"),
        Festival::LabourDay => msg!(lang, "holidays-festival-labour-day"),
        Festival::DragonBoat => msg!(lang, "holidays-festival-dragon-boat"),
        Festival::MidAutumn => msg!(lang, "holidays-festival-mid-autumn"),
        Festival::NationalDay => msg!(lang, "holidays-festival-national-day"),
    }
}

/// The weekday as a short label.
fn weekday(date: NaiveDate, lang: Lang) -> String {
    msg!(
        lang,
        "holidays-weekday",
        day = date.weekday().number_from_monday()
    )
}

/// A year's special days as a table, with a note when they come from the law.
pub fn special_days_table(calendar: &WorkCalendar, year: i32, lang: Lang) -> String {
    let days = calendar.special_days(year);
    if days.is_empty() {
        return format!(
            "{}\n",
            msg!(
                lang,
                "holidays-list-empty",
                year = year,
                first = LAW_FIRST_YEAR,
                last = LAW_LAST_YEAR
            )
        );
    }
    let mut table = new_table([
        msg!(lang, "holidays-column-date"),
        msg!(lang, "holidays-column-weekday"),
        msg!(lang, "holidays-column-kind"),
        msg!(lang, "holidays-column-holiday"),
        msg!(lang, "holidays-column-origin"),
    ]);
    for day in &days {
        table.add_row(vec![
            day.date.to_string(),
            weekday(day.date, lang),
            kind_label(day.kind, lang),
            holiday_label(&day.holiday, lang),
            origin_label(day.origin, lang),
        ]);
    }
    let mut out = format!(
        "{}\n{table}\n",
        msg!(lang, "holidays-list-title", year = year)
    );
    if matches!(calendar.status(year), YearStatus::ProvisionalByLaw) {
        out.push_str(&msg!(lang, "holidays-list-provisional", year = year));
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct DayView<'a> {
    date: String,
    weekday: u32,
    kind: &'static str,
    holiday: &'a str,
    origin: &'static str,
    source: String,
    fact: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
}

fn day_view<'a>(day: &'a SpecialDay<'_>) -> DayView<'a> {
    let (origin, source) = origin_fields(day.origin);
    let path = match day.origin {
        DayOrigin::Notice(Notice::File { path, .. }) => Some(path.as_str()),
        _ => None,
    };
    DayView {
        date: day.date.to_string(),
        weekday: day.date.weekday().number_from_monday(),
        kind: kind_id(day.kind),
        holiday: &day.holiday,
        origin,
        source,
        fact: fact_of(day.origin),
        path,
    }
}

#[derive(Serialize)]
struct SpecialDaysView<'a> {
    schema_version: u32,
    command: &'static str,
    year: i32,
    provisional: bool,
    days: Vec<DayView<'a>>,
}

/// A year's special days as one line of JSON.
pub fn special_days_json(calendar: &WorkCalendar, year: i32) -> String {
    let days = calendar.special_days(year);
    json_line(&SpecialDaysView {
        schema_version: SCHEMA_VERSION,
        command: "workdays list",
        year,
        provisional: !matches!(calendar.status(year), YearStatus::Official(_)),
        days: days.iter().map(day_view).collect(),
    })
}

/// A year's special days as CSV, one row a day.
pub fn special_days_csv(calendar: &WorkCalendar, year: i32) -> String {
    let days = calendar.special_days(year);
    let header = cells(["date", "weekday", "kind", "holiday", "origin", "source"]);
    let rows = days.iter().map(|day| {
        let view = day_view(day);
        vec![
            view.date,
            view.weekday.to_string(),
            view.kind.to_owned(),
            view.holiday.to_owned(),
            view.origin.to_owned(),
            view.source,
        ]
    });
    csv_lines(std::iter::once(header).chain(rows))
}

/// One calendar year's status, for JSON.
#[derive(Serialize)]
pub struct CalendarYearView {
    year: i32,
    status: &'static str,
    origin: &'static str,
    source: String,
    fact: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

/// The status of every year with a notice and of each later year through `through`.
pub fn calendar_years(calendar: &WorkCalendar, through: i32) -> Vec<CalendarYearView> {
    let first = calendar
        .notices()
        .map(|(year, _, _)| year)
        .next()
        .unwrap_or(LAW_FIRST_YEAR);
    (first..=through.max(first))
        .filter_map(|year| {
            let (status, day_origin) = match calendar.status(year) {
                YearStatus::Official(notice) => ("official", DayOrigin::Notice(notice)),
                YearStatus::ProvisionalByLaw => ("provisional_by_law", DayOrigin::Law),
                YearStatus::Unknown => return None,
            };
            let (origin, fact) = (origin_fields(day_origin), fact_of(day_origin));
            let path = match calendar.status(year) {
                YearStatus::Official(Notice::File { path, .. }) => Some(path.clone()),
                _ => None,
            };
            Some(CalendarYearView {
                year,
                status,
                origin: origin.0,
                source: origin.1,
                fact,
                path,
            })
        })
        .collect()
}

/// The calendar years as a table section for `rules`.
pub fn calendar_years_table(calendar: &WorkCalendar, through: i32, lang: Lang) -> String {
    let mut table = new_table([
        msg!(lang, "holidays-column-year"),
        msg!(lang, "holidays-column-status"),
        msg!(lang, "holidays-column-source"),
    ]);
    for year in calendar_years(calendar, through) {
        let status = match (year.status, calendar.status(year.year)) {
            (_, YearStatus::Official(Notice::File { path, .. })) => {
                msg!(lang, "holidays-status-file", path = path)
            }
            ("official", _) => msg!(lang, "holidays-status-official"),
            _ => msg!(lang, "holidays-status-law"),
        };
        table.add_row(vec![year.year.to_string(), status, year.source]);
    }
    format!(
        "{}\n{table}\n{}\n",
        msg!(lang, "holidays-years-title"),
        msg!(
            lang,
            "holidays-years-later",
            year = through.max(LAW_FIRST_YEAR),
            last = LAW_LAST_YEAR
        )
    )
}

/// A day the law made certplan assume, for JSON (`assumed_days_off`).
#[derive(Clone, Debug, Serialize)]
pub struct AssumedDayView {
    date: String,
    name: &'static str,
    kind: &'static str,
}

/// The assumed days off as JSON values.
pub fn assumed_days(days: &[LawDayOff]) -> Vec<AssumedDayView> {
    days.iter()
        .map(|day| AssumedDayView {
            date: day.date.to_string(),
            name: day.festival.name(),
            kind: match day.kind {
                LawKind::Statutory => "statutory",
                LawKind::Substitute => "substitute",
            },
        })
        .collect()
}

/// The assumed days off in one CSV cell: `2027-01-01 元旦 statutory; …` (empty when none).
pub fn assumed_days_cell(days: &[LawDayOff]) -> String {
    assumed_days(days)
        .iter()
        .map(|day| format!("{} {} {}", day.date, day.name, day.kind))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The assumed days off in one line of text: `2027-01-01 元旦, …`.
pub fn assumed_days_text(days: &[LawDayOff], lang: Lang) -> String {
    if days.is_empty() {
        return msg!(lang, "holidays-assumed-none");
    }
    let list: Vec<_> = days
        .iter()
        .map(|day| format!("{} {}", day.date, holiday_label(day.festival.name(), lang)))
        .collect();
    list.join(&crate::i18n::message(lang, "list-separator"))
}

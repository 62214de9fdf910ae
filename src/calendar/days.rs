//! Every special day of a year — days off and make-up working days — each with its kind, its
//! holiday and where certplan has it from, so a user can hold the calendar against the notice
//! (`certplan workdays list YEAR`).

use super::law::{self, LawKind};
use super::{Notice, WorkCalendar};
use crate::rules::HolidayYear;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

/// What kind of special day a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A statutory holiday day on a weekday (法定节假日).
    Statutory,
    /// A weekday off making up for a statutory day on a weekend (补假).
    Substitute,
    /// A weekday off bridging to a holiday, paid back by a make-up working day (调休).
    Bridging,
    /// A weekend day that is a working day (调休上班).
    Workday,
    /// A Saturday or Sunday inside a holiday.
    Weekend,
}

/// Where the day comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOrigin<'a> {
    /// A State Council notice, embedded or from a user's file.
    Notice(&'a Notice),
    /// The holiday law (the year has no notice).
    Law,
}

/// One special day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecialDay<'a> {
    /// The date.
    pub date: NaiveDate,
    /// Its kind.
    pub kind: DayKind,
    /// The holiday it belongs to, as the notice (or the law) names it.
    pub holiday: String,
    /// Where certplan has it from.
    pub origin: DayOrigin<'a>,
}

impl WorkCalendar {
    /// The special days of `year`, in date order: from its notice when there is one, else the
    /// days the holiday law fixes (bridging days then unknown). Empty outside the law's years
    /// when there is no notice.
    pub fn special_days(&self, year: i32) -> Vec<SpecialDay<'_>> {
        let mut days = match self.notices.get(&year) {
            Some((notice, data)) => notice_days(notice, data),
            None => law_days(year),
        };
        days.sort_by_key(|day| day.date);
        days
    }
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

fn notice_days<'a>(notice: &'a Notice, year: &HolidayYear) -> Vec<SpecialDay<'a>> {
    // The law tells which weekday of a range is the statutory day and which its substitute;
    // the notice's own lists tell bridging days and make-up days.
    let by_law = law::days_off(year.year).unwrap_or_default();
    let origin = DayOrigin::Notice(notice);
    let mut days = Vec::new();
    for range in &year.days_off {
        for date in range.from.iter_days().take_while(|day| *day <= range.to) {
            let legal = by_law.iter().find(|day| day.date == date);
            let kind = if is_weekend(date) {
                DayKind::Weekend
            } else if year.in_lieu_days.contains(&date) {
                DayKind::Bridging
            } else if legal.is_some_and(|day| day.kind == LawKind::Substitute) {
                DayKind::Substitute
            } else {
                DayKind::Statutory
            };
            let holiday = match legal {
                Some(day) if range.name.contains(day.festival.name()) => day.festival.name(),
                _ => &range.name,
            };
            days.push(SpecialDay {
                date,
                kind,
                holiday: holiday.to_owned(),
                origin,
            });
        }
    }
    for &date in &year.makeup_workdays {
        // A make-up day pays back a bridging day: it belongs to the nearest holiday that has
        // one (2026-09-20 is worked for 国庆节's 10-06/10-07, not for 中秋节 nearer to it).
        let bridged = |range: &&crate::rules::DaysOff| {
            year.in_lieu_days
                .iter()
                .any(|day| (range.from..=range.to).contains(day))
        };
        let paying: Vec<_> = year.days_off.iter().filter(bridged).collect();
        let candidates = if paying.is_empty() {
            year.days_off.iter().collect()
        } else {
            paying
        };
        let nearest = candidates.into_iter().min_by_key(|range| {
            let to_start = (range.from - date).num_days().abs();
            let to_end = (range.to - date).num_days().abs();
            to_start.min(to_end)
        });
        days.push(SpecialDay {
            date,
            kind: DayKind::Workday,
            holiday: nearest.map_or_else(String::new, |range| range.name.clone()),
            origin,
        });
    }
    days
}

fn law_days<'a>(year: i32) -> Vec<SpecialDay<'a>> {
    let Some(statutory) = law::statutory_days(year) else {
        return Vec::new();
    };
    let mut days: Vec<SpecialDay> = law::days_off(year)
        .unwrap_or_default()
        .into_iter()
        .map(|day| SpecialDay {
            date: day.date,
            kind: match day.kind {
                LawKind::Statutory => DayKind::Statutory,
                LawKind::Substitute => DayKind::Substitute,
            },
            holiday: day.festival.name().to_owned(),
            origin: DayOrigin::Law,
        })
        .collect();
    for (date, festival) in statutory {
        if is_weekend(date) && !days.iter().any(|day| day.date == date) {
            days.push(SpecialDay {
                date,
                kind: DayKind::Weekend,
                holiday: festival.name().to_owned(),
                origin: DayOrigin::Law,
            });
        }
    }
    days
}

//! The holiday law, for years whose State Council notice is not (yet) in the data
//! (HOLIDAY-LAW): the national holiday measures fix 13 statutory days — 元旦, 除夕 and lunar
//! 1/1–1/3, the Qingming solar-term day, May 1–2, lunar 5/5, lunar 8/15, Oct 1–3 — and a
//! statutory day on a weekend, or on a date another holiday already takes, is made up with the
//! next weekday not already off (补假). Only the bridging days and make-up Saturdays (调休) are
//! left to the notice, so a year computed here is provisional.
//!
//! Lunar dates and the solar term come from `tyme4rs` (astronomical, not a table we keep).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;
use std::collections::BTreeSet;
use tyme4rs::tyme::lunar::LunarDay;
use tyme4rs::tyme::solar::{SolarDay, SolarTerm};

/// The first year the measures as revised in 2024 (13 days) apply to.
pub const LAW_FIRST_YEAR: i32 = 2025;
/// The last year certplan computes by law (far beyond any review it plans).
pub const LAW_LAST_YEAR: i32 = 2199;

/// A nationwide statutory holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Festival {
    /// 元旦, January 1.
    NewYear,
    /// 春节: 除夕 and lunar 1/1–1/3.
    SpringFestival,
    /// 清明节: the Qingming solar-term day.
    Qingming,
    /// 劳动节: May 1–2.
    LabourDay,
    /// 端午节: lunar 5/5.
    DragonBoat,
    /// 中秋节: lunar 8/15.
    MidAutumn,
    /// 国庆节: October 1–3.
    NationalDay,
}

impl Festival {
    /// Every holiday, in calendar order.
    pub const ALL: [Festival; 7] = [
        Festival::NewYear,
        Festival::SpringFestival,
        Festival::Qingming,
        Festival::LabourDay,
        Festival::DragonBoat,
        Festival::MidAutumn,
        Festival::NationalDay,
    ];

    /// The holiday a notice's Chinese name stands for.
    pub fn from_name(name: &str) -> Option<Festival> {
        Festival::ALL
            .into_iter()
            .find(|festival| festival.name() == name)
    }

    /// The holiday's official Chinese name, as the State Council notices write it.
    pub fn name(self) -> &'static str {
        match self {
            Festival::NewYear => "元旦",
            Festival::SpringFestival => "春节",
            Festival::Qingming => "清明节",
            Festival::LabourDay => "劳动节",
            Festival::DragonBoat => "端午节",
            Festival::MidAutumn => "中秋节",
            Festival::NationalDay => "国庆节",
        }
    }
}

/// Why the law takes a day off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LawKind {
    /// A statutory holiday day on a weekday.
    Statutory,
    /// A weekday off in place of a statutory day on a weekend or on a shared date (补假).
    Substitute,
}

/// A day off the law gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LawDayOff {
    /// The weekday off.
    pub date: NaiveDate,
    /// The holiday it belongs to.
    pub festival: Festival,
    /// Statutory or substitute.
    pub kind: LawKind,
}

/// The 13 statutory days of `year`, in date order (a date may appear twice, as when 中秋 falls
/// on October 1). `None` outside the years the law is computed for.
pub fn statutory_days(year: i32) -> Option<Vec<(NaiveDate, Festival)>> {
    if !(LAW_FIRST_YEAR..=LAW_LAST_YEAR).contains(&year) {
        return None;
    }
    let solar = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    let new_year = lunar(year, 1, 1)?;
    let mut days = vec![
        (solar(1, 1)?, Festival::NewYear),
        (new_year.pred_opt()?, Festival::SpringFestival),
        (new_year, Festival::SpringFestival),
        (new_year.succ_opt()?, Festival::SpringFestival),
        (
            new_year.checked_add_days(Days::new(2))?,
            Festival::SpringFestival,
        ),
        (qingming(year)?, Festival::Qingming),
        (solar(5, 1)?, Festival::LabourDay),
        (solar(5, 2)?, Festival::LabourDay),
        (lunar(year, 5, 5)?, Festival::DragonBoat),
        (lunar(year, 8, 15)?, Festival::MidAutumn),
        (solar(10, 1)?, Festival::NationalDay),
        (solar(10, 2)?, Festival::NationalDay),
        (solar(10, 3)?, Festival::NationalDay),
    ];
    days.sort();
    Some(days)
}

/// The weekdays off the law gives in `year`: each statutory day on a free weekday, and for each
/// statutory day on a weekend or on a date already taken, the next weekday not already off.
pub fn days_off(year: i32) -> Option<Vec<LawDayOff>> {
    let statutory = statutory_days(year)?;
    let mut taken = BTreeSet::new();
    let mut off = Vec::new();
    let mut displaced = Vec::new();
    for &(date, festival) in &statutory {
        if !is_weekend(date) && taken.insert(date) {
            off.push(LawDayOff {
                date,
                festival,
                kind: LawKind::Statutory,
            });
        } else {
            displaced.push((date, festival));
        }
    }
    for (date, festival) in displaced {
        let mut day = date.succ_opt()?;
        while is_weekend(day) || taken.contains(&day) {
            day = day.succ_opt()?;
        }
        taken.insert(day);
        off.push(LawDayOff {
            date: day,
            festival,
            kind: LawKind::Substitute,
        });
    }
    off.sort();
    Some(off)
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

fn lunar(year: i32, month: isize, day: usize) -> Option<NaiveDate> {
    to_naive(LunarDay::from_ymd(year as isize, month, day).get_solar_day())
}

fn qingming(year: i32) -> Option<NaiveDate> {
    to_naive(SolarTerm::from_name(year as isize, "清明").get_solar_day())
}

fn to_naive(day: SolarDay) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::try_from(day.get_year()).ok()?,
        u32::try_from(day.get_month()).ok()?,
        u32::try_from(day.get_day()).ok()?,
    )
}

#[cfg(test)]
mod tests;

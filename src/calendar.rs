//! China working days: Monday–Friday, minus official holidays, plus adjusted working days
//! (调休上班), from the rules' holiday years. Beyond the published years certplan counts plain
//! Monday–Friday and marks the answer provisional.
//!
//! Convention: the N-th working day after D does not count D itself; the working days between
//! FROM and TO are those d with FROM < d ≤ TO.

use crate::rules::Rules;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::collections::{BTreeSet, HashSet};

/// A value computed from the calendar, and whether it relied on a year with no published
/// holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reckoned<T> {
    /// The answer.
    pub value: T,
    /// True when a day in an unpublished year was involved (Monday–Friday assumed there).
    pub provisional: bool,
}

/// The working-day calendar.
#[derive(Clone, Debug, Default)]
pub struct WorkCalendar {
    off: HashSet<NaiveDate>,
    makeup: HashSet<NaiveDate>,
    known_years: BTreeSet<i32>,
}

impl WorkCalendar {
    /// The calendar the rules describe.
    pub fn new(rules: &Rules) -> WorkCalendar {
        let mut calendar = WorkCalendar::default();
        for year in &rules.holidays {
            calendar.known_years.insert(year.year);
            for range in &year.days_off {
                calendar
                    .off
                    .extend(range.from.iter_days().take_while(|day| *day <= range.to));
            }
            calendar.makeup.extend(year.makeup_workdays.iter().copied());
        }
        calendar
    }

    /// Whether `day`'s year has published holidays.
    pub fn is_known(&self, day: NaiveDate) -> bool {
        self.known_years.contains(&day.year())
    }

    /// The last year with published holidays.
    pub fn last_known_year(&self) -> Option<i32> {
        self.known_years.last().copied()
    }

    /// Whether `day` is a working day (Monday–Friday in an unpublished year).
    pub fn is_workday(&self, day: NaiveDate) -> bool {
        if self.makeup.contains(&day) {
            return true;
        }
        !self.off.contains(&day) && !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The `n`-th working day after `from` (`from` itself not counted; `n = 0` gives `from`).
    /// `None` only past the end of the representable calendar.
    ///
    /// ```
    /// use certplan::{calendar::WorkCalendar, rules::embedded_rules};
    /// use chrono::NaiveDate;
    ///
    /// let calendar = WorkCalendar::new(&embedded_rules());
    /// let day = |text| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
    /// // National Day 2026 (10-01…10-07) is off; Saturday 10-10 is an adjusted working day.
    /// let done = calendar.add(day("2026-09-30"), 3).unwrap();
    /// assert_eq!(done.value, day("2026-10-10"));
    /// assert!(!done.provisional);
    /// ```
    pub fn add(&self, from: NaiveDate, n: u32) -> Option<Reckoned<NaiveDate>> {
        self.walk(from, n, Days::new(1), true)
    }

    /// The `n`-th working day before `from`.
    pub fn subtract(&self, from: NaiveDate, n: u32) -> Option<Reckoned<NaiveDate>> {
        self.walk(from, n, Days::new(1), false)
    }

    fn walk(
        &self,
        from: NaiveDate,
        n: u32,
        step: Days,
        forward: bool,
    ) -> Option<Reckoned<NaiveDate>> {
        let mut day = from;
        let mut provisional = false;
        let mut left = n;
        while left > 0 {
            day = if forward {
                day.checked_add_days(step)?
            } else {
                day.checked_sub_days(step)?
            };
            provisional |= !self.is_known(day);
            if self.is_workday(day) {
                left -= 1;
            }
        }
        Some(Reckoned {
            value: day,
            provisional,
        })
    }

    /// The number of working days d with `from` < d ≤ `to` (negative when `to` is before `from`).
    pub fn count(&self, from: NaiveDate, to: NaiveDate) -> Reckoned<i64> {
        let (low, high, sign) = if from <= to {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let mut count = 0;
        let mut provisional = false;
        for day in low.iter_days().skip(1).take_while(|day| *day <= high) {
            provisional |= !self.is_known(day);
            if self.is_workday(day) {
                count += 1;
            }
        }
        Reckoned {
            value: sign * count,
            provisional,
        }
    }
}

#[cfg(test)]
mod tests;

//! China working days: Monday–Friday, minus official holidays, plus adjusted working days
//! (调休上班), from the State Council notices (the embedded holiday years, or a user's
//! `--holidays` file that adds or replaces whole years). A year without a notice follows the
//! holiday law ([`law`]): its statutory and substitute days are off, its bridging days are
//! unknown, and answers that touch it are provisional.
//!
//! Convention: the N-th working day after D does not count D itself; the working days between
//! FROM and TO are those d with FROM < d ≤ TO.

pub mod days;
pub mod law;

use crate::rules::{HolidayYear, Rules};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use law::{LAW_FIRST_YEAR, LAW_LAST_YEAR, LawDayOff};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// A value computed from the calendar, and whether it relied on a year with no published
/// holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reckoned<T> {
    /// The answer.
    pub value: T,
    /// True when a day in a year without a notice was involved (the holiday law assumed there).
    pub provisional: bool,
}

/// Where a year's official arrangement comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The notice embedded in the rules (`source` is a source id of the rules).
    Embedded {
        /// Source id.
        source: String,
    },
    /// A notice the user added with `--holidays FILE` (`source` is the file's free text).
    File {
        /// The file, as given.
        path: String,
        /// The notice's title or address, as the file says.
        source: String,
    },
}

/// How certplan knows a year's days off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YearStatus<'a> {
    /// From a State Council notice.
    Official(&'a Notice),
    /// Statutory and substitute days from the holiday law; bridging days unknown.
    ProvisionalByLaw,
    /// Before the law's first year or past its last: Monday–Friday only.
    Unknown,
}

/// The working-day calendar.
#[derive(Clone, Debug)]
pub struct WorkCalendar {
    off: HashSet<NaiveDate>,
    makeup: HashSet<NaiveDate>,
    notices: BTreeMap<i32, (Notice, HolidayYear)>,
    law: Box<[OnceLock<Vec<LawDayOff>>]>,
}

impl WorkCalendar {
    /// The calendar the rules describe.
    pub fn new(rules: &Rules) -> WorkCalendar {
        WorkCalendar::with_notices(rules, Vec::new())
    }

    /// The rules' calendar with the years of user notices added, each replacing the rules' year
    /// of the same number (`(path, year)` pairs, in the order given: a later file wins).
    pub fn with_notices(rules: &Rules, added: Vec<(String, HolidayYear)>) -> WorkCalendar {
        let mut notices = BTreeMap::new();
        for year in &rules.holidays {
            let notice = Notice::Embedded {
                source: year.source.clone(),
            };
            notices.insert(year.year, (notice, year.clone()));
        }
        for (path, year) in added {
            let notice = Notice::File {
                path,
                source: year.source.clone(),
            };
            notices.insert(year.year, (notice, year));
        }
        let mut off = HashSet::new();
        let mut makeup = HashSet::new();
        for (_, year) in notices.values() {
            for range in &year.days_off {
                off.extend(range.from.iter_days().take_while(|day| *day <= range.to));
            }
            makeup.extend(year.makeup_workdays.iter().copied());
        }
        let law_years = (LAW_LAST_YEAR - LAW_FIRST_YEAR + 1) as usize;
        WorkCalendar {
            off,
            makeup,
            notices,
            law: (0..law_years).map(|_| OnceLock::new()).collect(),
        }
    }

    /// Whether `day`'s year has an official arrangement (embedded or added).
    pub fn is_known(&self, day: NaiveDate) -> bool {
        self.notices.contains_key(&day.year())
    }

    /// The last year with an official arrangement.
    pub fn last_known_year(&self) -> Option<i32> {
        self.notices.keys().next_back().copied()
    }

    /// The years with an official arrangement, with where each comes from.
    pub fn notices(&self) -> impl Iterator<Item = (i32, &Notice, &HolidayYear)> {
        self.notices
            .iter()
            .map(|(year, (notice, data))| (*year, notice, data))
    }

    /// How certplan knows `year`'s days off.
    pub fn status(&self, year: i32) -> YearStatus<'_> {
        match self.notices.get(&year) {
            Some((notice, _)) => YearStatus::Official(notice),
            None if (LAW_FIRST_YEAR..=LAW_LAST_YEAR).contains(&year) => {
                YearStatus::ProvisionalByLaw
            }
            None => YearStatus::Unknown,
        }
    }

    /// The days the holiday law takes off in `year`, when `year` has no notice.
    pub fn law_days_off(&self, year: i32) -> &[LawDayOff] {
        if self.notices.contains_key(&year) {
            return &[];
        }
        let Some(slot) = usize::try_from(year - LAW_FIRST_YEAR)
            .ok()
            .and_then(|index| self.law.get(index))
        else {
            return &[];
        };
        slot.get_or_init(|| law::days_off(year).unwrap_or_default())
    }

    /// The days off assumed from the law (not from a notice) with `from` ≤ date ≤ `to`.
    pub fn assumed_days_off(&self, from: NaiveDate, to: NaiveDate) -> Vec<LawDayOff> {
        let (low, high) = if from <= to { (from, to) } else { (to, from) };
        (low.year()..=high.year())
            .flat_map(|year| self.law_days_off(year).iter().copied())
            .filter(|day| (low..=high).contains(&day.date))
            .collect()
    }

    /// The assumed days off in any of `spans` (first and last day each), in date order, once.
    pub fn assumed_days_off_in(&self, spans: &[(NaiveDate, NaiveDate)]) -> Vec<LawDayOff> {
        let mut days: Vec<LawDayOff> = spans
            .iter()
            .flat_map(|(from, to)| self.assumed_days_off(*from, *to))
            .collect();
        days.sort();
        days.dedup();
        days
    }

    /// The years without a notice that any of `spans` reaches, in order.
    pub fn provisional_years(&self, spans: &[(NaiveDate, NaiveDate)]) -> Vec<i32> {
        let mut years: Vec<i32> = spans
            .iter()
            .flat_map(|(from, to)| from.year().min(to.year())..=from.year().max(to.year()))
            .filter(|year| !self.notices.contains_key(year))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// Whether `day` is a working day (in a year without a notice: Monday–Friday minus the
    /// law's days off).
    pub fn is_workday(&self, day: NaiveDate) -> bool {
        if self.makeup.contains(&day) {
            return true;
        }
        if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || self.off.contains(&day) {
            return false;
        }
        self.is_known(day)
            || !self
                .law_days_off(day.year())
                .iter()
                .any(|off| off.date == day)
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

//! The months a forecast covers: from the first day of a month, N whole months.

use chrono::{Datelike, Days, Months, NaiveDate};

/// Whole months, from the first day of the first to the last day of the last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    first: NaiveDate,
    months: u32,
}

impl Window {
    /// The longest window, in months.
    pub const MAX_MONTHS: u32 = 120;

    /// `months` months from the month of `day` (1 to [`Window::MAX_MONTHS`]).
    pub fn new(day: NaiveDate, months: u32) -> Option<Window> {
        if !(1..=Window::MAX_MONTHS).contains(&months) {
            return None;
        }
        let first = day.with_day(1)?;
        let window = Window { first, months };
        window.first.checked_add_months(Months::new(months))?;
        Some(window)
    }

    /// The first day covered.
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last day covered.
    pub fn last_day(&self) -> NaiveDate {
        // Checked in `new`.
        self.first
            .checked_add_months(Months::new(self.months))
            .and_then(|next| next.checked_sub_days(Days::new(1)))
            .expect("checked when the window was made")
    }

    /// How many months.
    pub fn months(&self) -> u32 {
        self.months
    }

    /// Whether `day` is covered.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last_day()
    }

    /// Every month covered, as `YYYY-MM`, in order.
    pub fn month_names(&self) -> Vec<String> {
        (0..self.months)
            .filter_map(|offset| self.first.checked_add_months(Months::new(offset)))
            .map(|first| first.format("%Y-%m").to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_window_is_whole_months() {
        let window = Window::new(day("2026-11-22"), 12).unwrap();
        assert_eq!(window.first_day(), day("2026-11-01"));
        assert_eq!(window.last_day(), day("2027-10-31"));
        assert!(window.contains(day("2026-11-01")));
        assert!(!window.contains(day("2027-11-01")));
        assert_eq!(window.month_names().len(), 12);
        assert_eq!(window.month_names()[2], "2027-01");
        let february = Window::new(day("2028-02-10"), 1).unwrap();
        assert_eq!(february.last_day(), day("2028-02-29"), "a leap February");
    }

    #[test]
    fn a_window_is_one_to_120_months() {
        assert!(Window::new(day("2026-11-22"), 0).is_none());
        assert!(Window::new(day("2026-11-22"), 121).is_none());
        assert!(Window::new(day("2026-11-22"), 120).is_some());
    }
}

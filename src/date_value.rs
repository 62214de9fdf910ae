//! Dates in TOML input (profiles and rules): a TOML date (`2025-06-07`) or a quoted
//! `"YYYY-MM-DD"`, checked to be a real calendar day while being read, so that a bad date is
//! reported at its own line and column.

use crate::diagnostic::coded::coded;
use chrono::NaiveDate;
use serde::de::{Deserialize, Deserializer, Error};

/// A calendar date written as a TOML date (`2025-06-07`) or a quoted `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateValue(pub NaiveDate);

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let problem = match toml::Value::deserialize(deserializer)? {
            toml::Value::String(text) => parse_iso_date(&text).map(DateValue),
            toml::Value::Datetime(datetime) => {
                match (datetime.date, datetime.time, datetime.offset) {
                    (Some(date), None, None) => NaiveDate::from_ymd_opt(
                        date.year.into(),
                        date.month.into(),
                        date.day.into(),
                    )
                    .map(DateValue)
                    .ok_or_else(|| coded("date-not-calendar", &[("date", &date.to_string())])),
                    _ => Err(coded(
                        "date-expected-time",
                        &[("found", &format!("`{datetime}`"))],
                    )),
                }
            }
            other => Err(coded(
                "date-expected-kind",
                &[("kind", other.type_str()), ("found", &other.to_string())],
            )),
        };
        problem.map_err(D::Error::custom)
    }
}

/// A date in a profile: a [`DateValue`] that also lies within the days certplan plans for
/// (2000-01-01 … 2100-12-31), so that a mistyped century is caught at its line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProfileDate(pub NaiveDate);

impl<'de> Deserialize<'de> for ProfileDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let DateValue(day) = DateValue::deserialize(deserializer)?;
        within_supported_years(day)
            .map(ProfileDate)
            .map_err(D::Error::custom)
    }
}

/// When an ID card expires: a day, or never (长期, printed on cards issued at 46 or older,
/// ID-LONGTERM).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdExpiry {
    /// The card's last valid day.
    On(NaiveDate),
    /// 长期: valid for the long term.
    LongTerm,
}

/// How a profile writes a long-term card's validity.
pub const LONG_TERM_WORDS: [&str; 4] = ["长期", "长期有效", "long-term", "long term"];

impl<'de> Deserialize<'de> for IdExpiry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = toml::Value::deserialize(deserializer)?;
        if let toml::Value::String(text) = &value
            && LONG_TERM_WORDS.contains(&text.trim().to_lowercase().as_str())
        {
            return Ok(IdExpiry::LongTerm);
        }
        ProfileDate::deserialize(value)
            .map(|ProfileDate(day)| IdExpiry::On(day))
            .map_err(|error| D::Error::custom(error.message()))
    }
}

/// The first day certplan plans for.
pub const FIRST_SUPPORTED_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(day) => day,
    None => panic!("a valid date"),
};
/// The last day certplan plans for.
pub const LAST_SUPPORTED_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(day) => day,
    None => panic!("a valid date"),
};

/// `day` if it lies in 2000-01-01 … 2100-12-31, the days certplan plans for; else why not.
pub fn within_supported_years(day: NaiveDate) -> Result<NaiveDate, String> {
    if (FIRST_SUPPORTED_DAY..=LAST_SUPPORTED_DAY).contains(&day) {
        Ok(day)
    } else {
        Err(coded(
            "date-out-of-range",
            &[
                ("date", &day.to_string()),
                ("first", &FIRST_SUPPORTED_DAY.to_string()),
                ("last", &LAST_SUPPORTED_DAY.to_string()),
            ],
        ))
    }
}

/// Parses a strict `YYYY-MM-DD` calendar date (as `--as-of` and quoted profile dates take it).
pub fn parse_iso_date(text: &str) -> Result<NaiveDate, String> {
    let shaped = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        let found = format!("\"{text}\"");
        // `2026/11/22`, `2026.11.22`, `2026-1-5`: the day meant, written the way it is read.
        let parts: Vec<&str> = text
            .split(['/', '.', '-', '年', '月', '日'])
            .filter(|part| !part.is_empty())
            .collect();
        let meant = match parts.as_slice() {
            [year, month, day] if year.len() == 4 => NaiveDate::from_ymd_opt(
                year.parse().unwrap_or(0),
                month.parse().unwrap_or(0),
                day.parse().unwrap_or(0),
            ),
            _ => None,
        }
        // A hint names only a day that would be accepted (issue 23 item 4).
        .filter(|day| within_supported_years(*day).is_ok());
        return Err(match meant {
            Some(day) => coded(
                "date-expected-write",
                &[("found", &found), ("date", &day.to_string())],
            ),
            None => coded("date-expected", &[("found", &found)]),
        });
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| coded("date-not-calendar", &[("date", &format!("\"{text}\""))]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::coded::render;
    use crate::lang::Lang;

    #[test]
    fn iso_dates_must_be_real_calendar_days() {
        assert_eq!(
            parse_iso_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert!(
            parse_iso_date("2025-02-29")
                .map_err(|error| render(&error, Lang::En))
                .unwrap_err()
                .contains("not a calendar date")
        );
        assert!(
            parse_iso_date("2025-2-1")
                .map_err(|error| render(&error, Lang::En))
                .unwrap_err()
                .contains("expected a date")
        );
        assert!(parse_iso_date("２０２５-01-01").is_err());
    }

    /// Issue 23 item 4: the day a misshapen date is read as is suggested only when it would
    /// be accepted, within the years certplan plans for.
    #[test]
    fn a_written_date_hint_names_only_an_accepted_day() {
        let said = |text: &str| render(&parse_iso_date(text).unwrap_err(), Lang::En);
        assert!(said("2026/11/22").contains("write 2026-11-22"));
        for text in ["1999/12/31", "2101/1/1"] {
            assert!(!said(text).contains("write"), "{}", said(text));
        }
        for text in ["2026/11/22", "2026.1.5", "2030年2月28日"] {
            if let Some(hint) = said(text).split("write ").nth(1) {
                let day = parse_iso_date(hint.trim()).unwrap();
                assert!(within_supported_years(day).is_ok(), "{text}: {hint}");
            }
        }
    }
}

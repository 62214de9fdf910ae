//! Dates in TOML input (profiles and rules): a TOML date (`2025-06-07`) or a quoted
//! `"YYYY-MM-DD"`, checked to be a real calendar day while being read, so that a bad date is
//! reported at its own line and column.

use chrono::NaiveDate;
use serde::de::{Deserialize, Deserializer, Error};

/// A calendar date written as a TOML date (`2025-06-07`) or a quoted `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateValue(pub NaiveDate);

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let found = match toml::Value::deserialize(deserializer)? {
            toml::Value::String(text) => {
                return parse_iso_date(&text)
                    .map(DateValue)
                    .map_err(D::Error::custom);
            }
            toml::Value::Datetime(datetime) => {
                match (datetime.date, datetime.time, datetime.offset) {
                    (Some(date), None, None) => {
                        return NaiveDate::from_ymd_opt(
                            date.year.into(),
                            date.month.into(),
                            date.day.into(),
                        )
                        .map(DateValue)
                        .ok_or_else(|| D::Error::custom(format!("{date} is not a calendar date")));
                    }
                    _ => format!("date-time `{datetime}`"),
                }
            }
            other => format!("{} `{other}`", other.type_str()),
        };
        Err(D::Error::custom(format!(
            "expected a date YYYY-MM-DD, found {found}"
        )))
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
        return Err(format!("expected a date YYYY-MM-DD, found \"{text}\""));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a calendar date"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_must_be_real_calendar_days() {
        assert_eq!(
            parse_iso_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert!(
            parse_iso_date("2025-02-29")
                .unwrap_err()
                .contains("not a calendar date")
        );
        assert!(
            parse_iso_date("2025-2-1")
                .unwrap_err()
                .contains("expected a date")
        );
        assert!(parse_iso_date("２０２５-01-01").is_err());
    }
}

//! `status`: where each application stands, as a table with what to do next, JSON Lines, tidy
//! CSV or a one-line monitoring summary (`--format nagios`).

mod action;
mod csv;
mod json;
mod nagios;
mod table;

pub use action::sentence;
pub use csv::{CSV_HEADER, csv};
pub use json::json;
pub use nagios::{StatusSummary, nagios};
pub use table::table;

/// A day as text, empty when there is none (CSV and JSON).
fn day_text(day: Option<chrono::NaiveDate>) -> String {
    day.map_or_else(String::new, |day| day.to_string())
}

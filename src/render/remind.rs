//! `remind`: the annual-review schedule as a table with what to do next, JSON Lines, tidy CSV,
//! a calendar (ICS), a one-line monitoring summary (`--nagios`) or Prometheus metrics.

mod advice;
mod csv;
pub mod ics;
mod json;
mod nagios;
mod prometheus;
mod table;

pub use advice::advice;
pub use csv::{CSV_HEADER, CSV_KINDS, NOT_CERTIFIED, csv, records};
pub use json::json;
pub use nagios::{MONITORED, MonitorSummary, nagios};
pub use prometheus::{PrometheusBatch, end_of_day_in_china, label_value, prometheus};
pub use table::table;

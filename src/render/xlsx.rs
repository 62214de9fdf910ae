//! Excel workbooks (`--format xlsx -o FILE.xlsx`) for `forecast`, `quote` and `remind`: the
//! same columns as the CSV, with amounts as numbers in a `#,##0.00` yuan format, dates as real
//! Excel dates, a frozen header row, an autofilter and widths that fit Chinese text. Headers,
//! sheet names and the names of platforms, statuses and events follow the language, the ids
//! in trailing columns (`voice`); figures are the CSV's. Renderers return the bytes;
//! the CLI writes them.

mod forecast;
mod headers;
mod list;
mod records;
mod sheet;
mod voice;

pub use forecast::ForecastBook;
pub use list::list_workbook;
pub use records::{CellKind, RecordsBook};

/// Why a workbook could not be made (in practice: more rows than a sheet holds).
#[derive(Debug, thiserror::Error)]
#[error("cannot make the workbook: {0}")]
pub struct XlsxError(#[from] rust_xlsxwriter::XlsxError);

//! `forecast --format csv`: one header row, then one row per payment, amounts as integer fen
//! and as yuan with two decimals. No byte-order mark unless `--bom`: scripts come first. The
//! header is an API: add columns at the end, never rename.

use crate::forecast::Forecast;
use crate::render::{Context, csv_lines};

/// The header row.
pub const HEADER: [&str; 10] = [
    "profile",
    "org",
    "platform",
    "date",
    "month",
    "event",
    "amount_fen",
    "amount",
    "fact",
    "source",
];

/// The header line, with its newline.
pub fn header() -> String {
    csv_lines([HEADER.map(str::to_owned).to_vec()])
}

/// One profile's payments as records (cells as they are, not yet made safe for spreadsheets),
/// in [`HEADER`] order: what the CSV and the workbook both write.
pub fn records(context: &Context<'_>, org_name: &str, forecast: &Forecast) -> Vec<Vec<String>> {
    forecast
        .payments
        .iter()
        .map(|payment| {
            vec![
                context.profile_path.to_owned(),
                org_name.to_owned(),
                payment.platform.id().to_owned(),
                payment.date.to_string(),
                payment.month(),
                payment.event.id().to_owned(),
                payment.amount.0.to_string(),
                payment.amount.yuan_plain(),
                payment.fact.clone(),
                payment.source.clone(),
            ]
        })
        .collect()
}

/// One profile's rows (no header).
pub fn rows(context: &Context<'_>, org_name: &str, forecast: &Forecast) -> String {
    csv_lines(records(context, org_name, forecast))
}

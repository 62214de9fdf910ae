//! `forecast --format csv`: one header row, then one row per payment, amounts as integer fen
//! and as yuan with two decimals. No byte-order mark unless `--bom`: scripts come first. The
//! header is an API: add columns at the end; a rename raises the schema version (`amount` became
//! `amount_yuan` in version 2).

use crate::forecast::{Forecast, Payment};
use crate::profile::Profile;
use crate::render::{Context, csv_lines};
use std::borrow::Cow;

/// The header row.
pub const HEADER: [&str; 13] = crate::render::with_provenance([
    "profile",
    "org",
    "platform",
    "date",
    "month",
    "event",
    "amount_fen",
    "amount_yuan",
    "fact",
    "source",
]);

/// The header line, with its newline.
pub fn header() -> String {
    csv_lines([HEADER.map(str::to_owned).to_vec()])
}

/// One profile's payments as records (cells as they are, not yet made safe for spreadsheets),
/// in [`HEADER`] order: what the CSV and the workbook both write.
pub fn records(context: &Context<'_>, profile: &Profile, forecast: &Forecast) -> Vec<Vec<String>> {
    let org_name = profile.org().name.as_str();
    let records = forecast
        .payments
        .iter()
        .map(|payment| {
            payment_cells(context, org_name, payment)
                .into_iter()
                .map(Cow::into_owned)
                .collect()
        })
        .collect();
    crate::render::records_with_provenance(context, Some(profile), records)
}

/// One profile's rows (no header).
pub fn rows(context: &Context<'_>, profile: &Profile, forecast: &Forecast) -> String {
    let org_name = profile.org().name.as_str();
    crate::render::profile_csv_lines(
        context,
        Some(profile),
        forecast
            .payments
            .iter()
            .map(|payment| payment_cells(context, org_name, payment)),
    )
}

/// One payment's cells: borrowed text, dates and amounts written out.
fn payment_cells<'a>(
    context: &Context<'a>,
    org_name: &'a str,
    payment: &'a Payment,
) -> [Cow<'a, str>; 10] {
    [
        Cow::Borrowed(context.profile_path),
        Cow::Borrowed(org_name),
        Cow::Borrowed(payment.platform.id()),
        Cow::Owned(payment.date.to_string()),
        Cow::Owned(payment.month()),
        Cow::Borrowed(payment.event.id()),
        Cow::Owned(payment.amount.0.to_string()),
        Cow::Owned(payment.amount.yuan_plain()),
        Cow::Borrowed(&payment.fact),
        Cow::Borrowed(&payment.source),
    ]
}

//! `quote` as tidy CSV: one header row, then one row per fact — each line, each platform
//! figure, each total — with `profile` and `platform` columns, amounts as integer fen and as
//! yuan with two decimals. The header is an API: add columns at the end, never rename.

use super::Context;
use crate::money::Fen;
use crate::quote::Quote;

/// The header row.
pub const HEADER: &[&str] = &[
    "profile",
    "org",
    "platform",
    "row",
    "item",
    "rule",
    "amount_fen",
    "amount_yuan",
    "refundable",
    "annual_review",
    "years",
    "fact",
    "source",
];

/// The header line, with its newline.
pub fn header() -> String {
    to_csv(std::iter::once(
        HEADER.iter().map(|cell| (*cell).to_owned()).collect(),
    ))
}

/// The rows of one profile's quote (no header).
pub fn rows(context: &Context<'_>, org_name: &str, quote: &Quote) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let row = |platform: &str,
               kind: &str,
               item: &str,
               rule: &str,
               amount: Fen,
               flags: [&str; 3],
               fact: &str,
               source: &str| {
        let [refundable, annual, years] = flags;
        [context.profile_path, org_name, platform, kind, item, rule]
            .iter()
            .map(|cell| (*cell).to_owned())
            .chain([amount.0.to_string(), amount.yuan_plain()])
            .chain(
                [refundable, annual, years, fact, source]
                    .iter()
                    .map(|cell| (*cell).to_owned()),
            )
            .collect::<Vec<_>>()
    };
    for platform in &quote.platforms {
        let id = platform.platform.id();
        for line in &platform.lines {
            let flags = [bool_cell(line.refundable), bool_cell(line.annual), ""];
            rows.push(row(
                id,
                line.kind.id(),
                &line.item,
                &line.rule,
                line.amount,
                flags,
                &line.fact,
                &line.source,
            ));
        }
        let (review_rule, review_fact, review_source) =
            platform.annual_review_rule.clone().unwrap_or_default();
        for (item, amount, rule, fact, source) in [
            ("first_fen", platform.first_fen, "", "", ""),
            (
                "failed_attempt_fen",
                platform.failed_attempt_fen,
                "",
                "",
                "",
            ),
            (
                "annual_review_fen",
                platform.annual_review_fen,
                review_rule.as_str(),
                review_fact.as_str(),
                review_source.as_str(),
            ),
            ("subsidy_fen", platform.subsidy_fen, "", "", ""),
        ] {
            rows.push(row(
                id,
                "summary",
                item,
                rule,
                amount,
                ["", "", ""],
                fact,
                source,
            ));
        }
    }
    let years = quote.years.to_string();
    for (item, amount) in [
        ("first_fen", quote.first_fen),
        ("subsidy_fen", quote.subsidy_fen),
        ("net_first_fen", quote.net_first_fen),
        ("total_fen", quote.total_fen),
    ] {
        rows.push(row("", "total", item, "", amount, ["", "", &years], "", ""));
    }
    to_csv(rows.into_iter())
}

fn bool_cell(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// Writes rows as CSV text (quoting as needed).
pub fn to_csv(rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(&row)
            .expect("writing CSV to memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8")
}

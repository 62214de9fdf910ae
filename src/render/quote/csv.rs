//! `quote` as tidy CSV: one header row, then one row per fact — each line, each platform
//! figure, each total — with `profile` and `platform` columns, amounts as integer fen and as
//! yuan with two decimals. The header is an API: add columns at the end, never rename.

use crate::money::Fen;
use crate::profile::Profile;
use crate::quote::Quote;
use crate::render::xlsx::CellKind;
use crate::render::{Context, csv_lines};
use std::borrow::Cow;

/// The header row.
pub const HEADER: [&str; 16] = crate::render::with_provenance([
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
]);

/// The header line, with its newline.
pub fn header() -> String {
    csv_lines([HEADER.map(str::to_owned).to_vec()])
}

/// One row's values after `profile` and `org`.
struct Fact<'a> {
    platform: &'a str,
    row: &'a str,
    item: &'a str,
    rule: &'a str,
    amount: Fen,
    refundable: &'a str,
    annual_review: &'a str,
    /// The years a total covers (totals only).
    years: Option<u32>,
    fact: &'a str,
    source: &'a str,
}

fn bool_cell(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// How each column is written to a workbook.
pub const KINDS: [CellKind; 16] = crate::render::kinds_with_provenance([
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Integer,
    CellKind::Yuan,
    CellKind::Bool,
    CellKind::Bool,
    CellKind::Integer,
    CellKind::Text,
    CellKind::Text,
]);

/// The rows of one profile's quote (no header).
pub fn rows(context: &Context<'_>, profile: &Profile, quote: &Quote) -> String {
    let org_name = profile.org().name.as_str();
    crate::render::profile_csv_lines(
        context,
        Some(profile),
        facts(quote)
            .iter()
            .map(|fact| fact_cells(context, org_name, fact)),
    )
}

/// The rows of one profile's quote as records in [`HEADER`] order (cells as they are, not yet
/// made safe for spreadsheets): what the CSV and the workbook both write.
pub fn records(context: &Context<'_>, profile: &Profile, quote: &Quote) -> Vec<Vec<String>> {
    let org_name = profile.org().name.as_str();
    let records = facts(quote)
        .iter()
        .map(|fact| {
            fact_cells(context, org_name, fact)
                .into_iter()
                .map(Cow::into_owned)
                .collect()
        })
        .collect();
    crate::render::records_with_provenance(context, Some(profile), records)
}

/// One row per fact of `quote`, in [`HEADER`] order after `profile` and `org`.
fn facts<'a>(quote: &'a Quote<'_>) -> Vec<Fact<'a>> {
    let mut facts: Vec<Fact<'_>> = Vec::new();
    let blank = Fact {
        platform: "",
        row: "",
        item: "",
        rule: "",
        amount: Fen::ZERO,
        refundable: "",
        annual_review: "",
        years: None,
        fact: "",
        source: "",
    };
    for platform in &quote.platforms {
        let id = platform.platform.id();
        for line in &platform.lines {
            facts.push(Fact {
                platform: id,
                row: line.kind.id(),
                item: line.item,
                rule: line.rule,
                amount: line.amount,
                refundable: bool_cell(line.refundable),
                annual_review: bool_cell(line.annual),
                fact: line.fact,
                source: line.source,
                ..blank
            });
        }
        let review = platform.annual_review_rule.as_ref();
        let summary = Fact {
            platform: id,
            row: "summary",
            ..blank
        };
        facts.push(Fact {
            item: "first_fen",
            amount: platform.first_fen,
            ..summary
        });
        facts.push(Fact {
            item: "failed_attempt_fen",
            amount: platform.failed_attempt_fen,
            ..summary
        });
        facts.push(Fact {
            item: "annual_review_fen",
            amount: platform.annual_review_fen,
            rule: review.map_or("", |(rule, _, _)| rule),
            fact: review.map_or("", |(_, fact, _)| fact),
            source: review.map_or("", |(_, _, source)| source),
            ..summary
        });
        facts.push(Fact {
            item: "subsidy_fen",
            amount: platform.subsidy_fen,
            ..summary
        });
    }
    let total = Fact {
        row: "total",
        years: Some(quote.years),
        ..blank
    };
    facts.push(Fact {
        item: "first_fen",
        amount: quote.first_fen,
        ..total
    });
    facts.push(Fact {
        item: "subsidy_fen",
        amount: quote.subsidy_fen,
        ..total
    });
    facts.push(Fact {
        item: "net_first_fen",
        amount: quote.net_first_fen,
        ..total
    });
    facts.push(Fact {
        item: "total_fen",
        amount: quote.total_fen,
        ..total
    });

    facts
}

/// One fact's cells: borrowed text, the two amounts written out.
fn fact_cells<'a>(context: &Context<'a>, org_name: &'a str, fact: &Fact<'a>) -> [Cow<'a, str>; 13] {
    [
        Cow::Borrowed(context.profile_path),
        Cow::Borrowed(org_name),
        Cow::Borrowed(fact.platform),
        Cow::Borrowed(fact.row),
        Cow::Borrowed(fact.item),
        Cow::Borrowed(fact.rule),
        Cow::Owned(fact.amount.0.to_string()),
        Cow::Owned(fact.amount.yuan_plain()),
        Cow::Borrowed(fact.refundable),
        Cow::Borrowed(fact.annual_review),
        fact.years
            .map_or(Cow::Borrowed(""), |years| Cow::Owned(years.to_string())),
        Cow::Borrowed(fact.fact),
        Cow::Borrowed(fact.source),
    ]
}

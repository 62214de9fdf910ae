//! `quote` as one JSON object per profile (JSON Lines), schema version 1. Integer `*_fen`
//! fields are canonical; `amount` strings accompany line amounts for people.

use crate::money::Fen;
use crate::profile::Profile;
use crate::quote::{Line, PlatformQuote, Quote};
use crate::render::{Context, Envelope, json_line};
use crate::rules::Rules;
use serde::Serialize;
use std::collections::BTreeMap;

/// Renders one profile's quote as a single line of JSON (with its trailing newline).
pub fn render(context: &Context<'_>, profile: &Profile, quote: &Quote, rules: &Rules) -> String {
    let lang = context.lang;
    let mut cited = BTreeMap::new();
    let platforms = quote
        .platforms
        .iter()
        .map(|platform| {
            for source in platform
                .lines
                .iter()
                .map(|line| line.source)
                .chain(platform.notes.iter().map(|note| note.source.as_str()))
            {
                if let Some(found) = rules.source(source) {
                    cited.insert(
                        source.to_owned(),
                        SourceView {
                            title: &found.title,
                            publisher: &found.publisher,
                            trust: found.trust.id(),
                        },
                    );
                }
            }
            PlatformView::new(platform, lang)
        })
        .collect();
    let view = QuoteView {
        envelope: Envelope::new("quote", context, Some(profile)),
        currency: "CNY",
        platforms,
        first_fen: quote.first_fen,
        subsidy_fen: quote.subsidy_fen,
        net_first_fen: quote.net_first_fen,
        years: quote.years,
        total_fen: quote.total_fen,
        still_to_pay_fen: quote.still_to_pay_fen,
        assumptions: crate::render::localized(&quote.assumptions, context.lang),
        sources: cited,
    };
    json_line(&view)
}

#[derive(Serialize)]
struct QuoteView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    currency: &'static str,
    platforms: Vec<PlatformView<'a>>,
    first_fen: Fen,
    subsidy_fen: Fen,
    net_first_fen: Fen,
    years: u32,
    total_fen: Fen,
    still_to_pay_fen: Fen,
    assumptions: Vec<&'a str>,
    sources: BTreeMap<String, SourceView<'a>>,
}

#[derive(Serialize)]
struct SourceView<'a> {
    title: &'a str,
    publisher: &'a str,
    trust: &'static str,
}

#[derive(Serialize)]
struct PlatformView<'a> {
    platform: &'static str,
    first_fen: Fen,
    failed_attempt_fen: Fen,
    annual_review_fen: Fen,
    subsidy_fen: Fen,
    #[serde(skip_serializing_if = "Option::is_none")]
    certified_on: Option<String>,
    /// Only for a lapsed certification: the last day of grace, passed (X-LAPSE).
    #[serde(skip_serializing_if = "Option::is_none")]
    lapsed_since: Option<String>,
    renewals_in_window: u32,
    still_to_pay_fen: Fen,
    /// Only for a platform with events: paid minus refunds so far.
    #[serde(skip_serializing_if = "Option::is_none")]
    spent_fen: Option<Fen>,
    lines: Vec<LineView<'a>>,
    notes: Vec<NoteView<'a>>,
}

impl<'a> PlatformView<'a> {
    fn new(platform: &'a PlatformQuote, lang: crate::lang::Lang) -> Self {
        PlatformView {
            platform: platform.platform.id(),
            first_fen: platform.first_fen,
            failed_attempt_fen: platform.failed_attempt_fen,
            annual_review_fen: platform.annual_review_fen,
            subsidy_fen: platform.subsidy_fen,
            certified_on: platform.certified_on.map(|day| day.to_string()),
            lapsed_since: platform.lapsed_since.map(|day| day.to_string()),
            renewals_in_window: platform.renewals_in_window,
            still_to_pay_fen: platform.still_to_pay_fen,
            spent_fen: platform.spent_fen,
            lines: platform
                .lines
                .iter()
                .map(|line| LineView::new(line, lang))
                .collect(),
            notes: platform
                .notes
                .iter()
                .map(|note| NoteView {
                    id: &note.id,
                    text: note.text.get(lang),
                    fact: &note.fact,
                    source: &note.source,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct LineView<'a> {
    item: &'a str,
    kind: &'static str,
    rule: &'a str,
    name: &'a str,
    amount_fen: Fen,
    amount: String,
    refundable: bool,
    annual_review: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    tier: Option<&'a str>,
    fact: &'a str,
    source: &'a str,
}

impl<'a> LineView<'a> {
    fn new(line: &'a Line, lang: crate::lang::Lang) -> Self {
        LineView {
            item: line.item,
            kind: line.kind.id(),
            rule: line.rule,
            name: line.name.get(lang),
            amount_fen: line.amount,
            amount: line.amount.yuan_plain(),
            refundable: line.refundable,
            annual_review: line.annual,
            tier: line.tier.as_ref().map(|tier| tier.id),
            fact: line.fact,
            source: line.source,
        }
    }
}

#[derive(Serialize)]
struct NoteView<'a> {
    id: &'a str,
    text: &'a str,
    fact: &'a str,
    source: &'a str,
}

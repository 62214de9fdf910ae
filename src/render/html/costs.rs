//! Costs: per platform the first certification, what a rejected attempt costs, each annual
//! review, the expected subsidy and the multi-year total — as a bar chart and as a table with
//! the fee lines under each platform, every figure citing its fact and source.

use super::sources::Citations;
use super::svg::{label_column, length, platform_colour, platform_tint};
use super::{Page, Scope};
use crate::lang::Lang;
use crate::money::Fen;
use crate::msg;
use crate::quote::{Line, LineKind, PlatformQuote};
use crate::render::quote::table::line_label;
use crate::report::{OrgReport, REPORT_YEARS};
use maud::{Markup, html};

/// A platform's total over the report's years: what is still to pay — the first certification
/// and the reviews after it, or for a platform already certified only its reviews ahead
/// (section 10 of the register: a budget counts what is still to pay).
pub fn years_total(platform: &PlatformQuote) -> Fen {
    platform.still_to_pay_fen
}

/// The costs section.
pub fn section(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    let anchor = scope.anchor;
    let lang = page.lang;
    let quote = &report.quote;
    html! {
        section.costs id={ (anchor) "costs" } {
            h2 { (msg!(lang, "report-costs-title")) }
            @if scope.full { (chart(report, lang, anchor)) }
            table.figures {
                thead { tr {
                    th { (msg!(lang, "report-col-platform")) }
                    th.num { (msg!(lang, "report-col-first")) }
                    th.num { (msg!(lang, "report-col-failed")) }
                    th.num { (msg!(lang, "report-col-annual")) }
                    th.num { (msg!(lang, "report-col-subsidy")) }
                    th.num { (msg!(lang, "report-col-total", years = REPORT_YEARS)) }
                } }
                tbody {
                    @for platform in &quote.platforms {
                        @let fees: Vec<(&str, &str)> = platform.lines.iter()
                            .filter(|line| line.kind != LineKind::Subsidy)
                            .map(|line| (line.fact, line.source)).collect();
                        @let subsidies: Vec<(&str, &str)> = platform.lines.iter()
                            .filter(|line| line.kind == LineKind::Subsidy)
                            .map(|line| (line.fact, line.source)).collect();
                        tr.platform {
                            td { strong { span.swatch style={ "background:" (platform_colour(platform.platform)) } {} (platform.platform.label(lang)) } }
                            td.num { (platform.first_fen.yuan_grouped()) (citations.cite_all(fees.iter().copied())) }
                            td.num { (platform.failed_attempt_fen.yuan_grouped()) (citations.cite_all(fees.iter().copied())) }
                            td.num {
                                @match &platform.annual_review_rule {
                                    Some((_, fact, source)) => { (platform.annual_review_fen.yuan_grouped()) (citations.cite(fact, source)) }
                                    None => { span.muted { (msg!(lang, "report-no-annual-review")) } }
                                }
                            }
                            td.num {
                                @if platform.subsidy_fen.0 == 0 { "—" } @else {
                                    (( -platform.subsidy_fen).yuan_grouped()) (citations.cite_all(subsidies.iter().copied()))
                                }
                            }
                            td.num { (years_total(platform).yuan_grouped()) }
                        }
                        @for line in platform.lines.iter().filter(|_| scope.full) {
                            tr.part {
                                td { (line_label(line, lang)) }
                                td.num { @if line.kind != LineKind::Subsidy { (line.amount.yuan_grouped()) } }
                                td.num { (refund_text(line, lang)) }
                                td.num { @if line.annual && line.kind != LineKind::Subsidy { (msg!(lang, "report-line-annual")) } }
                                td.num { @if line.kind == LineKind::Subsidy { (line.amount.yuan_grouped()) } }
                                td {}
                            }
                        }
                    }
                    tr.total {
                        td { (msg!(lang, "report-col-all")) }
                        td.num { (quote.first_fen.yuan_grouped()) }
                        td.num { (quote.platforms.iter().fold(Fen::ZERO, |sum, p| sum + p.failed_attempt_fen).yuan_grouped()) }
                        td.num {
                            @if quote.platforms.iter().any(|platform| platform.annual_review_rule.is_some()) {
                                (quote.platforms.iter().fold(Fen::ZERO, |sum, p| sum + p.annual_review_fen).yuan_grouped())
                            } @else {
                                span.muted { (msg!(lang, "report-no-annual-review")) }
                            }
                        }
                        td.num { @if quote.subsidy_fen.0 == 0 { "—" } @else { ((-quote.subsidy_fen).yuan_grouped()) } }
                        td.num { (quote.still_to_pay_fen.yuan_grouped()) }
                    }
                }
            }
            @if quote.platforms.iter().any(|platform| platform.certified_on.is_some()) {
                p.note { (msg!(lang, "report-costs-note-certified", years = REPORT_YEARS, reviews = REPORT_YEARS - 1)) }
            } @else if quote.platforms.iter().any(|platform| platform.annual_review_rule.is_some()) {
                p.note { (msg!(lang, "report-costs-note", years = REPORT_YEARS, reviews = REPORT_YEARS - 1)) }
            } @else {
                p.note { (msg!(lang, "report-costs-note-no-review", years = REPORT_YEARS)) }
            }
            @if quote.subsidy_fen.0 != 0 {
                p.note { (msg!(lang, "report-costs-net", amount = quote.net_first_fen.yuan_grouped())) }
            }
            @for note in unique_notes(report).into_iter().filter(|_| scope.full) {
                p.note { "· " (note.text.get(lang)) (citations.cite(&note.fact, &note.source)) }
            }
        }
    }
}

fn unique_notes<'r>(report: &'r OrgReport<'_>) -> Vec<&'r crate::rules::Note> {
    let mut notes: Vec<&crate::rules::Note> = Vec::new();
    for note in report
        .quote
        .platforms
        .iter()
        .flat_map(|platform| &platform.notes)
    {
        if !notes.iter().any(|shown| shown.id == note.id) {
            notes.push(note);
        }
    }
    notes
}

fn refund_text(line: &Line, lang: Lang) -> String {
    // Nothing charged is neither refunded nor kept.
    if line.amount == Fen::ZERO {
        return String::new();
    }
    match (line.kind, line.refundable) {
        (LineKind::Fee, true) => msg!(lang, "report-line-refunded"),
        (LineKind::Fee, false) => msg!(lang, "report-line-not-refunded"),
        _ => String::new(),
    }
}

const CHART_WIDTH: i64 = 1000;
const LABEL_WIDTH: i64 = 190;
const VALUE_WIDTH: i64 = 110;
const BAR: i64 = 16;

/// Horizontal bars per platform: the first certification (solid) and each annual review
/// (tinted), with their amounts written beside them.
fn chart(report: &OrgReport<'_>, lang: Lang, anchor: &str) -> Markup {
    let title_id = format!("{anchor}costs-title");
    let desc_id = format!("{anchor}costs-desc");
    let platforms = &report.quote.platforms;
    let max = platforms
        .iter()
        .flat_map(|platform| [platform.first_fen, platform.annual_review_fen])
        .max()
        .unwrap_or(Fen::ZERO);
    let row = 2 * BAR + 18;
    let height = 24 + row * platforms.len() as i64;
    // Wide enough for the longest platform name: a label is never cut.
    let label_width = label_column(
        platforms
            .iter()
            .map(|platform| platform.platform.label(lang)),
        13,
        (4, 10),
        LABEL_WIDTH,
    );
    let full = CHART_WIDTH - label_width - VALUE_WIDTH;
    let description: Vec<String> = platforms
        .iter()
        .map(|platform| match platform.annual_review_rule {
            Some(_) => msg!(
                lang,
                "report-costs-chart-row",
                platform = platform.platform.label(lang),
                first = platform.first_fen.yuan_grouped(),
                annual = platform.annual_review_fen.yuan_grouped()
            ),
            None => msg!(
                lang,
                "report-costs-chart-row-no-review",
                platform = platform.platform.label(lang),
                first = platform.first_fen.yuan_grouped()
            ),
        })
        .collect();
    html! {
        figure {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (CHART_WIDTH) " " (height) } role="img"
                aria-labelledby={ (title_id) " " (desc_id) } font-size="13" {
                title id=(title_id) { (msg!(lang, "report-costs-chart-title")) }
                desc id=(desc_id) { (description.join(&msg!(lang, "report-list-separator"))) }
                g {
                    rect x=(label_width) y="4" width="12" height="12" fill="#1f3a5f" {}
                    text x=(label_width + 18) y="15" fill="#5b6675" { (msg!(lang, "report-col-first")) }
                    rect x=(label_width + 200) y="4" width="12" height="12" fill="#1f3a5f" fill-opacity="0.35" {}
                    text x=(label_width + 218) y="15" fill="#5b6675" { (msg!(lang, "report-col-annual")) }
                }
                @for (index, platform) in platforms.iter().enumerate() {
                    @let y = 24 + row * index as i64;
                    @let first = length(platform.first_fen, max, full);
                    @let annual = length(platform.annual_review_fen, max, full);
                    text x=(label_width - 10) y=(y + BAR + 6) text-anchor="end" fill="#1b2430" font-weight="600" data-fit={ "0 " (label_width - 2) } {
                        (platform.platform.label(lang))
                    }
                    rect x=(label_width) y=(y) width=(first.max(1)) height=(BAR) rx="2" fill=(platform_colour(platform.platform)) {}
                    text x=(label_width + first + 6) y=(y + BAR - 3) fill="#1b2430" { "¥" (platform.first_fen.yuan_grouped()) }
                    rect x=(label_width) y=(y + BAR + 2) width=(annual.max(1)) height=(BAR) rx="2" fill=(platform_tint(platform.platform)) stroke=(platform_colour(platform.platform)) stroke-width="1" {}
                    text x=(label_width + annual + 6) y=(y + 2 * BAR - 1) fill="#5b6675" {
                        @match platform.annual_review_rule {
                            Some(_) => { "¥" (platform.annual_review_fen.yuan_grouped()) },
                            None => (msg!(lang, "report-no-annual-review")),
                        }
                    }
                    line x1=(label_width) x2=(label_width) y1=(y - 4) y2=(y + 2 * BAR + 6) stroke="#9aa4b1" {}
                }
            }
            figcaption { (msg!(lang, "report-costs-chart-caption")) }
        }
    }
}

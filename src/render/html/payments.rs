//! A portfolio's payments per month: stacked bars by platform with each month's total written
//! above, and a table of the same numbers (a column per platform that has a payment).

use super::Page;
use super::header::platform_legend;
use super::svg::{length, month_label, month_name, platform_colour};
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::report::payments::MonthPayments;
use chrono::Datelike;
use maud::{Markup, html};

const CHART_WIDTH: i64 = 1000;
const CHART_HEIGHT: i64 = 200;
const LEFT: i64 = 20;
const TOP: i64 = 24;

/// Payments per month: stacked bars by platform, and the same numbers in a table.
pub fn section(page: &Page<'_>, months: &[MonthPayments]) -> Markup {
    let lang = page.lang;
    let platforms: Vec<Platform> = Platform::ALL
        .iter()
        .copied()
        .filter(|platform| {
            months
                .iter()
                .any(|month| month.by_platform.iter().any(|(p, _)| p == platform))
        })
        .collect();
    let max = months
        .iter()
        .map(MonthPayments::total)
        .max()
        .unwrap_or(Fen::ZERO);
    let slot = (CHART_WIDTH - LEFT) / months.len().max(1) as i64;
    let bar = slot * 3 / 5;
    let base = TOP + CHART_HEIGHT;
    let description: Vec<String> = months
        .iter()
        .map(|month| {
            format!(
                "{} {}",
                month_label(month.month, lang),
                month.total().yuan_grouped()
            )
        })
        .collect();
    let total = months
        .iter()
        .fold(Fen::ZERO, |sum, month| sum + month.total());
    html! {
        section #payments {
            h2 { (msg!(lang, "report-payments-title")) }
            p.note { (msg!(lang, "report-payments-intro")) }
            figure {
                svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (CHART_WIDTH) " " (base + 40) }
                    role="img" aria-labelledby="payments-title payments-desc" font-size="12" {
                    title #payments-title { (msg!(lang, "report-payments-chart-title")) }
                    desc #payments-desc { (description.join(&msg!(lang, "report-list-separator"))) }
                    line x1=(LEFT) x2=(CHART_WIDTH) y1=(base) y2=(base) stroke="#1b2430" {}
                    @for (index, month) in months.iter().enumerate() {
                        @let x = LEFT + slot * index as i64 + (slot - bar) / 2;
                        @let segments = stack(month, max);
                        @let stacked = segments.last().map_or(0, |segment| segment.2);
                        @for (platform, amount, top, height) in &segments {
                            rect x=(x) y=(base - top) width=(bar) height=(height) fill=(platform_colour(*platform)) stroke="#fff" stroke-width="1" {
                                title { (platform.label(lang)) " ¥" (amount.yuan_grouped()) }
                            }
                        }
                        @if month.total() > Fen::ZERO {
                            text x=(x + bar / 2) y=(base - stacked - 6) text-anchor="middle" fill="#1b2430" font-size="11" font-weight="600" { (compact(month.total())) }
                        }
                        text x=(x + bar / 2) y=(base + 16) text-anchor="middle" fill="#5b6675" {
                            (month_name(month.month.month(), lang))
                        }
                        @if index == 0 || month.month.month() == 1 {
                            text x=(x + bar / 2) y=(base + 31) text-anchor="middle" fill="#5b6675" font-size="11" { (month.month.year()) }
                        }
                    }
                }
                figcaption { (platform_legend(&platforms, lang)) }
            }
            table {
                thead { tr {
                    th { (msg!(lang, "report-col-month")) }
                    @for platform in &platforms { th.num { (platform.label(lang)) } }
                    th.num { (msg!(lang, "report-col-month-total")) }
                } }
                tbody {
                    @for month in months {
                        tr {
                            td.date { (month_label(month.month, lang)) }
                            @for platform in &platforms {
                                td.num {
                                    @match month.by_platform.iter().find(|(p, _)| p == platform) {
                                        Some((_, amount)) => (amount.yuan_grouped()),
                                        None => span.muted { "—" },
                                    }
                                }
                            }
                            td.num { strong { (month.total().yuan_grouped()) } }
                        }
                    }
                    tr.total {
                        td { (msg!(lang, "report-col-all")) }
                        @for platform in &platforms {
                            td.num { (months.iter().flat_map(|month| &month.by_platform).filter(|(p, _)| p == platform).fold(Fen::ZERO, |sum, (_, amount)| sum + *amount).yuan_grouped()) }
                        }
                        td.num { (total.yuan_grouped()) }
                    }
                }
            }
        }
    }
}

/// A month's bar segments, bottom up: platform, amount, top (above the base) and height.
fn stack(month: &MonthPayments, max: Fen) -> Vec<(Platform, Fen, i64, i64)> {
    let mut top = 0;
    month
        .by_platform
        .iter()
        .map(|(platform, amount)| {
            let height = length(*amount, max, CHART_HEIGHT).max(3);
            top += height;
            (*platform, *amount, top, height)
        })
        .collect()
}

/// An amount for a bar's label: whole yuan, grouped.
fn compact(amount: Fen) -> String {
    let text = amount.yuan_grouped();
    text.strip_suffix(".00").unwrap_or(&text).to_owned()
}

//! A portfolio's certifications by status: one horizontal bar per status, worst first, with
//! its count written beside it, and a table of the same numbers. However many clients, the
//! chart has five bars.

use super::Page;
use super::svg::status_class;
use crate::money::Fen;
use crate::msg;
use crate::render::remind::MONITORED;
use crate::report::portfolio::Portfolio;
use crate::review::ReviewStatus;
use maud::{Markup, html};

const WIDTH: i64 = 1000;
const LABEL: i64 = 180;
const ROW: i64 = 30;
const BAR: i64 = 20;

/// The colour of a status's bar (the stylesheet's status colours).
fn colour(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::NoReview => "#5b6675",
        ReviewStatus::Ok => "#2e7d32",
        ReviewStatus::Due => "#b26a00",
        ReviewStatus::Critical => "#c62828",
        ReviewStatus::Expired => "#8e1b1b",
        ReviewStatus::Lapsed => "#3d3d3d",
    }
}

/// The section: the chart, then the table (anchor `#renewals`).
pub fn section(page: &Page<'_>, portfolio: &Portfolio) -> Markup {
    let lang = page.lang;
    let counts: Vec<(ReviewStatus, usize, Fen)> = MONITORED
        .iter()
        .map(|status| {
            let rows = portfolio
                .renewals
                .iter()
                .filter(|row| row.status == *status);
            let fees = rows.clone().fold(Fen::ZERO, |sum, row| sum + row.fee_fen);
            (*status, rows.count(), fees)
        })
        .collect();
    let max = counts.iter().map(|(_, count, _)| *count).max().unwrap_or(0);
    let height = ROW * counts.len() as i64 + 10;
    let description: Vec<String> = counts
        .iter()
        .map(|(status, count, _)| format!("{} {count}", status.label(lang)))
        .collect();
    html! {
        section #renewals {
            h2 { (msg!(lang, "report-status-title")) }
            p.note { (msg!(lang, "report-status-intro", count = portfolio.renewals.len())) }
            figure {
                svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) }
                    role="img" aria-labelledby="status-title status-desc" font-size="13" {
                    title #status-title { (msg!(lang, "report-status-chart-title")) }
                    desc #status-desc { (description.join(&msg!(lang, "report-list-separator"))) }
                    @for (row, (status, count, _)) in counts.iter().enumerate() {
                        @let y = ROW * row as i64 + 5;
                        @let length = if max == 0 { 0 } else { (*count as i64 * (WIDTH - LABEL - 90)) / max as i64 };
                        text x=(LABEL - 10) y=(y + BAR - 5) text-anchor="end" fill="#1b2430" { (status.label(lang)) }
                        rect x=(LABEL) y=(y) width=(length.max(1)) height=(BAR) fill=(colour(*status)) {}
                        text x=(LABEL + length + 8) y=(y + BAR - 5) fill="#1b2430" font-weight="600" { (count) }
                    }
                }
            }
            table {
                thead { tr {
                    th { (msg!(lang, "report-col-status")) }
                    th.num { (msg!(lang, "report-col-certifications")) }
                    th.num { (msg!(lang, "report-col-fee")) }
                } }
                tbody {
                    @for (status, count, fees) in &counts {
                        tr {
                            td { span.badge.(status_class(*status)) { (status.label(lang)) } }
                            td.num { (count) }
                            td.num { (fees.yuan_grouped()) }
                        }
                    }
                }
            }
        }
    }
}

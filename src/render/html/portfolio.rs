//! A folder of clients on one page that stays light at ten thousand: totals, the payments per
//! month and the certifications by status as charts (each with a table of the same numbers),
//! the clients needing action first, then every other client in one sortable table. Each
//! client's own page is written beside it only with `report DIR -o out/`.

use super::clients::{self, ClientLinks, SORT_SCRIPT};
use super::header::{fact, rules_label};
use super::{Page, document_with_script, payments, status_chart};
use crate::i18n::message;
use crate::msg;
use crate::report::REPORT_YEARS;
use crate::report::portfolio::Portfolio;
use crate::review::ReviewStatus;

/// The portfolio page; `links` says whether each client has its own page beside it.
pub fn page(page: &Page<'_>, portfolio: &Portfolio, links: ClientLinks) -> String {
    let lang = page.lang;
    let attention = [
        ReviewStatus::Due,
        ReviewStatus::Critical,
        ReviewStatus::Expired,
        ReviewStatus::Lapsed,
    ]
    .iter()
    .map(|status| portfolio.count(*status))
    .sum::<usize>();
    let months = portfolio.months();
    let body = maud::html! {
        header.masthead {
            p.eyebrow { (msg!(lang, "report-portfolio-eyebrow")) }
            h1 { (msg!(lang, "report-portfolio-title", count = portfolio.clients.len())) }
            dl.facts {
                (fact(&msg!(lang, "report-as-of"), &page.as_of.to_string()))
                (fact(&msg!(lang, "report-rules"), &rules_label(page)))
                (fact(&msg!(lang, "report-language"), &message(lang, "catalogue-language")))
            }
        }
        div.cards {
            div.card {
                div.label { (msg!(lang, "report-card-clients")) }
                div.value { (portfolio.clients.len()) }
                div.note { (msg!(lang, "report-card-renewals-note", count = portfolio.renewals.len())) }
            }
            div.card {
                div.label { (msg!(lang, "report-card-first")) }
                div.value { "¥" (portfolio.first_fen().yuan_grouped()) }
                div.note { (msg!(lang, "report-card-first-all")) }
            }
            div.card {
                div.label { (msg!(lang, "report-card-total", years = REPORT_YEARS)) }
                div.value { "¥" (portfolio.total_fen().yuan_grouped()) }
                div.note { (msg!(lang, "report-card-total-note", reviews = REPORT_YEARS - 1)) }
            }
            div.card.warn {
                div.label { (msg!(lang, "report-card-due")) }
                div.value { "¥" (portfolio.due_fen().yuan_grouped()) }
                div.note { (msg!(lang, "report-card-due-note", count = portfolio.payments.len())) }
            }
            div.card.(if attention > 0 { "bad" } else { "good" }) {
                div.label { (msg!(lang, "report-card-attention")) }
                div.value { (attention) }
                div.note {
                    (msg!(lang, "report-card-attention-note",
                        due = portfolio.count(ReviewStatus::Due) + portfolio.count(ReviewStatus::Critical),
                        expired = portfolio.count(ReviewStatus::Expired),
                        lapsed = portfolio.count(ReviewStatus::Lapsed)))
                }
            }
            div.card.(if portfolio.open_findings() > 0 { "warn" } else { "good" }) {
                div.label { (msg!(lang, "report-card-findings")) }
                div.value { (portfolio.open_findings()) }
                div.note { (msg!(lang, "report-card-findings-note")) }
            }
        }
        (payments::section(page, &months))
        (status_chart::section(page, portfolio))
        (clients::attention(page, portfolio, links))
        (clients::others(page, portfolio, links))
        footer { p { (msg!(lang, "report-footer", version = env!("CARGO_PKG_VERSION"), as_of = page.as_of)) } }
    };
    document_with_script(
        lang,
        &msg!(
            lang,
            "report-portfolio-title",
            count = portfolio.clients.len()
        ),
        body,
        SORT_SCRIPT,
    )
}

//! A folder of clients on one page: totals, the payments per month as stacked bars (and a
//! table of the same numbers), every renewal by date with its status in colour and in words, a
//! row per client, and each client's own sections below, folded in `<details>`.

use super::header::{deadline_text, fact, rules_label};
use super::sources::Citations;
use super::svg::{severity_class, status_class};
use super::{Page, Scope, document, org_sections, payments, shown};
use crate::check::Severity;
use crate::i18n::message;
use crate::msg;
use crate::profile::Profile;
use crate::report::portfolio::Portfolio;
use crate::report::{OrgReport, REPORT_YEARS};
use crate::review::ReviewStatus;
use maud::{Markup, PreEscaped, html};

/// The anchor of client `index`'s section.
fn client_anchor(index: usize) -> String {
    format!("client-{}", index + 1)
}

/// One client's folded section, citing into the portfolio's `citations`.
pub fn client_section(
    page: &Page<'_>,
    index: usize,
    path: &str,
    profile: &Profile,
    report: &OrgReport<'_>,
    citations: &mut Citations,
) -> String {
    let lang = page.lang;
    let org = profile.org();
    let worst = report.schedule.worst();
    let open = report.open_findings();
    let prefix = format!("c{}-", index + 1);
    html! {
        details.client id=(client_anchor(index)) {
            summary {
                span { (shown(&org.name)) }
                @if let Some(worst) = worst {
                    span.badge.(status_class(worst)) { (worst.label(lang)) }
                }
                @if open > 0 {
                    span.badge.(severity_class(Severity::Warning)) { (msg!(lang, "report-open-findings", count = open)) }
                }
                span.muted { (shown(path)) }
            }
            dl.facts {
                (fact(&msg!(lang, "report-kind"), org.kind.label(lang)))
                (fact(&msg!(lang, "report-members"), &msg!(lang, "report-members-count", count = org.members.get())))
                @if let Some(region) = &org.region {
                    (fact(&msg!(lang, "report-region"), &shown(region)))
                }
            }
            (org_sections(page, report, citations, Scope { anchor: &prefix, full: false }))
        }
    }
    .into_string()
}

/// The portfolio page; `sections` are the clients' sections in order.
pub fn page(
    page: &Page<'_>,
    portfolio: &Portfolio,
    sections: &[String],
    citations: &Citations,
) -> String {
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
    let body = html! {
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
        (renewals(page, portfolio))
        (clients(page, portfolio))
        section.major #clients-detail {
            h2 { (msg!(lang, "report-clients-detail-title")) }
            p.note { (msg!(lang, "report-clients-detail-intro")) }
            @for section in sections { (PreEscaped(section)) }
        }
        (citations.section(page.rules, lang))
        footer { p { (msg!(lang, "report-footer", version = env!("CARGO_PKG_VERSION"), as_of = page.as_of)) } }
    };
    document(
        lang,
        &msg!(
            lang,
            "report-portfolio-title",
            count = portfolio.clients.len()
        ),
        body,
    )
}

/// Every renewal by expiry.
fn renewals(page: &Page<'_>, portfolio: &Portfolio) -> Markup {
    let lang = page.lang;
    html! {
        section.major #renewals {
            h2 { (msg!(lang, "report-portfolio-renewals-title")) }
            @if portfolio.renewals.is_empty() {
                p.note { (msg!(lang, "report-renewals-none")) }
            } @else {
                table {
                    thead { tr {
                        th { (msg!(lang, "report-col-expires")) }
                        th { (msg!(lang, "report-col-client")) }
                        th { (msg!(lang, "report-col-platform")) }
                        th { (msg!(lang, "report-col-start-by")) }
                        th.num { (msg!(lang, "report-col-days-left")) }
                        th { (msg!(lang, "report-col-status")) }
                        th.num { (msg!(lang, "report-col-fee")) }
                    } }
                    tbody {
                        @for row in &portfolio.renewals {
                            tr {
                                td.date { (row.expires_on) }
                                td { a href={ "#" (client_anchor(row.client)) } { (shown(&portfolio.clients[row.client].name)) } }
                                td.nowrap { (row.platform.label(lang)) }
                                td.date { (row.start_by) }
                                td.num { (row.days_left) }
                                td { span.badge.(status_class(row.status)) { (row.status.label(lang)) } }
                                td.num { (row.fee_fen.yuan_grouped()) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A row per client.
fn clients(page: &Page<'_>, portfolio: &Portfolio) -> Markup {
    let lang = page.lang;
    html! {
        section.major #clients {
            h2 { (msg!(lang, "report-clients-title")) }
            table {
                thead { tr {
                    th { (msg!(lang, "report-col-client")) }
                    th.num { (msg!(lang, "report-col-first")) }
                    th { (msg!(lang, "report-col-next-payment")) }
                    th { (msg!(lang, "report-col-next-deadline")) }
                    th.num { (msg!(lang, "report-col-open-findings")) }
                    th { (msg!(lang, "report-col-status")) }
                } }
                tbody {
                    @for (index, client) in portfolio.clients.iter().enumerate() {
                        tr {
                            td.client { a href={ "#" (client_anchor(index)) } { (shown(&client.name)) } }
                            td.num { (client.first_fen.yuan_grouped()) }
                            td {
                                @match &client.next_payment {
                                    Some(payment) => { span.date { (payment.date) } " · " (payment.platform.label(lang)) " · ¥" (payment.amount.yuan_grouped()) }
                                    None => span.muted { "—" },
                                }
                            }
                            td {
                                @match &client.next_deadline {
                                    Some(deadline) => { span.date { (deadline.date) } " · " (deadline_text(deadline, lang)) }
                                    None => span.muted { "—" },
                                }
                            }
                            td.num {
                                @if client.critical_findings > 0 {
                                    span.(severity_class(Severity::Critical)) { strong { (client.open_findings) } }
                                } @else { (client.open_findings) }
                            }
                            td {
                                @match client.worst_status {
                                    Some(status) => span.badge.(status_class(status)) { (status.label(lang)) },
                                    None => span.badge.s-none { (msg!(lang, "report-not-certified")) },
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

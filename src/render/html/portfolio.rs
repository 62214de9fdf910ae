//! A folder of clients on one page: totals, the payments per month as stacked bars (and a
//! table of the same numbers), every renewal by date with its status in colour and in words, a
//! row per client, and each client's own sections below, folded in `<details>`.

use super::header::{deadline_text, fact, platform_legend, rules_label};
use super::sources::Citations;
use super::svg::{length, month_label, month_name, platform_colour, severity_class, status_class};
use super::{Page, Scope, document, org_sections, shown};
use crate::check::Severity;
use crate::i18n::message;
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::report::payments::MonthPayments;
use crate::report::portfolio::Portfolio;
use crate::report::{OrgReport, REPORT_YEARS};
use crate::review::ReviewStatus;
use chrono::Datelike;
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
    let worst = report
        .schedule
        .reviews
        .iter()
        .map(|review| review.status)
        .max();
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
        (payments(page, &months))
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

const CHART_WIDTH: i64 = 1000;
const CHART_HEIGHT: i64 = 200;
const LEFT: i64 = 20;
const TOP: i64 = 24;

/// Payments per month: stacked bars by platform, and the same numbers in a table.
fn payments(page: &Page<'_>, months: &[MonthPayments]) -> Markup {
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
                    desc #payments-desc { (description.join(lang.pick("；", "; "))) }
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
                                td { (row.platform.label(lang)) }
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

//! The top and bottom of a page: who the report is about and on what basis (kind, members,
//! region, as-of day, rules, language), the figures a manager looks at first, and the footer
//! with what the dates assume.

use super::svg::{severity_class, status_class};
use super::{Page, shown};
use crate::check::Severity;
use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::render::workdays::assumed_days_text;
use crate::report::portfolio::{Deadline, DeadlineKind, next_deadline};
use crate::report::{OrgReport, REPORT_YEARS, rules_changed_on};
use maud::{Markup, html};

/// Which rules the page used: the embedded ones (with certplan's version) or a file, and the
/// day they last changed.
pub fn rules_label(page: &Page<'_>) -> String {
    let changed = rules_changed_on(page.rules, page.as_of)
        .map(|day| day.to_string())
        .unwrap_or_else(|| "—".to_owned());
    match page.rules_file {
        Some(file) => msg!(
            page.lang,
            "report-rules-file",
            file = shown(file).into_owned(),
            changed = changed
        ),
        None => msg!(
            page.lang,
            "report-rules-embedded",
            version = env!("CARGO_PKG_VERSION"),
            changed = changed
        ),
    }
}

/// A fact of the header: label and value.
pub fn fact(label: &str, value: &str) -> Markup {
    html! { div { dt { (label) } dd { (value) } } }
}

/// The organisation's header.
pub fn masthead(page: &Page<'_>, profile: &Profile) -> Markup {
    let lang = page.lang;
    let org = profile.org();
    html! {
        header.masthead {
            p.eyebrow { (msg!(lang, "report-eyebrow")) }
            h1 { (shown(&org.name)) }
            dl.facts {
                (fact(&msg!(lang, "report-kind"), org.kind.label(lang)))
                (fact(&msg!(lang, "report-members"), &msg!(lang, "report-members-count", count = org.members.get())))
                @if let Some(region) = &org.region {
                    (fact(&msg!(lang, "report-region"), &shown(region)))
                }
                @if let Some(id) = org.client_id() {
                    (fact(&msg!(lang, "report-client-id"), &shown(id)))
                }
                (fact(&msg!(lang, "report-as-of"), &page.as_of.to_string()))
                (fact(&msg!(lang, "report-rules"), &rules_label(page)))
                (fact(&msg!(lang, "report-language"), &message(lang, "catalogue-language")))
            }
        }
    }
}

/// A deadline in words: `2026-12-11 · WeCom: last day to submit the review`.
pub fn deadline_text(deadline: &Deadline, lang: Lang) -> String {
    let platform = deadline.platform.label(lang);
    match deadline.kind {
        DeadlineKind::SubmitBy => msg!(lang, "report-deadline-submit", platform = platform),
        DeadlineKind::Expires => msg!(lang, "report-deadline-expires", platform = platform),
        DeadlineKind::GraceEnds => msg!(lang, "report-deadline-grace", platform = platform),
    }
}

/// The figures a manager looks at first.
pub fn summary(page: &Page<'_>, report: &OrgReport<'_>) -> Markup {
    let lang = page.lang;
    let quote = &report.quote;
    let deadline = next_deadline(report);
    let critical = report
        .findings
        .iter()
        .filter(|finding| finding.severity == Severity::Critical)
        .count();
    let open = report.open_findings();
    let worst = report.schedule.worst();
    let findings_class = match (critical, open) {
        (0, 0) => "good",
        (0, _) => "warn",
        _ => "bad",
    };
    html! {
        div.cards {
            div.card {
                // As quote's totals: once a platform is certified, its first certification is
                // paid, and the card counts the ones still to come.
                @if quote.platforms.iter().any(|platform| platform.is_certified()) {
                    div.label { (msg!(lang, "report-card-first-still")) }
                } @else {
                    div.label { (msg!(lang, "report-card-first")) }
                }
                div.value { "¥" (quote.first_still_to_come().yuan_grouped()) }
                @if quote.subsidy_fen.0 != 0 {
                    div.note { (msg!(lang, "report-card-net", amount = (quote.first_still_to_come() - quote.subsidy_fen).yuan_grouped())) }
                } @else {
                    div.note { (msg!(lang, "report-card-platforms", count = quote.platforms.len())) }
                }
            }
            div.card {
                div.label { (msg!(lang, "report-card-total", years = REPORT_YEARS)) }
                div.value { "¥" (quote.still_to_pay_fen.yuan_grouped()) }
                @if quote.platforms.iter().any(|platform| platform.certified_on.is_some()) {
                    div.note { (msg!(lang, "report-card-total-note-certified")) }
                } @else {
                    div.note { (msg!(lang, "report-card-total-note", reviews = REPORT_YEARS - 1)) }
                }
            }
            div.card.(if deadline.is_some() { "warn" } else { "good" }) {
                div.label { (msg!(lang, "report-card-deadline")) }
                @match &deadline {
                    Some(deadline) => {
                        div.value { (deadline.date) }
                        div.note { (deadline_text(deadline, lang)) }
                    }
                    None => {
                        div.value { "—" }
                        div.note { (msg!(lang, "report-card-no-deadline")) }
                    }
                }
            }
            div.card.(findings_class) {
                div.label { (msg!(lang, "report-card-findings")) }
                div.value { (open) }
                div.note {
                    @if critical > 0 {
                        span.(severity_class(Severity::Critical)) { (msg!(lang, "report-card-critical", count = critical)) }
                    } @else {
                        (msg!(lang, "report-card-findings-note"))
                    }
                }
            }
            @if let Some(worst) = worst {
                div.card.(match worst { crate::review::ReviewStatus::Ok => "good", crate::review::ReviewStatus::Due => "warn", _ => "bad" }) {
                    div.label { (msg!(lang, "report-card-renewals")) }
                    div.value { span.(status_class(worst)) { (worst.label(lang)) } }
                    div.note { (msg!(lang, "report-card-renewals-note", count = report.schedule.reviews.len())) }
                }
            }
        }
    }
}

/// The footer: what the dates and rules assumed, and where the page came from.
pub fn footer(page: &Page<'_>, report: &OrgReport<'_>) -> Markup {
    let lang = page.lang;
    let assumed = page.calendar.assumed_days_off_in(&report.spans());
    html! {
        footer {
            @if !assumed.is_empty() {
                p { (msg!(lang, "report-assumed-days", days = assumed_days_text(&assumed, lang))) }
            }
            @for assumption in report.assumptions() {
                p { (assumption.get(lang)) }
            }
            p { (msg!(lang, "report-footer", version = env!("CARGO_PKG_VERSION"), as_of = page.as_of)) }
        }
    }
}

/// The platforms' colours, for a legend.
pub fn platform_legend(platforms: &[Platform], lang: Lang) -> Markup {
    html! {
        div.legend {
            @for platform in platforms {
                span {
                    span.swatch style={ "background:" (super::svg::platform_colour(*platform)) } {}
                    (platform.label(lang))
                }
            }
        }
    }
}

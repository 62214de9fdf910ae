//! What to prepare and what to fix: each platform's documents with boxes that print (ticked
//! when provided, `!` for a problem), and the pre-flight findings with their severity in
//! colour and in words.

use super::sources::Citations;
use super::svg::{severity_class, severity_word};
use super::{Page, Scope};
use crate::check::Severity;
use crate::checklist::DocumentStatus;
use crate::msg;
use crate::report::OrgReport;
use maud::{Markup, html};

/// The checklist section.
pub fn section(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    let anchor = scope.anchor;
    let lang = page.lang;
    html! {
        section.major id={ (anchor) "checklist" } {
            h2 { (msg!(lang, "report-checklist-title")) }
            @for list in &report.checklist {
                h3 { (list.platform.label(lang)) }
                ul.checklist {
                    // A client in a portfolio lists only what is still to do.
                    @for item in list.documents.iter().filter(|item| scope.full || item.status != Some(DocumentStatus::Provided)) {
                        li {
                            @match item.status {
                                Some(DocumentStatus::Provided) => span.box title=(msg!(lang, "report-doc-provided")) { "✓" },
                                Some(DocumentStatus::Problem) => span.box.problem title=(msg!(lang, "report-doc-problem")) { "!" },
                                _ => span.box title=(msg!(lang, "report-doc-todo")) {},
                            }
                            span {
                                (item.rule.name.get(lang))
                                (citations.cite(&item.rule.provenance.fact, &item.rule.provenance.source))
                                @if !item.rule.required { " " span.optional { (msg!(lang, "report-doc-optional")) } }
                                @let class = if item.status == Some(DocumentStatus::Problem) { "problem-text" } else { "missing-text" };
                                @for problem in &item.problems {
                                    span class=(class) { (problem.text.get(lang)) }
                                }
                            }
                        }
                    }
                }
            }
            p.note { (msg!(lang, "report-checklist-legend")) }
        }
    }
}

/// The findings section.
pub fn findings(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    let anchor = scope.anchor;
    let lang = page.lang;
    // A client in a portfolio lists only the findings that need attention.
    let listed: Vec<_> = report
        .findings
        .iter()
        .filter(|finding| scope.full || finding.severity >= Severity::Warning)
        .collect();
    html! {
        section id={ (anchor) "findings" } {
            h2 { (msg!(lang, "report-findings-title")) }
            @if listed.is_empty() {
                p { span.badge.s-ok { (msg!(lang, "report-findings-none")) } }
            } @else {
                table {
                    thead { tr {
                        th { (msg!(lang, "report-col-severity")) }
                        th { (msg!(lang, "report-col-platform")) }
                        th { (msg!(lang, "report-col-finding")) }
                        th { (msg!(lang, "report-col-fix")) }
                    } }
                    tbody {
                        @for finding in &listed {
                            tr {
                                td { span.badge.(severity_class(finding.severity)) { (severity_word(finding.severity, lang)) } }
                                td.nowrap { (finding.platform.map_or("—", |platform| platform.label(lang))) }
                                td { (super::shown(finding.message.get(lang))) (citations.cite(&finding.fact, &finding.source)) }
                                td { (finding.fix.get(lang)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

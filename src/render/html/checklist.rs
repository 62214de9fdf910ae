//! What to prepare and what to fix: each platform's documents with boxes that print (ticked
//! when provided, `!` for a problem), and the pre-flight findings with their severity in
//! colour and in words.

use super::Page;
use super::sources::Citations;
use super::svg::{severity_class, severity_word};
use crate::checklist::DocumentStatus;
use crate::msg;
use crate::report::OrgReport;
use maud::{Markup, html};

/// The checklist section.
pub fn section(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    anchor: &str,
) -> Markup {
    let lang = page.lang;
    html! {
        section.major id={ (anchor) "checklist" } {
            h2 { (msg!(lang, "report-checklist-title")) }
            @for list in &report.checklist {
                h3 { (list.platform.label(lang)) }
                ul.checklist {
                    @for item in &list.documents {
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
                                @for problem in &item.problems {
                                    span.problem-text { (problem.get(lang)) }
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
    anchor: &str,
) -> Markup {
    let lang = page.lang;
    html! {
        section id={ (anchor) "findings" } {
            h2 { (msg!(lang, "report-findings-title")) }
            @if report.findings.is_empty() {
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
                        @for finding in &report.findings {
                            tr {
                                td { span.badge.(severity_class(finding.severity)) { (severity_word(finding.severity, lang)) } }
                                td { (finding.platform.map_or("—", |platform| platform.label(lang))) }
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

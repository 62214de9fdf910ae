//! What certification unlocks: per platform chosen, each benefit without and with
//! certification, and the limits that already bind this organisation with their fix — the
//! same comparison `certplan benefits` prints, from the same library function.

use super::sources::Citations;
use super::{Page, Scope};
use crate::i18n::message;
use crate::msg;
use crate::report::OrgReport;
use maud::{Markup, html};

/// The benefits section (anchor `#benefits`).
pub fn section(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    let anchor = scope.anchor;
    let lang = page.lang;
    let shown = report
        .benefits
        .iter()
        .filter(|platform| !platform.benefits.is_empty() || !platform.binding.is_empty());
    html! {
        section.major id={ (anchor) "benefits" } {
            h2 { (msg!(lang, "report-benefits-title")) }
            p.note { (msg!(lang, "report-benefits-intro")) }
            @for platform in shown {
                h3 { (platform.platform.label(lang)) }
                @if !platform.binding.is_empty() {
                    ul.binding {
                        @for binding in &platform.binding {
                            li {
                                strong { (binding.message.get(lang)) }
                                " → " (binding.fix.get(lang))
                                @if let Some(cost) = binding.cost_fen {
                                    " " (msg!(lang, "report-benefits-cost", cost = cost.yuan_grouped()))
                                }
                                (citations.cite(&binding.fact, &binding.source))
                            }
                        }
                    }
                }
                @if !platform.benefits.is_empty() {
                    table.benefits {
                        thead { tr {
                            th { (message(lang, "quote-item")) }
                            th { (message(lang, "benefits-uncertified")) }
                            th { (message(lang, "benefits-certified")) }
                        } }
                        tbody {
                            @for benefit in &platform.benefits {
                                tr {
                                    td { strong { (benefit.name.get(lang)) } (citations.cite(&benefit.provenance.fact, &benefit.provenance.source)) }
                                    td.muted { (benefit.uncertified.get(lang)) }
                                    td { (benefit.certified.get(lang)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

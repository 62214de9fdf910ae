//! `report`: one self-contained HTML page a manager can open, mail or print — for one
//! organisation ([`org_page`]) or a folder of clients ([`portfolio::page`]). Built with maud,
//! which escapes every value from a profile; inline CSS and SVG only, and a
//! Content-Security-Policy that forbids loading anything from elsewhere; the one script, the
//! portfolio's table sorting, is allowed by its hash alone. Each section has its own module;
//! charts always come with a table holding the same numbers.

pub mod benefits;
pub mod checklist;
pub mod clients;
pub mod costs;
pub mod css;
pub mod header;
pub mod payments;
pub mod portfolio;
pub mod renewals;
pub mod sources;
pub mod status_chart;
pub mod svg;
pub mod timeline;

use crate::calendar::WorkCalendar;
use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::render::text::visible::visible;
use crate::report::OrgReport;
use crate::rules::Rules;
use chrono::NaiveDate;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use sources::Citations;
use std::borrow::Cow;

/// The policy every page carries: nothing is fetched, run or submitted; only the inline styles
/// and inline images (`data:`) of the page itself are used.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     img-src data:; base-uri 'none'; form-action 'none'";

/// What every report page needs besides the plans.
#[derive(Clone, Copy, Debug)]
pub struct Page<'a> {
    /// The day the report is made for.
    pub as_of: NaiveDate,
    /// Label language.
    pub lang: Lang,
    /// The rules in use.
    pub rules: &'a Rules,
    /// The working-day calendar (to shade weekends and holidays).
    pub calendar: &'a WorkCalendar,
    /// The `--rules` file, when the embedded rules were replaced.
    pub rules_file: Option<&'a str>,
}

/// Text from a profile as it may be shown: control and direction-override characters made
/// visible (maud escapes the markup).
pub fn shown(text: &str) -> Cow<'_, str> {
    visible(text)
}

/// The `lang` attribute of a page.
fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// A whole page: head with the policy, title and style, then `body` in `<main>`.
pub fn document(lang: Lang, title: &str, body: Markup) -> String {
    page_with(lang, title, body, None)
}

/// A whole page that runs `script` (one of the page's own, whose hash the policy allows): the
/// policy names that hash and nothing else may run.
pub fn document_with_script(lang: Lang, title: &str, body: Markup, script: &str) -> String {
    page_with(lang, title, body, Some(script))
}

/// The policy of a page running `script`: [`CONTENT_SECURITY_POLICY`] plus the script's hash.
pub fn policy_with_script(script: &str) -> String {
    let hash = match script {
        clients::SORT_SCRIPT => clients::SORT_SCRIPT_HASH,
        // No other script exists: an unknown one gets a policy that runs nothing.
        _ => "'none'",
    };
    format!("{CONTENT_SECURITY_POLICY}; script-src {hash}")
}

fn page_with(lang: Lang, title: &str, body: Markup, script: Option<&str>) -> String {
    let policy = script.map_or_else(|| CONTENT_SECURITY_POLICY.to_owned(), policy_with_script);
    html! {
        (DOCTYPE)
        html lang=(lang_tag(lang)) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(policy);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content={ "certplan " (env!("CARGO_PKG_VERSION")) };
                title { (title) }
                style { (PreEscaped(css::STYLE)) }
            }
            body {
                main { (body) }
                @if let Some(script) = script { script { (PreEscaped(script)) } }
            }
        }
    }
    .into_string()
}

/// Where an organisation's sections stand: alone on their page, or as one client of a
/// portfolio.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'a> {
    /// Prefixes the ids of the sections (unique within a portfolio).
    pub anchor: &'a str,
    /// With charts, fee lines, steps and notes; a portfolio's client sections leave them out
    /// (the portfolio's charts cover every client, and a thousand clients must stay light).
    pub full: bool,
}

/// The sections of one organisation's plans, citing into `citations`.
pub fn org_sections(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    html! {
        (costs::section(page, report, citations, scope))
        (timeline::section(page, report, citations, scope))
        (renewals::section(page, report, citations, scope))
        (benefits::section(page, report, citations, scope))
        (checklist::section(page, report, citations, scope))
        (checklist::findings(page, report, citations, scope))
    }
}

/// One organisation's report page.
pub fn org_page(page: &Page<'_>, profile: &Profile, report: &OrgReport<'_>) -> String {
    let lang = page.lang;
    let mut citations = Citations::default();
    let name = shown(&profile.org().name);
    let body = html! {
        (header::masthead(page, profile))
        (header::summary(page, report))
        (org_sections(page, report, &mut citations, Scope { anchor: "", full: true }))
        (citations.section(page.rules, lang))
        (header::footer(page, report))
    };
    document(
        lang,
        &msg!(lang, "report-page-title", org = name.as_ref()),
        body,
    )
}

#[cfg(test)]
mod tests;

//! `checklist`: per platform, the documents to prepare — a table with a checkbox column that
//! prints well (`[x]` provided, `[ ]` to do, `[!]` problem), JSON Lines, or tidy CSV.

use super::platform_heading;
use super::{Context, Envelope, cells, json_line, profile_csv_lines, title_line};
use crate::checklist::{DocumentStatus, PlatformChecklist};
use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{fit, new_table, shown};
use crate::rules::Rules;
use serde::Serialize;

mod files;
use files::{FileView, seen_in};

fn checkbox(status: Option<DocumentStatus>) -> &'static str {
    match status {
        Some(DocumentStatus::Provided) => "[x]",
        Some(DocumentStatus::Problem) => "[!]",
        _ => "[ ]",
    }
}

/// The lists as tables; `profile` is `None` for the general lists.
pub fn table(
    context: &Context<'_>,
    profile: Option<&Profile>,
    lists: &[PlatformChecklist<'_>],
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let mut out = match profile {
        Some(profile) => title_line(
            context,
            profile,
            &message(lang, "checklist-documents-to-prepare"),
        ),
        None => format!("{}\n", message(lang, "checklist-general-title")),
    };
    let mut footnotes = Footnotes::default();
    for list in lists {
        let mut table = new_table([
            String::new(),
            message(lang, "checklist-document"),
            message(lang, "checklist-requirements"),
            message(lang, "checklist-why"),
            message(lang, "rules-source"),
        ]);
        for item in &list.documents {
            let name = if item.rule.required {
                item.rule.name.get(lang).to_owned()
            } else {
                msg!(
                    lang,
                    "checklist-if-applicable",
                    name = item.rule.name.get(lang)
                )
            };
            let mut requirements = item.rule.constraints.get(lang).to_owned();
            for problem in &item.problems {
                requirements.push_str(&format!("\n→ {}", problem.text.get(lang)));
            }
            for file in item.files.iter().filter(|file| file.sound) {
                if let Some(seen) = seen_in(&file.facts, lang) {
                    requirements.push_str(&format!("\n✓ {seen}"));
                }
            }
            table.add_row(vec![
                checkbox(item.status).to_owned(),
                name,
                requirements,
                item.rule.why.get(lang).to_owned(),
                footnotes.cite(&item.rule.provenance.source),
            ]);
        }
        fit(&mut table, context.width);
        out.push_str(&format!(
            "\n{}\n{}\n",
            platform_heading(list.platform, lang),
            shown(&table)
        ));
        if !list.tips.is_empty() {
            out.push_str(&msg!(lang, "checklist-tips"));
            out.push('\n');
            for tip in &list.tips {
                out.push_str(&format!(
                    "- {} {}\n",
                    tip.text.get(lang),
                    footnotes.cite(&tip.provenance.source)
                ));
            }
        }
    }
    out.push_str(&format!(
        "\n{}\n{}",
        legend(lang),
        footnotes.section(rules, lang)
    ));
    out
}

#[derive(Serialize)]
struct ChecklistView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    platforms: Vec<PlatformView<'a>>,
}

#[derive(Serialize)]
struct PlatformView<'a> {
    platform: &'static str,
    documents: Vec<DocumentView<'a>>,
    tips: Vec<TipView<'a>>,
}

#[derive(Serialize)]
struct TipView<'a> {
    id: &'a str,
    text: &'a str,
    fact: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct DocumentView<'a> {
    id: &'a str,
    rule: &'a str,
    name: &'a str,
    required: bool,
    why: &'a str,
    constraints: ConstraintsView<'a>,
    slots: &'a [String],
    /// `slots` are other names of one document: any one of them provides it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    any_slot: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<&'a str>,
    /// The listed files, as found.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    files: Vec<FileView<'a>>,
    fact: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct ConstraintsView<'a> {
    text: &'a str,
    formats: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_bytes: Option<u64>,
}

/// The lists as one JSON line.
pub fn json(
    context: &Context<'_>,
    profile: Option<&Profile>,
    lists: &[PlatformChecklist<'_>],
) -> String {
    let lang = context.lang;
    let platforms = lists
        .iter()
        .map(|list| PlatformView {
            platform: list.platform.id(),
            tips: list
                .tips
                .iter()
                .map(|tip| TipView {
                    id: &tip.id,
                    text: tip.text.get(context.lang),
                    fact: &tip.provenance.fact,
                    source: &tip.provenance.source,
                })
                .collect(),
            documents: list
                .documents
                .iter()
                .map(|item| DocumentView {
                    id: &item.rule.id,
                    rule: &item.rule.rule,
                    name: item.rule.name.get(lang),
                    required: item.rule.required,
                    why: item.rule.why.get(lang),
                    constraints: ConstraintsView {
                        text: item.rule.constraints.get(lang),
                        formats: item.rule.formats.iter().map(|format| format.id()).collect(),
                        max_bytes: item.rule.max_bytes,
                    },
                    slots: &item.rule.slots,
                    any_slot: item.rule.any_slot,
                    status: item.status.map(DocumentStatus::id),
                    problems: item
                        .problems
                        .iter()
                        .map(|problem| problem.text.get(lang))
                        .collect(),
                    files: item
                        .files
                        .iter()
                        .map(|file| FileView::of(&file.facts))
                        .collect(),
                    fact: &item.rule.provenance.fact,
                    source: &item.rule.provenance.source,
                })
                .collect(),
        })
        .collect();
    json_line(&ChecklistView {
        envelope: Envelope::new("checklist", context, profile),
        platforms,
    })
}

/// The CSV header.
pub const CSV_HEADER: [&str; 15] = crate::render::with_provenance([
    "profile",
    "org",
    "platform",
    "document",
    "rule",
    "required",
    "status",
    "formats",
    "max_bytes",
    "problems",
    "fact",
    "source",
]);

/// The lists as CSV rows, one per platform and document.
pub fn csv(
    context: &Context<'_>,
    profile: Option<&Profile>,
    lists: &[PlatformChecklist<'_>],
) -> String {
    let (path, org) = match profile {
        Some(profile) => (context.profile_path, profile.org().name.as_str()),
        None => ("", ""),
    };
    let mut rows = Vec::new();
    for list in lists {
        for item in &list.documents {
            let formats = item
                .rule
                .formats
                .iter()
                .map(|format| format.id())
                .collect::<Vec<_>>()
                .join("/");
            let max_bytes = item
                .rule
                .max_bytes
                .map(|bytes| bytes.to_string())
                .unwrap_or_default();
            let problems = item
                .problems
                .iter()
                .map(|problem| problem.text.get(context.lang))
                .collect::<Vec<_>>()
                .join("; ");
            let required = item.rule.required.to_string();
            let status = item.status.map_or("", DocumentStatus::id);
            rows.push(cells([
                path,
                org,
                list.platform.id(),
                &item.rule.id,
                &item.rule.rule,
                &required,
                status,
                &formats,
                &max_bytes,
                &problems,
                &item.rule.provenance.fact,
                &item.rule.provenance.source,
            ]));
        }
    }
    profile_csv_lines(context, profile, rows)
}

/// What the checkboxes mean.
pub fn legend(lang: Lang) -> String {
    message(lang, "checklist-x-provided-to-prepare-problem")
}

//! What to prepare: per platform, exactly the documents this organisation needs (or, without a
//! profile, every document a platform may ask for), each with why, constraints, source, and —
//! when the profile lists prepared files — whether it is provided, missing or has a problem.

use crate::check::Severity;
use crate::entity_kind::EntityKind;
use crate::lang::Bilingual;
use crate::lang::Lang;
use crate::msg;
use crate::platform::Platform;
use crate::prepared::content::is_id_or_licence;
use crate::prepared::{FileProblem, PreparedFileFacts, file_problems};
use crate::profile::Profile;
use crate::rules::Tip;
use crate::rules::{DocumentRule, Rules};
use chrono::NaiveDate;

/// Where a document stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentStatus {
    /// Every file it needs is listed and looks right.
    Provided,
    /// A file it needs is not listed.
    Missing,
    /// A listed file is missing, unreadable, of the wrong format or too large.
    Problem,
}

impl DocumentStatus {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            DocumentStatus::Provided => "provided",
            DocumentStatus::Missing => "missing",
            DocumentStatus::Problem => "problem",
        }
    }
}

/// One document on a platform's list.
#[derive(Clone, Debug)]
pub struct ChecklistItem<'a> {
    /// The requirement.
    pub rule: &'a DocumentRule,
    /// Its status, when the profile lists prepared files.
    pub status: Option<DocumentStatus>,
    /// What is wrong, for `problem` (and which files are missing, for `missing`), each with
    /// its severity and fix.
    pub problems: Vec<FileProblem>,
    /// The listed files that provide it, as found.
    pub files: Vec<ListedFile>,
}

/// A file listed for a document, as found.
#[derive(Clone, Debug)]
pub struct ListedFile {
    /// What was found.
    pub facts: PreparedFileFacts,
    /// Whether it shows no problem.
    pub sound: bool,
}

/// One platform's list.
#[derive(Clone, Debug)]
pub struct PlatformChecklist<'a> {
    /// The platform.
    pub platform: Platform,
    /// Its documents, in rules order.
    pub documents: Vec<ChecklistItem<'a>>,
    /// Practical tips about the platform, in rules order.
    pub tips: Vec<&'a Tip>,
}

/// The documents `profile` needs on each of its platforms; statuses when `files` is `Some`
/// (the profile has a `[documents]` table).
pub fn checklist<'a>(
    profile: &Profile,
    rules: &'a Rules,
    as_of: NaiveDate,
    files: Option<&[PreparedFileFacts]>,
) -> Vec<PlatformChecklist<'a>> {
    profile
        .platforms()
        .iter()
        .map(|entry| PlatformChecklist {
            platform: entry.platform(),
            documents: rules
                .documents_for(entry.platform(), as_of)
                .into_iter()
                .filter(|selected| selected.rule.applies_to(profile))
                .map(|selected| item(selected.rule, files))
                .collect(),
            tips: rules
                .tips_for(entry.platform(), as_of)
                .into_iter()
                .map(|selected| selected.rule)
                .filter(|tip| tip.applies_to(profile))
                .collect(),
        })
        .collect()
}

/// Without a profile: every document each platform may ask for, optionally for one kind.
pub fn general_checklist<'a>(
    rules: &'a Rules,
    as_of: NaiveDate,
    platforms: &[Platform],
    kind: Option<EntityKind>,
) -> Vec<PlatformChecklist<'a>> {
    platforms
        .iter()
        .map(|platform| PlatformChecklist {
            platform: *platform,
            documents: rules
                .documents_for(*platform, as_of)
                .into_iter()
                .filter(|selected| {
                    kind.is_none_or(|kind| {
                        selected.rule.kinds.is_empty() || selected.rule.kinds.contains(&kind)
                    })
                })
                .map(|selected| ChecklistItem {
                    rule: selected.rule,
                    status: None,
                    problems: Vec::new(),
                    files: Vec::new(),
                })
                .collect(),
            tips: rules
                .tips_for(*platform, as_of)
                .into_iter()
                .map(|selected| selected.rule)
                .filter(|tip| tip.applies_to_kind(kind))
                .collect(),
        })
        .collect()
}

fn item<'a>(rule: &'a DocumentRule, files: Option<&[PreparedFileFacts]>) -> ChecklistItem<'a> {
    let Some(files) = files else {
        return ChecklistItem {
            rule,
            status: None,
            problems: Vec::new(),
            files: Vec::new(),
        };
    };
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let mut listed = Vec::new();
    for slot in &rule.slots {
        match files.iter().find(|file| &file.slot == slot) {
            None => missing.push(slot.as_str()),
            Some(file) => {
                let found = file_problems(
                    file,
                    &rule.formats,
                    rule.max_bytes,
                    is_id_or_licence(&rule.id),
                );
                listed.push(ListedFile {
                    facts: file.clone(),
                    sound: found.is_empty(),
                });
                problems.extend(found);
            }
        }
    }
    // Other names of one document: one listed is enough.
    if rule.any_slot && missing.len() < rule.slots.len() {
        missing.clear();
    }
    let status = if !problems.is_empty() {
        DocumentStatus::Problem
    } else if !missing.is_empty() {
        problems.push(FileProblem {
            id: "document.missing",
            severity: Severity::Warning,
            text: Bilingual::from_catalogue(|lang| {
                let slots = slot_list(lang, &missing, rule.any_slot);
                msg!(lang, "checklist-not-listed", slots = slots.as_str())
            }),
            fix: Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "check-document-missing-fix",
                    slots = slot_list(lang, &rule_slots(rule), rule.any_slot),
                    name = rule.name.get(lang)
                )
            }),
            basis: None,
        });
        DocumentStatus::Missing
    } else {
        DocumentStatus::Provided
    };
    ChecklistItem {
        rule,
        status: Some(status),
        problems,
        files: listed,
    }
}

fn rule_slots(rule: &DocumentRule) -> Vec<&str> {
    rule.slots.iter().map(String::as_str).collect()
}

/// Profile `[documents]` keys in words: each of them (`legal_rep_id_front 和
/// legal_rep_id_back`), or any one of them when they are other names of one document.
pub fn slot_list(lang: Lang, slots: &[&str], any: bool) -> String {
    let separator = if any {
        msg!(lang, "checklist-slot-or")
    } else {
        msg!(lang, "checklist-slot-and")
    };
    slots.join(&separator)
}

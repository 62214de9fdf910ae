//! Findings about prepared files and required documents, from the same checklist `checklist`
//! prints: a listed file that is missing, unreadable, of the wrong format or too large is
//! critical; a required document not listed (or no `[documents]` table at all) is a warning.
//! One finding per document and problem, naming the platform when only one needs it.

use super::{CheckInputs, Finding, Severity};
use crate::checklist::{DocumentStatus, PlatformChecklist, checklist, slot_list};
use crate::lang::{Bilingual, Lang};
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;

/// One document problem and the platforms it concerns.
struct Grouped<'a> {
    severity: Severity,
    document: &'a str,
    name: &'a Bilingual,
    /// The profile keys that provide it, for the fix.
    slots: Vec<&'a str>,
    any_slot: bool,
    problem: Bilingual,
    fact: &'a str,
    source: &'a str,
    platforms: Vec<Platform>,
}

/// Findings about documents. A profile without a `[documents]` table has prepared nothing
/// that certplan can see: every required document is then reported missing, never "nothing
/// needs attention".
pub(super) fn findings(profile: &Profile, inputs: CheckInputs<'_>) -> Vec<Finding> {
    let files = inputs.files.unwrap_or(&[]);
    let lists = checklist(profile, inputs.rules, inputs.as_of, Some(files));
    let unused = unused(profile, &lists);
    // Grouped by document, problem, fact and source, in order of first appearance.
    let mut grouped: Vec<Grouped<'_>> = Vec::new();
    for list in &lists {
        for item in &list.documents {
            let severity = match item.status {
                Some(DocumentStatus::Problem) => Severity::Critical,
                Some(DocumentStatus::Missing) if item.rule.required => Severity::Warning,
                _ => continue,
            };
            let (fact, source) = (
                item.rule.provenance.fact.as_str(),
                item.rule.provenance.source.as_str(),
            );
            for problem in &item.problems {
                let same = |entry: &&mut Grouped<'_>| {
                    entry.document == item.rule.id
                        && entry.problem == *problem
                        && entry.fact == fact
                        && entry.source == source
                };
                match grouped.iter_mut().find(same) {
                    Some(entry) => entry.platforms.push(list.platform),
                    None => grouped.push(Grouped {
                        severity,
                        document: &item.rule.id,
                        name: &item.rule.name,
                        slots: item.rule.slots.iter().map(String::as_str).collect(),
                        any_slot: item.rule.any_slot,
                        problem: problem.clone(),
                        fact,
                        source,
                        platforms: vec![list.platform],
                    }),
                }
            }
        }
    }
    let mut found: Vec<Finding> = grouped
        .into_iter()
        .map(|entry| {
            let ids: Vec<_> = entry
                .platforms
                .iter()
                .map(|platform| platform.id())
                .collect();
            let ids = ids.join(", ");
            let names = |lang: Lang| {
                let labels: Vec<_> = entry
                    .platforms
                    .iter()
                    .map(|platform| platform.label(lang))
                    .collect();
                labels.join(&msg!(lang, "check-list-separator"))
            };
            let (document, name) = (entry.document, entry.name);
            let (id, fix) = match entry.severity {
                Severity::Critical => (
                    "document.problem",
                    Bilingual::from_catalogue(|lang| msg!(lang, "check-document-problem-fix")),
                ),
                _ => (
                    "document.missing",
                    Bilingual::from_catalogue(|lang| {
                        msg!(
                            lang,
                            "check-document-missing-fix",
                            slots = slot_list(lang, &entry.slots, entry.any_slot),
                            name = name.get(lang)
                        )
                    }),
                ),
            };
            Finding {
                id,
                severity: entry.severity,
                platform: if entry.platforms.len() == 1 {
                    Some(entry.platforms[0])
                } else {
                    None
                },
                message: Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-document",
                        document = document,
                        name = name.get(lang),
                        platforms = &ids,
                        platform_names = names(lang),
                        problem = entry.problem.get(lang)
                    )
                }),
                fix,
                fact: entry.fact.to_owned(),
                source: entry.source.to_owned(),
            }
        })
        .collect();
    found.extend(unused);
    found
}

/// Files listed under `[documents]` that no document of a chosen platform asks for (an
/// industry licence where the industry needs none, an authorisation letter for DingTalk):
/// said as information, never silently ignored. Sending what was not asked for invites the
/// inconsistencies that delay most reviews (X-FLOW).
fn unused(profile: &Profile, lists: &[PlatformChecklist<'_>]) -> Vec<Finding> {
    let asked: Vec<&str> = lists
        .iter()
        .flat_map(|list| &list.documents)
        .flat_map(|item| &item.rule.slots)
        .map(String::as_str)
        .collect();
    let platforms: Vec<Platform> = lists.iter().map(|list| list.platform).collect();
    profile
        .documents()
        .iter()
        .filter(|file| !asked.contains(&file.slot))
        .map(|file| {
            let slot = file.slot;
            let names = |lang: Lang| {
                let labels: Vec<_> = platforms.iter().map(|p| p.label(lang)).collect();
                labels.join(&msg!(lang, "check-list-separator"))
            };
            Finding::new(
                "document.unused",
                Severity::Info,
                None,
                (
                    Bilingual::from_catalogue(|lang| {
                        msg!(
                            lang,
                            "check-document-unused",
                            slot = slot,
                            path = file.path.as_str(),
                            platforms = names(lang)
                        )
                    }),
                    Bilingual::from_catalogue(|lang| {
                        msg!(lang, "check-document-unused-fix", slot = slot)
                    }),
                ),
                ("X-FLOW", "seed:001"),
            )
        })
        .collect()
}

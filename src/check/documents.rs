//! Findings about prepared files and required documents, from the same checklist `checklist`
//! prints: each problem of a listed file with its own id, severity and fix (missing,
//! unreadable, of the wrong format, too large, not opening: critical; named with the wrong
//! extension: a warning; an ID or licence scan with too few pixels: either); a required
//! document not listed is a warning. One finding per document and problem, naming the platform
//! when only one needs it. A profile with no `[documents]` table at all has not started
//! listing: one finding says so (with how many documents are required), not one per document —
//! a folder of 300 new clients reads as 300 things to do, not 1 348.

use super::{CheckInputs, Finding, Severity};
use crate::checklist::{DocumentStatus, PlatformChecklist, checklist};
use crate::lang::{Bilingual, Lang};
use crate::msg;
use crate::platform::Platform;
use crate::prepared::FileProblem;
use crate::profile::Profile;

/// One document problem and the platforms it concerns.
struct Grouped<'a> {
    document: &'a str,
    name: &'a Bilingual,
    problem: &'a FileProblem,
    fact: &'a str,
    source: &'a str,
    platforms: Vec<Platform>,
}

/// Findings about documents. A profile without a `[documents]` table has prepared nothing
/// that certplan can see: one warning says no document is listed yet, never "nothing needs
/// attention".
pub(super) fn findings(profile: &Profile, inputs: CheckInputs<'_>) -> Vec<Finding> {
    let Some(files) = inputs.files else {
        return unlisted(profile, inputs).into_iter().collect();
    };
    let lists = checklist(profile, inputs.rules, inputs.as_of, Some(files));
    let unused = unused(profile, &lists);
    // Grouped by document, problem, fact and source, in order of first appearance.
    let mut grouped: Vec<Grouped<'_>> = Vec::new();
    for list in &lists {
        for item in &list.documents {
            match item.status {
                Some(DocumentStatus::Problem) => {}
                Some(DocumentStatus::Missing) if item.rule.required => {}
                _ => continue,
            }
            for problem in &item.problems {
                let (fact, source) = problem.basis.unwrap_or((
                    item.rule.provenance.fact.as_str(),
                    item.rule.provenance.source.as_str(),
                ));
                let same = |entry: &&mut Grouped<'_>| {
                    entry.document == item.rule.id
                        && entry.problem == problem
                        && entry.fact == fact
                        && entry.source == source
                };
                match grouped.iter_mut().find(same) {
                    Some(entry) => entry.platforms.push(list.platform),
                    None => grouped.push(Grouped {
                        document: &item.rule.id,
                        name: &item.rule.name,
                        problem,
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
            Finding {
                id: entry.problem.id,
                severity: entry.problem.severity,
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
                        problem = entry.problem.text.get(lang)
                    )
                }),
                fix: entry.problem.fix.clone(),
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

/// The one finding of a profile without `[documents]`: how many required documents there are
/// to list, citing the first of them; none when nothing is required.
fn unlisted(profile: &Profile, inputs: CheckInputs<'_>) -> Option<Finding> {
    let lists = checklist(profile, inputs.rules, inputs.as_of, Some(&[]));
    let mut required: Vec<&crate::rules::DocumentRule> = Vec::new();
    for item in lists.iter().flat_map(|list| &list.documents) {
        if item.rule.required && !required.iter().any(|seen| seen.id == item.rule.id) {
            required.push(item.rule);
        }
    }
    let first = required.first()?;
    let count = required.len();
    Some(Finding {
        id: "documents.unlisted",
        severity: Severity::Warning,
        platform: None,
        message: Bilingual::from_catalogue(|lang| {
            msg!(lang, "check-documents-unlisted", count = count)
        }),
        fix: Bilingual::from_catalogue(|lang| msg!(lang, "check-documents-unlisted-fix")),
        fact: first.provenance.fact.clone(),
        source: first.provenance.source.clone(),
    })
}

//! A platform's `[[platforms.<id>.events]]`, read strictly and checked as a [`History`]; the
//! latest `approved` is the certification date, and a `certified_on` given too must agree.

use super::super::history::{Event, EventKind, History, HistoryProblem};
use super::super::{PlatformEntry, PlatformSettings};
use crate::date_value::ProfileDate;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::msg;
use crate::toml_location::KeyPath;
use chrono::NaiveDate;
use serde::Deserialize;

/// One event as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    on: ProfileDate,
    event: EventKind,
    note: Option<String>,
}

/// A platform table before its history is checked.
pub(super) struct RawEntry {
    pub(super) certified_on: Option<NaiveDate>,
    pub(super) planned_on: Option<NaiveDate>,
    pub(super) events: Vec<RawEvent>,
    pub(super) settings: PlatformSettings,
}

/// Why a platform's history was refused, to be located in the text when shown.
pub(super) struct EntryProblem {
    /// The key path of the refused value.
    pub(super) path: String,
    /// What is wrong, in the reader's language.
    pub(super) message: String,
    /// What would be accepted.
    pub(super) help: Option<String>,
}

impl EntryProblem {
    /// The problem at its line and column in `text`.
    pub(super) fn locate(self, file: &str, text: &str, lang: Lang) -> Diagnostic {
        let problem =
            Diagnostic::at_key(file, text, &KeyPath::parse(&self.path), self.message).in_lang(lang);
        match self.help {
            Some(help) => problem.with_help(help),
            None => problem,
        }
    }
}

impl RawEntry {
    /// The entry with its history checked.
    pub(super) fn validate(self, lang: Lang) -> Result<PlatformEntry, EntryProblem> {
        let platform = self.settings.platform();
        let table = format!("platforms.{}", platform.id());
        let events: Vec<Event> = self
            .events
            .into_iter()
            .map(|raw| Event {
                on: raw.on.0,
                kind: raw.event,
                note: raw.note,
            })
            .collect();
        let history = History::new(events.clone()).map_err(|problem| {
            let index = problem.index();
            let event = &events[index];
            let (key, message, help) = match problem {
                HistoryProblem::DateBefore { previous, .. } => (
                    "on",
                    msg!(
                        lang,
                        "history-date-before",
                        event = event.kind.label(lang),
                        id = event.kind.id(),
                        on = event.on.to_string(),
                        previous = previous.to_string()
                    ),
                    None,
                ),
                HistoryProblem::NotAllowed { previous, .. } => {
                    let allowed = EventKind::allowed_after(previous)
                        .iter()
                        .map(|kind| kind.id())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let message = match previous {
                        Some(previous) => msg!(
                            lang,
                            "history-not-after",
                            event = event.kind.label(lang),
                            id = event.kind.id(),
                            previous = previous.label(lang)
                        ),
                        None => msg!(
                            lang,
                            "history-not-first",
                            event = event.kind.label(lang),
                            id = event.kind.id()
                        ),
                    };
                    let help = msg!(lang, "history-allowed", allowed = allowed);
                    ("event", message, Some(help))
                }
            };
            EntryProblem {
                path: format!("{table}.events[{index}].{key}"),
                message,
                help,
            }
        })?;
        let approved = history.certified_on();
        let certified_on = match (self.certified_on, approved) {
            (Some(given), Some(approved)) if given != approved => {
                return Err(EntryProblem {
                    path: format!("{table}.certified_on"),
                    message: msg!(
                        lang,
                        "history-certified-disagrees",
                        given = given.to_string(),
                        approved = approved.to_string()
                    ),
                    help: Some(msg!(lang, "history-certified-disagrees-help")),
                });
            }
            (given, approved) => approved.or(given),
        };
        Ok(PlatformEntry {
            certified_on,
            planned_on: self.planned_on,
            history,
            settings: self.settings,
        })
    }
}

#[cfg(test)]
mod tests;

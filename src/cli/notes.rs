//! What a run says on stderr besides its results. Notes (assumed rules, provisional calendars)
//! are gathered over every profile and said once at the end, with how many profiles each
//! concerns and the union of what it says; warnings are said as they come; errors too, up to
//! [`ERRORS_SHOWN`], then counted. `--quiet` keeps errors only.

use super::report::{Kind, report};
use certplan::lang::Lang;
use certplan::msg;
use certplan::render::provisional::Provisional;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Errors printed one by one; those after are counted in one line at the end.
pub const ERRORS_SHOWN: usize = 20;

/// A note and the profiles it concerns: how many, and the first.
#[derive(Debug)]
struct Concerns<T> {
    what: T,
    profiles: usize,
    first: String,
}

impl<T> Concerns<T> {
    fn new(what: T, path: &str) -> Self {
        Concerns {
            what,
            profiles: 1,
            first: path.to_owned(),
        }
    }
}

/// What was gathered so far.
#[derive(Debug, Default)]
struct Gathered {
    provisional: Option<Concerns<Provisional>>,
    assumptions: BTreeMap<String, Concerns<()>>,
    errors: usize,
}

/// The stderr of one run. Gathering goes through a shared reference (a lock never contended:
/// profiles are written one at a time), so that a plan borrowing the session's rules can
/// still be reported.
#[derive(Debug)]
pub struct Notes {
    lang: Lang,
    quiet: bool,
    gathered: Mutex<Gathered>,
}

impl Notes {
    /// Nothing said yet; with `quiet`, notes and warnings are never said.
    pub fn new(lang: Lang, quiet: bool) -> Notes {
        Notes {
            lang,
            quiet,
            gathered: Mutex::default(),
        }
    }

    fn gathered(&self) -> std::sync::MutexGuard<'_, Gathered> {
        // A panic while holding it ends the run anyway: what was gathered is still good.
        self.gathered
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The profile at `path` rests on years without a notice.
    pub fn provisional(&self, path: &str, provisional: Provisional) {
        let mut gathered = self.gathered();
        match gathered.provisional.as_mut() {
            Some(gathered) => {
                gathered.what.merge(provisional);
                gathered.profiles += 1;
            }
            None => gathered.provisional = Some(Concerns::new(provisional, path)),
        }
    }

    /// The profile at `path` was planned with a rule before its first known day.
    pub fn assumption(&self, path: &str, assumption: &str) {
        let mut gathered = self.gathered();
        match gathered.assumptions.get_mut(assumption) {
            Some(concerns) => concerns.profiles += 1,
            None => {
                gathered
                    .assumptions
                    .insert(assumption.to_owned(), Concerns::new((), path));
            }
        }
    }

    /// Something said of an input as it was read (a list's encoding): said once at the end.
    pub fn input_note(&self, note: &str) {
        self.assumption("", note);
    }

    /// Something likely wrong that did not stop the run: said now, unless quiet.
    pub fn warning(&self, message: &str) {
        if !self.quiet {
            report(Kind::Warning, self.lang, message);
        }
    }

    /// A profile that failed: said now while fewer than [`ERRORS_SHOWN`] were, else counted.
    pub fn error(&self, message: &str) {
        let mut gathered = self.gathered();
        gathered.errors += 1;
        if gathered.errors <= ERRORS_SHOWN {
            report(Kind::Error, self.lang, message);
        }
    }

    /// Says what was gathered: the errors not shown, then each note once.
    pub fn flush(&self) {
        let Gathered {
            provisional,
            assumptions,
            errors,
        } = std::mem::take(&mut *self.gathered());
        if errors > ERRORS_SHOWN {
            let more = errors - ERRORS_SHOWN;
            report(
                Kind::Error,
                self.lang,
                &msg!(self.lang, "notes-more-errors", count = more, total = errors),
            );
        }
        if self.quiet {
            return;
        }
        for (text, concerns) in assumptions {
            self.note(&text, &concerns);
        }
        if let Some(concerns) = provisional {
            self.note(&concerns.what.note(self.lang), &concerns);
        }
    }

    fn note<T>(&self, text: &str, concerns: &Concerns<T>) {
        let line = match (concerns.profiles, concerns.first.as_str()) {
            (1, "") => text.to_owned(),
            (1, path) => format!("{path}: {text}"),
            (count, first) => msg!(
                self.lang,
                "notes-profiles",
                count = count,
                first = first,
                note = text
            ),
        };
        report(Kind::Note, self.lang, &line);
    }
}

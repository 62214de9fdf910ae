//! The note for results reckoned into years without a holiday notice: which years, and the
//! days off the holiday law made certplan assume — for one profile, or gathered over a whole
//! run so that it is said once.

use crate::calendar::law::LawDayOff;
use crate::calendar::{WorkCalendar, YearStatus};
use crate::lang::Lang;
use crate::msg;
use crate::render::workdays::assumed_days_text;
use std::collections::BTreeSet;

/// What a result rests on in years without a notice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provisional {
    /// Years the holiday law covers, with at least one assumed day off in the result.
    pub by_law: BTreeSet<i32>,
    /// Years nothing covers: Monday–Friday counted.
    pub unknown: BTreeSet<i32>,
    /// The days off the law made certplan assume.
    pub assumed: BTreeSet<LawDayOff>,
}

impl Provisional {
    /// What a result reckoned over `spans` (first and last day each) rests on; `None` when
    /// there is nothing to say.
    pub fn of(
        calendar: &WorkCalendar,
        spans: &[(chrono::NaiveDate, chrono::NaiveDate)],
    ) -> Option<Self> {
        let years = calendar.provisional_years(spans);
        if years.is_empty() {
            return None;
        }
        let (by_law, unknown): (BTreeSet<i32>, BTreeSet<i32>) = years
            .iter()
            .partition(|year| matches!(calendar.status(**year), YearStatus::ProvisionalByLaw));
        let assumed: BTreeSet<LawDayOff> =
            calendar.assumed_days_off_in(spans).into_iter().collect();
        // Years the law covers, but none of whose assumed days off falls in the spans: the result
        // does not rest on them, and a note every run (from cron, a daily mail) would be noise.
        let by_law = if assumed.is_empty() {
            BTreeSet::new()
        } else {
            by_law
        };
        (!by_law.is_empty() || !unknown.is_empty()).then_some(Provisional {
            by_law,
            unknown,
            assumed,
        })
    }

    /// Adds what `other` rests on: the union of the years and days.
    pub fn merge(&mut self, other: Provisional) {
        self.by_law.extend(other.by_law);
        self.unknown.extend(other.unknown);
        self.assumed.extend(other.assumed);
    }

    /// The note in `lang`.
    pub fn note(&self, lang: Lang) -> String {
        let join = |years: &BTreeSet<i32>| {
            years
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(&crate::i18n::message(lang, "list-separator"))
        };
        let mut notes = Vec::new();
        if !self.by_law.is_empty() {
            let assumed: Vec<LawDayOff> = self.assumed.iter().copied().collect();
            notes.push(msg!(
                lang,
                "holidays-note-provisional",
                years = join(&self.by_law),
                count = self.by_law.len(),
                days = assumed_days_text(&assumed, lang)
            ));
        }
        if !self.unknown.is_empty() {
            notes.push(msg!(
                lang,
                "holidays-note-unknown",
                years = join(&self.unknown)
            ));
        }
        notes.join(" ")
    }
}

/// The stderr note for a result reckoned over `spans` that reaches years without a notice;
/// `None` when every year there has one (or none of its assumed days falls in the spans).
pub fn provisional_note(
    calendar: &WorkCalendar,
    spans: &[(chrono::NaiveDate, chrono::NaiveDate)],
    lang: Lang,
) -> Option<String> {
    Provisional::of(calendar, spans).map(|provisional| provisional.note(lang))
}

//! Workbooks are for people: the cells of closed sets (platform, status, event, quote's row
//! kind) show their names in the reader's language, and the ids follow in trailing columns
//! under their CSV names for formulas and scripts; the days off assumed from the holiday law are named
//! (`元旦（法定）`, `New Year's Day (元旦), statutory`). Sheet names follow the language too.

use super::headers::header;
use super::records::CellKind;
use crate::forecast::Event;
use crate::lang::Lang;
use crate::msg;
use crate::platform::Platform;
use crate::render::remind::NOT_CERTIFIED;
use crate::render::workdays::holiday_label;
use crate::review::ReviewStatus;

/// The CSV columns whose cells are ids people read as names.
const NAMED: [&str; 4] = ["platform", "status", "event", "row"];

/// The name of the sheet `id` (`payments`, `by month`, `about`, `quote`, `remind`) in `lang`.
pub fn sheet_name(id: &str, lang: Lang) -> String {
    match id {
        "payments" => msg!(lang, "xlsx-sheet-payments"),
        "by month" => msg!(lang, "xlsx-sheet-by-month"),
        "about" => msg!(lang, "xlsx-sheet-about"),
        "quote" => msg!(lang, "xlsx-sheet-quote"),
        "remind" => msg!(lang, "xlsx-sheet-remind"),
        other => other.to_owned(),
    }
}

/// How the records of a CSV become a sheet's rows in one language.
#[derive(Clone, Debug)]
pub struct Voice {
    lang: Lang,
    /// Where the named columns are, with their CSV names.
    named: Vec<(usize, &'static str)>,
    /// Where `assumed_days_off` is.
    assumed: Option<usize>,
}

impl Voice {
    /// The voice of a sheet with the CSV `columns` in `lang`.
    pub fn new(columns: &[&'static str], lang: Lang) -> Voice {
        let named = columns
            .iter()
            .enumerate()
            .filter(|(_, column)| NAMED.contains(column))
            .map(|(at, column)| (at, *column))
            .collect();
        let assumed = columns
            .iter()
            .position(|column| *column == "assumed_days_off");
        Voice {
            lang,
            named,
            assumed,
        }
    }

    /// The header row: each CSV column's header in the language, then the id columns by their
    /// CSV names.
    pub fn headers(&self, columns: &[&str]) -> Vec<String> {
        let mut headers: Vec<String> = columns
            .iter()
            .map(|column| header(column, self.lang))
            .collect();
        headers.extend(self.named.iter().map(|(_, column)| (*column).to_owned()));
        headers
    }

    /// How each column is written: the CSV's kinds, then text for the ids.
    pub fn kinds(&self, kinds: &[CellKind]) -> Vec<CellKind> {
        let mut all = kinds.to_vec();
        all.extend(self.named.iter().map(|_| CellKind::Text));
        all
    }

    /// One record (CSV cells) as the sheet's row.
    pub fn record(&self, record: &[String]) -> Vec<String> {
        let mut row = record.to_vec();
        for (at, column) in &self.named {
            let id = record.get(*at).cloned().unwrap_or_default();
            if let Some(cell) = row.get_mut(*at) {
                *cell = name_of(column, &id, self.lang).unwrap_or_else(|| id.clone());
            }
            row.push(id);
        }
        if let Some(cell) = self.assumed.and_then(|at| row.get_mut(at)) {
            *cell = assumed_days(cell, self.lang);
        }
        row
    }
}

/// The name of the id `id` of the CSV column `column` in `lang`.
fn name_of(column: &str, id: &str, lang: Lang) -> Option<String> {
    match column {
        "platform" => id
            .parse::<Platform>()
            .ok()
            .map(|p| p.label(lang).to_owned()),
        "status" if id == NOT_CERTIFIED => Some(msg!(lang, "remind-not-certified")),
        "status" => id
            .parse::<ReviewStatus>()
            .ok()
            .map(|s| s.label(lang).to_owned()),
        "event" => Event::ALL
            .into_iter()
            .find(|event| event.id() == id)
            .map(|event| crate::render::forecast::event_label(event, lang)),
        "row" => match id {
            "fee" => Some(msg!(lang, "xlsx-row-fee")),
            "exemption" => Some(msg!(lang, "xlsx-row-exemption")),
            "subsidy" => Some(msg!(lang, "xlsx-row-subsidy")),
            "summary" => Some(msg!(lang, "xlsx-row-summary")),
            "total" => Some(msg!(lang, "xlsx-row-total")),
            _ => None,
        },
        _ => None,
    }
}

/// The CSV's `2027-01-01 元旦 statutory; …` in words.
fn assumed_days(cell: &str, lang: Lang) -> String {
    if cell.is_empty() {
        return String::new();
    }
    cell.split("; ")
        .map(|day| {
            let mut parts = day.split(' ');
            let (date, name, kind) = (
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
            );
            let kind = match kind {
                "substitute" => msg!(lang, "xlsx-day-substitute"),
                _ => msg!(lang, "xlsx-day-statutory"),
            };
            msg!(
                lang,
                "xlsx-assumed-day",
                date = date,
                name = holiday_label(name, lang),
                chinese = name,
                kind = kind
            )
        })
        .collect::<Vec<_>>()
        .join(&crate::i18n::message(lang, "xlsx-day-separator"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_rows_name_platform_and_status_and_keep_the_ids_at_the_end() {
        let voice = Voice::new(&["platform", "days_left", "status"], Lang::Zh);
        let row = voice.record(&["wecom".into(), "12".into(), "due".into()]);
        assert_eq!(row, ["企业微信", "12", "待年审", "wecom", "due"]);
        assert_eq!(
            voice.headers(&["platform", "days_left", "status"])[3..],
            ["platform", "status"]
        );
    }

    #[test]
    fn assumed_days_are_named_in_each_language() {
        let cell = "2027-01-01 元旦 statutory; 2027-10-08 国庆节 substitute";
        assert_eq!(
            assumed_days(cell, Lang::Zh),
            "2027-01-01 元旦（法定）；2027-10-08 国庆节（补假）"
        );
        let english = assumed_days(cell, Lang::En);
        assert!(
            english.starts_with("2027-01-01 New Year's Day (元旦), statutory"),
            "{english}"
        );
    }
}

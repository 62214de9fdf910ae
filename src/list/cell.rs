//! One cell of a client list, and the profile value it stands for in its column: cells are read
//! as people type them (是/否, `1,500`, `1500.0`, full-width digits, `2031/6/30`, 企业), and
//! a cell that cannot be read says what to type instead.

use super::columns::{Choice, ValueKind};
use crate::date_value::{LONG_TERM_WORDS, within_supported_years};
use crate::lang::Lang;
use crate::msg;
use crate::profile::typed_by_hand::chinese_number;
use chrono::NaiveDate;
use toml::Value;

/// A cell as the file holds it: CSV cells are text; a workbook also has numbers, booleans and
/// date cells.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text.
    Text(String),
    /// A number (what a workbook stores for `1500`, and for a date typed as a number).
    Number(f64),
    /// A boolean cell (TRUE/FALSE).
    Bool(bool),
    /// A date cell.
    Date(NaiveDate),
}

impl Cell {
    /// Whether the cell holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as a spreadsheet shows it (`1500`, not `1500.0`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.trim().to_owned(),
            Cell::Number(number) => whole(*number).map_or(number.to_string(), |n| n.to_string()),
            Cell::Bool(flag) => flag.to_string(),
            Cell::Date(day) => day.to_string(),
        }
    }
}

/// What is wrong with a cell, in the reader's language, and what to type instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// What was found and what the column holds.
    pub message: String,
    /// What to type instead, when there is a likely meaning.
    pub help: Option<String>,
}

/// The profile value `cell` stands for in a column holding `kind`, or `None` for a blank cell
/// (the profile says nothing; a platform's presence column says no).
pub fn value_of(cell: &Cell, kind: ValueKind, lang: Lang) -> Result<Option<Value>, CellProblem> {
    if cell.is_blank() {
        return Ok(None);
    }
    let found = cell.text();
    let problem = |expected: String, help: Option<String>| CellProblem {
        message: msg!(
            lang,
            "list-cell-bad",
            found = found.as_str(),
            expected = expected
        ),
        help,
    };
    match kind {
        ValueKind::Text => Ok(Some(Value::String(found.clone()))),
        ValueKind::WholeNumber => match whole_number(cell) {
            Some(number) => Ok(Some(Value::Integer(number))),
            None => {
                let meant = chinese_number(&found).map(|n| msg!(lang, "list-cell-type", value = n));
                Err(problem(msg!(lang, "list-kind-number"), meant))
            }
        },
        ValueKind::YesNo => match yes_no(cell) {
            Some(flag) => Ok(Some(Value::Boolean(flag))),
            None => Err(problem(msg!(lang, "list-kind-yes-no"), None)),
        },
        ValueKind::Date | ValueKind::DateOrLongTerm => {
            let long_term = kind == ValueKind::DateOrLongTerm
                && LONG_TERM_WORDS.contains(&found.to_lowercase().as_str());
            if long_term {
                return Ok(Some(Value::String("长期".to_owned())));
            }
            let expected = match kind {
                ValueKind::Date => msg!(lang, "list-kind-date"),
                _ => msg!(lang, "list-kind-date-or-long-term"),
            };
            match date(cell) {
                Some(day) if within_supported_years(day).is_ok() => Ok(Some(date_value(day))),
                _ => Err(problem(expected, None)),
            }
        }
        ValueKind::Choice(choice) => match choose(choice, &found) {
            Some(id) => Ok(Some(Value::String(id.to_owned()))),
            None => {
                let values = choices(choice, lang);
                let meant = nearest_choice(choice, &found, lang)
                    .map(|id| msg!(lang, "list-cell-type", value = id));
                Err(problem(
                    msg!(lang, "list-kind-choice", values = values),
                    meant,
                ))
            }
        },
    }
}

/// `number` as a whole number, when it is one that fits.
fn whole(number: f64) -> Option<i64> {
    (number.fract() == 0.0 && number.abs() < 9.0e15).then_some(number as i64)
}

/// Full-width digits and punctuation made ASCII (`１，５００` → `1,500`); other text unchanged.
fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// A whole number as typed: `1500`, `1,500`, `1 500`, `1500.0`, `１５００`, or a number cell.
fn whole_number(cell: &Cell) -> Option<i64> {
    match cell {
        Cell::Number(number) => whole(*number),
        Cell::Text(text) => {
            let plain: String = half_width(text)
                .chars()
                .filter(|c| !matches!(c, ',' | ' ' | '_' | '\''))
                .collect();
            let digits = plain.strip_suffix(".0").unwrap_or(&plain);
            let digits = digits.trim_end_matches(['人', '名']);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            digits.parse().ok()
        }
        _ => None,
    }
}

/// Yes or no as typed: yes/no, y/n, true/false, 是/否, 有/无, 对/错, 1/0, ✓/✗, or a boolean cell.
fn yes_no(cell: &Cell) -> Option<bool> {
    match cell {
        Cell::Bool(flag) => Some(*flag),
        Cell::Number(number) if *number == 1.0 => Some(true),
        Cell::Number(number) if *number == 0.0 => Some(false),
        Cell::Text(text) => match half_width(text).trim().to_lowercase().as_str() {
            "yes" | "y" | "true" | "是" | "有" | "对" | "1" | "✓" | "✔" | "√" | "☑" => {
                Some(true)
            }
            "no" | "n" | "false" | "否" | "无" | "没有" | "错" | "0" | "✗" | "✘" | "×" | "x"
            | "☐" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A calendar day as typed: a date cell, `2031-06-30`, `2031/6/30`, `2031.6.30`,
/// `2031年6月30日`, `20310630`, or those with a time after them.
fn date(cell: &Cell) -> Option<NaiveDate> {
    let text = match cell {
        Cell::Date(day) => return Some(*day),
        Cell::Text(text) => half_width(text),
        _ => return None,
    };
    let day_part = text.trim().split([' ', 'T']).next().unwrap_or("");
    if day_part.len() == 8 && day_part.chars().all(|c| c.is_ascii_digit()) {
        return NaiveDate::parse_from_str(day_part, "%Y%m%d").ok();
    }
    let parts: Vec<&str> = day_part
        .split(['-', '/', '.', '年', '月', '日'])
        .filter(|part| !part.is_empty())
        .collect();
    match parts.as_slice() {
        [year, month, day] if year.len() == 4 => {
            NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
        }
        _ => None,
    }
}

/// A day as a profile file writes it (a TOML local date).
fn date_value(day: NaiveDate) -> Value {
    let text = day.format("%Y-%m-%d").to_string();
    text.parse::<toml::value::Datetime>()
        .map_or(Value::String(text), Value::Datetime)
}

/// The id a choice cell names: the id itself (any case) or its name in either language, with
/// or without a trailing 级 (`乡镇` for 乡镇级); other Chinese names a clerk writes for a kind.
fn choose(choice: Choice, found: &str) -> Option<&'static str> {
    let wanted = found.trim().to_lowercase();
    let stem = |name: &str| name.trim_end_matches('级').to_lowercase();
    let ids = choice.ids();
    let by_name = [Lang::Zh, Lang::En].iter().find_map(|&lang| {
        choice
            .labels(lang)
            .iter()
            .position(|label| label.to_lowercase() == wanted || stem(label) == stem(&wanted))
    });
    ids.iter()
        .position(|id| *id == wanted)
        .or(by_name)
        .map(|at| ids[at])
        .or_else(|| match choice {
            Choice::EntityKind => crate::entity_kind::EntityKind::CHINESE_ALIASES
                .iter()
                .find(|(alias, _)| *alias == wanted)
                .map(|(_, kind)| kind.id()),
            _ => None,
        })
}

/// The values a choice column accepts, for a message: ids with their names in `lang`.
fn choices(choice: Choice, lang: Lang) -> String {
    let labels = choice.labels(lang);
    choice
        .ids()
        .iter()
        .zip(&labels)
        .map(|(id, label)| match lang {
            Lang::Zh => (*label).to_owned(),
            Lang::En => (*id).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value most likely meant by an unknown choice, as it should be typed in `lang`.
fn nearest_choice(choice: Choice, found: &str, lang: Lang) -> Option<String> {
    let wanted = found.trim().to_lowercase();
    let labels = choice.labels(lang);
    let candidates: Vec<&str> = match lang {
        Lang::Zh if !wanted.is_ascii() => labels.clone(),
        _ => choice.ids().to_vec(),
    };
    crate::diagnostic::nearest(&wanted, candidates.iter().copied()).map(str::to_owned)
}

#[cfg(test)]
mod tests;

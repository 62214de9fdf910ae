//! `certplan log`'s edit: one event appended to a platform's `[[platforms.<id>.events]]` in a
//! profile's text with `toml_edit`, so that every comment, key order and space of the file
//! stays as it was; the whole new text is then read again by the profile parser, so that an
//! event the history does not allow is refused exactly as it would be in the file. An event
//! is a record of what happened: one dated after today is refused (no rule plans events).

use super::{Event, Profile, parse_profile_in};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Diagnostics;
use crate::lang::Lang;
use crate::platform::Platform;
use crate::toml_location::KeyPath;
use chrono::{Datelike, NaiveDate};
use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

/// Why an event cannot be appended.
#[derive(Debug)]
pub enum AppendError {
    /// The profile, or the profile with the event, is not valid (the event is refused).
    Invalid(Diagnostics),
    /// The profile does not choose the platform.
    NotChosen(Platform),
    /// The platform's table or its `events` is written in a form an event cannot be added to
    /// without rewriting it (a value that is not a table or an array of tables).
    NotEditable(Platform),
}

/// `text` (the profile `file`) with `event` appended to `platform`'s events, and the profile
/// it now is. Nothing before the new event changes: the text before it is byte for byte the
/// text given, and so is the text after it. An event dated after `today` is refused, shown
/// where it would stand in the file.
pub fn append_event(
    file: &str,
    text: &str,
    platform: Platform,
    event: &Event,
    today: NaiveDate,
    lang: Lang,
) -> Result<(String, Profile), AppendError> {
    let (new, profile) = appended(file, text, platform, event, lang)?;
    if event.on > today {
        let index = profile
            .platform(platform)
            .map_or(0, |entry| entry.history.events().len().saturating_sub(1));
        let path = KeyPath::parse(&format!("platforms.{}.events[{index}].on", platform.id()));
        let message = crate::msg!(
            lang,
            "log-future-event",
            on = event.on.to_string(),
            today = today.to_string()
        );
        return Err(AppendError::Invalid(Diagnostics::one(
            Diagnostic::at_key(file, &new, &path, message).in_lang(lang),
        )));
    }
    Ok((new, profile))
}

fn appended(
    file: &str,
    text: &str,
    platform: Platform,
    event: &Event,
    lang: Lang,
) -> Result<(String, Profile), AppendError> {
    let profile = parse_profile_in(file, text, lang).map_err(AppendError::Invalid)?;
    if profile.platform(platform).is_none() {
        return Err(AppendError::NotChosen(platform));
    }
    let not_editable = || AppendError::NotEditable(platform);
    // The text parsed as a profile: it parses as a document.
    let mut document: DocumentMut = text.parse().map_err(|_| not_editable())?;
    let entry = document
        .get_mut("platforms")
        .and_then(|platforms| platforms.get_mut(platform.id()))
        .ok_or_else(not_editable)?;
    let events = match entry {
        Item::Table(table) => table
            .entry("events")
            .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new())),
        Item::Value(Value::InlineTable(table)) => {
            let events = table
                .entry("events")
                .or_insert_with(|| Value::Array(toml_edit::Array::new()));
            let Value::Array(array) = events else {
                return Err(not_editable());
            };
            array.push(Value::InlineTable(inline(event)));
            return checked(file, text, document.to_string(), lang);
        }
        _ => return Err(not_editable()),
    };
    match events {
        Item::ArrayOfTables(tables) => tables.push(table(event)),
        Item::Value(Value::Array(array)) => array.push(Value::InlineTable(inline(event))),
        _ => return Err(not_editable()),
    }
    checked(file, text, document.to_string(), lang)
}

/// The new text, if it only adds to the old (else the edit would touch something else), and
/// the profile it is.
fn checked(
    file: &str,
    old: &str,
    new: String,
    lang: Lang,
) -> Result<(String, Profile), AppendError> {
    let same_before = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let added = new.len().saturating_sub(old.len());
    let only_adds = new.len() >= old.len() && new[same_before + added..] == old[same_before..];
    if !only_adds {
        // The edit changed something besides adding: refuse rather than rewrite a file.
        return Err(AppendError::Invalid(Diagnostics::one(
            crate::diagnostic::Diagnostic::at_offset(
                file,
                old,
                same_before,
                String::new(),
                crate::msg!(lang, "log-would-rewrite"),
            ),
        )));
    }
    let profile = parse_profile_in(file, &new, lang).map_err(AppendError::Invalid)?;
    Ok((new, profile))
}

fn date(event: &Event) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(event.on.year()).unwrap_or_default(),
            month: u8::try_from(event.on.month()).unwrap_or_default(),
            day: u8::try_from(event.on.day()).unwrap_or_default(),
        }),
        time: None,
        offset: None,
    }
}

fn table(event: &Event) -> Table {
    let mut table = Table::new();
    table.insert("on", toml_edit::value(date(event)));
    table.insert("event", toml_edit::value(event.kind.id()));
    if let Some(note) = &event.note {
        table.insert("note", toml_edit::value(note.as_str()));
    }
    table
}

fn inline(event: &Event) -> InlineTable {
    let mut table = InlineTable::new();
    table.insert("on", Value::from(date(event)));
    table.insert("event", Value::from(event.kind.id()));
    if let Some(note) = &event.note {
        table.insert("note", Value::from(note.as_str()));
    }
    table
}

#[cfg(test)]
mod tests;

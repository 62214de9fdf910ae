//! The columns of a client list: one data-driven table ([`COLUMNS`]) saying, for every column,
//! the profile key it stands for, its English header (the key as a list writes it: `[org]` keys
//! by their bare name, other tables and platform keys by dotted path, a platform's presence by
//! its id), the Chinese headers a clerk would type, and the kind of value its cells hold.
//! Reading a list, writing a template and exporting profiles all ask this table, so a column
//! is named, placed and explained once.

mod table;

use crate::diagnostic::nearest;
use crate::entity_kind::EntityKind;
use crate::lang::Lang;
use crate::platform::Platform;
use crate::profile::{AccountType, DingtalkLevel, EventKind, GovLevel};

pub use table::COLUMNS;

/// One column of a client list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The English header: the key as a list writes it (`members`, `legal_rep.id_number`,
    /// `wecom`, `wecom.certified_on`).
    pub header: &'static str,
    /// The key path in a profile file (`org.members`, `platforms.wecom.certified_on`); a
    /// platform's presence column names the platform's table (`platforms.wecom`).
    pub path: &'static str,
    /// What its cells hold.
    pub kind: ValueKind,
    /// Chinese headers accepted for it; the first is the one templates and exports write.
    pub zh: &'static [&'static str],
}

/// What the cells of a column hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// Free text.
    Text,
    /// A whole number (`1500`).
    WholeNumber,
    /// Yes or no (是/否). For a platform's presence column, yes means the profile applies for
    /// the platform (its table exists).
    YesNo,
    /// A calendar day.
    Date,
    /// A calendar day, or 长期 (valid for the long term).
    DateOrLongTerm,
    /// One of a closed set of ids.
    Choice(Choice),
}

/// The closed sets a column may choose from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// `org.kind`.
    EntityKind,
    /// `org.gov_level`.
    GovLevel,
    /// `official_account.type`, `gov_account.type`.
    AccountType,
    /// `dingtalk.level`.
    DingtalkLevel,
    /// `<platform>.status`: the latest event of an application.
    Event,
}

impl Choice {
    /// The ids, in canonical order (what a profile file writes).
    pub fn ids(self) -> &'static [&'static str] {
        match self {
            Choice::EntityKind => EntityKind::IDS,
            Choice::GovLevel => GovLevel::IDS,
            Choice::AccountType => AccountType::IDS,
            Choice::DingtalkLevel => DingtalkLevel::IDS,
            Choice::Event => EventKind::IDS,
        }
    }

    /// The names of the values for people in `lang`, in the order of [`Choice::ids`].
    pub fn labels(self, lang: Lang) -> Vec<&'static str> {
        match self {
            Choice::EntityKind => EntityKind::ALL.iter().map(|v| v.label(lang)).collect(),
            Choice::GovLevel => GovLevel::ALL.iter().map(|v| v.label(lang)).collect(),
            Choice::AccountType => AccountType::ALL.iter().map(|v| v.label(lang)).collect(),
            Choice::DingtalkLevel => DingtalkLevel::ALL.iter().map(|v| v.label(lang)).collect(),
            Choice::Event => EventKind::ALL.iter().map(|v| v.label(lang)).collect(),
        }
    }
}

impl Column {
    /// The header a template or an export writes in `lang`: the key under English, the first
    /// Chinese name under Chinese.
    pub fn header_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.header,
            Lang::Zh => self.zh.first().copied().unwrap_or(self.header),
        }
    }

    /// The platform whose presence this column says (`wecom`), if it is such a column.
    pub fn platform(&self) -> Option<Platform> {
        let id = self.path.strip_prefix("platforms.")?;
        Platform::ALL.iter().copied().find(|p| p.id() == id)
    }

    /// The column's key path, one key at a time.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.path.split('.')
    }

    /// For a column of a platform's latest event (`wecom.status`, `wecom.status_on`): the
    /// platform's table path and the event's key (`event`, `on`).
    fn event_key(&self) -> Option<(&'static str, &'static str)> {
        let (table, key) = self.path.rsplit_once('.')?;
        match key {
            "status" => Some((table, "event")),
            "status_on" => Some((table, "on")),
            _ => None,
        }
    }

    /// The column's value in a profile file's table, if the file has one: for a presence
    /// column, `true` when the platform's table exists (a profile never says `false`); for a
    /// status column, the platform's latest event.
    pub fn get(&self, profile: &toml::Table) -> Option<toml::Value> {
        if let Some((table, key)) = self.event_key() {
            let platform = table
                .split('.')
                .try_fold(profile, |table, key| table.get(key)?.as_table())?;
            let latest = platform.get("events")?.as_array()?.last()?.as_table()?;
            return latest.get(key).cloned();
        }
        let mut keys = self.keys().peekable();
        let mut table = profile;
        while let Some(key) = keys.next() {
            let value = table.get(key)?;
            if keys.peek().is_none() {
                return Some(match (self.platform(), value) {
                    (Some(_), toml::Value::Table(_)) => toml::Value::Boolean(true),
                    _ => value.clone(),
                });
            }
            table = value.as_table()?;
        }
        None
    }

    /// Puts `value` at the column's key path in a profile file's table, making the tables on
    /// the way. A presence column makes the platform's (empty) table for `true` and leaves the
    /// table as it is for `false`: a cell saying no adds nothing. A status column sets the
    /// kind or the day of the platform's one latest event (see `list::latest_event`). Returns
    /// `false`, changing nothing, where a non-table value already sits on the way.
    pub fn set(&self, profile: &mut toml::Table, value: toml::Value) -> bool {
        let keys: Vec<&str> = self.keys().collect();
        let Some((last, parents)) = keys.split_last() else {
            return false;
        };
        if self.platform().is_some() && value.as_bool() == Some(false) {
            return true;
        }
        let mut table = profile;
        for key in parents {
            let entry = table
                .entry(*key)
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            let Some(inner) = entry.as_table_mut() else {
                return false;
            };
            table = inner;
        }
        if let Some((_, key)) = self.event_key() {
            // The latest event of the platform: one event table in `events`.
            let events = table.entry("events").or_insert_with(|| {
                toml::Value::Array(vec![toml::Value::Table(toml::Table::new())])
            });
            let Some(latest) = events
                .as_array_mut()
                .and_then(|events| events.last_mut())
                .and_then(toml::Value::as_table_mut)
            else {
                return false;
            };
            latest.insert(key.to_owned(), value);
            return true;
        }
        if self.platform().is_some() {
            return table
                .entry(*last)
                .or_insert_with(|| toml::Value::Table(toml::Table::new()))
                .is_table();
        }
        table.insert((*last).to_owned(), value);
        true
    }
}

/// How a header is compared: trimmed (full-width spaces too) and case-folded.
fn normalised(header: &str) -> String {
    header.trim().to_lowercase()
}

/// The column a list's header names: its English header, its profile key path or one of its
/// Chinese names, after trimming and ignoring case.
pub fn column_for(header: &str) -> Option<&'static Column> {
    let wanted = normalised(header);
    COLUMNS.iter().find(|column| {
        column.header == wanted
            || column.path == wanted
            || column.zh.iter().any(|name| normalised(name) == wanted)
    })
}

/// The header a list most likely meant by an unknown `header` (did-you-mean): among the
/// Chinese names when it has Chinese characters, else among the English headers.
pub fn nearest_header(header: &str) -> Option<&'static str> {
    let wanted = normalised(header);
    if wanted.is_ascii() {
        nearest(&wanted, COLUMNS.iter().map(|column| column.header))
    } else {
        nearest(
            &wanted,
            COLUMNS.iter().flat_map(|column| column.zh.iter().copied()),
        )
    }
}

#[cfg(test)]
mod tests;

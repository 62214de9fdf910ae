//! A list row's profile table written as a profile file (`certplan import`): the keys in the
//! order of the list's columns, under a comment naming where the row came from, and the file's
//! name made from the row's `client_id` or its name.

use super::columns::{COLUMNS, Column};
use std::sync::OnceLock;
use toml::{Table, Value};

/// The profile file for `profile` (a profile file's table, already validated), opening with
/// `source` as a comment (one line: line breaks in it become spaces).
pub fn profile_text(profile: &Table, source: &str) -> String {
    let source: String = source
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut text = format!("# {source}\n");
    let written = body(profile);
    // Every key a valid profile may hold has a column (a test of the column table); should a
    // key ever lack one, the table is written whole rather than lose it.
    if written.parse::<Table>().ok().as_ref() == Some(profile) {
        text.push_str(&written);
    } else {
        text.push_str(&toml::to_string(profile).unwrap_or_default());
    }
    text
}

fn parent(path: &str) -> &str {
    path.rsplit_once('.').map_or("", |(parent, _)| parent)
}

fn last(path: &str) -> &str {
    path.rsplit_once('.').map_or(path, |(_, key)| key)
}

/// The table each column's key sits in: a presence column stands for its platform's table.
fn section(column: &Column) -> &'static str {
    if column.platform().is_some() {
        column.path
    } else {
        parent(column.path)
    }
}

fn table_at<'t>(profile: &'t Table, path: &str) -> Option<&'t Table> {
    path.split('.')
        .try_fold(profile, |table, key| table.get(key)?.as_table())
}

/// The tables of a profile file in the order of the list's columns, each with its keys in
/// that order (worked out once: every list row is written through it).
fn layout() -> &'static [(&'static str, Vec<&'static str>)] {
    static LAYOUT: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    LAYOUT.get_or_init(|| {
        let mut sections: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for column in COLUMNS {
            let name = section(column);
            let at = match sections.iter().position(|(known, _)| *known == name) {
                Some(at) => at,
                None => {
                    sections.push((name, Vec::new()));
                    sections.len() - 1
                }
            };
            let key = last(column.path);
            if column.platform().is_none() && !matches!(key, "status" | "status_on") {
                sections[at].1.push(key);
            }
        }
        sections
    })
}

/// A profile file's table written as TOML in the order of the list's columns (every key a
/// profile may hold has a column).
pub fn body(profile: &Table) -> String {
    use std::fmt::Write;
    let mut text = String::with_capacity(512);
    for (name, keys) in layout() {
        let Some(table) = table_at(profile, name) else {
            continue;
        };
        if !text.is_empty() {
            text.push('\n');
        }
        let _ = writeln!(text, "[{name}]");
        for key in keys {
            if let Some(value) = table.get(*key) {
                let _ = writeln!(text, "{key} = {value}");
            }
        }
        // A platform's history: each event a table of its own, in order.
        let events = table.get("events").and_then(Value::as_array);
        for event in events.into_iter().flatten().filter_map(Value::as_table) {
            let _ = writeln!(text, "\n[[{name}.events]]");
            for (key, value) in event {
                let _ = writeln!(text, "{key} = {value}");
            }
        }
    }
    text
}

/// The file name (without `.toml`) for the profile: its `client_id`, else its name, with every
/// run of characters that are not letters or digits (Chinese characters are letters) made one
/// `-`, at most 60 characters; `client` when nothing is left.
pub fn file_stem(profile: &Table) -> String {
    let org = profile.get("org").and_then(Value::as_table);
    let text = ["client_id", "name"]
        .iter()
        .find_map(|key| {
            org?.get(*key)
                .and_then(Value::as_str)
                .filter(|text| !text.trim().is_empty())
        })
        .unwrap_or("");
    let mut stem = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            stem.extend(c.to_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "client".to_owned()
    } else {
        stem.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::examples::EXAMPLES;
    use crate::profile::parse_profile;

    #[test]
    fn a_profile_file_opens_with_its_source_and_reads_back_as_the_same_table() {
        for example in EXAMPLES {
            let table: Table = example.parse().unwrap();
            let text = profile_text(&table, "from clients.xlsx,\nrow 2");
            assert!(
                text.starts_with("# from clients.xlsx, row 2\n[org]\nname = "),
                "{text}"
            );
            assert_eq!(text.parse::<Table>().unwrap(), table);
            parse_profile("x.toml", &text).unwrap();
        }
    }

    #[test]
    fn keys_follow_the_columns_and_platforms_are_tables() {
        let table: Table = EXAMPLES[1].parse().unwrap();
        let text = profile_text(&table, "s");
        let org = text.find("[org]").unwrap();
        let rep = text.find("[legal_rep]").unwrap();
        let wecom = text
            .find("[platforms.wecom]\ncertified_on = 2026-03-02")
            .unwrap();
        let gov = text.find("[platforms.gov_account]").unwrap();
        assert!(org < rep && rep < wecom && wecom < gov, "{text}");
    }

    fn stem_of(org: &str) -> String {
        file_stem(&format!("[org]\n{org}").parse().unwrap())
    }

    #[test]
    fn file_names_come_from_the_client_id_else_the_name_keeping_chinese() {
        assert_eq!(
            stem_of("name = \"星河科技（深圳）有限公司\""),
            "星河科技-深圳-有限公司"
        );
        assert_eq!(stem_of("name = \"x\"\nclient_id = \"C-0042\""), "c-0042");
        assert_eq!(stem_of("name = \"../../etc/Passwd \""), "etc-passwd");
        assert_eq!(stem_of("name = \"...\""), "client");
        assert_eq!(
            stem_of(&format!("name = \"{}\"", "长".repeat(99)))
                .chars()
                .count(),
            60
        );
    }
}

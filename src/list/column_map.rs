//! `--columns MAP.toml`: a sheet's own headers mapped to list columns, for spreadsheets whose
//! headers certplan does not know (`"客户名称" = "name"`, `"企微到期" = "wecom.certified_on"`).
//! Read as strictly as a profile: one `[columns]` table of strings, each naming a known column;
//! anything else is a problem at its line and column.

use super::columns::{COLUMNS, Column, column_for};
use crate::diagnostic::{Diagnostic, Diagnostics, nearest};
use crate::lang::Lang;
use crate::msg;
use crate::toml_location::KeyPath;

/// Sheet headers mapped to columns; empty when no map is given.
#[derive(Clone, Debug, Default)]
pub struct ColumnMap {
    entries: Vec<(String, &'static Column)>,
    /// Headers mapped to `""`: columns of the sheet's own (notes, contacts) left out.
    ignored: Vec<String>,
}

impl ColumnMap {
    /// Reads a map file's `text` (`file` as the user named it).
    pub fn parse(file: &str, text: &str, lang: Lang) -> Result<ColumnMap, Diagnostics> {
        let document: toml::Table = text.parse().map_err(|error: toml::de::Error| {
            Diagnostics::one(Diagnostic::from_toml(file, text, &error, lang))
        })?;
        let mut problems = Vec::new();
        let mut entries = Vec::new();
        let mut ignored = Vec::new();
        for (key, value) in &document {
            if key != "columns" {
                let path = KeyPath::default().join(key);
                problems.push(
                    Diagnostic::at_key_name(
                        file,
                        text,
                        &path,
                        msg!(lang, "list-map-unknown-table", key = key.as_str()),
                    )
                    .in_lang(lang),
                );
                continue;
            }
            let Some(table) = value.as_table() else {
                let path = KeyPath::default().join(key);
                problems.push(
                    Diagnostic::at_key(file, text, &path, msg!(lang, "list-map-not-table"))
                        .in_lang(lang),
                );
                continue;
            };
            for (header, target) in table {
                let path = KeyPath::default().join("columns").join(header);
                let named = target.as_str().map(str::trim);
                if named == Some("") {
                    ignored.push(normalised(header));
                    continue;
                }
                match named.and_then(column_for) {
                    Some(column) => entries.push((normalised(header), column)),
                    None => {
                        let found = named.map_or_else(|| target.to_string(), str::to_owned);
                        let mut problem = Diagnostic::at_key(
                            file,
                            text,
                            &path,
                            msg!(lang, "list-map-unknown-column", column = found.as_str()),
                        )
                        .in_lang(lang);
                        let headers = COLUMNS.iter().map(|column| column.header);
                        if let Some(nearest) = nearest(&found, headers) {
                            problem = problem.with_help(msg!(
                                lang,
                                "list-cell-type",
                                value = format!("\"{nearest}\"")
                            ));
                        }
                        problems.push(problem);
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(ColumnMap { entries, ignored })
        } else {
            Err(Diagnostics::capped(problems, |problem| problem))
        }
    }

    /// Whether the map says to leave the sheet's `header` column out (`"备注" = ""`).
    pub fn ignores(&self, header: &str) -> bool {
        self.ignored.contains(&normalised(header))
    }

    /// The column a sheet's `header` is mapped to, if the map names it.
    pub fn column_for(&self, header: &str) -> Option<&'static Column> {
        let wanted = normalised(header);
        self.entries
            .iter()
            .find(|(known, _)| *known == wanted)
            .map(|(_, column)| *column)
    }
}

fn normalised(header: &str) -> String {
    header.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_names_columns_by_header_or_key_path() {
        let map = ColumnMap::parse(
            "map.toml",
            "[columns]\n\"客户名称\" = \"name\"\n\"企微到期\" = \"wecom.certified_on\"\nUSERS = \"org.members\"\n\"备注\" = \"\"\n",
            Lang::En,
        )
        .unwrap();
        assert!(map.ignores("备注") && map.column_for("备注").is_none());
        assert_eq!(map.column_for(" 客户名称 ").unwrap().path, "org.name");
        assert_eq!(
            map.column_for("企微到期").unwrap().path,
            "platforms.wecom.certified_on"
        );
        assert_eq!(map.column_for("users").unwrap().path, "org.members");
        assert!(map.column_for("other").is_none());
    }

    #[test]
    fn unknown_targets_and_tables_are_located_with_the_nearest_column() {
        let text = "[columns]\n\"客户名称\" = \"nmae\"\n[colums]\n";
        let problems = ColumnMap::parse("map.toml", text, Lang::En).unwrap_err();
        let shown = problems.to_string();
        assert!(shown.contains("map.toml:2:"), "{shown}");
        assert!(shown.contains("\"name\""), "{shown}");
        assert!(shown.contains("map.toml:3:"), "{shown}");
    }
}

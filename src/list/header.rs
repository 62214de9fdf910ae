//! A client list's header row: which column of the profile each position holds. Headers are
//! matched after trimming, ignoring case, by English header, profile key path or Chinese
//! name — or by a `--columns` map for any other sheet. Unknown, repeated and missing required
//! columns are problems of the whole list, said once with the nearest known header.

use super::cell::Cell;
use super::column_map::ColumnMap;
use super::columns::{COLUMNS, Column, column_for, nearest_header};
use crate::lang::Lang;
use crate::msg;

/// The columns every list must have: a profile cannot be made without them.
const REQUIRED: [&str; 3] = ["org.name", "org.kind", "org.members"];

/// What each position of a list's rows holds.
#[derive(Clone, Debug)]
pub struct Header {
    columns: Vec<Option<&'static Column>>,
    /// The header cells as the sheet writes them, to name a column as the user knows it.
    names: Vec<String>,
}

/// A problem of the header row: where (0-based position), and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderProblem {
    /// The position of the header cell; `None` for a column that is missing.
    pub position: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to write instead, when there is a likely meaning.
    pub help: Option<String>,
}

impl Header {
    /// The header of a list whose first row holds `cells`, naming columns by the built-in
    /// names or by `map` (which wins: a sheet's own header means what the user mapped it to).
    pub fn read(cells: &[Cell], map: &ColumnMap, lang: Lang) -> Result<Header, Vec<HeaderProblem>> {
        let mut columns = Vec::with_capacity(cells.len());
        let names: Vec<String> = cells.iter().map(Cell::text).collect();
        let mut problems = Vec::new();
        for (position, text) in names.iter().enumerate() {
            let text = text.clone();
            if text.is_empty() {
                columns.push(None);
                continue;
            }
            if map.ignores(&text) {
                columns.push(None);
                continue;
            }
            let column = map.column_for(&text).or_else(|| column_for(&text));
            match column {
                Some(column) if columns.contains(&Some(column)) => {
                    problems.push(HeaderProblem {
                        position: Some(position),
                        message: msg!(
                            lang,
                            "list-header-repeated",
                            header = text.as_str(),
                            key = column.header
                        ),
                        help: None,
                    });
                    columns.push(None);
                }
                Some(column) => columns.push(Some(column)),
                None => {
                    let help = nearest_header(&text)
                        .map(|nearest| msg!(lang, "list-header-nearest", header = nearest));
                    problems.push(HeaderProblem {
                        position: Some(position),
                        message: msg!(lang, "list-header-unknown", header = text.as_str()),
                        help: help.or_else(|| Some(msg!(lang, "list-header-columns-help"))),
                    });
                    columns.push(None);
                }
            }
        }
        for required in REQUIRED {
            if !columns
                .iter()
                .flatten()
                .any(|column| column.path == required)
            {
                let column = COLUMNS.iter().find(|c| c.path == required);
                let header = column.map_or(required, |column| column.header_in(lang));
                problems.push(HeaderProblem {
                    position: None,
                    message: msg!(lang, "list-header-missing", header = header),
                    help: None,
                });
            }
        }
        if problems.is_empty() {
            Ok(Header { columns, names })
        } else {
            Err(problems)
        }
    }

    /// The column at `position`, if its header names one.
    pub fn column(&self, position: usize) -> Option<&'static Column> {
        self.columns.get(position).copied().flatten()
    }

    /// The header of the column at `position` as the sheet writes it (`人数`).
    pub fn name(&self, position: usize) -> &str {
        self.names.get(position).map_or("", String::as_str)
    }

    /// Whether the column at `position` is one the `--columns` map says to leave out (a notes
    /// column): its cells are not read.
    pub fn is_ignored(&self, position: usize) -> bool {
        self.columns.get(position).is_some_and(Option::is_none) && !self.name(position).is_empty()
    }

    /// Where the column standing for profile key `path` is, if the list has it.
    pub fn position_of(&self, path: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|column| column.is_some_and(|column| column.path == path))
    }
}

/// The spreadsheet letters of the 0-based column `position` (`0` → `A`, `27` → `AB`).
pub fn column_letters(position: usize) -> String {
    let mut index = position + 1;
    let mut letters = String::new();
    while index > 0 {
        letters.insert(0, char::from(b'A' + ((index - 1) % 26) as u8));
        index = (index - 1) / 26;
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(headers: &[&str]) -> Vec<Cell> {
        headers
            .iter()
            .map(|h| Cell::Text((*h).to_owned()))
            .collect()
    }

    #[test]
    fn headers_are_matched_by_english_key_path_and_chinese_name_ignoring_case_and_spaces() {
        let header = Header::read(
            &cells(&[" Name ", "主体类型", "org.members", "", "企业微信认证日期"]),
            &ColumnMap::default(),
            Lang::En,
        )
        .unwrap();
        assert_eq!(header.column(0).unwrap().path, "org.name");
        assert_eq!(header.column(1).unwrap().path, "org.kind");
        assert_eq!(header.column(2).unwrap().path, "org.members");
        assert!(header.column(3).is_none());
        assert_eq!(header.position_of("platforms.wecom.certified_on"), Some(4));
    }

    #[test]
    fn an_unknown_header_names_the_nearest_and_missing_columns_are_named() {
        let problems = Header::read(
            &cells(&["name", "membres"]),
            &ColumnMap::default(),
            Lang::En,
        )
        .unwrap_err();
        assert_eq!(problems[0].position, Some(1));
        assert!(problems[0].message.contains("membres"), "{problems:?}");
        assert!(problems[0].help.as_deref().unwrap().contains("members"));
        assert!(
            problems
                .iter()
                .any(|p| p.position.is_none() && p.message.contains("kind"))
        );
    }

    #[test]
    fn two_headers_for_one_key_are_refused() {
        let problems = Header::read(
            &cells(&["name", "名称", "kind", "members"]),
            &ColumnMap::default(),
            Lang::Zh,
        )
        .unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].position, Some(1));
    }

    #[test]
    fn letters_count_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}

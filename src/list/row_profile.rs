//! One row of a client list made into the profile it stands for: each cell read in its
//! column's terms, put at its key path in a profile file's table, and that table validated by
//! the profile parser like any profile file — so a row means exactly what the same profile file
//! would. Problems are said at the cell (`客户!C6`) or, when no cell holds the key, the row.

use super::cell::{Cell, value_of};
use super::header::{Header, column_letters};
use super::profile_file::body;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::msg;
use crate::profile::{Profile, parse_profile_in};
use toml::{Table, Value};

/// Where a row is: the list file as the user named it, its sheet (workbooks only) and its row
/// number as the spreadsheet shows it.
#[derive(Clone, Copy, Debug)]
pub struct RowPlace<'a> {
    /// The list file.
    pub file: &'a str,
    /// The sheet, for a workbook.
    pub sheet: Option<&'a str>,
    /// The row number, from 1 (the header's).
    pub row: u32,
}

impl RowPlace<'_> {
    /// The address of the cell at 0-based `position` of this row: `C6`, or `客户!C6`.
    pub fn cell(&self, position: usize) -> String {
        let address = format!("{}{}", column_letters(position), self.row);
        match self.sheet {
            Some(sheet) => format!("{sheet}!{address}"),
            None => address,
        }
    }

    /// The row in words: `row 6`, `sheet 客户, row 6` (or in Chinese).
    pub fn row_words(&self, lang: Lang) -> String {
        match self.sheet {
            Some(sheet) => msg!(lang, "list-sheet-row", sheet = sheet, row = self.row),
            None => msg!(lang, "list-row", row = self.row),
        }
    }
}

/// The profile a row stands for, with the profile file's table it was made from (what
/// `import` writes), or every problem of the row.
pub fn profile_of_row(
    place: &RowPlace<'_>,
    header: &Header,
    cells: &[Cell],
    lang: Lang,
) -> Result<(Table, Profile), Diagnostics> {
    let table = table_of_row(place, header, cells, lang)?;
    let text = body(&table);
    match parse_profile_in(place.file, &text, lang) {
        Ok(profile) => Ok((table, profile)),
        Err(problems) => Err(Diagnostics {
            items: problems
                .items
                .into_iter()
                .map(|problem| {
                    let (location, column) = locate(place, header, &problem.key, lang);
                    let mut moved = problem.moved_to_cell(place.file, location);
                    if let Some(column) = column {
                        moved.key = column.to_owned();
                    }
                    moved
                })
                .collect(),
            omitted: problems.omitted,
        }),
    }
}

/// Where a problem of the profile's key `key` sits in the row: the cell of the column standing
/// for it or for the nearest table above it, with that column's header as the sheet writes it;
/// else the row.
fn locate<'h>(
    place: &RowPlace<'_>,
    header: &'h Header,
    key: &str,
    lang: Lang,
) -> (String, Option<&'h str>) {
    let mut path = key;
    loop {
        if let Some(position) = header.position_of(path) {
            return (place.cell(position), Some(header.name(position)));
        }
        match path.rsplit_once('.') {
            Some((parent, _)) => path = parent,
            None => return (place.row_words(lang), None),
        }
    }
}

/// A row's cells put at their key paths in a profile file's table.
fn table_of_row(
    place: &RowPlace<'_>,
    header: &Header,
    cells: &[Cell],
    lang: Lang,
) -> Result<Table, Diagnostics> {
    let mut table = Table::new();
    let mut problems = Vec::new();
    let at = |position: usize, key: &str, message: String| {
        Diagnostic::at_cell(place.file, place.cell(position), key, message).in_lang(lang)
    };
    for (position, cell) in cells.iter().enumerate() {
        let Some(column) = header.column(position) else {
            if !cell.is_blank() && !header.is_ignored(position) {
                let found = cell.text();
                problems.push(at(
                    position,
                    "",
                    msg!(lang, "list-cell-no-header", found = found.as_str()),
                ));
            }
            continue;
        };
        match value_of(cell, column.kind, lang) {
            Ok(Some(value)) => {
                column.set(&mut table, value);
            }
            Ok(None) => {}
            Err(problem) => {
                let mut diagnostic = at(position, header.name(position), problem.message);
                if let Some(help) = problem.help {
                    diagnostic = diagnostic.with_help(help);
                }
                problems.push(diagnostic);
            }
        }
    }
    // A platform whose column says no (or is empty) while its details are filled in: which one
    // the clerk meant is theirs to say.
    for (position, cell) in cells.iter().enumerate() {
        let Some(column) = header.column(position).filter(|c| c.platform().is_some()) else {
            continue;
        };
        if !matches!(
            value_of(cell, column.kind, lang),
            Ok(None | Some(Value::Boolean(false)))
        ) {
            continue;
        }
        let within = format!("{}.", column.path);
        let detail = cells.iter().enumerate().find_map(|(other, cell)| {
            let detail = header.column(other)?;
            (!cell.is_blank() && detail.path.starts_with(&within)).then_some(other)
        });
        if let Some(other) = detail {
            let (platform, detail) = (header.name(position), header.name(other));
            let message = msg!(
                lang,
                "list-cell-platform-says-no",
                platform = platform,
                detail = detail
            );
            let help = msg!(
                lang,
                "list-cell-platform-says-no-help",
                platform = platform,
                detail = detail
            );
            problems.push(at(position, platform, message).with_help(help));
        }
    }
    for (platform, key) in super::latest_event::expand(&mut table) {
        let (filled, empty) = match key {
            "on" => ("status", "status_on"),
            _ => ("status_on", "status"),
        };
        let column = |suffix: &str| {
            let path = format!("{platform}.{suffix}");
            header.position_of(&path)
        };
        let Some(position) = column(filled) else {
            continue;
        };
        // The missing column by the sheet's own header, or by its English one when the sheet
        // has no such column.
        let missing = match column(empty) {
            Some(other) => header.name(other).to_owned(),
            None => format!("{}.{empty}", platform.trim_start_matches("platforms.")),
        };
        let own = header.name(position);
        let message = msg!(
            lang,
            "list-cell-status-alone",
            column = own,
            missing = missing
        );
        problems.push(at(position, own, message));
    }
    if problems.is_empty() {
        Ok(table)
    } else {
        Err(Diagnostics::capped(problems, |problem| problem))
    }
}

#[cfg(test)]
mod tests;

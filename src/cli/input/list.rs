//! Client lists as inputs: a CSV, TSV or workbook file named where a profile may be is read
//! here into rows, each to become the profile it stands for. Only this room knows what a
//! spreadsheet is: past it, a row is a profile with an origin like any file's.

use super::csv_rows::{count, rows};
use super::decode::{Found, Undecodable, decode};
use super::workbook::{MAX_UNPACKED_BYTES, WorkbookProblem, read_sheet};
use super::{CliError, read_bytes};
use certplan::diagnostic::{Diagnostic, Diagnostics};
use certplan::lang::Lang;
use certplan::list::cell::Cell;
use certplan::list::column_map::ColumnMap;
use certplan::list::columns::column_for;
use certplan::list::header::{Header, HeaderProblem};
use certplan::list::row_profile::RowPlace;
use certplan::msg;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The largest client-list file certplan reads (a 20 000-row list is a few megabytes).
pub const MAX_LIST_BYTES: u64 = 64 << 20;
/// How many rows at the top of a list may be titles above its header.
const HEADER_SEARCH: usize = 20;
/// The most rows certplan reads from one list.
pub const MAX_LIST_ROWS: usize = 200_000;

/// How lists are read this run: `--sheet` and `--columns`.
#[derive(Clone, Debug, Default)]
pub struct ListOptions {
    /// The sheet of a workbook to read, else its first.
    pub sheet: Option<String>,
    /// The sheet's own headers mapped to columns.
    pub columns: ColumnMap,
}

/// Whether `path` names a client list (by its extension) rather than a profile.
pub fn is_list(path: &Path) -> bool {
    kind_of(path).is_some()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    Tsv,
    Workbook,
}

fn kind_of(path: &Path) -> Option<Kind> {
    let extension = path.extension()?.to_str()?.to_lowercase();
    match extension.as_str() {
        "csv" => Some(Kind::Csv),
        "tsv" | "tab" => Some(Kind::Tsv),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => Some(Kind::Workbook),
        _ => None,
    }
}

/// A list being read: where it is, its header, and what was said of its encoding.
#[derive(Debug)]
pub struct ListSource {
    /// The file as the user named it.
    pub file: String,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// What each position of a row holds.
    pub header: Header,
}

impl ListSource {
    /// Where row `row` is.
    pub fn place(&self, row: u32) -> RowPlace<'_> {
        RowPlace {
            file: &self.file,
            sheet: self.sheet.as_deref(),
            row,
        }
    }
}

/// One row of a list, still cells: made into its profile where the profiles are planned.
#[derive(Debug)]
pub struct ListRow {
    /// The list it is a row of.
    pub list: Arc<ListSource>,
    /// Its row number as the spreadsheet shows it.
    pub row: u32,
    /// Its cells from column A.
    pub cells: Vec<Cell>,
    /// A warning to say when it is written (a repeated client id or row).
    pub warning: Option<String>,
}

/// A list's rows as they are read: the row number a spreadsheet shows, and the cells.
type Rows = Box<dyn Iterator<Item = (u32, Vec<Cell>)>>;

/// Opens the list at `path`: the notes said of it (an encoding detected) and its rows, or why
/// it cannot be read as a list at all.
pub fn open(
    path: &Path,
    options: &ListOptions,
    lang: Lang,
) -> Result<(Vec<String>, impl Iterator<Item = ListRow> + use<>), CliError> {
    let file = path.display().to_string();
    let bytes = read_bytes(path, MAX_LIST_BYTES)?;
    let mut notes = Vec::new();
    let (sheet, mut rows) = match kind_of(path).unwrap_or(Kind::Csv) {
        Kind::Workbook => workbook_rows(&file, bytes, options, lang)?,
        kind => {
            if options.sheet.is_some() {
                let message = msg!(lang, "list-sheet-needs-workbook", file = file.as_str());
                return Err(CliError::Usage(message));
            }
            text_rows(&file, &bytes, kind, &mut notes, lang)?
        }
    };
    // Titles above the header (2026年度客户认证台账, 制表：张三) are not the header: it is the
    // first of the top rows to name two known columns, else the first with two cells or more.
    let mut top: Vec<(u32, Vec<Cell>)> = rows.by_ref().take(HEADER_SEARCH).collect();
    let known = |cells: &[Cell]| {
        cells
            .iter()
            .filter(|cell| {
                let text = cell.text();
                options.columns.column_for(&text).is_some() || column_for(&text).is_some()
            })
            .count()
    };
    let filled = |cells: &[Cell]| cells.iter().filter(|cell| !cell.is_blank()).count();
    let at = top
        .iter()
        .position(|(_, cells)| known(cells) >= 2)
        .or_else(|| top.iter().position(|(_, cells)| filled(cells) >= 2));
    let (first, after) = match at {
        Some(at) => {
            let after = top.split_off(at + 1);
            (top.pop(), after)
        }
        None => (None, Vec::new()),
    };
    let rows = after.into_iter().chain(rows);
    let Some((header_row, header_cells)) = first else {
        let none = match &sheet {
            Some(sheet) => msg!(lang, "list-header-none-sheet", sheet = sheet.as_str()),
            None => msg!(lang, "list-header-none"),
        };
        return Err(CliError::List(format!("{file}: {none}")));
    };
    let place = RowPlace {
        file: &file,
        sheet: sheet.as_deref(),
        row: header_row,
    };
    let header = Header::read(&header_cells, &options.columns, lang)
        .map_err(|problems| header_error(&place, problems, lang))?;
    let list = Arc::new(ListSource {
        file,
        sheet,
        header,
    });
    let mut seen = Seen::new(&list);
    // A row with nothing but a note in a column left out is no client (a remark under the
    // list): skipped like a blank row.
    let read = Arc::clone(&list);
    let rows = rows.filter(move |(_, cells)| {
        (cells.iter().enumerate())
            .any(|(position, cell)| !cell.is_blank() && !read.header.is_ignored(position))
    });
    let rows = rows.map(move |(row, cells)| ListRow {
        warning: seen.check(row, &cells, lang),
        list: Arc::clone(&list),
        row,
        cells,
    });
    Ok((notes, rows))
}

/// The rows of a workbook's sheet.
fn workbook_rows(
    file: &str,
    bytes: Vec<u8>,
    options: &ListOptions,
    lang: Lang,
) -> Result<(Option<String>, Rows), CliError> {
    let wanted = options.sheet.as_deref();
    let sheet = read_sheet(bytes, wanted)
        .map_err(|problem| CliError::List(workbook_words(file, wanted, problem, lang)))?;
    if sheet.height() > MAX_LIST_ROWS + 1 {
        return Err(CliError::List(too_many(file, lang)));
    }
    Ok((Some(sheet.name.clone()), Box::new(sheet.into_rows())))
}

/// The rows of a CSV or TSV list, its encoding detected (a note when it is GBK).
fn text_rows(
    file: &str,
    bytes: &[u8],
    kind: Kind,
    notes: &mut Vec<String>,
    lang: Lang,
) -> Result<(Option<String>, Rows), CliError> {
    let (text, found) = decode(bytes).map_err(|problem| {
        CliError::List(match problem {
            Undecodable::Utf16WithoutMark => msg!(lang, "list-encoding-utf16-no-bom", file = file),
            Undecodable::Unknown => msg!(lang, "list-encoding-unknown", file = file),
        })
    })?;
    if found == Found::Gbk {
        notes.push(msg!(lang, "list-encoding-gbk", file = file));
    }
    let delimiter = delimiter(kind, &text);
    if count(&text, delimiter) > MAX_LIST_ROWS + 1 {
        return Err(CliError::List(too_many(file, lang)));
    }
    Ok((None, Box::new(rows(text, delimiter))))
}

/// The problems of a header row, each at its cell (or the row, for a missing column).
fn header_error(place: &RowPlace<'_>, problems: Vec<HeaderProblem>, lang: Lang) -> CliError {
    let items = problems
        .into_iter()
        .map(|problem| {
            let location = match problem.position {
                Some(position) => place.cell(position),
                None => place.row_words(lang),
            };
            let diagnostic =
                Diagnostic::at_cell(place.file, location, "", problem.message).in_lang(lang);
            match problem.help {
                Some(help) => diagnostic.with_help(help),
                None => diagnostic,
            }
        })
        .collect();
    CliError::Invalid(Diagnostics::capped(items, |item| item))
}

/// A tab-separated file, or a `.csv` whose first line has tabs and no commas (what Excel's
/// "Unicode text" saves), is split at tabs; other lists at commas.
fn delimiter(kind: Kind, text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if kind == Kind::Tsv || (first.contains('\t') && !first.contains(',')) {
        b'\t'
    } else {
        b','
    }
}

fn too_many(file: &str, lang: Lang) -> String {
    msg!(
        lang,
        "list-too-many-rows",
        file = file,
        limit = MAX_LIST_ROWS
    )
}

fn workbook_words(file: &str, sheet: Option<&str>, problem: WorkbookProblem, lang: Lang) -> String {
    match problem {
        WorkbookProblem::TooLarge => msg!(
            lang,
            "list-workbook-too-large",
            file = file,
            limit = MAX_UNPACKED_BYTES >> 20
        ),
        WorkbookProblem::NoSheet(names) => msg!(
            lang,
            "list-sheet-unknown",
            file = file,
            sheet = sheet.unwrap_or(""),
            sheets = names.join(", ")
        ),
        WorkbookProblem::Unreadable(cause) => {
            msg!(lang, "list-sheet-unreadable", file = file, cause = cause)
        }
    }
}

/// The rows seen so far in one list, to warn of a row repeated cell for cell (both are
/// planned: which one is meant is the user's to say). A repeated `client_id` is the session's
/// to warn of, across every profile of the run.
struct Seen {
    rows: HashMap<u64, u32>,
    list: Arc<ListSource>,
}

impl Seen {
    fn new(list: &Arc<ListSource>) -> Seen {
        Seen {
            rows: HashMap::new(),
            list: Arc::clone(list),
        }
    }

    fn check(&mut self, row: u32, cells: &[Cell], lang: Lang) -> Option<String> {
        let words = |at: u32| self.list.place(at).row_words(lang);
        let texts = fingerprint(cells);
        if let Some(&first) = self.rows.get(&texts) {
            return Some(msg!(
                lang,
                "list-duplicate-row",
                file = self.list.file.as_str(),
                row = words(row),
                first = words(first)
            ));
        }
        self.rows.insert(texts, row);
        None
    }
}

/// A row's cells as text, hashed: two rows alike cell for cell (trailing empty cells aside)
/// have the same fingerprint, and a list of any length costs eight bytes a row.
fn fingerprint(cells: &[Cell]) -> u64 {
    use std::hash::{Hash, Hasher};
    let used = cells
        .iter()
        .rposition(|cell| !cell.is_blank())
        .map_or(0, |at| at + 1);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for cell in &cells[..used] {
        match cell {
            Cell::Text(text) => text.trim().hash(&mut hasher),
            other => other.text().hash(&mut hasher),
        }
    }
    hasher.finish()
}

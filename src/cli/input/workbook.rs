//! The rows of one sheet of a workbook client list (xlsx, xlsm, xls, ods), read with
//! calamine: the first sheet or the one named by `--sheet`, cells with their types (numbers,
//! booleans, real date cells), each row at the column and row numbers the spreadsheet shows.
//! A zip-based workbook is refused when it would unpack to more than certplan reads, before
//! anything is unpacked.

use calamine::{Data, Range, Reader, open_workbook_auto_from_rs};
use certplan::list::cell::Cell;
use std::io::Cursor;

/// The most a zip-based workbook may unpack to, as its directory declares (a zip bomb
/// declares gigabytes in a few kilobytes).
pub const MAX_UNPACKED_BYTES: u64 = 256 << 20;

/// Why a workbook could not be read.
#[derive(Debug)]
pub enum WorkbookProblem {
    /// It would unpack to more than [`MAX_UNPACKED_BYTES`].
    TooLarge,
    /// No sheet has the name asked for; the names it has.
    NoSheet(Vec<String>),
    /// calamine could not read it (not a workbook, damaged, encrypted).
    Unreadable(String),
}

/// One sheet of a workbook, its rows read one at a time.
pub struct Sheet {
    /// The sheet's name.
    pub name: String,
    range: Range<Data>,
}

impl Sheet {
    /// How many rows the sheet's used range has.
    pub fn height(&self) -> usize {
        self.range.height()
    }

    /// Every row with something in it: its number as the spreadsheet shows it, and its cells
    /// from column A.
    pub fn into_rows(self) -> impl Iterator<Item = (u32, Vec<Cell>)> {
        let (first_row, first_column) = self.range.start().unwrap_or((0, 0));
        let range = self.range;
        (0..range.height()).filter_map(move |at| {
            let mut row: Vec<Cell> = vec![Cell::Empty; first_column as usize];
            row.extend(
                (0..range.width()).map(|column| range.get((at, column)).map_or(Cell::Empty, cell)),
            );
            (!row.iter().all(Cell::is_blank)).then(|| (first_row + at as u32 + 1, row))
        })
    }
}

/// The sheet `wanted` (else the first) of the workbook in `bytes`.
pub fn read_sheet(bytes: Vec<u8>, wanted: Option<&str>) -> Result<Sheet, WorkbookProblem> {
    if bytes.starts_with(b"PK") {
        refuse_bombs(&bytes)?;
    }
    let unreadable = |error: calamine::Error| WorkbookProblem::Unreadable(error.to_string());
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let names = workbook.sheet_names();
    let name = match wanted {
        Some(wanted) => names
            .iter()
            .find(|name| name.trim() == wanted.trim())
            .cloned()
            .ok_or_else(|| WorkbookProblem::NoSheet(names.clone()))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| WorkbookProblem::NoSheet(Vec::new()))?,
    };
    let range = workbook.worksheet_range(&name).map_err(unreadable)?;
    Ok(Sheet { name, range })
}

/// A workbook cell as a list cell: formulas by their computed value, date cells as days.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            Cell::Text(text.clone())
        }
        Data::Float(number) => Cell::Number(*number),
        Data::Int(number) => Cell::Number(*number as f64),
        Data::Bool(flag) => Cell::Bool(*flag),
        Data::DateTime(moment) => moment
            .as_datetime()
            .map_or_else(|| Cell::Number(moment.as_f64()), |at| Cell::Date(at.date())),
        Data::Error(error) => Cell::Text(error.to_string()),
    }
}

/// Refuses a zip whose entries declare more than [`MAX_UNPACKED_BYTES`] in all.
fn refuse_bombs(bytes: &[u8]) -> Result<(), WorkbookProblem> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // Not a zip after all: calamine says what it is not.
        return Ok(());
    };
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let size = archive
            .by_index_raw(index)
            .map(|entry| entry.size())
            .unwrap_or(u64::MAX);
        total = total.saturating_add(size);
        if total > MAX_UNPACKED_BYTES {
            return Err(WorkbookProblem::TooLarge);
        }
    }
    Ok(())
}

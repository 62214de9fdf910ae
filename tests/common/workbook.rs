//! Reading a workbook back (calamine for values and formulas, the zip's XML for formats), so
//! that tests check what Excel would show.

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use std::io::{Cursor, Read};

/// A workbook read from its bytes.
pub struct Workbook {
    bytes: Vec<u8>,
    book: Xlsx<Cursor<Vec<u8>>>,
}

impl Workbook {
    /// Reads the workbook at `path`.
    pub fn open(path: &std::path::Path) -> Workbook {
        let bytes = std::fs::read(path).expect("the workbook was written");
        let book = open_workbook_from_rs(Cursor::new(bytes.clone())).expect("a valid xlsx");
        Workbook { bytes, book }
    }

    /// The sheet names, in order.
    pub fn sheet_names(&self) -> Vec<String> {
        self.book.sheet_names()
    }

    /// The cells of sheet `name`, row by row (the first row is the header).
    pub fn rows(&mut self, name: &str) -> Vec<Vec<Data>> {
        let range = self.book.worksheet_range(name).expect("the sheet exists");
        range.rows().map(|row| row.to_vec()).collect()
    }

    /// The formulas of sheet `name`, row by row, as the cells' positions in the sheet.
    pub fn formulas(&mut self, name: &str) -> Vec<((u32, u32), String)> {
        let range = self.book.worksheet_formula(name).expect("the sheet exists");
        let start = range.start().unwrap_or_default();
        range
            .cells()
            .filter(|(_, _, formula)| !formula.is_empty())
            .map(|(row, column, formula)| {
                (
                    (start.0 + row as u32, start.1 + column as u32),
                    formula.clone(),
                )
            })
            .collect()
    }

    /// The text of one file inside the workbook (`xl/styles.xml`).
    pub fn part(&self, name: &str) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(self.bytes.clone())).unwrap();
        let mut text = String::new();
        archive
            .by_name(name)
            .expect("the part exists")
            .read_to_string(&mut text)
            .unwrap();
        text
    }
}

/// The Excel serial number of a `YYYY-MM-DD` date (days since 1899-12-30).
pub fn serial(date: &str) -> f64 {
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    (day - epoch).num_days() as f64
}

/// A cell as text: strings as they are, numbers as Excel would print them plainly.
pub fn text(cell: &Data) -> String {
    match cell {
        Data::String(text) => text.clone(),
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) => date.as_f64().to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

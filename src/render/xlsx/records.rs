//! A workbook of one tidy sheet with a command's CSV columns (`quote`, `remind`).

use super::XlsxError;
use super::sheet::{Styles, Widths, filter, header_row, record_row};
use super::voice::{Voice, sheet_name};
use crate::lang::Lang;
use rust_xlsxwriter::Workbook;

/// How a CSV column is written to a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// Text as it is.
    Text,
    /// A whole number (fen, days, years).
    Integer,
    /// Yuan with two decimals, as a number in the `#,##0.00` format.
    Yuan,
    /// `YYYY-MM-DD`, as an Excel date.
    Date,
    /// `true` / `false`, as a boolean.
    Bool,
}

/// A workbook being filled with records, one sheet.
pub struct RecordsBook {
    workbook: Workbook,
    kinds: Vec<CellKind>,
    columns: usize,
    voice: Voice,
    styles: Styles,
    widths: Widths,
    rows: u32,
    added: usize,
}

impl RecordsBook {
    /// A workbook with one sheet `name` (an id, named in `lang`) whose header row is `columns`
    /// (CSV names) in `lang`, each written as `kinds` says, then the id columns.
    pub fn new(
        name: &str,
        columns: &[&'static str],
        kinds: &[CellKind],
        lang: Lang,
    ) -> Result<RecordsBook, XlsxError> {
        let mut workbook = Workbook::new();
        let styles = Styles::new();
        let mut widths = Widths::default();
        let voice = Voice::new(columns, lang);
        let headers = voice.headers(columns);
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(name, lang))?;
        header_row(sheet, &headers, &styles, &mut widths)?;
        Ok(RecordsBook {
            workbook,
            kinds: voice.kinds(kinds),
            columns: headers.len(),
            voice,
            styles,
            widths,
            rows: 0,
            added: 0,
        })
    }

    /// Adds one profile's records (in the CSV's column order).
    pub fn add(&mut self, records: &[Vec<String>]) -> Result<(), XlsxError> {
        self.added += 1;
        let sheet = self.workbook.worksheet_from_index(0)?;
        for record in records {
            self.rows += 1;
            record_row(
                sheet,
                self.rows,
                &self.voice.record(record),
                &self.kinds,
                &self.styles,
                &mut self.widths,
            )?;
        }
        Ok(())
    }

    /// Whether nothing (not even a profile without records) has been added.
    pub fn is_empty(&self) -> bool {
        self.added == 0
    }

    /// The finished workbook's bytes.
    pub fn into_bytes(mut self) -> Result<Vec<u8>, XlsxError> {
        let sheet = self.workbook.worksheet_from_index(0)?;
        filter(sheet, self.rows, self.columns)?;
        self.widths.apply(sheet)?;
        Ok(self.workbook.save_to_buffer()?)
    }
}

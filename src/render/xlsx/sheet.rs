//! Writing one tidy sheet: a bold, frozen header row with an autofilter, cells typed by their
//! column ([`CellKind`]), and column widths from the widest cell (Chinese characters count
//! double, as Excel shows them).

use super::XlsxError;
use super::records::CellKind;
use rust_xlsxwriter::{ExcelDateTime, Format, Worksheet};
use unicode_width::UnicodeWidthStr;

/// The number format of yuan amounts.
pub const YUAN_FORMAT: &str = "#,##0.00";
/// The number format of dates.
pub const DATE_FORMAT: &str = "yyyy-mm-dd";
/// The widest a column is made, in characters.
const MAX_WIDTH: usize = 60;

/// The formats every sheet uses.
pub struct Styles {
    /// Header cells.
    pub header: Format,
    /// Yuan amounts.
    pub yuan: Format,
    /// Dates.
    pub date: Format,
    /// Totals (bold yuan).
    pub total: Format,
}

impl Styles {
    /// The house formats.
    pub fn new() -> Styles {
        Styles {
            header: Format::new().set_bold(),
            yuan: Format::new().set_num_format(YUAN_FORMAT),
            date: Format::new().set_num_format(DATE_FORMAT),
            total: Format::new().set_bold().set_num_format(YUAN_FORMAT),
        }
    }
}

/// The widest cell seen per column, in display columns.
#[derive(Debug, Default)]
pub struct Widths(Vec<usize>);

impl Widths {
    /// Notes `text` in column `column`.
    pub fn see(&mut self, column: usize, text: &str) {
        if self.0.len() <= column {
            self.0.resize(column + 1, 0);
        }
        self.0[column] = self.0[column].max(text.width());
    }

    /// Sets the sheet's column widths: the widest cell plus a margin, at most [`MAX_WIDTH`].
    pub fn apply(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        for (column, width) in self.0.iter().enumerate() {
            let width = (*width + 2).clamp(8, MAX_WIDTH);
            sheet.set_column_width(column as u16, width as f64)?;
        }
        Ok(())
    }
}

/// Writes the header row (row 0), frozen.
pub fn header_row(
    sheet: &mut Worksheet,
    headers: &[String],
    styles: &Styles,
    widths: &mut Widths,
) -> Result<(), XlsxError> {
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, header, &styles.header)?;
        widths.see(column, header);
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Writes one record at `row`, each cell as its column's kind; an empty cell stays blank.
pub fn record_row(
    sheet: &mut Worksheet,
    row: u32,
    record: &[String],
    kinds: &[CellKind],
    styles: &Styles,
    widths: &mut Widths,
) -> Result<(), XlsxError> {
    for (column, (text, kind)) in record.iter().zip(kinds).enumerate() {
        if text.is_empty() {
            continue;
        }
        let col = column as u16;
        match kind {
            CellKind::Integer => match text.parse::<i64>() {
                // Fen and day counts are far below 2^53: exact as f64.
                Ok(number) => sheet.write_number(row, col, number as f64).map(|_| ()),
                Err(_) => sheet.write_string(row, col, text).map(|_| ()),
            },
            CellKind::Yuan => match fen_of(text) {
                Some(fen) => sheet
                    .write_number_with_format(row, col, yuan(fen), &styles.yuan)
                    .map(|_| ()),
                None => sheet.write_string(row, col, text).map(|_| ()),
            },
            CellKind::Date => match excel_date(text) {
                Some(date) => sheet
                    .write_datetime_with_format(row, col, &date, &styles.date)
                    .map(|_| ()),
                None => sheet.write_string(row, col, text).map(|_| ()),
            },
            CellKind::Bool => match text.as_str() {
                "true" => sheet.write_boolean(row, col, true).map(|_| ()),
                "false" => sheet.write_boolean(row, col, false).map(|_| ()),
                _ => sheet.write_string(row, col, text).map(|_| ()),
            },
            CellKind::Text => sheet.write_string(row, col, text).map(|_| ()),
        }?;
        widths.see(column, text);
    }
    Ok(())
}

/// An autofilter over the header and `rows` records of `columns` columns.
pub fn filter(sheet: &mut Worksheet, rows: u32, columns: usize) -> Result<(), XlsxError> {
    sheet.autofilter(0, 0, rows, columns.saturating_sub(1) as u16)?;
    Ok(())
}

/// Fen as yuan for a spreadsheet cell: the only place certplan turns money into a float.
pub fn yuan(fen: i64) -> f64 {
    fen as f64 / 100.0
}

/// The fen of a plain yuan amount with two decimals (`-150.00`), as certplan's CSV writes it.
fn fen_of(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, cents) = digits.split_once('.')?;
    if cents.len() != 2 {
        return None;
    }
    let fen = whole.parse::<i64>().ok()?.checked_mul(100)? + cents.parse::<i64>().ok()?;
    Some(if negative { -fen } else { fen })
}

/// A `YYYY-MM-DD` text as an Excel date.
fn excel_date(text: &str) -> Option<ExcelDateTime> {
    let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    ExcelDateTime::from_ymd(
        u16::try_from(date.year()).ok()?,
        date.month() as u8,
        date.day() as u8,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yuan_texts_are_read_back_to_the_fen() {
        assert_eq!(fen_of("3000.00"), Some(300_000));
        assert_eq!(fen_of("-150.05"), Some(-15_005));
        assert_eq!(fen_of("0.00"), Some(0));
        assert_eq!(fen_of("3000"), None);
        assert_eq!(fen_of("abc.de"), None);
    }
}

//! A client list as a workbook (`init --format xlsx`, `export -o list.xlsx`): the list sheet
//! with a frozen header row in the language, a drop-down for every yes/no and closed-set
//! column, numbers and dates as typed cells, and a second sheet saying what each column holds.

use super::XlsxError;
use super::records::CellKind;
use super::sheet::{Styles, Widths, filter, header_row, record_row};
use crate::lang::Lang;
use crate::list::columns::{COLUMNS, Column, ValueKind};
use crate::list::explain::{choices, kind_words, meaning};
use crate::msg;
use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Format, Workbook, Worksheet};

/// The last row a drop-down covers (Excel's last row, 0-based).
const LAST_ROW: u32 = 1_048_575;

/// The workbook of `rows` (as [`crate::list::row::row_of`] makes them), headers and words in
/// `lang`.
pub fn list_workbook(rows: &[Vec<String>], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let styles = Styles::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(msg!(lang, "list-sheet-clients"))?;
    list_sheet(sheet, rows, lang, &styles)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(msg!(lang, "list-sheet-columns"))?;
    columns_sheet(sheet, lang, &styles)?;
    Ok(workbook.save_to_buffer()?)
}

fn cell_kind(column: &Column) -> CellKind {
    match column.kind {
        ValueKind::WholeNumber => CellKind::Integer,
        ValueKind::Date | ValueKind::DateOrLongTerm => CellKind::Date,
        _ => CellKind::Text,
    }
}

fn list_sheet(
    sheet: &mut Worksheet,
    rows: &[Vec<String>],
    lang: Lang,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let headers: Vec<String> = COLUMNS
        .iter()
        .map(|column| column.header_in(lang).to_owned())
        .collect();
    let kinds: Vec<CellKind> = COLUMNS.iter().map(cell_kind).collect();
    let mut widths = Widths::default();
    header_row(sheet, &headers, styles, &mut widths)?;
    for (at, row) in rows.iter().enumerate() {
        let at = u32::try_from(at + 1).unwrap_or(u32::MAX);
        record_row(sheet, at, row, &kinds, styles, &mut widths)?;
    }
    for (at, column) in COLUMNS.iter().enumerate() {
        let values = choices(column, lang);
        if values.is_empty() {
            continue;
        }
        // A warning, not a refusal: the list also accepts other spellings (1/0, ✓, ids).
        let validation = DataValidation::new()
            .allow_list_strings(&values)?
            .set_error_style(DataValidationErrorStyle::Warning);
        sheet.add_data_validation(1, at as u16, LAST_ROW, at as u16, &validation)?;
        // The drop-down's arrow needs room beside the widest value.
        for value in &values {
            widths.see(at, &format!("{value}  "));
        }
    }
    filter(
        sheet,
        u32::try_from(rows.len()).unwrap_or(u32::MAX),
        COLUMNS.len(),
    )?;
    widths.apply(sheet)
}

fn columns_sheet(sheet: &mut Worksheet, lang: Lang, styles: &Styles) -> Result<(), XlsxError> {
    let headers: Vec<String> = [
        "list-explain-header",
        "list-explain-also",
        "list-explain-key",
        "list-explain-kind",
        "list-explain-meaning",
    ]
    .iter()
    .map(|id| crate::i18n::message(lang, id))
    .collect();
    let mut widths = Widths::default();
    header_row(sheet, &headers, styles, &mut widths)?;
    let wrap = Format::new().set_text_wrap();
    for (at, column) in COLUMNS.iter().enumerate() {
        let shown = column.header_in(lang);
        let also: Vec<&str> = std::iter::once(column.header)
            .chain(column.zh.iter().copied())
            .filter(|name| *name != shown)
            .collect();
        let cells = [
            shown.to_owned(),
            also.join(" · "),
            column.path.to_owned(),
            kind_words(column, lang),
            meaning(column, lang),
        ];
        let row = u32::try_from(at + 1).unwrap_or(u32::MAX);
        for (col, text) in cells.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, text, &wrap)?;
            widths.see(col, text);
        }
    }
    widths.apply(sheet)
}

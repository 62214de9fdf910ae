//! The look shared by every table: box-drawing borders, amounts right-aligned, and fitting to a
//! terminal's width when there is one (the CLI passes the width in; piped output is never
//! wrapped): only text cells wrap — a number, date or amount is never split across lines.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, presets};

/// A new table with the house style and these column headers.
pub fn new_table<S: ToString>(headers: impl IntoIterator<Item = S>) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers.into_iter().map(|header| header.to_string()));
    table
}

/// Fits the table to `width` columns by wrapping text cells, when a width is given (a
/// terminal); without one (a pipe, a file, `--wide`) nothing wraps. Columns whose cells are all
/// figures — numbers, amounts, dates, ranges — keep their width, so a figure is never split.
pub fn fit(table: &mut Table, width: Option<u16>) {
    let Some(width) = width else {
        table.set_content_arrangement(ContentArrangement::Disabled);
        return;
    };
    let columns = table.column_count();
    let figures: Vec<bool> = (0..columns)
        .map(|index| {
            table.row_iter().all(|row| {
                row.cell_iter()
                    .nth(index)
                    .is_none_or(|cell| is_figure(&cell.content()))
            })
        })
        .collect();
    for (index, figure) in figures.into_iter().enumerate() {
        if figure && let Some(column) = table.column_mut(index) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
}

/// A cell that must not be split: a number, amount, date, day count, range or a footnote mark.
fn is_figure(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '.' | ',' | '-' | '–' | '+' | '%' | '[' | ']' | ' ' | '—')
        })
}

/// Right-aligns the given columns (amounts, counts).
pub fn align_right(table: &mut Table, columns: &[usize]) {
    for &index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

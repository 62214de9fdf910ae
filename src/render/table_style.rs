//! The look shared by every table: box-drawing borders, no terminal-width guessing (so output
//! is the same in a pipe, a file and a terminal), amounts right-aligned.

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

/// A new table with the house style and these column headers.
pub fn new_table<S: ToString>(headers: impl IntoIterator<Item = S>) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers.into_iter().map(|header| header.to_string()));
    table
}

/// Wraps long cells so the table is at most `width` columns wide. The width is fixed, not
/// read from the terminal, so output stays the same everywhere.
pub fn wrap_to(table: &mut Table, width: u16) {
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
}

/// Right-aligns the given columns (amounts, counts).
pub fn align_right(table: &mut Table, columns: &[usize]) {
    for &index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

//! The look shared by every table: box-drawing borders, amounts right-aligned, and fitting to a
//! terminal's width when there is one (the CLI passes the width in; piped output is never
//! wrapped): only text cells wrap — a number, date or amount is never split across lines.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Row, Table, presets};

/// Where a wrapped cell may break: comfy-table breaks only at its delimiter (else anywhere
/// in a too-long word, which in Chinese, written without spaces, means anywhere — "2011" split
/// in two). [`fit`] marks every allowed break with this zero-width space and [`shown`] removes
/// the marks from the rendered table.
const BREAK: char = '\u{200B}';

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
    for row in table.row_iter_mut() {
        let cells: Vec<String> = row
            .cell_iter()
            .map(|cell| breakable(&cell.content()))
            .collect();
        *row = Row::from(cells);
    }
    table
        .set_delimiter(BREAK)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
}

/// The table as text, without the break marks [`fit`] put in.
pub fn shown(table: &Table) -> String {
    table.to_string().replace(BREAK, "")
}

/// `text` with a [`BREAK`] wherever a line may end: after a space, and beside a Chinese
/// character — but never inside a run of Latin letters or digits (a number, a date, a key), not
/// before closing punctuation and not after opening punctuation (the usual line-breaking rules
/// for Chinese).
fn breakable(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        let Some(&next) = chars.peek() else { break };
        let allowed = c == ' '
            || ((is_chinese(c) || is_chinese(next))
                && c != ' '
                && next != ' '
                && !CLOSING.contains(next)
                && !OPENING.contains(c));
        if allowed {
            out.push(BREAK);
        }
    }
    out
}

/// Punctuation a line must not start with, and punctuation a line must not end with.
const CLOSING: &str = "，。、；：？！）》」』】〕〉”’…·%,.;:?!)]";
const OPENING: &str = "（《「『【〔〈“‘([";

/// Chinese characters and full-width punctuation: where Chinese text may break.
fn is_chinese(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// A cell that must not be split: a number, amount, date, day count, range or a footnote mark.
fn is_figure(text: &str) -> bool {
    let text = text.replace(BREAK, "");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn breaks(text: &str) -> Vec<String> {
        breakable(text).split(BREAK).map(str::to_owned).collect()
    }

    #[test]
    fn chinese_breaks_between_characters_but_never_inside_a_number() {
        assert_eq!(
            breaks("工信部联企业〔2011〕300号"),
            ["工", "信", "部", "联", "企", "业", "〔2011〕", "300", "号"]
        );
        assert_eq!(breaks("天河路100号"), ["天", "河", "路", "100", "号"]);
    }

    #[test]
    fn no_line_starts_with_closing_or_ends_with_opening_punctuation() {
        for piece in breaks("认证（中型档），费用 2,700 元。") {
            assert!(!piece.starts_with(|c| CLOSING.contains(c)), "{piece}");
            assert!(!piece.ends_with(|c| OPENING.contains(c)), "{piece}");
        }
    }

    #[test]
    fn english_breaks_only_after_spaces() {
        assert_eq!(breaks("a PNG file"), ["a ", "PNG ", "file"]);
    }
}

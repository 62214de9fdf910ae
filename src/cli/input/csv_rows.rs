//! The rows of a CSV or TSV client list's text, read one at a time (a list of any length is
//! never held as cells), each with the row number a spreadsheet shows for it: blank lines
//! count as rows, a cell's line breaks do not.

use certplan::list::cell::Cell;
use std::io::Cursor;

/// The records of `text` split at `delimiter`, lazily.
pub struct CsvRows {
    records: csv::StringRecordsIntoIter<Cursor<Vec<u8>>>,
    /// The line the next record would start on if no blank line came first.
    next_line: u64,
    /// The row number of the record before.
    row: u32,
}

/// How many records `text` holds (a pass without keeping any).
pub fn count(text: &str, delimiter: u8) -> usize {
    reader(text.as_bytes().to_vec(), delimiter)
        .into_records()
        .count()
}

fn reader(bytes: Vec<u8>, delimiter: u8) -> csv::Reader<Cursor<Vec<u8>>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(Cursor::new(bytes))
}

/// The rows of `text`.
pub fn rows(text: String, delimiter: u8) -> CsvRows {
    CsvRows {
        records: reader(text.into_bytes(), delimiter).into_records(),
        next_line: 1,
        row: 0,
    }
}

impl Iterator for CsvRows {
    type Item = (u32, Vec<Cell>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            // A record that is not valid CSV text (an unmatched quote) still has its cells
            // read as far as they go; decoding has made every byte text already.
            let record = self.records.next()?.ok()?;
            let line = record.position().map_or(self.next_line, |at| at.line());
            let blank_lines = line.saturating_sub(self.next_line);
            let breaks: usize = record.iter().map(|cell| cell.matches('\n').count()).sum();
            self.next_line = line + 1 + breaks as u64;
            self.row += 1 + blank_lines as u32;
            let cells: Vec<Cell> = record
                .iter()
                .map(|cell| match cell.trim() {
                    "" => Cell::Empty,
                    _ => Cell::Text(cell.to_owned()),
                })
                .collect();
            if !cells.iter().all(Cell::is_blank) {
                return Some((self.row, cells));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let text = "name,kind\na,enterprise\n\n\"b\nstill b\",enterprise\n,\nc,enterprise\n";
        let numbered: Vec<(u32, String)> = rows(text.to_owned(), b',')
            .map(|(row, cells)| (row, cells[0].text()))
            .collect();
        assert_eq!(
            numbered,
            [
                (1, "name".to_owned()),
                (2, "a".to_owned()),
                (4, "b\nstill b".to_owned()),
                (6, "c".to_owned())
            ]
        );
        assert_eq!(count(text, b','), 5);
    }

    #[test]
    fn tabs_split_a_tab_separated_list() {
        let cells: Vec<_> = rows("名称\t人数\n甲\t1,500\n".to_owned(), b'\t').collect();
        assert_eq!(cells[1].1[1], Cell::Text("1,500".to_owned()));
    }
}

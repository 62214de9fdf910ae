//! The rows of a CSV or TSV client list's text, read one at a time (a list of any length is
//! never held as cells), each with the row number a spreadsheet shows for it: blank lines
//! count as rows, a cell's line breaks do not.

use certplan::list::cell::Cell;
use std::io::Cursor;

/// The records of `text` split at `delimiter`, lazily.
pub struct CsvRows {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    record: csv::StringRecord,
    /// The row number of the record before.
    row: u32,
}

/// How many records `text` holds (a pass without keeping any).
pub fn count(text: &str, delimiter: u8) -> usize {
    let mut reader = reader(text.as_bytes().to_vec(), delimiter);
    let mut record = csv::ByteRecord::new();
    let mut records = 0;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        records += 1;
    }
    records
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
        reader: reader(text.into_bytes(), delimiter),
        record: csv::StringRecord::new(),
        row: 0,
    }
}

impl CsvRows {
    /// How many blank lines the reader passed over before the record it read last: the csv
    /// reader skips them, a spreadsheet shows each as a row.
    fn blank_lines_before(&self) -> u32 {
        let Some(start) = self.record.position().map(|at| at.byte() as usize) else {
            return 0;
        };
        let text = self.reader.get_ref().get_ref();
        // The reader may stop between the `\r` and the `\n` of the record before's CRLF (what
        // Excel writes): that `\n` ends that record, not a blank line.
        let start = match (
            start.checked_sub(1).and_then(|at| text.get(at)),
            text.get(start),
        ) {
            (Some(b'\r'), Some(b'\n')) => start + 1,
            _ => start,
        };
        let mut blank = 0;
        for &byte in text.get(start..).unwrap_or_default() {
            match byte {
                b'\n' => blank += 1,
                b'\r' => {}
                _ => break,
            }
        }
        blank
    }
}

impl Iterator for CsvRows {
    type Item = (u32, Vec<Cell>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            // A record that is not valid CSV (an unmatched quote runs to the end) still has
            // its cells read as far as they go; decoding has made every byte text already.
            if !self.reader.read_record(&mut self.record).unwrap_or(false) {
                return None;
            }
            self.row += 1 + self.blank_lines_before();
            let cells: Vec<Cell> = self
                .record
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
    fn windows_line_endings_number_rows_alike() {
        let unix = "name,kind\na,enterprise\n\nb,enterprise\n\"c\nc\",x\nd,y\n";
        let windows = unix.replace('\n', "\r\n");
        let numbers =
            |text: &str| -> Vec<u32> { rows(text.to_owned(), b',').map(|(row, _)| row).collect() };
        assert_eq!(numbers(unix), [1, 2, 4, 5, 6]);
        assert_eq!(numbers(&windows), [1, 2, 4, 5, 6]);
    }

    #[test]
    fn tabs_split_a_tab_separated_list() {
        let cells: Vec<_> = rows("名称\t人数\n甲\t1,500\n".to_owned(), b'\t').collect();
        assert_eq!(cells[1].1[1], Cell::Text("1,500".to_owned()));
    }
}

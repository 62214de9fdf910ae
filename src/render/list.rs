//! A client list as CSV (`init --format csv`, `export -o list.csv`): the header row in the
//! language, one row per organisation, UTF-8 with a byte-order mark so that Excel on Chinese
//! Windows opens it with the Chinese text intact.

use super::csv_lines;
use crate::lang::Lang;
use crate::list::columns::COLUMNS;

/// The list: the header row in `lang`, then `rows` (as [`crate::list::row::row_of`] makes them).
pub fn list_csv(rows: &[Vec<String>], lang: Lang) -> String {
    let header = COLUMNS
        .iter()
        .map(|column| column.header_in(lang).to_owned());
    let header: Vec<String> = header.collect();
    let mut text = String::from("\u{feff}");
    text.push_str(&csv_lines(std::iter::once(&header).chain(rows)));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_starts_with_a_byte_order_mark_and_its_headers_in_the_language() {
        let zh = list_csv(&[], Lang::Zh);
        assert!(zh.starts_with("\u{feff}名称,主体类型,人数,"), "{zh}");
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = "a, b".into();
        let en = list_csv(&[row], Lang::En);
        assert!(en.starts_with("\u{feff}name,kind,members,"), "{en}");
        let commas = ",".repeat(COLUMNS.len() - 1);
        assert!(en.ends_with(&format!("\n\"a, b\"{commas}\n")), "{en}");
    }
}

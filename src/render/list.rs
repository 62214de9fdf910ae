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
        let header = zh.strip_prefix('\u{feff}').expect("a byte-order mark");
        let header: Vec<&str> = header.trim_end().split(',').collect();
        assert_eq!(header.len(), COLUMNS.len());
        assert!(
            header.contains(&"名称") && header.contains(&"主体类型"),
            "{zh}"
        );
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = "a, b".into();
        let en = list_csv(&[row], Lang::En);
        assert!(en.contains("name,kind,members,"), "{en}");
        let commas = ",".repeat(COLUMNS.len() - 1);
        assert!(en.ends_with(&format!("\n\"a, b\"{commas}\n")), "{en}");
    }
}

//! A profile file's table as the cells of one list row, as a template or an export writes them
//! in a language: ids and numbers as they are, dates as `YYYY-MM-DD`, yes/no and the closed
//! sets in words of the language (是/否 and 企业 under Chinese; yes/no and ids under English).

use super::columns::{COLUMNS, Column, ValueKind};
use crate::date_value::LONG_TERM_WORDS;
use crate::lang::Lang;
use crate::msg;
use toml::Value;

/// The cells of the row standing for `profile` (a profile file's table, already validated),
/// one per [`COLUMNS`] entry, empty where the profile says nothing.
pub fn row_of(profile: &toml::Table, lang: Lang) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|column| match column.get(profile) {
            Some(value) => cell(column, &value, lang),
            // A platform not chosen says so: its column is read as a yes/no question.
            None if column.platform().is_some() => msg!(lang, "list-no"),
            None => String::new(),
        })
        .collect()
}

/// The words a yes/no cell is written with in `lang`.
pub fn yes_no(value: bool, lang: Lang) -> String {
    if value {
        msg!(lang, "list-yes")
    } else {
        msg!(lang, "list-no")
    }
}

fn cell(column: &Column, value: &Value, lang: Lang) -> String {
    match (column.kind, value) {
        (_, Value::Boolean(flag)) => yes_no(*flag, lang),
        (_, Value::Integer(number)) => number.to_string(),
        (_, Value::Datetime(datetime)) => datetime
            .date
            .map_or_else(|| datetime.to_string(), |date| date.to_string()),
        (ValueKind::DateOrLongTerm, Value::String(text))
            if LONG_TERM_WORDS.contains(&text.trim().to_lowercase().as_str()) =>
        {
            msg!(lang, "list-long-term")
        }
        (ValueKind::Choice(choice), Value::String(id)) => match lang {
            Lang::En => id.clone(),
            Lang::Zh => choice
                .ids()
                .iter()
                .position(|known| known == id)
                .map_or_else(|| id.clone(), |at| choice.labels(lang)[at].to_owned()),
        },
        (_, Value::String(text)) => text.clone(),
        (_, other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::columns::column_for;

    fn cell_of(header: &str, row: &[String]) -> String {
        let at = COLUMNS.iter().position(|c| c.header == header).unwrap();
        row[at].clone()
    }

    const PROFILE: &str = "[org]\nname = \"县民政局\"\nkind = \"government\"\nmembers = 12\n\
        gov_level = \"county\"\nlicense_expires = 2031-06-30\n[legal_rep]\nid_expires = \"长期\"\n\
        [platforms.gov_account]\ntype = \"subscription\"\n";

    #[test]
    fn a_chinese_row_names_values_in_chinese_and_keeps_numbers_and_dates() {
        let row = row_of(&PROFILE.parse().unwrap(), Lang::Zh);
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(cell_of("kind", &row), "政府机关");
        assert_eq!(cell_of("gov_level", &row), "区县级");
        assert_eq!(cell_of("members", &row), "12");
        assert_eq!(cell_of("license_expires", &row), "2031-06-30");
        assert_eq!(cell_of("legal_rep.id_expires", &row), "长期");
        assert_eq!(cell_of("gov_account", &row), "是");
        assert_eq!(cell_of("wecom", &row), "否");
        assert_eq!(cell_of("gov_account.type", &row), "订阅号");
        assert_eq!(cell_of("corporate_account", &row), "");
    }

    #[test]
    fn an_english_row_writes_ids() {
        let row = row_of(&PROFILE.parse().unwrap(), Lang::En);
        assert_eq!(cell_of("kind", &row), "government");
        assert_eq!(cell_of("gov_account", &row), "yes");
        assert_eq!(cell_of("wecom", &row), "no");
        assert_eq!(cell_of("legal_rep.id_expires", &row), "long-term");
        assert!(column_for("gov_account").is_some());
    }
}

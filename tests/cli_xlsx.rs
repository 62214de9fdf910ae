//! `quote` and `remind` as Excel workbooks: one sheet with the CSV's columns, figures as
//! numbers, dates as dates, read back and compared with the CSV.

mod common;

use calamine::Data;
use common::workbook::{Workbook, serial, text};
use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir};

/// The CSV rows (header skipped) of `command profiles/ ARGS`, split naively (the example
/// profiles have no commas in their cells).
fn csv_rows(command: &str, args: &[&str]) -> Vec<Vec<String>> {
    let output = certplan()
        .args([command, "profiles/", "--as-of", AS_OF, "--format", "csv"])
        .args(args)
        .output()
        .unwrap();
    stdout_of(&output)
        .lines()
        .skip(1)
        .map(|line| line.split(',').map(str::to_owned).collect())
        .collect()
}

/// The workbook `command profiles/ ARGS --format xlsx -o FILE` writes.
fn workbook(command: &str, args: &[&str]) -> Workbook {
    let dir = temp_dir();
    let path = dir.path().join("out.xlsx");
    let output = certplan()
        .args([
            command,
            "profiles/",
            "--as-of",
            AS_OF,
            "--format",
            "xlsx",
            "-o",
        ])
        .arg(&path)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(output.stdout.is_empty());
    Workbook::open(&path)
}

#[test]
fn a_quote_workbook_has_the_csv_columns_with_amounts_as_yuan_numbers() {
    let mut book = workbook("quote", &["--years", "2"]);
    assert_eq!(book.sheet_names(), ["quote"]);
    let rows = book.rows("quote");
    assert_eq!(text(&rows[0][6]), "Amount (fen)");
    let platform_id = rows[0]
        .iter()
        .position(|cell| text(cell) == "platform")
        .unwrap();
    assert_eq!(text(&rows[0][7]), "Amount (CNY)");
    let csv = csv_rows("quote", &["--years", "2"]);
    assert_eq!(rows.len() - 1, csv.len());
    for (cells, csv) in rows[1..].iter().zip(&csv) {
        assert_eq!(
            text(&cells[platform_id]),
            csv[2],
            "the platform id at the end"
        );
        assert_eq!(text(&cells[4]), csv[4]);
        let fen: i64 = csv[6].parse().unwrap();
        assert_eq!(cells[6], Data::Float(fen as f64));
        assert_eq!(cells[7], Data::Float(fen as f64 / 100.0));
        match csv[8].as_str() {
            "" => assert_eq!(cells[8], Data::Empty),
            value => assert_eq!(cells[8], Data::Bool(value == "true")),
        }
    }
    assert!(
        book.part("xl/styles.xml")
            .contains(r##"formatCode="#,##0.00""##)
    );
}

#[test]
fn a_remind_workbook_has_real_dates_and_exits_0_like_any_export() {
    let mut book = workbook("remind", &["--lang", "zh"]);
    assert_eq!(book.sheet_names(), ["提醒"]);
    let rows = book.rows("提醒");
    assert_eq!(text(&rows[0][4]), "到期日", "headers follow --lang");
    let status_id = rows[0]
        .iter()
        .position(|cell| text(cell) == "status")
        .unwrap();
    let csv = csv_rows("remind", &[]);
    assert_eq!(rows.len() - 1, csv.len());
    for (cells, csv) in rows[1..].iter().zip(&csv) {
        assert_eq!(
            text(&cells[status_id]),
            csv[9],
            "status ids at the end, as in the CSV"
        );
        if csv[4].is_empty() {
            assert_eq!(cells[4], Data::Empty, "not certified: no dates");
            continue;
        }
        assert!(matches!(cells[4], Data::DateTime(_)));
        assert_eq!(text(&cells[4]), serial(&csv[4]).to_string());
        let fen: i64 = csv[10].parse().unwrap();
        assert_eq!(cells[11], Data::Float(fen as f64 / 100.0));
    }
    let sheet = book.part("xl/worksheets/sheet1.xml");
    assert!(sheet.contains("state=\"frozen\""));
    assert!(
        sheet.contains("<autoFilter ref=\"A1:AB"),
        "over the id columns too"
    );
}

#[test]
fn a_workbook_to_a_terminal_or_without_a_file_is_a_usage_error() {
    for command in ["quote", "remind"] {
        let output = certplan()
            .args([command, "profiles/", "--as-of", AS_OF, "--format", "xlsx"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(64), "{command}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn a_chinese_workbook_speaks_chinese_with_the_ids_at_the_end() {
    let mut book = workbook("remind", &["--lang", "zh"]);
    let rows = book.rows("提醒");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    let at = |name: &str| header.iter().position(|cell| cell == name).unwrap();
    let (platform, status) = (at("平台"), at("状态"));
    let (platform_id, status_id) = (at("platform"), at("status"));
    assert_eq!(
        (platform_id, status_id),
        (header.len() - 2, header.len() - 1),
        "the ids at the end: {header:?}"
    );
    for row in &rows[1..] {
        let id = text(&row[platform_id]);
        let name = text(&row[platform]);
        assert!(!id.is_empty() && name != id, "{name} / {id}");
        assert!(!text(&row[status]).is_ascii(), "{:?}", row[status]);
    }
    let names: Vec<String> = rows[1..].iter().map(|row| text(&row[platform])).collect();
    assert!(names.iter().any(|name| name == "企业微信"), "{names:?}");
    let days: Vec<String> = rows[1..]
        .iter()
        .map(|row| text(&row[at("推定休息日")]))
        .filter(|cell| !cell.is_empty())
        .collect();
    assert!(
        days.iter()
            .any(|cell| cell.contains("2027-01-01 元旦（法定）")),
        "{days:?}"
    );
}

#[test]
fn an_english_workbook_names_the_holidays_in_english() {
    let mut book = workbook("remind", &["--lang", "en"]);
    assert_eq!(book.sheet_names(), ["remind"]);
    let rows = book.rows("remind");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    let days = header
        .iter()
        .position(|cell| cell.starts_with("Assumed days off"))
        .unwrap_or_else(|| panic!("{header:?}"));
    let cells: Vec<String> = rows[1..].iter().map(|row| text(&row[days])).collect();
    assert!(
        cells
            .iter()
            .any(|cell| cell.contains("2027-01-01 New Year's Day (元旦), statutory")),
        "{cells:?}"
    );
    assert!(
        cells.iter().all(|cell| !cell.contains(" 元旦 ")),
        "{cells:?}"
    );
}

#[test]
fn a_chinese_quote_workbook_names_its_sheet_and_row_kinds() {
    let mut book = workbook("quote", &["--lang", "zh"]);
    assert_eq!(book.sheet_names(), ["费用"]);
    let rows = book.rows("费用");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    let row_id = header.iter().position(|cell| cell == "row").unwrap();
    let kinds: Vec<(String, String)> = rows[1..]
        .iter()
        .map(|row| (text(&row[3]), text(&row[row_id])))
        .collect();
    assert!(
        kinds.contains(&("费用".to_owned(), "fee".to_owned())),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("合计".to_owned(), "total".to_owned())),
        "{kinds:?}"
    );
}

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
    assert_eq!(text(&rows[0][7]), "Amount (CNY)");
    let csv = csv_rows("quote", &["--years", "2"]);
    assert_eq!(rows.len() - 1, csv.len());
    for (cells, csv) in rows[1..].iter().zip(&csv) {
        assert_eq!(text(&cells[2]), csv[2]);
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
    assert_eq!(book.sheet_names(), ["remind"]);
    let rows = book.rows("remind");
    assert_eq!(text(&rows[0][4]), "到期日", "headers follow --lang");
    let csv = csv_rows("remind", &[]);
    assert_eq!(rows.len() - 1, csv.len());
    for (cells, csv) in rows[1..].iter().zip(&csv) {
        assert_eq!(text(&cells[9]), csv[9], "status ids as in the CSV");
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
    assert!(sheet.contains("<autoFilter ref=\"A1:Z"));
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

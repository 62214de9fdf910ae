//! Client lists written by certplan: `init --format xlsx|csv` templates, read back with
//! calamine and the workbook's XML.

mod common;

use calamine::Data;
use certplan::lang::Lang;
use certplan::list::columns::{COLUMNS, ValueKind};
use certplan::list::examples::EXAMPLES;
use certplan::list::header::column_letters;
use common::workbook::{Workbook, serial, text};
use common::{AS_OF, certplan, temp_dir, write};

/// `certplan init --format FORMAT -o NAME --lang LANG` in a fresh folder.
fn template(format: &str, lang: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = temp_dir();
    let path = dir.path().join(format!("clients.{format}"));
    certplan()
        .args(["init", "--format", format, "--lang", lang, "-o"])
        .arg(&path)
        .assert()
        .success();
    (dir, path)
}

fn headers(lang: Lang) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|column| column.header_in(lang).to_owned())
        .collect()
}

/// Where the column with English header `header` sits.
fn at(header: &str) -> usize {
    COLUMNS.iter().position(|c| c.header == header).unwrap()
}

/// The spreadsheet letter of the column with English header `header` (`B`).
fn letter(header: &str) -> String {
    column_letters(at(header))
}

fn drop_down_columns() -> usize {
    COLUMNS
        .iter()
        .filter(|column| matches!(column.kind, ValueKind::YesNo | ValueKind::Choice(_)))
        .count()
}

#[test]
fn a_chinese_xlsx_template_has_chinese_headers_two_examples_and_an_explaining_sheet() {
    let (_dir, path) = template("xlsx", "zh");
    let mut book = Workbook::open(&path);
    assert_eq!(book.sheet_names(), ["客户名单", "填写说明"]);
    let rows = book.rows("客户名单");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(header, headers(Lang::Zh));
    assert_eq!(&header[..3], ["名称", "主体类型", "人数"]);
    assert_eq!(rows.len(), 3, "a header and two examples");
    assert_eq!(text(&rows[1][0]), "星河科技有限公司");
    assert_eq!(text(&rows[1][1]), "企业");
    assert_eq!(rows[1][2], Data::Float(1500.0), "members is a number");
    let certified = COLUMNS
        .iter()
        .position(|c| c.header == "wecom.certified_on")
        .unwrap();
    match &rows[2][certified] {
        Data::DateTime(date) => assert_eq!(date.as_f64(), serial("2026-03-02")),
        other => panic!("certified_on is a date cell, not {other:?}"),
    }
    let explained = book.rows("填写说明");
    assert_eq!(explained.len(), COLUMNS.len() + 1);
    assert_eq!(text(&explained[0][0]), "列名");
    assert_eq!(text(&explained[3][0]), "人数");
    assert!(
        text(&explained[3][3]).contains("整数"),
        "{:?}",
        explained[3]
    );
}

#[test]
fn an_xlsx_template_has_a_frozen_header_and_a_drop_down_for_every_yes_no_and_choice_column() {
    let (_dir, path) = template("xlsx", "zh");
    let sheet = Workbook::open(&path).part("xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"ySplit="1""#), "frozen header row");
    assert_eq!(
        sheet.matches("<dataValidation ").count(),
        drop_down_columns()
    );
    assert!(
        sheet.contains(&format!(
            r#"sqref="{0}2:{0}1048576"><formula1>"企业,个体工商户,政府机关"#,
            letter("kind")
        )),
        "kinds in Chinese, on the kind column"
    );
    assert!(
        sheet.contains(r#"<formula1>"是,否"</formula1>"#),
        "yes/no in Chinese"
    );
    assert!(
        sheet.contains(r#"errorStyle="warning""#),
        "other spellings stay possible"
    );
    assert!(sheet.contains("<col "), "column widths are set");
}

#[test]
fn an_english_xlsx_template_has_the_keys_as_headers_and_ids_in_its_drop_downs() {
    let (_dir, path) = template("xlsx", "en");
    let mut book = Workbook::open(&path);
    assert_eq!(book.sheet_names(), ["Clients", "Columns"]);
    let header: Vec<String> = book.rows("Clients")[0].iter().map(text).collect();
    assert_eq!(header, headers(Lang::En));
    assert!(header.contains(&"wecom.certified_on".to_owned()));
    let sheet = book.part("xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"<formula1>"enterprise,individual_business,"#));
    assert!(sheet.contains(r#"<formula1>"yes,no"</formula1>"#));
}

#[test]
fn a_csv_template_is_utf8_with_a_byte_order_mark_and_the_headers_in_the_language() {
    let (_dir, path) = template("csv", "zh");
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], format!("\u{feff}{}", headers(Lang::Zh).join(",")));
    assert_eq!(lines.len(), 3);
    assert!(
        lines[1].starts_with("星河科技有限公司,企业,1500,"),
        "{}",
        lines[1]
    );
    let (_dir, path) = template("csv", "en");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("\u{feff}name,kind,members,"));
}

#[test]
fn a_template_never_replaces_a_file_without_force() {
    let dir = temp_dir();
    let path = write(dir.path(), "clients.xlsx", "mine");
    certplan()
        .args(["init", "--format", "xlsx", "-o"])
        .arg(&path)
        .assert()
        .code(73);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    certplan()
        .args(["init", "--format", "xlsx", "--force", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(Workbook::open(&path).sheet_names().len(), 2);
}

#[test]
fn a_template_without_a_path_is_named_after_its_format() {
    let dir = temp_dir();
    certplan()
        .current_dir(dir.path())
        .args(["init", "--format", "csv"])
        .assert()
        .success();
    assert!(dir.path().join("clients.csv").is_file());
    certplan()
        .current_dir(dir.path())
        .args(["init", "--format", "html"])
        .assert()
        .code(64);
}

#[test]
fn the_example_rows_quote_cleanly() {
    let dir = temp_dir();
    for (at, text) in EXAMPLES.iter().enumerate() {
        write(dir.path(), &format!("example-{at}.toml"), text);
    }
    certplan()
        .args(["quote", "--as-of", AS_OF])
        .arg(dir.path())
        .assert()
        .code(0);
}

#[test]
fn init_writes_what_the_files_name_says() {
    let dir = temp_dir();
    let book = dir.path().join("clients.xlsx");
    certplan().arg("init").arg(&book).assert().success();
    assert!(
        std::fs::read(&book).unwrap().starts_with(b"PK"),
        "a workbook, not TOML in .xlsx"
    );
    let csv = dir.path().join("clients.csv");
    certplan().arg("init").arg(&csv).assert().success();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}name,kind,members"), "{text}");
    let toml = dir.path().join("client-a.toml");
    certplan().arg("init").arg(&toml).assert().success();
    assert!(std::fs::read_to_string(&toml).unwrap().starts_with('#'));
}

//! Client lists as hostile input: arbitrary cells under every column never panic and either
//! make a profile every command can plan or name their cell; formulas and control characters
//! stay text; a million rows and a zip bomb dressed as a workbook are refused before any work;
//! arbitrary bytes named `.csv` or `.xlsx` end in a clear exit code.

mod common;

use certplan::calendar::WorkCalendar;
use certplan::lang::Lang;
use certplan::list::cell::Cell;
use certplan::list::column_map::ColumnMap;
use certplan::list::columns::COLUMNS;
use certplan::list::header::Header;
use certplan::list::row_profile::{RowPlace, profile_of_row};
use certplan::quote::quote;
use certplan::review::{ReviewPolicy, review_schedule};
use certplan::rules::embedded_rules;
use certplan::timeline::plan_timeline;
use chrono::NaiveDate;
use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use proptest::prelude::*;
use std::io::Write;

/// What people and machines put in cells: values of every kind, near misses, and junk.
const FRAGMENTS: &[&str] = &[
    "",
    " ",
    "是",
    "否",
    "yes",
    "no",
    "✓",
    "1",
    "0",
    "1,500",
    "１５００",
    "1500.0",
    "-3",
    "1e400",
    "99999999999999999999",
    "六百",
    "2026/1/5",
    "2031年6月30日",
    "2026-02-30",
    "1899-12-31",
    "20310630",
    "长期",
    "企业",
    "事业单位",
    "government",
    "服务号",
    "中级",
    "乡镇",
    "county",
    "=1+1",
    "@SUM(A1)",
    "\u{0}",
    "\u{202E}evil",
    "line\nbreak",
    "\"quoted\"",
    "[org]",
    "x = 1",
    "深圳",
    "91440300MA5G12343E",
];

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        (0..FRAGMENTS.len()).prop_map(|at| Cell::Text(FRAGMENTS[at].to_owned())),
        ".{0,12}".prop_map(Cell::Text),
        any::<f64>().prop_map(Cell::Number),
        any::<bool>().prop_map(Cell::Bool),
        (-1000i64..80_000).prop_map(|days| Cell::Date(
            NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days.unsigned_abs())
        )),
        Just(Cell::Empty),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_rows_under_every_column_plan_or_name_their_cell(
        cells in proptest::collection::vec(cell(), COLUMNS.len() + 2),
        zh in any::<bool>(),
    ) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        let headers: Vec<Cell> = COLUMNS
            .iter()
            .map(|column| Cell::Text(column.header_in(lang).to_owned()))
            .collect();
        let header = Header::read(&headers, &ColumnMap::default(), lang).unwrap();
        let place = RowPlace { file: "fuzz.xlsx", sheet: Some("客户"), row: 7 };
        match profile_of_row(&place, &header, &cells, lang) {
            Ok((_, profile)) => {
                let rules = embedded_rules();
                let calendar = WorkCalendar::new(&rules);
                let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
                let _ = quote(&profile, &rules, day, 3);
                let _ = plan_timeline(&profile, &rules, &calendar, day, day);
                let _ = review_schedule(&profile, &rules, &calendar, day, ReviewPolicy::default());
            }
            Err(problems) => {
                let shown = problems.to_string();
                prop_assert!(shown.starts_with("fuzz.xlsx: 客户!"), "{shown}");
                prop_assert!(shown.len() < 6_000, "{} bytes", shown.len());
            }
        }
    }
}

#[test]
fn formulas_and_control_characters_stay_text_and_are_never_live_in_csv_output() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "clients.csv",
        "name,kind,members,wecom\n=HYPERLINK(\"http://x\"),enterprise,3,是\n\"a\u{202E}b\",enterprise,4,是\n",
    );
    let output = certplan()
        .args([
            "quote",
            "--format",
            "csv",
            "--summary",
            "--as-of",
            "2026-12-04",
        ])
        .arg(&list)
        .output()
        .unwrap();
    let stdout = stdout_of(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout.lines().count(), 3, "both rows are planned: {stdout}");
    assert!(
        stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")\""),
        "a formula is text, never live in a spreadsheet: {stdout}"
    );
    assert!(
        stdout.contains("a\u{202E}b"),
        "the text is kept as typed: {stdout}"
    );
}

#[test]
fn a_million_rows_are_refused_before_any_work() {
    let dir = temp_dir();
    let path = dir.path().join("huge.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(file, "name,kind,members,wecom").unwrap();
    for row in 0..1_000_000 {
        writeln!(file, "c{row},enterprise,3,是").unwrap();
    }
    file.flush().unwrap();
    drop(file);
    let start = std::time::Instant::now();
    let output = certplan().args(["quote"]).arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert!(stdout_of(&output).is_empty(), "nothing is planned");
    assert!(
        stderr_of(&output).contains("200000"),
        "{}",
        stderr_of(&output)
    );
    assert!(start.elapsed().as_secs() < 20);
}

/// A small, valid xlsx-shaped zip whose directory declares an entry of 4 GiB unpacked.
fn zip_bomb() -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut bytes);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(&[b' '; 4096]).unwrap();
    zip.finish().unwrap();
    let mut bytes = bytes.into_inner();
    // The central directory header: signature PK\x01\x02, uncompressed size at offset 24.
    let at = bytes.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap();
    bytes[at + 24..at + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    bytes
}

#[test]
fn a_zip_bomb_dressed_as_a_workbook_is_refused_before_unpacking() {
    let dir = temp_dir();
    let bomb = write(dir.path(), "clients.xlsx", zip_bomb());
    let output = certplan()
        .args(["quote", "--lang", "zh"])
        .arg(&bomb)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert!(
        stderr_of(&output).contains("256 MiB"),
        "{}",
        stderr_of(&output)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_named_as_a_list_end_in_a_clear_exit(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        extension in prop_oneof![Just("csv"), Just("xlsx"), Just("ods"), Just("xls")],
    ) {
        let dir = temp_dir();
        let mut bytes = bytes;
        if extension == "xlsx" {
            bytes.splice(0..0, b"PK\x03\x04".iter().copied());
        }
        let list = write(dir.path(), &format!("clients.{extension}"), &bytes);
        let output = certplan().args(["quote", "--as-of", "2026-12-04"]).arg(&list).output().unwrap();
        let code = output.status.code();
        prop_assert!(matches!(code, Some(0..=2 | 65)), "{code:?}: {}", stderr_of(&output));
        prop_assert!(!stderr_of(&output).contains("panicked"));
    }
}

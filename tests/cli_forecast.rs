//! `certplan forecast`: golden outputs for the example profiles in every format and both
//! languages, the workbook read back, and the options scripts rely on.

mod common;

use calamine::Data;
use common::workbook::{Workbook, serial, text};
use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};

fn forecast_examples(extra: &[&str]) -> String {
    let output = certplan()
        .args(["forecast", "profiles/", "--as-of", AS_OF])
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

#[test]
fn table_in_english_matches_the_golden_file() {
    insta::assert_snapshot!("forecast_table_en", forecast_examples(&["--lang", "en"]));
}

#[test]
fn table_in_chinese_matches_the_golden_file() {
    insta::assert_snapshot!("forecast_table_zh", forecast_examples(&["--lang", "zh"]));
}

#[test]
fn csv_matches_the_golden_file() {
    insta::assert_snapshot!(
        "forecast_csv",
        forecast_examples(&["--format", "csv", "--months", "24"])
    );
}

#[test]
fn json_matches_the_golden_file() {
    insta::assert_snapshot!("forecast_json", forecast_examples(&["--format", "json"]));
}

#[test]
fn the_csv_has_no_byte_order_mark_and_the_contract_header() {
    let text = forecast_examples(&["--format", "csv"]);
    assert!(
        text.starts_with("profile,org,platform,date,month,event,amount_fen,amount_yuan,fact,source,client_id,sheet,sheet_row\n")
    );
}

#[test]
fn json_totals_are_the_sums_of_the_payments() {
    for line in forecast_examples(&["--format", "json", "--months", "36"]).lines() {
        let object: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(object["command"], "forecast");
        let payments = object["payments"].as_array().unwrap();
        let sum = |subsidy: bool| -> i64 {
            payments
                .iter()
                .filter(|payment| (payment["event"] == "subsidy") == subsidy)
                .map(|payment| payment["amount_fen"].as_i64().unwrap())
                .sum()
        };
        assert_eq!(object["gross_fen"].as_i64().unwrap(), sum(false));
        assert_eq!(object["subsidy_fen"].as_i64().unwrap(), -sum(true));
        assert_eq!(object["net_fen"].as_i64().unwrap(), sum(false) + sum(true));
    }
}

/// A profile certified on `certified_on` for WeCom (1500 members: 3 000 CNY a year).
fn certified(certified_on: &str) -> String {
    format!(
        "[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 1500\n\n[platforms.wecom]\ncertified_on = {certified_on}\n"
    )
}

/// (date, event, amount) of each CSV row of `forecast FILE ARGS`.
fn payments(file: &std::path::Path, args: &[&str]) -> Vec<(String, String, String)> {
    let output = certplan()
        .args(["forecast", "--format", "csv", "--as-of", AS_OF])
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
        .lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            (cells[3].into(), cells[5].into(), cells[7].into())
        })
        .collect()
}

#[test]
fn a_36_month_window_shows_three_reviews() {
    let dir = temp_dir();
    let file = write(dir.path(), "a.toml", certified("2026-02-10"));
    let rows = payments(&file, &["--months", "36"]);
    let dates: Vec<&str> = rows.iter().map(|(date, _, _)| date.as_str()).collect();
    assert_eq!(dates, ["2026-12-11", "2027-12-11", "2028-12-11"]);
    assert!(
        rows.iter()
            .all(|(_, event, amount)| event == "annual_review" && amount == "3000.00")
    );
}

#[test]
fn due_expired_and_lapsed_certifications_are_paid_on_the_as_of_day() {
    let dir = temp_dir();
    for (certified_on, event) in [
        ("2025-12-20", "annual_review"),
        ("2025-11-01", "annual_review"),
        ("2025-09-01", "recertification"),
    ] {
        let file = write(dir.path(), "a.toml", certified(certified_on));
        let rows = payments(&file, &[]);
        assert_eq!(
            rows[0],
            (AS_OF.to_owned(), event.to_owned(), "3000.00".to_owned()),
            "certified on {certified_on}"
        );
    }
}

#[test]
fn planned_on_dates_the_first_certification_and_a_shenzhen_subsidy_comes_back_later() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "sz.toml",
        "[org]\nname = \"星河\"\nkind = \"enterprise\"\nmembers = 80\nregion = \"深圳\"\nsmall_micro = true\n\n[platforms.wecom]\nplanned_on = 2027-03-01\n",
    );
    let rows = payments(&file, &[]);
    assert_eq!(
        rows[0],
        (
            "2027-03-01".into(),
            "first_certification".into(),
            "300.00".into()
        )
    );
    assert_eq!(rows[1].1, "subsidy");
    assert_eq!(rows[1].2, "-150.00");
    assert!(rows[1].0.as_str() > "2027-03-01");
}

#[test]
fn the_window_and_pay_day_are_chosen_with_options() {
    let dir = temp_dir();
    let file = write(dir.path(), "a.toml", certified("2026-02-10"));
    assert!(payments(&file, &["--from", "2027-01", "--months", "3"]).is_empty());
    assert_eq!(
        payments(&file, &["--pay-on", "window"])[0].0,
        AS_OF,
        "the window opened on 2026-11-09"
    );
    for bad in [
        &["--months", "0"][..],
        &["--months", "121"],
        &["--from", "2027-13"],
        &["--from", "2027-01-05"],
        &["--pay-on", "expiry"],
    ] {
        certplan()
            .args(["forecast", "--as-of", AS_OF])
            .args(bad)
            .arg(&file)
            .assert()
            .code(64);
    }
}

#[test]
fn free_platforms_appear_only_with_include_free() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "a.toml",
        "[org]\nname = \"星河\"\nkind = \"enterprise\"\nmembers = 80\n\n[platforms.dingtalk]\n",
    );
    assert!(payments(&file, &[]).is_empty());
    assert_eq!(
        payments(&file, &["--include-free"]),
        [(AS_OF.into(), "first_certification".into(), "0.00".into())]
    );
}

#[test]
fn a_workbook_needs_an_output_file() {
    let output = certplan()
        .args([
            "forecast",
            "profiles/",
            "--as-of",
            AS_OF,
            "--format",
            "xlsx",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(64));
    assert!(output.stdout.is_empty());
    assert!(stderr_of(&output).contains("-o FILE.xlsx"));
    certplan()
        .args(["check", "profiles/", "--format", "xlsx", "-o", "x.xlsx"])
        .assert()
        .code(64);
}

#[test]
fn the_workbook_holds_the_csv_with_numbers_dates_and_sum_formulas() {
    let dir = temp_dir();
    let path = dir.path().join("plan.xlsx");
    certplan()
        .args(["forecast", "profiles/", "--as-of", AS_OF, "--months", "24"])
        .args(["--format", "xlsx", "--lang", "zh", "-o"])
        .arg(&path)
        .assert()
        .code(0);
    let csv = forecast_examples(&["--format", "csv", "--months", "24"]);
    let csv_rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').collect())
        .collect();
    let mut book = Workbook::open(&path);
    assert_eq!(book.sheet_names(), ["付款", "按月汇总", "说明"]);

    let payments = book.rows("付款");
    let event_id = payments[0]
        .iter()
        .position(|cell| text(cell) == "event")
        .unwrap();
    assert_eq!(text(&payments[0][0]), "档案", "headers follow --lang");
    assert_eq!(text(&payments[0][7]), "金额（元）");
    assert_eq!(payments.len() - 1, csv_rows.len());
    for (cells, csv) in payments[1..].iter().zip(&csv_rows) {
        assert_eq!(text(&cells[0]), csv[0]);
        assert_eq!(
            text(&cells[event_id]),
            csv[5],
            "event ids at the end, as in the CSV"
        );
        assert!(!text(&cells[5]).is_ascii(), "events named: {:?}", cells[5]);
        assert!(
            matches!(cells[3], Data::DateTime(_)),
            "a real date: {:?}",
            cells[3]
        );
        assert_eq!(text(&cells[3]), serial(csv[3]).to_string());
        assert_eq!(cells[6], Data::Float(csv[6].parse::<f64>().unwrap()));
        let fen: i64 = csv[6].parse().unwrap();
        assert_eq!(
            cells[7],
            Data::Float(fen as f64 / 100.0),
            "yuan as a number"
        );
    }
    let styles = book.part("xl/styles.xml");
    assert!(styles.contains(r##"formatCode="#,##0.00""##), "{styles}");
    assert!(styles.contains(r#"formatCode="yyyy-mm-dd""#));
    let sheet = book.part("xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<autoFilter ref=\"A1:"), "autofilter");
    assert!(sheet.contains("state=\"frozen\""), "frozen header");

    let by_month = book.rows("按月汇总");
    assert_eq!(by_month.len(), 1 + 24 + 1, "header, 24 months, totals");
    let csv_total: i64 = csv_rows
        .iter()
        .map(|row| row[6].parse::<i64>().unwrap())
        .sum();
    let grand = by_month.last().unwrap().last().unwrap();
    assert_eq!(
        *grand,
        Data::Float(csv_total as f64 / 100.0),
        "cached grand total"
    );
    for (index, row) in by_month[1..by_month.len() - 1].iter().enumerate() {
        let month = text(&row[0]);
        let fen: i64 = csv_rows
            .iter()
            .filter(|csv| csv[4] == month)
            .map(|csv| csv[6].parse::<i64>().unwrap())
            .sum();
        assert_eq!(
            *row.last().unwrap(),
            Data::Float(fen as f64 / 100.0),
            "row {index}: {month}"
        );
    }
    let formulas = book.formulas("按月汇总");
    assert!(
        formulas
            .iter()
            .any(|(_, formula)| formula.starts_with("SUM(B2:")),
        "{formulas:?}"
    );
    assert_eq!(formulas.len(), 24 + by_month[0].len() - 1);

    let about = book.rows("说明");
    assert_eq!(text(&about[0][1]), AS_OF);
    assert!(
        about.iter().any(|row| text(&row[1]) == "提醒日"),
        "--pay-on in words"
    );
    assert!(about.iter().any(|row| text(&row[0]) == "3rd:wescrm"));
}

#[test]
fn a_workbook_of_a_window_without_payments_still_opens() {
    let dir = temp_dir();
    let path = dir.path().join("empty.xlsx");
    certplan()
        .args(["forecast", "profiles/social-group.toml", "--as-of", AS_OF])
        .args([
            "--from", "2026-11", "--months", "3", "--format", "xlsx", "-o",
        ])
        .arg(&path)
        .assert()
        .code(0);
    let mut book = Workbook::open(&path);
    assert_eq!(book.rows("payments").len(), 1, "the header alone");
    let by_month = book.rows("by month");
    assert_eq!(by_month.len(), 1 + 3 + 1);
    assert_eq!(*by_month[1].last().unwrap(), Data::Float(0.0));
}

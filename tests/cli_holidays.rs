//! Working days past the last published year: the holiday law for years without a notice
//! (HOLIDAY-LAW), a notice added by the user the day it appears (HOLIDAY-NOTICE), and a year's
//! special days listed for checking against the notice.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use predicates::prelude::*;

const NOTICE_2027: &str = "tests/holidays/notice-2027.toml";

fn json_of(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(stdout_of(output).trim()).expect("one JSON line")
}

#[test]
fn new_years_day_2027_is_not_counted_as_a_working_day() {
    let output = certplan()
        .args(["workdays", "add", "5", "--from", "2026-12-28"])
        .output()
        .unwrap();
    assert!(output.status.success());
    // 12-29, 12-30, 12-31, then 01-04 and 01-05: Friday 01-01 is off by law.
    assert_eq!(stdout_of(&output), "2027-01-05\n");
    let note = stderr_of(&output);
    assert!(note.contains("2027"), "{note}");
    assert!(note.contains("2027-01-01 New Year's Day"), "{note}");
    assert!(
        note.contains("调休"),
        "the note says bridging days are unknown: {note}"
    );
}

#[test]
fn provisional_answers_list_the_days_assumed_in_json() {
    let output = certplan()
        .args([
            "workdays",
            "count",
            "2027-01-31",
            "2027-02-28",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json = json_of(&output);
    assert_eq!(json["provisional"], true);
    // February 2027: 20 weekdays, minus 除夕 02-05, 初三 02-08 and the substitutes 02-09, 02-10.
    assert_eq!(json["count"], 16);
    let assumed: Vec<(String, String)> = json["assumed_days_off"]
        .as_array()
        .unwrap()
        .iter()
        .map(|day| {
            (
                day["date"].as_str().unwrap().to_owned(),
                day["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        assumed,
        [
            ("2027-02-05".to_owned(), "statutory".to_owned()),
            ("2027-02-08".to_owned(), "statutory".to_owned()),
            ("2027-02-09".to_owned(), "substitute".to_owned()),
            ("2027-02-10".to_owned(), "substitute".to_owned()),
        ]
    );
    assert_eq!(json["assumed_days_off"][0]["name"], "春节");
}

#[test]
fn the_2027_spring_festival_week_delays_a_government_account() {
    // A county account started the day before 除夕 finishes after the festival week.
    let dir = temp_dir();
    let profile = write(
        dir.path(),
        "gov.toml",
        "[org]\nname = \"某县民政局\"\nkind = \"government\"\nmembers = 30\ngov_level = \"county\"\n\n[platforms.gov_account]\n",
    );
    let output = certplan()
        .args([
            "timeline",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--start",
            "2027-02-04",
        ])
        .arg(&profile)
        .output()
        .unwrap();
    let json = json_of(&output);
    let platform = &json["platforms"][0];
    assert_eq!(platform["provisional"], true);
    let assumed = json["assumed_days_off"].as_array().unwrap();
    assert!(
        assumed
            .iter()
            .any(|day| day["date"] == "2027-02-09" && day["kind"] == "substitute")
    );
    // Counting plain Monday–Friday, 10 working days after 02-04 would be 02-18; the law's four
    // weekdays off push the earliest completion to 02-24.
    assert_eq!(platform["earliest_on"], "2027-02-24");
}

#[test]
fn a_weekend_holiday_gets_a_substitute_weekday() {
    let output = certplan()
        .args(["workdays", "list", "2027", "--format", "json"])
        .output()
        .unwrap();
    let json = json_of(&output);
    assert_eq!(json["provisional"], true);
    let days = json["days"].as_array().unwrap();
    let kind_of = |date: &str| {
        days.iter()
            .find(|day| day["date"] == date)
            .map(|day| day["kind"].as_str().unwrap().to_owned())
    };
    // May 1–2 2027 are a Saturday and a Sunday: Monday and Tuesday are off instead.
    assert_eq!(kind_of("2027-05-01").as_deref(), Some("weekend"));
    assert_eq!(kind_of("2027-05-03").as_deref(), Some("substitute"));
    assert_eq!(kind_of("2027-05-04").as_deref(), Some("substitute"));
    assert_eq!(kind_of("2027-05-05"), None);
    assert!(days.iter().all(|day| day["origin"] == "law"));
}

#[test]
fn two_holidays_on_one_date_count_as_two() {
    // 2031: 中秋 (lunar 8/15) falls on National Day, a Wednesday.
    let output = certplan()
        .args(["workdays", "list", "2031", "--format", "csv"])
        .output()
        .unwrap();
    let csv = stdout_of(&output);
    assert!(
        csv.starts_with("date,weekday,kind,holiday,origin,source\n"),
        "{csv}"
    );
    assert!(csv.contains("2031-10-01,3,statutory,"), "{csv}");
    assert!(csv.contains("2031-10-06,1,substitute,"), "{csv}");
    let off_in_october = csv
        .lines()
        .filter(|line| line.starts_with("2031-10-"))
        .count();
    assert_eq!(off_in_october, 4, "{csv}");
}

#[test]
fn the_list_of_a_published_year_tells_every_kind_of_day() {
    let output = certplan()
        .args(["workdays", "list", "2026", "--lang", "zh"])
        .output()
        .unwrap();
    let table = stdout_of(&output);
    for expected in [
        "2026 年特殊日期",
        "法定假日",
        "调休放假",
        "调休上班",
        "假期内周末",
        "补假",
        "official:holidays-2026",
    ] {
        assert!(table.contains(expected), "{expected} missing:\n{table}");
    }
    // 2026-04-06 makes up for 清明 on Sunday 04-05.
    assert!(
        table
            .lines()
            .any(|line| line.contains("2026-04-06") && line.contains("补假")),
        "{table}"
    );
}

#[test]
fn a_notice_file_replaces_the_law_and_is_official() {
    let output = certplan()
        .args([
            "workdays",
            "add",
            "1",
            "--from",
            "2027-02-10",
            "--format",
            "json",
            "--holidays",
            NOTICE_2027,
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stderr_of(&output), "", "an official year needs no note");
    let json = json_of(&output);
    // The notice's bridging days 02-11 and 02-12 and Saturday 02-13 are off.
    assert_eq!(json["date"], "2027-02-15");
    assert_eq!(json["provisional"], false);
    assert_eq!(json["assumed_days_off"].as_array().unwrap().len(), 0);
    // Without it, the law alone knows nothing of the bridging days.
    certplan()
        .args(["workdays", "add", "1", "--from", "2027-02-10"])
        .assert()
        .success()
        .stdout("2027-02-11\n");
}

#[test]
fn the_environment_names_a_notice_for_cron_and_rules_shows_where_each_year_comes_from() {
    let output = certplan()
        .env("CERTPLAN_HOLIDAYS", NOTICE_2027)
        .args(["rules", "--format", "json", "--as-of", AS_OF])
        .output()
        .unwrap();
    let json = json_of(&output);
    let years = json["calendar_years"].as_array().unwrap();
    let year = |number: i64| years.iter().find(|year| year["year"] == number).unwrap();
    assert_eq!(year(2026)["status"], "official");
    assert_eq!(year(2026)["source"], "official:holidays-2026");
    assert_eq!(year(2027)["status"], "official");
    assert_eq!(year(2027)["origin"], "file");
    assert_eq!(year(2027)["path"], NOTICE_2027);
    assert_eq!(year(2028)["status"], "provisional_by_law");
    let table = stdout_of(
        &certplan()
            .args(["rules", "--as-of", AS_OF])
            .output()
            .unwrap(),
    );
    assert!(table.contains("provisional by law"), "{table}");
}

#[test]
fn a_broken_notice_file_is_refused_with_its_position() {
    certplan()
        .args(["workdays", "add", "1", "--from", "2027-02-10", "--holidays", "tests/holidays/broken-2027.toml"])
        .assert()
        .code(65)
        .stdout("")
        .stderr(predicate::str::contains(
            "tests/holidays/broken-2027.toml:14:32: holidays[0].makeup_workdays[1]: 2027-02-22 is a Mon, not a weekend day",
        ));
}

#[test]
fn a_notice_with_the_wrong_number_of_statutory_days_is_refused() {
    let dir = temp_dir();
    let text = std::fs::read_to_string(NOTICE_2027).unwrap().replace(
        "  { name = \"端午节\", from = 2027-06-09, to = 2027-06-09, statutory_days = 1 },\n",
        "",
    );
    let file = write(dir.path(), "short.toml", text);
    let output = certplan()
        .args(["workdays", "list", "2027", "--holidays"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let message = stderr_of(&output);
    assert!(message.contains("12 statutory days"), "{message}");
    assert!(message.contains("holidays[0].days_off"), "{message}");
}

#[test]
fn a_missing_notice_file_is_unreadable_input() {
    certplan()
        .args([
            "workdays",
            "list",
            "2027",
            "--holidays",
            "no/such/notice.toml",
        ])
        .assert()
        .code(66);
}

#[test]
fn the_documented_sample_notice_loads_and_agrees_with_the_embedded_year() {
    let with_sample = certplan()
        .args([
            "workdays",
            "list",
            "2026",
            "--format",
            "csv",
            "--holidays",
            "docs/holidays-notice-sample.toml",
        ])
        .output()
        .unwrap();
    assert!(with_sample.status.success(), "{}", stderr_of(&with_sample));
    let embedded = certplan()
        .args(["workdays", "list", "2026", "--format", "csv"])
        .output()
        .unwrap();
    let days = |output: &std::process::Output| -> Vec<String> {
        stdout_of(output)
            .lines()
            .map(|line| line.splitn(4, ',').take(3).collect::<Vec<_>>().join(","))
            .collect()
    };
    assert_eq!(days(&with_sample), days(&embedded));
    assert!(stdout_of(&with_sample).contains(",file,"));
}

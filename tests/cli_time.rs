//! `workdays`, `timeline` and `remind`: the calendar, the date conventions, every status and
//! exit code, and the calendar export checked by a real iCalendar parser.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use predicates::prelude::*;

fn with_certified(certified_on: &str) -> String {
    format!(
        "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = {certified_on}\n"
    )
}

#[test]
fn workdays_add_prints_just_the_date() {
    certplan()
        .args(["workdays", "add", "5", "--from", "2025-09-30"])
        .assert()
        .success()
        .stdout("2025-10-14\n")
        .stderr("");
    certplan()
        .args(["workdays", "add", "1", "--from", "2026-02-13"])
        .assert()
        .success()
        .stdout("2026-02-14\n");
    certplan()
        .args(["workdays", "add", "0", "--from", "2026-02-15"])
        .assert()
        .success()
        .stdout("2026-02-15\n");
}

#[test]
fn workdays_count_prints_just_the_number() {
    // 10-08 and 10-09 (Thursday, Friday) and Saturday 10-10 (an adjusted working day).
    certplan()
        .args(["workdays", "count", "2026-09-30", "2026-10-10"])
        .assert()
        .success()
        .stdout("3\n");
    certplan()
        .args(["workdays", "count", "2024-12-31", "2025-12-31"])
        .assert()
        .success()
        .stdout("248\n");
    certplan()
        .args(["workdays", "count", "2026-10-10", "2026-09-30"])
        .assert()
        .success()
        .stdout("-3\n");
}

#[test]
fn workdays_beyond_published_years_are_provisional() {
    certplan()
        .args(["workdays", "add", "3", "--from", "2026-12-30"])
        .assert()
        .success()
        // 2027-01-01 is off by the holiday law, though 2027's notice is not out yet.
        .stdout("2027-01-05\n")
        .stderr(
            predicate::str::contains("no State Council holiday notice")
                .and(predicate::str::contains("provisional")),
        );
    certplan()
        .args(["workdays", "add", "3", "--from", "2026-12-30", "--strict"])
        .assert()
        .code(3)
        .stdout("");
    certplan()
        .args(["workdays", "add", "3", "--from", "2099-06-01"])
        .assert()
        .success()
        .stdout("2099-06-04\n");
    certplan()
        .args([
            "workdays",
            "count",
            "2026-12-30",
            "2027-01-05",
            "--format",
            "json",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(r#""count":3"#)
                .and(predicate::str::contains(r#""provisional":true"#)),
        );
}

#[test]
fn workdays_rejects_bad_dates_as_usage_errors() {
    certplan()
        .args(["workdays", "add", "3", "--from", "2026-02-30"])
        .assert()
        .code(64);
    certplan()
        .args(["workdays", "add", "-3", "--from", "2026-02-01"])
        .assert()
        .code(64);
    certplan()
        .args(["workdays", "count", "2026-01-01"])
        .assert()
        .code(64);
}

#[test]
fn timeline_table_matches_the_golden_files() {
    for (lang, name) in [("en", "timeline_table_en"), ("zh", "timeline_table_zh")] {
        let output = certplan()
            .args([
                "timeline",
                "profiles/county-public-institution.toml",
                "profiles/private-school.toml",
                "--as-of",
                AS_OF,
                "--lang",
                lang,
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        insta::assert_snapshot!(name, stdout_of(&output));
    }
}

#[test]
fn timeline_json_and_csv_match_the_golden_files() {
    let json = certplan()
        .args([
            "timeline",
            "profiles/",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--start",
            "2026-09-28",
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!("timeline_json", stdout_of(&json));
    let csv = certplan()
        .args([
            "timeline",
            "profiles/",
            "--format",
            "csv",
            "--as-of",
            AS_OF,
            "--start",
            "2026-09-28",
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!("timeline_csv", stdout_of(&csv));
}

#[test]
fn timeline_counts_working_days_across_national_day_and_by_government_level() {
    // Not certified yet: a first certification is planned from --start (a certified account
    // is planned for its annual review, from its window).
    let dir = temp_dir();
    let text = std::fs::read_to_string("profiles/provincial-government-office.toml").unwrap();
    let first = write(
        dir.path(),
        "provincial.toml",
        text.replace("certified_on = 2026-03-02\n", ""),
    );
    let json = certplan()
        .args([
            "timeline",
            first.to_str().unwrap(),
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--start",
            "2026-09-30",
        ])
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&json)).unwrap();
    let gov = value["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["platform"] == "gov_account")
        .unwrap();
    // Provincial: 5–7 working days of review, then up to 3 for the corporate-account check
    // (GOV-STEPS).
    assert_eq!(gov["min_days"], 5);
    assert_eq!(gov["max_days"], 10);
    // From 09-30: National Day 10-01..10-07 off; 10-08, 10-09, Saturday 10-10 (worked), 10-12, 10-13.
    assert_eq!(gov["earliest_on"], "2026-10-13");
    assert_eq!(gov["latest_on"], "2026-10-20");
    // 09-30 is before the as-of day: the dates are not advice; from today they are these.
    assert_eq!(gov["late_start"], true);
    assert_eq!(gov["earliest_done_on"], "2026-11-27");
    assert_eq!(gov["provisional"], false);
    let steps: Vec<_> = gov["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| step["id"].as_str().unwrap())
        .collect();
    assert!(
        steps.contains(&"review_central_provincial") && !steps.contains(&"review_county"),
        "{steps:?}"
    );
    let wecom = value["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["platform"] == "wecom")
        .unwrap();
    // A bank transfer's payment order may stay open up to 60 calendar days (WECOM-PAY-ORDER).
    let order = wecom["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|step| step["id"] == "bank_transfer_order")
        .unwrap();
    assert_eq!(order["role"], "if_needed");
    assert!(
        order["earliest_on"].is_null(),
        "steps only on trouble are not dated"
    );
    assert_eq!(wecom["max_days"], 5, "trouble-only steps are not added");
}

#[test]
fn the_wecom_scale_check_and_refund_are_planned_only_for_a_medium_or_large_scale_fee() {
    let dir = temp_dir();
    // WECOM-VERIFY-CHECKS: medium and large enterprises are called back and credit-checked;
    // WECOM-SCALE: a scale fee paid is refunded when the review fails.
    for (kind, members, checked) in [
        ("enterprise", 1_000, false),
        ("enterprise", 1_001, true),
        ("enterprise", 30_000, true),
        // The scale fee is waived for these: they are not verified as paying enterprises.
        ("social_group", 20_000, false),
        ("government", 50_000, false),
    ] {
        let file = write(
            dir.path(),
            &format!("{kind}-{members}.toml"),
            common::profile(kind, members),
        );
        let output = certplan()
            .args(["timeline", "--format", "json", "--as-of", AS_OF])
            .arg(&file)
            .output()
            .unwrap();
        let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
        let steps: Vec<_> = value["platforms"][0]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|step| step["id"].as_str().unwrap().to_owned())
            .collect();
        for step in ["verification_checks", "scale_fee_refund"] {
            assert_eq!(
                steps.contains(&step.to_owned()),
                checked,
                "{step}: {kind} with {members} members: {steps:?}"
            );
        }
    }
}

#[test]
fn timeline_into_an_unpublished_year_is_provisional() {
    let json = certplan()
        .args([
            "timeline",
            "profiles/social-group.toml",
            "--format",
            "json",
            "--start",
            "2026-12-29",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    assert!(json.status.success());
    assert!(stdout_of(&json).contains(r#""provisional":true"#));
    certplan()
        .args([
            "timeline",
            "profiles/social-group.toml",
            "--start",
            "2026-12-29",
            "--strict",
            "--as-of",
            AS_OF,
        ])
        .assert()
        .code(3);
}

#[test]
fn remind_table_and_machine_outputs_match_the_golden_files() {
    for (args, name) in [
        (&["--lang", "en"][..], "remind_table_en"),
        (&["--lang", "zh"][..], "remind_table_zh"),
        (&["--format", "json"][..], "remind_json"),
        (&["--format", "csv"][..], "remind_csv"),
        (&["--nagios"][..], "remind_nagios"),
    ] {
        let output = certplan()
            .args(["remind", "profiles/", "--as-of", AS_OF])
            .args(args)
            .output()
            .unwrap();
        // An expired review in the examples: exit 2, except for the CSV export, which
        // succeeds once written.
        let expected = if name == "remind_csv" { 0 } else { 2 };
        assert_eq!(
            output.status.code(),
            Some(expected),
            "{name}: {}",
            stderr_of(&output)
        );
        insta::assert_snapshot!(name, stdout_of(&output));
    }
}

#[test]
fn remind_follows_the_date_conventions() {
    let dir = temp_dir();
    let profile = write(dir.path(), "p.toml", with_certified("2025-06-07"));
    let output = certplan()
        .args(["remind", "--format", "json", "--as-of", "2026-01-01"])
        .arg(&profile)
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    let review = &value["reviews"][0];
    assert_eq!(review["expires_on"], "2026-06-06");
    assert_eq!(review["window_opens_on"], "2026-03-06");
    assert_eq!(review["remind_on"], "2026-04-07");
    assert_eq!(review["grace_ends_on"], "2026-07-06");
    assert_eq!(review["days_left"], 156);
    assert_eq!(review["status"], "ok");

    let leap = write(dir.path(), "leap.toml", with_certified("2024-02-29"));
    let output = certplan()
        .args(["remind", "--format", "json", "--as-of", "2025-01-01"])
        .arg(&leap)
        .output()
        .unwrap();
    assert!(
        stdout_of(&output).contains(r#""expires_on":"2025-02-27""#),
        "{}",
        stdout_of(&output)
    );
}

#[test]
fn every_status_has_its_exit_code() {
    let dir = temp_dir();
    let profile = write(dir.path(), "p.toml", with_certified("2025-12-20"));
    // Expires 2026-12-19.
    for (as_of, status, code) in [
        ("2026-10-19", "ok", 0),
        ("2026-10-20", "due", 1),
        // The last day to submit is 2026-12-11: 7 days before it still due, then critical
        // (the day to start is urgent), whatever the days left to expiry.
        ("2026-12-04", "due", 1),
        ("2026-12-05", "critical", 2),
        ("2026-12-11", "critical", 2),
        ("2026-12-12", "critical", 2),
        ("2026-12-13", "critical", 2),
        ("2026-12-19", "critical", 2),
        ("2026-12-20", "expired", 2),
        ("2027-01-18", "expired", 2),
        ("2027-01-19", "lapsed", 2),
    ] {
        let output = certplan()
            .args(["remind", "--format", "json", "--as-of", as_of])
            .arg(&profile)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(code), "{as_of}");
        let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
        assert_eq!(value["reviews"][0]["status"], status, "{as_of}");
        assert_eq!(value["status"], status, "{as_of}");
    }
}

#[test]
fn warn_and_crit_days_move_the_thresholds() {
    let dir = temp_dir();
    let profile = write(dir.path(), "p.toml", with_certified("2025-12-20"));
    certplan()
        .args(["remind", "--as-of", "2026-11-22", "--warn-days", "20"])
        .arg(&profile)
        .assert()
        .code(0);
    certplan()
        .args([
            "remind",
            "--as-of",
            "2026-11-22",
            "--warn-days",
            "30",
            "--crit-days",
            "28",
        ])
        .arg(&profile)
        .assert()
        .code(2);
    certplan()
        .args([
            "remind",
            "--as-of",
            "2026-11-22",
            "--warn-days",
            "5",
            "--crit-days",
            "10",
        ])
        .arg(&profile)
        .assert()
        .code(64);
}

#[test]
fn in_a_batch_the_worst_review_of_the_worst_profile_wins() {
    let dir = temp_dir();
    write(dir.path(), "a-ok.toml", with_certified("2026-09-01"));
    write(dir.path(), "b-due.toml", with_certified("2025-12-20"));
    write(dir.path(), "c-none.toml", common::profile("enterprise", 3));
    certplan()
        .args(["remind", "--as-of", "2026-11-22"])
        .arg(dir.path())
        .assert()
        .code(1);
    write(dir.path(), "d-lapsed.toml", with_certified("2024-01-01"));
    certplan()
        .args(["remind", "--as-of", "2026-11-22", "--nagios"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(
            predicate::str::starts_with(
                "CRITICAL: 1 lapsed, 0 expired, 0 critical, 1 due, 1 ok; nearest 测试 WeCom expired 2024-12-31 (691 days ago)",
            )
            .and(predicate::str::ends_with(
                "| lapsed=1 expired=0 critical=0 due=1 ok=1 days_left=-691;60:;7:\n",
            )),
        );
    let empty = temp_dir();
    write(empty.path(), "none.toml", common::profile("enterprise", 3));
    certplan()
        .args(["remind", "--nagios", "--as-of", AS_OF])
        .arg(empty.path())
        .assert()
        .code(0)
        .stdout("OK: no certification dates to watch | lapsed=0 expired=0 critical=0 due=0 ok=0\n");
}

#[test]
fn the_calendar_export_is_valid_and_reproducible() {
    let run = || {
        certplan()
            .args([
                "remind",
                "profiles/",
                "--format",
                "ics",
                "--as-of",
                AS_OF,
                "--lang",
                "zh",
            ])
            .output()
            .unwrap()
    };
    let first = run();
    let text = stdout_of(&first);
    assert_eq!(
        text,
        stdout_of(&run()),
        "identical runs give identical files"
    );
    insta::assert_snapshot!("remind_ics_zh", text.replace("\r\n", "⏎\n"));

    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends with CRLF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }

    let unfolded = icalendar::parser::unfold(&text);
    let calendar =
        icalendar::parser::read_calendar(&unfolded).expect("a real iCalendar parser reads it");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|component| component.name.as_str() == "VEVENT")
        .collect();
    let of_kind = |kind: &str| {
        events
            .iter()
            .filter(|event| {
                event
                    .find_prop("UID")
                    .unwrap()
                    .val
                    .as_str()
                    .starts_with(kind)
            })
            .count()
    };
    for kind in ["window-", "remind-", "expiry-", "grace-"] {
        assert_eq!(
            of_kind(kind),
            11,
            "one {kind} event for each of the 11 reviews"
        );
    }
    assert!(of_kind("submit-") > 0 && of_kind("submit-") <= 11);
    let mut uids = std::collections::HashSet::new();
    for event in &events {
        let uid = event.find_prop("UID").unwrap().val.as_str().to_owned();
        assert!(uids.insert(uid.clone()), "duplicate UID {uid}");
        assert_eq!(
            event.find_prop("DTSTAMP").unwrap().val.as_str(),
            "20261122T000000Z"
        );
        let start = event.find_prop("DTSTART").unwrap();
        assert!(
            start
                .params
                .iter()
                .any(|param| param.key.as_str() == "VALUE"),
            "all-day events"
        );
        let alarms: Vec<_> = event
            .components
            .iter()
            .filter(|component| component.name.as_str() == "VALARM")
            .collect();
        assert!(!alarms.is_empty());
        for alarm in &alarms {
            assert!(alarm.find_prop("TRIGGER").is_some() && alarm.find_prop("ACTION").is_some());
        }
    }
    let summary = events[0]
        .find_prop("SUMMARY")
        .unwrap()
        .val
        .clone()
        .unescape_text();
    assert!(
        summary.as_str().contains("北京华联控股集团有限公司"),
        "{}",
        summary.as_str()
    );
}

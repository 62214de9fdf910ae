//! `certplan status` as a user runs them, each rule on a fixed `--as-of`
//! day of the embedded 2026 calendar (中秋节 09-25…27, 国庆节 10-01…07, Saturday 10-10 a
//! make-up working day).

mod common;

use common::history::with_events;
use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

/// [`with_events`] written as `p.toml` in `dir`.
fn written(
    dir: &tempfile::TempDir,
    members: u32,
    platform: &str,
    events: &[(&str, &str)],
) -> std::path::PathBuf {
    write(dir.path(), "p.toml", with_events(members, platform, events))
}

/// `status --format json` of `file` on `as_of`: the first platform's object and the exit code.
fn json_of(file: &Path, as_of: &str) -> (serde_json::Value, i32) {
    let output = certplan()
        .args(["status", "--format", "json", "--as-of", as_of])
        .arg(file)
        .output()
        .unwrap();
    let line: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    (line["platforms"][0].clone(), output.status.code().unwrap())
}

#[test]
fn an_unpaid_order_warns_naming_the_day_then_is_cancelled_after_day_60() {
    let dir = temp_dir();
    let file = written(&dir, 50, "wecom", &[("2026-09-01", "ordered")]);
    let (early, code) = json_of(&file, "2026-10-20");
    assert_eq!((early["stage"].as_str(), code), (Some("ordered"), 1));
    assert_eq!(early["ends_on"], "2026-10-31");
    assert_eq!(early["fact"], "WECOM-PAY-ORDER");
    assert!(early["action"].as_str().unwrap().contains("2026-10-31"));
    assert!(early["action"].as_str().unwrap().contains("2026-11-01"));
    // The last week, day 60 included: money at risk.
    let (last, code) = json_of(&file, "2026-10-31");
    assert_eq!(
        (last["attention"].as_str(), code),
        (Some("money_at_risk"), 2)
    );
    let (lapsed, code) = json_of(&file, "2026-11-01");
    assert_eq!((lapsed["stage"].as_str(), code), (Some("cancelled"), 1));
    assert_eq!(lapsed["overdue"], true);
    let table = stdout_of(
        &certplan()
            .args(["status", "--as-of", "2026-11-01"])
            .arg(&file)
            .output()
            .unwrap(),
    );
    assert!(
        table.contains("cancelled automatically on 2026-11-01"),
        "{table}"
    );
}

#[test]
fn a_review_is_overdue_the_working_day_after_its_maximum_across_national_day() {
    let dir = temp_dir();
    // WeCom: 5 working days at most from Tuesday 09-22 is 09-30; the next working day is 10-08.
    let file = written(&dir, 50, "wecom", &[("2026-09-22", "submitted")]);
    let (waiting, code) = json_of(&file, "2026-10-07");
    assert_eq!((waiting["stage"].as_str(), code), (Some("in_review"), 0));
    assert_eq!(waiting["ends_on"], "2026-09-30");
    assert_eq!(waiting["overdue"], false);
    let (overdue, code) = json_of(&file, "2026-10-08");
    assert_eq!((overdue["attention"].as_str(), code), (Some("overdue"), 1));
    assert_eq!(overdue["overdue"], true);
    assert_eq!(overdue["provisional"], false);
    // A review running into a year without a holiday notice is marked provisional.
    let file = written(&dir, 50, "wecom", &[("2027-09-28", "submitted")]);
    let (later, _) = json_of(&file, "2027-09-29");
    assert_eq!(later["provisional"], true);
    let table = certplan()
        .args(["status", "--as-of", "2027-09-29"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(stdout_of(&table).contains("(dates provisional)"));
    assert!(stderr_of(&table).contains("2027"), "the provisional note");
}

#[test]
fn a_rejected_wecom_owes_its_scale_fee_back_15_working_days_later_across_the_holidays() {
    let dir = temp_dir();
    let file = written(
        &dir,
        2_000,
        "wecom",
        &[
            ("2026-09-15", "paid"),
            ("2026-09-15", "submitted"),
            ("2026-09-24", "rejected"),
        ],
    );
    let (waiting, code) = json_of(&file, "2026-10-22");
    assert_eq!((waiting["stage"].as_str(), code), (Some("rejected"), 1));
    assert_eq!(waiting["fact"], "WECOM-FAIL");
    assert_eq!(waiting["paid_fen"], 300_000);
    assert_eq!(waiting["lost_fen"], 30_000);
    assert_eq!(waiting["still_to_pay_fen"], 300_000);
    assert_eq!(waiting["refund_due"]["amount_fen"], 270_000);
    assert_eq!(waiting["refund_due"]["due_on"], "2026-10-22");
    assert_eq!(waiting["refund_due"]["fact"], "WECOM-SCALE");
    let (overdue, code) = json_of(&file, "2026-10-23");
    assert_eq!(
        (overdue["attention"].as_str(), code),
        (Some("money_at_risk"), 2)
    );
    assert_eq!(overdue["refund_due"]["overdue"], true);
    // --exit-zero keeps the finding out of the exit code.
    certplan()
        .args(["status", "--exit-zero", "--as-of", "2026-10-23"])
        .arg(&file)
        .assert()
        .code(0);
}

#[test]
fn mini_program_refills_have_a_30_day_deadline_and_the_third_is_the_last() {
    let dir = temp_dir();
    let first = [
        ("2026-10-01", "submitted"),
        ("2026-11-02", "info_requested"),
    ];
    let file = written(&dir, 50, "mini_program", &first);
    let (refill, _) = json_of(&file, "2026-12-02");
    assert_eq!(refill["stage"], "info_requested");
    assert_eq!(refill["ends_on"], "2026-12-02");
    assert_eq!(refill["fact"], "MP-REFILL");
    assert!(refill["action"].as_str().unwrap().contains("refill 1 of 3"));
    let (late, code) = json_of(&file, "2026-12-03");
    assert_eq!((late["stage"].as_str(), code), (Some("cancelled"), 1));
    let third = [
        ("2026-10-01", "submitted"),
        ("2026-10-05", "info_requested"),
        ("2026-10-06", "resubmitted"),
        ("2026-10-08", "info_requested"),
        ("2026-10-09", "resubmitted"),
        ("2026-10-12", "info_requested"),
        ("2026-10-13", "resubmitted"),
    ];
    let file = written(&dir, 50, "mini_program", &third);
    let (last, _) = json_of(&file, "2026-10-14");
    assert!(
        last["action"].as_str().unwrap().contains("last refill"),
        "{last}"
    );
}

#[test]
fn csv_has_a_row_per_platform_and_nagios_counts_per_status() {
    let dir = temp_dir();
    write(
        dir.path(),
        "a.toml",
        with_events(
            2_000,
            "wecom",
            &[("2026-09-24", "submitted"), ("2026-09-25", "rejected")],
        ),
    );
    write(
        dir.path(),
        "b.toml",
        with_events(50, "official_account", &[("2026-11-30", "submitted")]).replace(
            "[platforms.official_account]\n",
            "[platforms.official_account]\ntype = \"service\"\n",
        ),
    );
    let output = certplan()
        .args(["status", "--format", "csv", "--as-of", "2026-12-01"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = stdout_of(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    for column in [
        "platform",
        "stage",
        "ends_on",
        "attention",
        "fact",
        "paid_fen",
        "refund_due_fen",
        "refund_due_on",
        "still_to_pay_fen",
        "client_id",
    ] {
        assert!(header.iter().any(|name| name == column), "{column}");
    }
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let stage = header.iter().position(|name| name == "stage").unwrap();
    assert_eq!(
        (&rows[0][stage], &rows[1][stage]),
        ("rejected", "in_review")
    );
    let nagios = certplan()
        .args(["status", "--format", "nagios", "--as-of", "2026-12-01"])
        .arg(dir.path())
        .output()
        .unwrap();
    let line = stdout_of(&nagios);
    assert!(line.starts_with("CRITICAL: "), "{line}");
    assert!(
        line.contains("money_at_risk=1")
            && line.contains("in_review=1")
            && line.contains("rejected=1"),
        "{line}"
    );
    assert_eq!(nagios.status.code(), Some(2));
}

#[test]
fn status_speaks_chinese() {
    let dir = temp_dir();
    let file = written(
        &dir,
        2_000,
        "wecom",
        &[("2026-09-24", "submitted"), ("2026-09-25", "rejected")],
    );
    let output = certplan()
        .args(["status", "--lang", "zh", "--as-of", "2026-10-12"])
        .arg(&file)
        .output()
        .unwrap();
    let text = stdout_of(&output);
    for words in [
        "截至 2026-10-12 的申请进度",
        "未通过",
        "下一步：",
        "须重新付费申请",
        "2,700.00",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // Chinese prose cites its sources by title, never by fact id (JSON and CSV keep the ids).
    assert!(!text.contains("WECOM-"), "{text}");
}

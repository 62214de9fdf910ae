//! `[org] client_id`: the user's own id for a client, carried into every JSON and CSV record
//! and into calendar UIDs (issue 22 item 6).

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

const PROFILE: &str = "[org]\nclient_id = \"  KH-0042 \"\nname = \"测试组织\"\nkind = \"enterprise\"\nmembers = 1500\n\n[platforms.wecom]\ncertified_on = 2026-01-05\n\n[platforms.official_account]\n";

/// Every command that prints records for a profile.
const COMMANDS: [&str; 7] = [
    "quote",
    "checklist",
    "check",
    "benefits",
    "timeline",
    "remind",
    "forecast",
];

fn run(args: &[&str], file: &Path) -> String {
    let output = certplan()
        .args(args)
        .args(["--as-of", AS_OF])
        .arg(file)
        .output()
        .unwrap();
    assert!(output.status.code().unwrap() < 3, "{}", stderr_of(&output));
    stdout_of(&output)
}

#[test]
fn every_json_record_of_every_profile_command_carries_the_client_id_trimmed() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", PROFILE);
    for command in COMMANDS {
        let json = run(&[command, "--format", "json"], &file);
        for line in json.lines() {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(value["client_id"], "KH-0042", "{command}: {line}");
            assert!(value.get("sheet").is_none(), "a profile file has no sheet");
        }
    }
}

#[test]
fn every_csv_ends_with_client_id_sheet_and_sheet_row() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", PROFILE);
    let without = write(
        dir.path(),
        "q.toml",
        PROFILE.replace("client_id = \"  KH-0042 \"\n", ""),
    );
    for command in COMMANDS {
        let csv = run(&[command, "--format", "csv"], &file);
        let mut lines = csv.lines();
        let header = lines.next().unwrap();
        assert!(
            header.ends_with(",client_id,sheet,sheet_row"),
            "{command}: {header}"
        );
        let rows: Vec<&str> = lines.collect();
        assert!(!rows.is_empty(), "{command} printed rows");
        for row in rows {
            assert!(row.ends_with(",KH-0042,,"), "{command}: {row}");
        }
        let csv = run(&[command, "--format", "csv"], &without);
        for row in csv.lines().skip(1) {
            assert!(row.ends_with(",,,"), "{command} without an id: {row}");
        }
    }
    let summary = run(&["quote", "--format", "csv", "--summary"], &file);
    assert!(summary.lines().nth(1).unwrap().ends_with(",KH-0042,,"));
}

#[test]
fn calendar_uids_follow_the_client_id_wherever_the_profile_lives() {
    let dir = temp_dir();
    let here = write(dir.path(), "a/p.toml", PROFILE);
    let there = write(dir.path(), "b/renamed.toml", PROFILE);
    let uids = |file: &Path| -> Vec<String> {
        run(&["remind", "--format", "ics"], file)
            .lines()
            .filter(|line| line.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert!(!uids(&here).is_empty());
    assert_eq!(uids(&here), uids(&there));
    let other = write(
        dir.path(),
        "c/p.toml",
        PROFILE.replace("KH-0042", "KH-0043"),
    );
    assert_ne!(uids(&here), uids(&other), "another client, other UIDs");
}

#[test]
fn a_client_id_is_checked_like_the_other_org_keys() {
    let dir = temp_dir();
    for (bad, found) in [
        ("client_id = \"  \"", "org.client_id"),
        ("client_id = 42", "org.client_id"),
    ] {
        let file = write(
            dir.path(),
            "p.toml",
            PROFILE.replace("client_id = \"  KH-0042 \"", bad),
        );
        let output = certplan().arg("quote").arg(&file).output().unwrap();
        assert_eq!(output.status.code(), Some(65));
        let stderr = stderr_of(&output);
        assert!(stderr.contains("p.toml:2:"), "{stderr}");
        assert!(stderr.contains(found), "{stderr}");
    }
}

#[test]
fn the_report_names_the_client_id_on_its_page_and_in_the_portfolio() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", PROFILE);
    let page = dir.path().join("page.html");
    certplan()
        .args(["report", "--as-of", AS_OF, "-o"])
        .arg(&page)
        .arg(&file)
        .assert()
        .success();
    let text = std::fs::read_to_string(&page).unwrap();
    assert!(
        text.contains("Client id") && text.contains("KH-0042"),
        "the masthead names it"
    );

    let list = write(
        dir.path(),
        "clients.csv",
        "客户编号,名称,主体类型,人数,企业微信\nA-7,甲,企业,10,是\n,乙,企业,12,是\n",
    );
    let portfolio = dir.path().join("portfolio.html");
    certplan()
        .args(["report", "--lang", "zh", "--as-of", AS_OF, "-o"])
        .arg(&portfolio)
        .arg(&list)
        .assert()
        .success();
    let text = std::fs::read_to_string(&portfolio).unwrap();
    assert!(
        text.contains("client-id\">A-7<"),
        "the client's row names its id"
    );
    assert_eq!(
        text.matches("class=\"muted client-id\"").count(),
        1,
        "only where there is one"
    );
}

#[test]
fn two_profiles_of_one_run_with_one_client_id_are_warned_of() {
    let dir = temp_dir();
    write(dir.path(), "clients/a.toml", PROFILE);
    write(dir.path(), "clients/a-2.toml", PROFILE);
    write(
        dir.path(),
        "clients/b.toml",
        PROFILE.replace("KH-0042", "KH-7"),
    );
    let output = certplan()
        .args(["quote", "--format", "json", "--as-of", AS_OF])
        .arg(dir.path().join("clients"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout_of(&output).lines().count(), 3, "all are planned");
    let stderr = stderr_of(&output);
    assert_eq!(
        stderr.matches("has client_id KH-0042").count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains("KH-7"), "{stderr}");
}

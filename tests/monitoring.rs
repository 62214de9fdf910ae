//! Watched by monitoring: `--exit-zero`, notes once per run, and
//! every platform applied for in `remind`.

mod common;

use common::{certplan, stderr_of, temp_dir, write};

fn with_certified(certified_on: &str) -> String {
    format!(
        "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = {certified_on}\n"
    )
}

#[test]
fn exit_zero_keeps_findings_out_of_the_exit_code_but_not_errors() {
    let dir = temp_dir();
    // Expires 2026-12-19: due on 2026-11-22, critical on 2026-12-13.
    let profile = write(dir.path(), "p.toml", with_certified("2025-12-20"));
    for (as_of, code) in [("2026-11-22", 1), ("2026-12-13", 2)] {
        for args in [&["--format", "json"][..], &[], &["--nagios"]] {
            certplan()
                .args(["remind", "--as-of", as_of])
                .args(args)
                .arg(&profile)
                .assert()
                .code(code);
            certplan()
                .args(["remind", "--exit-zero", "--as-of", as_of])
                .args(args)
                .arg(&profile)
                .assert()
                .code(0);
        }
    }
    let bad = write(dir.path(), "bad.toml", "[org]\nname = 1\n");
    let output = certplan()
        .args(["remind", "--exit-zero", "--as-of", "2026-12-13"])
        .arg(&profile)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65), "{}", stderr_of(&output));
    // check: documents not listed and a certification in the future are warnings.
    let finding = write(
        dir.path(),
        "check.toml",
        "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = 2030-01-01\n",
    );
    let code = certplan()
        .args(["check", "--as-of", "2026-11-22"])
        .arg(&finding)
        .output()
        .unwrap()
        .status
        .code();
    assert_eq!(code, Some(1));
    certplan()
        .args(["check", "--exit-zero", "--as-of", "2026-11-22"])
        .arg(&finding)
        .assert()
        .code(0);
}

/// A WeCom profile certified on `certified_on`.
fn wecom(name: &str, certified_on: &str) -> String {
    format!(
        "[org]\nname = \"{name}\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = {certified_on}\n"
    )
}

#[test]
fn notes_are_said_once_per_run_however_many_profiles() {
    let dir = temp_dir();
    // Certified through 2027: on 2027-12-04 every review reaches 2028, which has no notice.
    for index in 0..2000 {
        let month = index % 9 + 1;
        write(
            dir.path(),
            &format!("p{index:04}.toml"),
            wecom(&format!("客户{index}"), &format!("2027-0{month}-01")),
        );
    }
    let output = certplan()
        .args(["remind", "--format", "json", "--as-of", "2027-12-04"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // The union of every profile's assumed days: the Spring Festival and the Dragon Boat
    // Festival of 2028, each once.
    assert!(stderr.starts_with("certplan: note: "), "{stderr}");
    assert!(stderr.contains("2028-01-25 Spring Festival"), "{stderr}");
    assert!(
        stderr.contains("2028-05-29 Dragon Boat Festival"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("2028-01-25").count(), 1, "{stderr}");
    let concerned = stderr.split(" profiles (the first ").next().unwrap();
    let count: usize = concerned.rsplit(' ').next().unwrap().parse().unwrap();
    // Every profile whose review reaches an assumed day off, and only those.
    assert!((2..=2000).contains(&count), "{stderr}");
    let code = output.status.code();
    let quiet = certplan()
        .args([
            "remind",
            "--quiet",
            "--format",
            "json",
            "--as-of",
            "2027-12-04",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(stderr_of(&quiet), "");
    assert_eq!(quiet.status.code(), code, "--quiet keeps the exit code");
    assert_eq!(quiet.stdout, output.stdout);
}

#[test]
fn a_single_profile_says_its_provisional_note_once() {
    let dir = temp_dir();
    let profile = write(dir.path(), "p.toml", wecom("测试", "2027-02-01"));
    for command in ["remind", "report --format html"] {
        let output = certplan()
            .args(command.split(' '))
            .args(["--as-of", "2027-12-04"])
            .arg(&profile)
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        assert_eq!(
            stderr.matches("no State Council holiday notice").count(),
            1,
            "{command}: {stderr}"
        );
        assert!(stderr.contains("p.toml: "), "{command}: {stderr}");
    }
}

#[test]
fn quiet_keeps_errors_and_drops_warnings() {
    let dir = temp_dir();
    let future = write(dir.path(), "future.toml", wecom("测试", "2030-01-01"));
    let bad = write(dir.path(), "bad.toml", "[org]\nname = 1\n");
    let loud = certplan()
        .args(["remind", "--as-of", "2026-11-22"])
        .arg(&future)
        .output()
        .unwrap();
    assert!(stderr_of(&loud).contains("warning"), "{}", stderr_of(&loud));
    let quiet = certplan()
        .args(["remind", "-q", "--as-of", "2026-11-22"])
        .arg(&future)
        .arg(&bad)
        .output()
        .unwrap();
    let stderr = stderr_of(&quiet);
    assert_eq!(quiet.status.code(), Some(65));
    // The error (with its excerpt of the file), no warning.
    assert_eq!(
        stderr
            .lines()
            .filter(|line| line.starts_with("certplan"))
            .count(),
        1,
        "{stderr}"
    );
    assert!(stderr.starts_with("certplan: error: "), "{stderr}");
}

/// A profile applying for WeCom (certified) and the three platforms without an annual review.
const EVERY_KIND_OF_PLATFORM: &str = "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = 2026-06-30\n\n[platforms.dingtalk]\ncertified_on = 2026-03-01\n\n[platforms.alipay]\n\n[platforms.icp]\n";

#[test]
fn remind_lists_every_platform_applied_for_in_every_format() {
    let dir = temp_dir();
    let profile = write(dir.path(), "p.toml", EVERY_KIND_OF_PLATFORM);
    let run = |args: &[&str]| {
        let output = certplan()
            .args(["remind", "--as-of", "2026-12-04"])
            .args(args)
            .arg(&profile)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        common::stdout_of(&output)
    };
    let json: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    let no_review = json["no_review"].as_array().unwrap();
    let platforms: Vec<_> = no_review
        .iter()
        .map(|entry| entry["platform"].as_str().unwrap())
        .collect();
    assert_eq!(platforms, ["dingtalk", "alipay", "icp"]);
    for entry in no_review {
        assert_eq!(entry["status"], "no_review");
        assert!(!entry["source"].as_str().unwrap().is_empty(), "{entry}");
        assert!(!entry["fact"].as_str().unwrap().is_empty(), "{entry}");
    }
    assert_eq!(no_review[0]["certified_on"], "2026-03-01");
    assert_eq!(json["status"], "ok", "no annual review is not a finding");
    let csv = run(&["--format", "csv"]);
    for platform in ["dingtalk", "alipay", "icp"] {
        assert!(
            csv.lines().any(|line| line.contains(&format!(",{platform},")) && line.contains(",no_review,")),
            "{csv}"
        );
    }
    let table = run(&["--lang", "en"]);
    assert_eq!(
        table.matches("no annual review").count(),
        6,
        "a row and a to-do each: {table}"
    );
    let table = run(&["--lang", "zh"]);
    assert!(
        table.contains("钉钉") && table.contains("无年审"),
        "{table}"
    );
    assert!(!table.contains("no_review"), "no ids in zh prose: {table}");
    let nagios = run(&["--nagios"]);
    assert!(
        nagios.contains("ok=4 "),
        "WeCom and the three counted as OK: {nagios}"
    );
    let ics = run(&["--format", "ics"]);
    assert!(
        !ics.contains("DingTalk") && !ics.contains("Alipay"),
        "no event: {ics}"
    );
    let book = dir.path().join("r.xlsx");
    certplan()
        .args(["remind", "--as-of", "2026-12-04", "--format", "xlsx", "-o"])
        .arg(&book)
        .arg(&profile)
        .assert()
        .code(0);
    let rows = common::workbook::Workbook::open(&book).rows("remind");
    // The status in words for people, and its id in a trailing column for machines.
    let header: Vec<String> = rows[0].iter().map(common::workbook::text).collect();
    let id = header.iter().rposition(|cell| cell == "status").unwrap();
    let statuses: Vec<_> = rows
        .iter()
        .map(|row| common::workbook::text(&row[id]))
        .collect();
    assert_eq!(statuses[1..], ["ok", "no_review", "no_review", "no_review"]);
    let words: Vec<_> = rows
        .iter()
        .map(|row| common::workbook::text(&row[9]))
        .collect();
    assert_eq!(words[2], "no annual review");
}

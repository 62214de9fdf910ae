//! A stdout that cannot be written is a failure (exit 74, one line on stderr), for every
//! command and format: closed (`>&-`), full (`/dev/full`). A reader that goes away (`| head`)
//! is not: quiet, exit 0. Hardening round 3, item 3 (issue 24, item 6).

mod common;

use common::AS_OF;

const PROFILE: &str = "profiles/shenzhen-small-enterprise.toml";

/// Every command that prints, with the arguments it needs and the formats it writes to stdout
/// (xlsx needs `-o`).
fn commands() -> Vec<(String, &'static [&'static str])> {
    let table_json_csv: &[&str] = &["table", "json", "csv"];
    [
        (format!("quote {PROFILE}"), table_json_csv),
        (format!("forecast {PROFILE}"), table_json_csv),
        (
            format!("remind {PROFILE}"),
            &["table", "json", "csv", "ics"][..],
        ),
        (format!("remind --nagios {PROFILE}"), &[][..]),
        (format!("timeline {PROFILE}"), table_json_csv),
        (format!("checklist {PROFILE}"), table_json_csv),
        ("checklist".to_owned(), table_json_csv),
        (format!("check {PROFILE}"), table_json_csv),
        (format!("benefits {PROFILE}"), table_json_csv),
        ("benefits".to_owned(), table_json_csv),
        (
            format!("explain {PROFILE} total_fen"),
            &["table", "json"][..],
        ),
        ("rules".to_owned(), &["table", "json", "toml"][..]),
        (
            "workdays add --from 2026-11-20 5".to_owned(),
            &["table", "json"][..],
        ),
        (
            "workdays count 2026-11-01 2026-11-30".to_owned(),
            &["table", "json"][..],
        ),
        ("workdays list 2026".to_owned(), table_json_csv),
        (format!("report {PROFILE}"), &["html"][..]),
        ("report profiles/".to_owned(), &["html"][..]),
    ]
    .into_iter()
    .collect()
}

/// Runs `certplan ARGS` through `sh` with stdout redirected by `redirect`; exit code and stderr.
fn run_with_stdout(arguments: &str, redirect: &str, lang: &str) -> (Option<i32>, String) {
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("\"$0\" {arguments} --as-of {AS_OF} {redirect}"))
        .arg(assert_cmd::cargo::cargo_bin("certplan"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Each run of every command in every format it writes.
fn each_run() -> Vec<String> {
    let mut runs = Vec::new();
    for (command, formats) in commands() {
        if formats.is_empty() {
            runs.push(command.clone());
        }
        for format in formats {
            runs.push(format!("{command} --format {format}"));
        }
    }
    runs
}

#[test]
fn a_closed_stdout_is_exit_74_with_one_line_for_every_command_and_format() {
    for run in each_run() {
        let (code, stderr) = run_with_stdout(&run, ">&-", "C");
        // A monitoring plugin exits 0–3 only: UNKNOWN.
        let expected = if run.contains("--nagios") { 3 } else { 74 };
        assert_eq!(code, Some(expected), "{run}: {stderr}");
        // Notes about the plan (a provisional calendar) may come first; the failure is one line.
        let lines: Vec<_> = stderr
            .lines()
            .filter(|line| !line.starts_with("certplan: note:"))
            .collect();
        assert_eq!(
            lines,
            ["certplan: error: cannot write to standard output: it is closed"],
            "{run}: {stderr}"
        );
    }
    let (code, stderr) = run_with_stdout(&format!("quote {PROFILE}"), ">&-", "zh_CN.UTF-8");
    assert_eq!(code, Some(74));
    assert_eq!(stderr, "certplan：错误：无法写入标准输出：已关闭\n");
}

#[test]
fn a_full_stdout_is_exit_74_for_every_command_and_format() {
    for run in each_run() {
        let (code, stderr) = run_with_stdout(&run, ">/dev/full", "C");
        let expected = if run.contains("--nagios") { 3 } else { 74 };
        assert_eq!(code, Some(expected), "{run}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output: no space left"),
            "{run}: {stderr}"
        );
    }
}

#[test]
fn a_redirect_to_dev_null_and_a_reader_that_goes_away_are_not_errors() {
    for run in each_run() {
        let (code, stderr) = run_with_stdout(&run, ">/dev/null", "C");
        assert!(matches!(code, Some(0..=2)), "{run}: {code:?} {stderr}");
        let (code, stderr) = run_with_stdout(&run, "| head -c 1 >/dev/null", "C");
        // `sh` reports the last command of a pipeline: head.
        assert_eq!(code, Some(0), "{run}");
        assert!(!stderr.contains("error"), "{run}: {stderr}");
    }
    // certplan's own status in a pipeline whose reader has gone: 0, silent.
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; \"$0\" quote profiles/ --as-of {AS_OF} --format csv | head -c 1 >/dev/null"
        ))
        .arg(assert_cmd::cargo::cargo_bin("certplan"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

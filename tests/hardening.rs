//! Hardening, round 2: each numbered refusal of docs/robustness.md, tried as a hostile or
//! careless user would — numbers out of range, rules values out of bounds, output files that
//! are not files, failed runs, unbounded input, monitoring, terminal and spreadsheet injection,
//! dates that cannot be right, and messages that leak internals.

mod common;

use common::{AS_OF, certplan, printed, profile, stderr_of, stdout_of, temp_dir, write};
use predicates::prelude::*;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

/// The embedded rules with `from` replaced by `to` (the first occurrence), as a `--rules` file.
fn rules_with(dir: &std::path::Path, from: &str, to: &str) -> std::path::PathBuf {
    let text = stdout_of(
        &certplan()
            .args(["rules", "--format", "toml"])
            .output()
            .unwrap(),
    );
    assert!(text.contains(from), "the rules contain {from}");
    write(dir, "rules.toml", text.replacen(from, to, 1))
}

#[test]
fn item_1_numeric_flags_out_of_range_are_usage_errors_naming_the_range() {
    for (args, range) in [
        (&["remind", "--warn-days", "100000000"][..], "0..=3650"),
        (&["remind", "--crit-days", "99999"][..], "0..=3650"),
        (&["quote", "--years", "0"][..], "1..=100"),
        (&["quote", "--years", "1000"][..], "1..=100"),
        (
            &["workdays", "add", "99999", "--from", "2026-01-05"][..],
            "0..=10000",
        ),
        (&["workdays", "list", "3000"][..], "1900..=2199"),
    ] {
        certplan()
            .args(args)
            .assert()
            .code(64)
            .stdout("")
            .stderr(predicate::str::contains(range));
    }
    certplan()
        .args(["quote", "--as-of", "1999-12-31"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("2000-01-01 … 2100-12-31"));
}

#[test]
fn item_2_rules_values_beyond_their_bounds_are_refused_at_their_key() {
    let dir = temp_dir();
    for (from, to, key) in [
        (
            "amount_fen = 30000",
            "amount_fen = 10000000001",
            "amount_fen: must be 0 to 10000000000 fen",
        ),
        (
            "amount_fen = 30000",
            "amount_fen = -1",
            "amount_fen: must be 0 to 10000000000 fen",
        ),
        (
            "months = 12",
            "months = 121",
            "months: must be 1 to 120 months",
        ),
        (
            "grace_days = 30",
            "grace_days = 3651",
            "grace_days: must be 0 to 3650 days",
        ),
        (
            "max_days = 5",
            "max_days = 4000",
            "max_days: must be 0 to 3650 days",
        ),
    ] {
        let rules = rules_with(dir.path(), from, to);
        let output = certplan()
            .args([
                "quote",
                "profiles/shenzhen-small-enterprise.toml",
                "--rules",
            ])
            .arg(&rules)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(65), "{to}");
        let message = stderr_of(&output);
        assert!(message.contains(key), "{to}: {message}");
        assert!(message.contains("rules.toml:"), "file:line:col: {message}");
        assert_eq!(stdout_of(&output), "");
    }
}

#[test]
fn item_2_a_tiered_fee_needs_tiers() {
    let dir = temp_dir();
    let text = stdout_of(
        &certplan()
            .args(["rules", "--format", "toml"])
            .output()
            .unwrap(),
    );
    let start = text.find("tiers = [").expect("a tiered fee");
    let end = start + text[start..].find("\n]").unwrap() + 2;
    let rules = write(
        dir.path(),
        "rules.toml",
        format!("{}tiers = []{}", &text[..start], &text[end..]),
    );
    certplan()
        .args([
            "quote",
            "profiles/shenzhen-small-enterprise.toml",
            "--rules",
        ])
        .arg(&rules)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("must list at least one tier"));
}

#[test]
fn item_3_the_largest_amounts_over_a_century_stay_exact() {
    // Every fee at the bound and a hundred years: the total is exact, never wrapped or negative.
    let dir = temp_dir();
    let text = stdout_of(
        &certplan()
            .args(["rules", "--format", "toml"])
            .output()
            .unwrap(),
    );
    let huge = text
        .replace("amount_fen = 30000", "amount_fen = 10000000000")
        .replace("amount_fen = 270000", "amount_fen = 10000000000")
        .replace("amount_fen = 2970000", "amount_fen = 10000000000");
    let rules = write(dir.path(), "rules.toml", huge);
    let output = certplan()
        .args([
            "quote",
            "profiles/beijing-group-20000.toml",
            "--years",
            "100",
            "--format",
            "json",
            "--rules",
        ])
        .arg(&rules)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let json: serde_json::Value = serde_json::from_str(stdout_of(&output).trim()).unwrap();
    let total = json["total_fen"].as_i64().unwrap();
    let first = json["first_fen"].as_i64().unwrap();
    assert!(
        first > 0 && total >= first * 100,
        "first {first}, total {total}"
    );
    assert!(total < i64::MAX / 1000, "far from the limit: {total}");
}

#[test]
fn item_4_output_only_to_regular_files_even_with_force() {
    let dir = temp_dir();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(dir.path().join("elsewhere.csv"), &link).unwrap();
    for (target, kind) in [
        (dir.path().to_owned(), "directory"),
        (link.clone(), "symbolic link"),
        (std::path::PathBuf::from("/dev/null"), "device"),
    ] {
        certplan()
            .args([
                "quote",
                "profiles/shenzhen-small-enterprise.toml",
                "--force",
                "-o",
            ])
            .arg(&target)
            .assert()
            .code(73)
            .stderr(predicate::str::contains(format!(
                "is a {kind}, not a regular file"
            )));
    }
    assert!(
        !dir.path().join("elsewhere.csv").exists(),
        "nothing written through the link"
    );
}

#[test]
fn item_5_a_failed_run_never_replaces_an_existing_file_and_prints_no_lone_header() {
    let dir = temp_dir();
    let bad = write(dir.path(), "bad.toml", "[org]\nname = \"x\"\n");
    let target = write(dir.path(), "budget.csv", "precious\n");
    certplan()
        .args(["quote", "--format", "csv", "--force", "-o"])
        .arg(&target)
        .arg(&bad)
        .assert()
        .code(65);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious\n");
    certplan()
        .args(["quote", "--format", "csv"])
        .arg(&bad)
        .assert()
        .code(65)
        .stdout("");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(".certplan-")
        })
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left");
}

#[test]
fn item_6_new_files_get_the_mode_a_shell_redirect_gives() {
    let dir = temp_dir();
    for (umask, mode) in [("022", 0o644), ("077", 0o600)] {
        let target = dir.path().join(format!("out-{umask}.json"));
        let binary = assert_cmd::cargo::cargo_bin("certplan");
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask} && exec \"$0\" quote profiles/shenzhen-small-enterprise.toml --as-of {AS_OF} --format json -o \"$1\""
            ))
            .arg(&binary)
            .arg(&target)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success());
        let found = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(found, mode, "umask {umask}: {found:o}");
    }
}

#[test]
fn item_7_output_naming_an_input_profile_is_refused() {
    let dir = temp_dir();
    let input = write(dir.path(), "client.toml", profile("enterprise", 5));
    certplan()
        .args(["quote", "--force", "-o"])
        .arg(&input)
        .arg(&input)
        .assert()
        .code(73)
        .stderr(predicate::str::contains("is an input of this run"));
    assert_eq!(
        std::fs::read_to_string(&input).unwrap(),
        profile("enterprise", 5)
    );
}

#[test]
fn item_8_an_option_a_command_does_not_use_is_an_error() {
    let dir = temp_dir();
    certplan()
        .current_dir(dir.path())
        .args(["init", "x.toml", "-o", "y.toml"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("`init` does not use -o/--output"));
    assert!(!dir.path().join("x.toml").exists() && !dir.path().join("y.toml").exists());
    certplan()
        .args(["completions", "bash", "--as-of", AS_OF])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("--as-of"));
    certplan()
        .args(["init", "--strict", "x.toml"])
        .current_dir(dir.path())
        .assert()
        .code(64)
        .stderr(predicate::str::contains("--strict"));
}

#[test]
fn item_9_a_stdout_that_cannot_be_written_is_74_and_a_closed_pipe_is_quiet() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("certplan"))
        .args(["quote", "profiles/", "--as-of", AS_OF])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(74));
    let message = stderr_of(&output);
    assert_eq!(message.lines().count(), 1, "one line: {message}");
    assert!(message.contains("no space left"), "{message}");
    let binary = assert_cmd::cargo::cargo_bin("certplan");
    let piped = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("\"$0\" quote profiles/ --as-of {AS_OF} | head -c 10 >/dev/null; exit ${{PIPESTATUS:-0}}"))
        .arg(&binary)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(stderr_of(&piped), "", "a closed pipe is not an error");
}

#[test]
fn item_9_ctrl_c_leaves_no_temporary_file() {
    let dir = temp_dir();
    let clients = dir.path().join("clients");
    std::fs::create_dir(&clients).unwrap();
    for i in 0..4000 {
        write(
            &clients,
            &format!("c{i:05}.toml"),
            profile("enterprise", 5 + i),
        );
    }
    let target = dir.path().join("out.csv");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("certplan"))
        .args(["remind", "--as-of", AS_OF, "--format", "csv", "-o"])
        .arg(&target)
        .arg(&clients)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the temporary file exists, then interrupt.
    let started = Instant::now();
    let temp_exists = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|entry| entry.ok())
            .any(|entry| {
                entry
                    .file_name()
                    .to_string_lossy()
                    .starts_with(".certplan-")
            })
    };
    while !temp_exists() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(2));
    }
    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let status = child.wait().unwrap();
    if status.code() == Some(130) {
        assert!(!temp_exists(), "the temporary file is removed on Ctrl-C");
        assert!(!target.exists(), "nothing half-written");
    } else {
        // The run finished before the signal arrived: then the file is complete.
        assert!(target.exists() && !temp_exists());
    }
}

#[test]
fn item_10_devices_fifos_and_huge_files_are_refused_without_reading_them() {
    let start = Instant::now();
    certplan()
        .args(["quote", "/dev/zero"])
        .timeout(Duration::from_secs(10))
        .assert()
        .code(66)
        .stderr(predicate::str::contains("not a regular file"));
    let dir = temp_dir();
    let fifo = dir.path().join("pipe.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let output = certplan()
        .args(["quote", "--format", "csv", "--as-of", AS_OF])
        .arg(&fifo)
        .arg("profiles/shenzhen-small-enterprise.toml")
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(66),
        "the FIFO is refused without blocking"
    );
    assert!(
        stdout_of(&output).contains("深圳市星河数据科技有限公司"),
        "the other profile prints"
    );
    let huge_rules = write(dir.path(), "rules.toml", "#".repeat(9 << 20));
    certplan()
        .args([
            "quote",
            "profiles/shenzhen-small-enterprise.toml",
            "--rules",
        ])
        .arg(&huge_rules)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("larger than 8192 KiB"));
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn item_11_thousands_of_unknown_keys_give_a_short_message_quickly() {
    let dir = temp_dir();
    let mut text = profile("enterprise", 5);
    text.push_str("\n[documents]\n");
    for i in 0..5000 {
        text.push_str(&format!("unknown_document_{i} = \"a.pdf\"\n"));
    }
    let file = write(dir.path(), "many.toml", text);
    // The fastest of three runs: a loaded machine (other tests, other builds) slows some runs
    // down, and quadratic work would show in all three.
    let mut elapsed = Duration::MAX;
    let mut output = None;
    for _ in 0..3 {
        let start = Instant::now();
        output = Some(certplan().arg("quote").arg(&file).output().unwrap());
        elapsed = elapsed.min(start.elapsed());
    }
    let output = output.unwrap();
    assert_eq!(output.status.code(), Some(65));
    let message = stderr_of(&output);
    assert!(
        message.contains("… and 4980 more problems"),
        "{}",
        &message[message.len().saturating_sub(300)..]
    );
    assert!(message.len() < 20_000, "{} bytes", message.len());
    assert!(
        elapsed < Duration::from_secs(3),
        "took {elapsed:?} (debug build)"
    );
}

#[test]
fn item_12_a_folder_scan_reports_every_entry_it_skips() {
    let dir = temp_dir();
    write(dir.path(), "a-good.toml", profile("enterprise", 5));
    std::os::unix::fs::symlink(
        dir.path().join("gone.toml"),
        dir.path().join("b-dangling.toml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("c-folder.toml")).unwrap();
    let output = certplan()
        .args(["quote", "--format", "json", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(66));
    assert_eq!(stdout_of(&output).lines().count(), 1);
    let message = stderr_of(&output);
    assert!(
        message.contains("b-dangling.toml") && message.contains("c-folder.toml"),
        "{message}"
    );
}

#[test]
fn item_13_nagios_exits_zero_to_three_with_a_matching_first_word() {
    let dir = temp_dir();
    write(
        dir.path(),
        "a.toml",
        "[org]\nname = \"A|B 公司\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = 2025-12-10\n",
    );
    let output = certplan()
        .args(["remind", "--nagios", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    let line = stdout_of(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(line.starts_with("WARNING: "), "{line}");
    assert_eq!(
        line.matches('|').count(),
        1,
        "only the perfdata separator: {line}"
    );
    assert!(line.contains("A/B 公司"), "{line}");
    write(dir.path(), "b.toml", "not = [valid");
    let output = certplan()
        .args(["remind", "--nagios", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(stdout_of(&output).starts_with("UNKNOWN: 1 profile could not be read"));
    let output = certplan()
        .args(["remind", "--nagios", "--warn-days", "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(stdout_of(&output).starts_with("UNKNOWN: "));
}

#[test]
fn item_14_control_characters_never_reach_a_terminal_raw() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "esc.toml",
        "[org]\nname = \"星河\\u001b[31m科技\\u202e\\u0007\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = 2026-01-10\n",
    );
    let table = printed(&["quote", "--as-of", AS_OF], &file);
    assert!(!table.contains('\u{1b}') && !table.contains('\u{202e}') && !table.contains('\u{7}'));
    assert!(
        table.contains("星河\\u{1b}[31m科技\\u{202e}\\u{7}"),
        "{table}"
    );
    let ics = printed(&["remind", "--format", "ics", "--as-of", AS_OF], &file);
    assert!(!ics.contains('\u{1b}') && !ics.contains('\u{202e}'));
    let json = printed(&["quote", "--format", "json", "--as-of", AS_OF], &file);
    assert!(
        json.contains("\\u001b[31m"),
        "JSON keeps the text, escaped by JSON itself"
    );
}

#[test]
fn item_15_csv_text_cells_cannot_run_as_formulas_and_numbers_stay_numbers() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "formula.toml",
        "[org]\nname = \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"\nkind = \"enterprise\"\nmembers = 5\nregion = \"深圳\"\nsmall_micro = true\n[platforms.wecom]\n",
    );
    let csv = printed(&["quote", "--format", "csv", "--as-of", AS_OF], &file);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let org = headers.iter().position(|name| name == "org").unwrap();
    let amount = headers
        .iter()
        .position(|name| name == "amount_fen")
        .unwrap();
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|row| row[org].starts_with("'=HYPERLINK")));
    assert!(
        rows.iter()
            .any(|row| row[amount].starts_with('-') && row[amount].parse::<i64>().is_ok()),
        "a negative subsidy stays a number"
    );
}

#[test]
fn item_16_calendar_uids_are_unique_per_profile_file() {
    let dir = temp_dir();
    let text = "[org]\nname = \"同名公司\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = 2026-03-01\n";
    write(dir.path(), "a.toml", text);
    write(dir.path(), "b.toml", text);
    let ics = printed(&["remind", "--format", "ics", "--as-of", AS_OF], dir.path());
    let uids: Vec<_> = ics
        .lines()
        .filter(|line| line.starts_with("UID:"))
        .collect();
    let unique: std::collections::BTreeSet<_> = uids.iter().collect();
    // Two profiles, five events each: window, reminder, last day to submit, expiry, grace end.
    assert_eq!(uids.len(), 10);
    assert_eq!(unique.len(), uids.len(), "{uids:?}");
    let again = printed(&["remind", "--format", "ics", "--as-of", AS_OF], dir.path());
    assert_eq!(ics, again, "stable from run to run");
}

#[test]
fn item_17_a_certification_in_the_future_is_a_warning_and_centuries_are_checked() {
    let dir = temp_dir();
    let future = write(
        dir.path(),
        "future.toml",
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = 2027-03-01\n",
    );
    certplan()
        .args(["remind", "--as-of", AS_OF])
        .arg(&future)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("platforms.wecom.certified_on = 2027-03-01 is after today")
                .and(predicate::str::contains("2026-03-01")),
        );
    let check = certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&future)
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout_of(&check).contains("\"date.certified_in_future\""));
    for date in ["1999-12-31", "2101-01-01"] {
        let old = write(
            dir.path(),
            "old.toml",
            format!(
                "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = {date}\n"
            ),
        );
        certplan()
            .args(["remind", "--as-of", AS_OF])
            .arg(&old)
            .assert()
            .code(65)
            .stderr(
                predicate::str::contains("platforms.wecom.certified_on")
                    .and(predicate::str::contains("2000-01-01 … 2100-12-31")),
            );
    }
}

#[test]
fn item_18_no_message_shows_type_names_debug_formatting_or_os_error_numbers() {
    let mut messages = String::new();
    for entry in
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad-inputs")).unwrap()
    {
        let path = entry.unwrap().path();
        messages.push_str(&stderr_of(
            &certplan()
                .args(["quote", "--as-of", AS_OF])
                .arg(&path)
                .output()
                .unwrap(),
        ));
    }
    for args in [
        &["quote", "no/such/profile.toml"][..],
        &["quote", "--rules", "no/such/rules.toml"][..],
        &["quote", "/dev/zero"][..],
        &["remind", "--format", "xml"][..],
        &[
            "explain",
            "profiles/guangzhou-enterprise-1500.toml",
            "wecom.totl",
        ][..],
    ] {
        messages.push_str(&stderr_of(&certplan().args(args).output().unwrap()));
    }
    for leak in [
        "Some(", "None", "Err(", "Ok(", "::", "struct ", "os error", "Error {", "\\\"",
    ] {
        assert!(!messages.contains(leak), "`{leak}` in:\n{messages}");
    }
    assert!(
        !messages.contains("did you mean `toml`"),
        "remind has no toml format"
    );
}

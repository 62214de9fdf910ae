//! The bad-input corpus (`tests/bad-inputs/`): every file gives its exact exit code, a message
//! naming the file, line, column and key, and an empty stdout; in a batch the good profiles
//! still print. Generated cases cover what is too big or too odd to commit.

mod common;

use common::{AS_OF, certplan, profile, stderr_of, stdout_of, temp_dir, write};
use std::time::{Duration, Instant};

/// File, then what stderr must contain after `certplan: error: tests/bad-inputs/<file>:`.
const CORPUS: &[(&str, &str)] = &[
    (
        "malformed-header.toml",
        "5:17: platforms.wecom: the table header [platforms.wecom is not closed: the ] is missing",
    ),
    ("malformed-table.toml", "1:5: unclosed table, expected `]`"),
    (
        "members-string.toml",
        "4:11: org.members: expected an integer, found string \"many\"",
    ),
    (
        "members-float.toml",
        "4:11: org.members: expected an integer, found floating point `1.5`",
    ),
    (
        "members-zero.toml",
        "4:11: org.members: must be an integer ≥ 1, found 0",
    ),
    (
        "members-negative.toml",
        "4:11: org.members: must be an integer ≥ 1, found -5",
    ),
    (
        "members-huge.toml",
        "4:11: org.members: the number 99999999999999999999 is too large",
    ),
    (
        "flag-string.toml",
        "5:15: org.small_micro: \"yes\" is not a TOML boolean: small_micro takes true or false",
    ),
    (
        "date-impossible.toml",
        "6:16: platforms.wecom.certified_on: invalid date",
    ),
    (
        "date-string-impossible.toml",
        "6:14: legal_rep.id_expires: \"2026-13-01\" is not a calendar date",
    ),
    (
        "date-with-time.toml",
        "6:16: platforms.wecom.certified_on: expected a date YYYY-MM-DD, found date-time",
    ),
    (
        "date-integer.toml",
        "6:16: platforms.wecom.certified_on: 20260101 is not a date TOML reads: dates are year-month-day with two-digit month and day",
    ),
    ("unknown-key.toml", "5:1: org.nmae: unknown key `nmae`"),
    (
        "unknown-platform.toml",
        "5:12: platforms.wechat: unknown key `wechat`",
    ),
    (
        "unknown-kind.toml",
        "3:8: org.kind: unknown value `company`",
    ),
    (
        "unknown-document.toml",
        "6:1: documents.business_licence: unknown document `business_licence`",
    ),
    (
        "no-platform.toml",
        "1:1: platforms: the profile chooses no platform",
    ),
    (
        "gov-account-for-enterprise.toml",
        "5:12: platforms.gov_account: a government account is only for",
    ),
    ("duplicate-key.toml", "5:1: org.name: duplicate key"),
    (
        "platform-not-table.toml",
        "6:9: platforms.wecom: expected a table, found integer `1`",
    ),
    ("empty-name.toml", "2:8: org.name: must not be empty"),
    ("empty.toml", "1:1: org: missing required key `org`"),
    (
        "not-utf8.toml",
        "2:9: the file is not UTF-8 text: it is GBK, the encoding Chinese Windows saves by default",
    ),
    (
        "deeply-nested.toml",
        "6:85: platforms.wecom.x…(+77)…[0][0][0]: tables or arrays are nested too deeply",
    ),
];

#[test]
fn every_bad_input_names_file_line_column_and_key() {
    let listed: Vec<_> = CORPUS.iter().map(|(file, _)| *file).collect();
    for entry in std::fs::read_dir("tests/bad-inputs").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            listed.contains(&name.as_str()),
            "{name} is in the corpus but has no expectation"
        );
    }
    for (file, expected) in CORPUS {
        let output = certplan()
            .args(["quote", "--as-of", AS_OF])
            .arg(format!("tests/bad-inputs/{file}"))
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(65),
            "{file}: {}",
            stderr_of(&output)
        );
        assert_eq!(stdout_of(&output), "", "{file}: stdout stays clean");
        let stderr = stderr_of(&output);
        let wanted = format!("certplan: error: tests/bad-inputs/{file}:{expected}");
        assert!(
            stderr.starts_with(&wanted),
            "{file}:\n  wanted: {wanted}\n  got:    {stderr}"
        );
        assert!(
            stderr.len() < 2_000,
            "{file}: the message stays short ({} bytes)",
            stderr.len()
        );
    }
}

#[test]
fn every_command_rejects_bad_input_the_same_way() {
    for command in [
        "quote",
        "check",
        "checklist",
        "benefits",
        "timeline",
        "remind",
    ] {
        certplan()
            .args([
                command,
                "tests/bad-inputs/members-zero.toml",
                "--as-of",
                AS_OF,
            ])
            .assert()
            .code(65)
            .stdout("")
            .stderr(predicates::str::contains(
                "members-zero.toml:4:11: org.members",
            ));
    }
    certplan()
        .args(["explain", "tests/bad-inputs/members-zero.toml", "wecom"])
        .assert()
        .code(65)
        .stdout("");
}

#[test]
fn in_a_batch_the_good_profiles_still_print() {
    let dir = temp_dir();
    write(dir.path(), "good.toml", profile("enterprise", 5));
    let output = certplan()
        .args([
            "quote",
            "--format",
            "csv",
            "--as-of",
            AS_OF,
            "tests/bad-inputs/",
        ])
        .arg(dir.path().join("good.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stdout = stdout_of(&output);
    assert_eq!(
        stdout
            .lines()
            .filter(|line| line.contains("good.toml"))
            .count(),
        10,
        "good.toml's rows:\n{stdout}"
    );
    // The first 20 errors each on a line, then one line counting the rest.
    let stderr = stderr_of(&output);
    let shown = CORPUS.len().min(20);
    assert_eq!(
        stderr
            .lines()
            .filter(|line| line.starts_with("certplan: error: tests/bad-inputs/"))
            .count(),
        shown,
        "{stderr}"
    );
    if CORPUS.len() > shown {
        assert!(
            stderr.ends_with(&format!(
                "certplan: error: {} more errors not shown ({} in all)\n",
                CORPUS.len() - shown,
                CORPUS.len()
            )),
            "{stderr}"
        );
    }
}

#[test]
fn ten_megabyte_profiles_are_refused_quickly() {
    let dir = temp_dir();
    let padding = format!("# {}\n", "填充".repeat(1_700_000));
    let big = write(
        dir.path(),
        "big.toml",
        format!("{padding}{}", profile("enterprise", 5)),
    );
    assert!(std::fs::metadata(&big).unwrap().len() > 10_000_000);
    let start = Instant::now();
    // Refused after reading at most 1 MiB of it: no profile is that large.
    certplan()
        .args(["quote", "--format", "json", "--as-of", AS_OF])
        .arg(&big)
        .assert()
        .code(65)
        .stdout("")
        .stderr(predicates::str::contains("larger than 1024 KiB"));
    let garbage = write(dir.path(), "garbage.toml", "x".repeat(10_500_000));
    certplan()
        .args(["quote", "--as-of", AS_OF])
        .arg(&garbage)
        .assert()
        .code(65)
        .stdout("");
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn unreadable_inputs_are_66() {
    let dir = temp_dir();
    std::fs::create_dir(dir.path().join("folder.toml")).unwrap();
    write(dir.path(), "real.toml", profile("enterprise", 5));
    std::os::unix::fs::symlink(
        dir.path().join("gone.toml"),
        dir.path().join("dangling.toml"),
    )
    .unwrap();
    for (name, why) in [
        ("folder.toml", "no *.toml profiles in this directory"),
        ("dangling.toml", "cannot read"),
        ("missing.toml", "cannot read"),
    ] {
        let output = certplan()
            .args(["quote", "--as-of", AS_OF])
            .arg(dir.path().join(name))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(66), "{name}");
        let stderr = stderr_of(&output);
        assert!(
            stderr.contains(&dir.path().join(name).display().to_string()) && stderr.contains(why),
            "{name}: {stderr}"
        );
        assert_eq!(stdout_of(&output), "");
    }
    let empty = temp_dir();
    certplan()
        .arg("quote")
        .arg(empty.path())
        .assert()
        .code(66)
        .stderr(predicates::str::contains("no *.toml profiles"));
    // A folder: the good profile prints; the sub-folder named .toml and the dangling link are
    // reported, not skipped silently, and the run ends with 66.
    let output = certplan()
        .args(["quote", "--format", "json", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(66));
    assert_eq!(stdout_of(&output).lines().count(), 1);
    let stderr = stderr_of(&output);
    assert!(stderr.contains("dangling.toml"), "{stderr}");
    assert!(stderr.contains("folder.toml: is a directory"), "{stderr}");
}

#[test]
fn a_failed_run_leaves_no_output_file() {
    let dir = temp_dir();
    let target = dir.path().join("out.json");
    certplan()
        .args([
            "explain",
            "profiles/social-group.toml",
            "dingtalk",
            "--format",
            "json",
            "-o",
        ])
        .arg(&target)
        .assert()
        .code(64);
    assert!(!target.exists(), "nothing half-written");
    let nowhere = dir.path().join("no/such/dir/out.csv");
    certplan()
        .args(["quote", "profiles/", "--format", "csv", "-o"])
        .arg(&nowhere)
        .assert()
        .code(73)
        .stdout("");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temporary files left"
    );
}

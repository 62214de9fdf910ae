//! Every documented exit code, with stdout clean on error and stderr naming what went wrong.

mod common;

use common::{AS_OF, certplan, profile, temp_dir, write};
use predicates::prelude::*;

#[test]
fn success_is_zero() {
    certplan()
        .args(["quote", "profiles/social-group.toml", "--as-of", AS_OF])
        .assert()
        .code(0);
}

#[test]
fn bad_flags_and_arguments_are_usage_errors_64() {
    let cases: &[&[&str]] = &[
        &["quote", "--bogus"],
        &["quote", "--format", "xml"],
        &["quote", "--format", "ics", "profiles/social-group.toml"],
        &[
            "quote",
            "--as-of",
            "2026-02-30",
            "profiles/social-group.toml",
        ],
        &["quote", "--as-of", "tomorrow", "profiles/social-group.toml"],
        &["quote", "--years", "0", "profiles/social-group.toml"],
        &["quote", "--lang", "fr", "profiles/social-group.toml"],
        &["explain", "profiles/social-group.toml", "wecom.frist_fen"],
        &["explain", "profiles/social-group.toml", "dingtalk"],
        &["nonsense"],
        &[],
    ];
    for args in cases {
        certplan().args(*args).assert().code(64).stdout("");
    }
}

#[test]
fn help_and_version_succeed() {
    certplan()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("quote"));
    certplan()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("certplan "));
}

#[test]
fn each_commands_help_lists_the_formats_it_accepts_and_it_refuses_the_others() {
    let profile = "profiles/social-group.toml";
    for (command, listed, refused, profiles) in [
        (
            "quote",
            "table, json, csv, xlsx [default: table]",
            "ics",
            &[profile][..],
        ),
        (
            "remind",
            "table, json, csv, ics, xlsx, prometheus [default: table]",
            "toml",
            &[profile],
        ),
        ("report", "html [default: html]", "csv", &[profile]),
        ("rules", "table, json, toml [default: table]", "csv", &[]),
    ] {
        certplan()
            .args([command, "--help", "--lang", "en"])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("Output format: {listed}")));
        certplan()
            .args([command, "--format", refused, "--as-of", AS_OF])
            .args(profiles)
            .assert()
            .code(64)
            .stderr(predicate::str::contains(format!(
                "`{command}` has no --format {refused}"
            )));
    }
    certplan()
        .args(["quote", "--help", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "输出格式：table、json、csv、xlsx [默认：table]",
        ));
}

#[test]
fn a_misspelt_explain_item_gets_a_suggestion() {
    certplan()
        .args(["explain", "profiles/social-group.toml", "wecom.frist_fen"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("did you mean `wecom.first_fen`?"));
}

#[test]
fn invalid_profiles_are_65_and_name_file_line_column_and_key() {
    let dir = temp_dir();
    let cases = [
        (
            "float.toml",
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 2.5\n[platforms.wecom]\n",
            ":4:11: org.members: expected an integer",
        ),
        (
            "kind.toml",
            "[org]\nname = \"x\"\nkind = \"company\"\nmembers = 2\n[platforms.wecom]\n",
            ":3:8: org.kind: unknown value `company`",
        ),
        (
            "gov.toml",
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 2\n[platforms.gov_account]\n",
            ":5:12: platforms.gov_account: a government account is only for",
        ),
        ("syntax.toml", "[org\n", ":1:5:"),
        ("empty.toml", "", ":1:1: org: missing required key `org`"),
    ];
    for (name, text, expected) in cases {
        let path = write(dir.path(), name, text);
        certplan()
            .args(["quote", "--as-of", AS_OF])
            .arg(&path)
            .assert()
            .code(65)
            .stdout("")
            .stderr(predicate::str::contains(format!(
                "{}{expected}",
                path.display()
            )));
    }
}

#[test]
fn non_utf8_profiles_are_65_with_the_position() {
    let dir = temp_dir();
    let path = write(
        dir.path(),
        "gbk.toml",
        b"[org]\nname = \"\xd6\xd0\xce\xc4\"\n".as_slice(),
    );
    certplan()
        .arg("quote")
        .arg(&path)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            ":2:9: the file is not UTF-8 text: it is GBK",
        ));
}

#[test]
fn unreadable_inputs_are_66() {
    certplan()
        .args(["quote", "no/such/profile.toml"])
        .assert()
        .code(66)
        .stdout("")
        .stderr(predicate::str::contains("cannot read no/such/profile.toml"));
    let dir = temp_dir();
    write(dir.path(), "readme.txt", "no profiles here");
    certplan()
        .arg("quote")
        .arg(dir.path())
        .assert()
        .code(66)
        .stderr(predicate::str::contains("no *.toml profiles"));
}

#[test]
fn without_a_profile_or_certplan_toml_the_message_says_how_to_get_one() {
    let dir = common::temp_dir();
    certplan()
        .current_dir(dir.path())
        .arg("quote")
        .assert()
        .code(66)
        .stdout("")
        .stderr(
            predicate::str::contains("./certplan.toml does not exist")
                .and(predicate::str::contains("certplan init")),
        );
}

#[test]
fn the_worst_code_wins_in_a_batch() {
    let dir = temp_dir();
    let good = write(dir.path(), "good.toml", profile("enterprise", 5));
    let bad = write(dir.path(), "bad.toml", "[org]\n");
    certplan()
        .args(["quote", "--format", "json", "--as-of", AS_OF])
        .arg(&good)
        .arg("missing.toml")
        .arg(&bad)
        .assert()
        .code(66)
        .stdout(
            predicate::str::contains("good.toml").and(predicate::str::contains("bad.toml").not()),
        );
}

#[test]
fn an_invalid_rules_file_is_65_and_located() {
    let dir = temp_dir();
    let embedded = certplan()
        .args(["rules", "--format", "toml"])
        .output()
        .unwrap()
        .stdout;
    let text = String::from_utf8(embedded).unwrap().replacen(
        "source = \"seed:002\"",
        "source = \"nowhere\"",
        1,
    );
    let rules = write(dir.path(), "rules.toml", &text);
    let line = text
        .lines()
        .position(|line| line == "source = \"nowhere\"")
        .unwrap()
        + 1;
    certplan()
        .args(["quote", "profiles/social-group.toml", "--rules"])
        .arg(&rules)
        .assert()
        .code(65)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "rules.toml:{line}:10: fees[4].source: unknown source `nowhere`"
        )));
}

#[test]
fn a_missing_rules_file_is_66() {
    certplan()
        .args(["rules", "--rules", "no-such-rules.toml"])
        .assert()
        .code(66);
}

//! `certplan quote`: golden outputs for the example profiles in every format and both
//! languages, and the behaviour scripts rely on.

mod common;

use common::{AS_OF, certplan, profile, stderr_of, stdout_of, temp_dir, write};
use predicates::prelude::*;

fn quote_examples(extra: &[&str]) -> String {
    let output = certplan()
        .args(["quote", "profiles/", "--as-of", AS_OF])
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

#[test]
fn table_in_english_matches_the_golden_file() {
    insta::assert_snapshot!(
        "quote_table_en",
        quote_examples(&["--lang", "en", "--years", "3"])
    );
}

#[test]
fn table_in_chinese_matches_the_golden_file() {
    insta::assert_snapshot!("quote_table_zh", quote_examples(&["--lang", "zh"]));
}

#[test]
fn json_matches_the_golden_file() {
    insta::assert_snapshot!(
        "quote_json",
        quote_examples(&["--format", "json", "--years", "2"])
    );
}

#[test]
fn csv_matches_the_golden_file() {
    insta::assert_snapshot!(
        "quote_csv",
        quote_examples(&["--format", "csv", "--years", "2"])
    );
}

#[test]
fn json_is_one_object_per_profile_with_the_contract_fields() {
    let text = quote_examples(&["--format", "json", "--years", "3"]);
    let objects: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let profiles = std::fs::read_dir("profiles")
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|ext| ext == "toml")
        })
        .count();
    assert_eq!(objects.len(), profiles);
    for object in &objects {
        assert_eq!(object["schema_version"], 1);
        assert_eq!(object["as_of"], AS_OF);
        assert_eq!(object["currency"], "CNY");
        assert!(object["profile"].as_str().unwrap().starts_with("profiles/"));
        let first: i64 = object["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["first_fen"].as_i64().unwrap())
            .sum();
        let annual: i64 = object["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["annual_review_fen"].as_i64().unwrap())
            .sum();
        assert_eq!(object["first_fen"].as_i64().unwrap(), first);
        assert_eq!(object["total_fen"].as_i64().unwrap(), first + 2 * annual);
        assert_eq!(
            object["net_first_fen"].as_i64().unwrap(),
            first - object["subsidy_fen"].as_i64().unwrap()
        );
        for line in object["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["lines"].as_array().unwrap())
        {
            assert!(
                line["amount_fen"].is_i64(),
                "money is an integer, never a float: {line}"
            );
            for key in ["item", "amount_fen", "refundable", "source"] {
                assert!(!line[key].is_null(), "line has {key}: {line}");
            }
        }
    }
}

#[test]
fn a_1500_member_enterprise_pays_3000_for_wecom() {
    certplan()
        .args(["quote", "profiles/guangzhou-enterprise-1500.toml", "--format", "json", "--as-of", AS_OF])
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""platform":"wecom","first_fen":300000,"failed_attempt_fen":30000,"annual_review_fen":300000"#));
}

#[test]
fn a_folder_is_quoted_in_name_order_and_a_bad_profile_does_not_stop_the_others() {
    let dir = temp_dir();
    write(dir.path(), "a.toml", profile("enterprise", 10));
    write(
        dir.path(),
        "b.toml",
        "[org]\nname = \"坏\"\nkind = \"enterprise\"\nmembers = 0\n[platforms.wecom]\n",
    );
    write(dir.path(), "c.toml", profile("government", 10));
    write(dir.path(), "notes.txt", "not a profile");
    let output = certplan()
        .args(["quote", "--format", "csv", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65), "the worst code wins");
    let stdout = stdout_of(&output);
    let profiles: Vec<_> = stdout
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert!(
        profiles
            .iter()
            .all(|name| *name == "a.toml" || *name == "c.toml"),
        "{profiles:?}"
    );
    assert!(profiles.contains(&"a.toml") && profiles.contains(&"c.toml"));
    assert!(
        stdout.find("a.toml").unwrap() < stdout.find("c.toml").unwrap(),
        "name order"
    );
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("b.toml:4:11: org.members: must be an integer ≥ 1, found 0"),
        "{stderr}"
    );
}

#[test]
fn the_csv_header_is_the_documented_api() {
    let text = quote_examples(&["--format", "csv"]);
    assert_eq!(
        text.lines().next().unwrap(),
        "profile,org,platform,row,item,rule,amount_fen,amount_yuan,refundable,annual_review,years,fact,source,client_id,sheet,sheet_row"
    );
}

#[test]
fn profile_defaults_to_certplan_toml_in_the_working_directory() {
    let dir = temp_dir();
    write(dir.path(), "certplan.toml", profile("foundation", 10));
    certplan()
        .current_dir(dir.path())
        .args(["quote", "--format", "json", "--as-of", AS_OF])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(r#""profile":"certplan.toml""#)
                .and(predicate::str::contains(r#""first_fen":0"#)),
        );
}

#[test]
fn labels_follow_lang_but_keys_do_not() {
    let zh = certplan()
        .env("LANG", "zh_CN.UTF-8")
        .args(["quote", "profiles/social-group.toml", "--as-of", AS_OF])
        .output()
        .unwrap();
    assert!(
        stdout_of(&zh).contains("1 年合计（1 年内年审 1 次，首次认证已付）"),
        "both platforms are certified: only the reviews ahead count"
    );
    let json = certplan()
        .env("LANG", "zh_CN.UTF-8")
        .args([
            "quote",
            "profiles/social-group.toml",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    assert!(
        stdout_of(&json).contains(r#""item":"review_fee""#)
            && stdout_of(&json).contains("审核服务费")
    );
}

#[test]
fn output_to_a_file_never_overwrites_without_force() {
    let dir = temp_dir();
    let target = write(dir.path(), "quote.json", "keep me");
    certplan()
        .args([
            "quote",
            "profiles/social-group.toml",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "-o",
        ])
        .arg(&target)
        .assert()
        .code(73)
        .stdout("")
        .stderr(predicate::str::contains("exists").and(predicate::str::contains("--force")));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    certplan()
        .args([
            "quote",
            "profiles/social-group.toml",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--force",
            "-o",
        ])
        .arg(&target)
        .assert()
        .success()
        .stdout("");
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with(r#"{"schema_version":1"#)
    );
    let fresh = dir.path().join("new.csv");
    certplan()
        .args([
            "quote",
            "profiles/",
            "--format",
            "csv",
            "--as-of",
            AS_OF,
            "-o",
        ])
        .arg(&fresh)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&fresh)
            .unwrap()
            .starts_with("profile,org,platform")
    );
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 2, "no temporary files are left behind");
}

#[test]
fn strict_refuses_to_quote_with_rules_not_yet_in_force() {
    certplan()
        .args([
            "quote",
            "profiles/social-group.toml",
            "--as-of",
            "2024-06-01",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("note:")
                .and(predicate::str::contains("in force from 2025-01-01")),
        );
    certplan()
        .args([
            "quote",
            "profiles/social-group.toml",
            "--as-of",
            "2024-06-01",
            "--strict",
        ])
        .assert()
        .code(3)
        .stdout("");
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = temp_dir();
    for index in 0..400 {
        write(
            dir.path(),
            &format!("p{index:04}.toml"),
            profile("enterprise", 1500),
        );
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_certplan"))
        .args(["quote", "--as-of", AS_OF])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first_bytes = [0u8; 16];
    child
        .stdout
        .take()
        .unwrap()
        .read_exact(&mut first_bytes)
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stderr_of(&output), "");
}

//! `explain`, `rules`, `init`, `completions` and `man`.

mod common;

use common::{AS_OF, certplan, stdout_of, temp_dir, write};
use predicates::prelude::*;

#[test]
fn explain_shows_the_computation_as_a_tree_with_sources() {
    let output = certplan()
        .args([
            "explain",
            "profiles/guangzhou-enterprise-1500.toml",
            "wecom.first_fen",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    insta::assert_snapshot!("explain_wecom_first_en", stdout_of(&output));
}

#[test]
fn explain_in_chinese_shows_an_applied_exemption() {
    let output = certplan()
        .args([
            "explain",
            "profiles/county-public-institution.toml",
            "gov_account.first_fen",
            "--lang",
            "zh",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!("explain_gov_first_zh", stdout_of(&output));
}

#[test]
fn explain_json_is_the_same_tree() {
    let output = certplan()
        .args([
            "explain",
            "profiles/shenzhen-small-enterprise.toml",
            // The Mini Program is still to certify: its subsidy is expected (WeCom is certified).
            "mini_program.subsidy_fen",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["item"], "mini_program.subsidy_fen");
    assert_eq!(value["tree"]["amount_fen"], 15_000);
    let children = value["tree"]["children"].as_array().unwrap();
    assert!(
        children
            .iter()
            .any(|child| child["source"] == "seed:001" && child["amount_fen"] == 15_000),
        "{value}"
    );
}

#[test]
fn explain_totals_and_default_profile() {
    let dir = temp_dir();
    std::fs::copy(
        "profiles/beijing-group-20000.toml",
        dir.path().join("certplan.toml"),
    )
    .unwrap();
    certplan()
        .current_dir(dir.path())
        .args(["explain", "total_fen", "--years", "2", "--as-of", AS_OF])
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with(
                "北京华联控股集团有限公司 — how total_fen comes about (certplan.toml)\n",
            )
            .and(predicate::str::contains("\ntotal_fen = 60,600.00"))
            .and(predicate::str::contains("annual_review_fen = 30,000.00")),
        );
}

#[test]
fn rules_toml_round_trips_through_rules_flag() {
    let dir = temp_dir();
    let text = stdout_of(
        &certplan()
            .args(["rules", "--format", "toml"])
            .output()
            .unwrap(),
    );
    assert!(text.contains("[[fees]]") && text.contains("schema_version = 1"));
    let edited = text.replacen(
        "amount_fen = 30000\nrefundable = false\nfact = \"OA-FEE\"",
        "amount_fen = 60000\nrefundable = false\nfact = \"OA-FEE\"",
        1,
    );
    assert_ne!(edited, text, "the edit applies");
    let rules = write(dir.path(), "rules.toml", &edited);
    certplan()
        .args([
            "quote",
            "profiles/beijing-group-20000.toml",
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--rules",
        ])
        .arg(&rules)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            r#""platform":"official_account","first_fen":60000"#,
        ));
}

#[test]
fn rules_table_and_json_list_every_fee_with_its_source() {
    let table = stdout_of(&certplan().args(["rules", "--lang", "en"]).output().unwrap());
    for expected in [
        "wecom.scale_fee",
        "medium ≤10000: 2,700.00",
        "wecom.exempt_full",
        "shenzhen.sme_digital",
        "seed:003",
        "2025-01-01 –",
    ] {
        assert!(table.contains(expected), "{expected} in\n{table}");
    }
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        &certplan()
            .args(["rules", "--format", "json"])
            .output()
            .unwrap(),
    ))
    .unwrap();
    assert_eq!(json["schema_version"], 1);
    let fees = json["rules"]["fees"].as_array().unwrap();
    assert!(fees.iter().all(|fee| fee["source"].is_string()
        && fee["fact"].is_string()
        && fee["effective"].is_string()));
    certplan()
        .args(["rules", "--format", "csv"])
        .assert()
        .code(64);
}

#[test]
fn init_writes_a_template_that_quotes_and_never_overwrites_without_force() {
    let dir = temp_dir();
    certplan()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote certplan.toml"));
    let written = std::fs::read_to_string(dir.path().join("certplan.toml")).unwrap();
    assert!(written.contains("[org]") && written.contains("kind = \"enterprise\""));
    certplan()
        .current_dir(dir.path())
        .args(["quote", "--as-of", AS_OF])
        .assert()
        .success();

    std::fs::write(dir.path().join("certplan.toml"), "mine").unwrap();
    certplan()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(73)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("certplan.toml")).unwrap(),
        "mine"
    );
    certplan()
        .current_dir(dir.path())
        .args(["init", "--force"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("certplan.toml")).unwrap(),
        written
    );

    certplan()
        .current_dir(dir.path())
        .args(["init", "sub/dir/p.toml"])
        .assert()
        .code(73);
}

#[test]
fn completions_and_man_page_come_from_the_same_definitions() {
    certplan()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("certplan").and(predicate::str::contains("--as-of")));
    certplan()
        .args(["completions", "zsh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("#compdef certplan"));
    certplan().args(["completions", "tcsh"]).assert().code(64);
    certplan()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH certplan").and(predicate::str::contains("quote")));
}

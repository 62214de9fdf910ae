//! `certplan benefits`: golden outputs in both languages, the general comparison, and JSON.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};

#[test]
fn benefits_of_the_examples_match_the_golden_files() {
    for (profile, lang, name) in [
        (
            "profiles/guangzhou-enterprise-1500.toml",
            "en",
            "benefits_guangzhou_en",
        ),
        (
            "profiles/county-public-institution.toml",
            "zh",
            "benefits_county_zh",
        ),
        (
            "profiles/beijing-group-20000.toml",
            "en",
            "benefits_beijing_en",
        ),
    ] {
        let output = certplan()
            .args(["benefits", profile, "--as-of", AS_OF, "--lang", lang])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        insta::assert_snapshot!(name, stdout_of(&output));
    }
}

#[test]
fn json_lists_benefits_and_binding_limits_with_costs() {
    let dir = temp_dir();
    let uncertified = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"百川\"\nkind = \"enterprise\"\nmembers = 1500\n\n[platforms.wecom]\n",
    );
    let output = certplan()
        .args(["benefits", "--format", "json", "--as-of", AS_OF])
        .arg(&uncertified)
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(value["schema_version"], 1);
    let wecom = &value["platforms"][0];
    assert_eq!(wecom["platform"], "wecom");
    let members = wecom["benefits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "members")
        .unwrap();
    assert_eq!(members["uncertified"], "100");
    assert_eq!(members["source"], "seed:000");
    let binding = &wecom["binding"][0];
    assert_eq!(binding["id"], "wecom.members.exceeded");
    assert_eq!(binding["cost_fen"], 300_000);
    assert!(
        binding["message"]
            .as_str()
            .unwrap()
            .contains("1500 members exceed the 100")
    );
}

#[test]
fn a_certified_platform_is_past_the_limits_of_being_uncertified() {
    // Guangzhou's WeCom is certified (2026-01-05): its 1 500 members bind nothing any more.
    let output = certplan()
        .args([
            "benefits",
            "profiles/guangzhou-enterprise-1500.toml",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    let wecom = &value["platforms"][0];
    assert_eq!(wecom["platform"], "wecom");
    assert_eq!(
        wecom["binding"].as_array().map(Vec::len),
        Some(0),
        "{wecom}"
    );
}

#[test]
fn the_general_comparison_filters_by_platform() {
    let output = certplan()
        .args([
            "benefits",
            "--platform",
            "gov_account",
            "--platform",
            "icp",
            "--format",
            "csv",
            "--as-of",
            AS_OF,
            "--lang",
            "zh",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    insta::assert_snapshot!("benefits_general_csv", stdout_of(&output));
    let text = stdout_of(
        &certplan()
            .args([
                "benefits",
                "--platform",
                "official_account",
                "--as-of",
                AS_OF,
            ])
            .output()
            .unwrap(),
    );
    assert!(
        text.contains("WeChat Pay")
            && text.contains("service accounts only")
            && !text.contains("WeCom"),
        "{text}"
    );
    certplan()
        .args([
            "benefits",
            "profiles/social-group.toml",
            "--platform",
            "wecom",
        ])
        .assert()
        .code(64);
}

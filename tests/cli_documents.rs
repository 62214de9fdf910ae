//! `checklist` and `check`: golden outputs for the example profiles in both languages, and
//! real files — a one-page PDF, a JPEG header, an oversized file, a text file named `.pdf`.
//! What is inside the files (pixels, PDFs that do not open): `cli_document_files.rs`.

mod common;

use common::documents::{jpeg_header, pdf};
use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use predicates::prelude::*;

fn dingtalk_profile(documents: &str) -> String {
    format!(
        "[org]\nname = \"杭州云帆科技有限公司\"\nkind = \"enterprise\"\nmembers = 30\nuscc = \"913301087458306077\"\nlicense_name = \"杭州云帆科技有限公司\"\n\n[legal_rep]\nid_number = \"321083197812162119\"\nid_expires = 2035-01-01\n\n[documents]\n{documents}\n[platforms.dingtalk]\n"
    )
}

#[test]
fn checklists_of_the_examples_match_the_golden_files() {
    for (profile, lang, name) in [
        (
            "profiles/guangzhou-enterprise-1500.toml",
            "en",
            "checklist_guangzhou_en",
        ),
        (
            "profiles/county-public-institution.toml",
            "zh",
            "checklist_county_zh",
        ),
        ("profiles/private-school.toml", "en", "checklist_school_en"),
    ] {
        let output = certplan()
            .args(["checklist", profile, "--as-of", AS_OF, "--lang", lang])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        insta::assert_snapshot!(name, stdout_of(&output));
    }
}

#[test]
fn checks_of_the_examples_match_the_golden_files() {
    for (lang, name) in [("en", "check_table_en"), ("zh", "check_table_zh")] {
        let output = certplan()
            .args(["check", "profiles/", "--as-of", AS_OF, "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "the worst example is critical"
        );
        insta::assert_snapshot!(name, stdout_of(&output));
    }
    let json = certplan()
        .args(["check", "profiles/", "--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    insta::assert_snapshot!("check_json", stdout_of(&json));
    let csv = certplan()
        .args([
            "checklist",
            "profiles/shenzhen-small-enterprise.toml",
            "--as-of",
            AS_OF,
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!("checklist_csv", stdout_of(&csv));
}

#[test]
fn checklist_json_has_the_contract_fields_and_statuses() {
    let output = certplan()
        .args([
            "checklist",
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
    for document in wecom["documents"].as_array().unwrap() {
        for key in [
            "id",
            "name",
            "required",
            "why",
            "constraints",
            "source",
            "status",
        ] {
            assert!(!document[key].is_null(), "{key} in {document}");
        }
    }
    let dingtalk = value["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["platform"] == "dingtalk")
        .unwrap();
    let status = |id: &str| {
        dingtalk["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status("business_license"), "provided");
    assert_eq!(
        status("legal_rep_id"),
        "problem",
        "the ID scans are thumbnails"
    );
    assert_eq!(
        status("bank_account_proof"),
        "problem",
        "bank.pdf is really a PNG"
    );
}

#[test]
fn only_licensed_industries_need_an_industry_licence() {
    let dir = temp_dir();
    for (industry, needed) in [("education", true), ("medical", true), ("software", false)] {
        let text = dingtalk_profile("")
            .replace(
                "members = 30",
                &format!("members = 30\nindustry = \"{industry}\""),
            )
            .replace("[documents]\n", "");
        let profile = write(dir.path(), &format!("{industry}.toml"), text);
        let output = certplan()
            .args(["checklist", "--format", "json", "--as-of", AS_OF])
            .arg(&profile)
            .output()
            .unwrap();
        assert_eq!(
            stdout_of(&output).contains(r#""id":"industry_license""#),
            needed,
            "{industry}"
        );
    }
}

#[test]
fn general_lists_filter_by_platform_and_kind() {
    let output = certplan()
        .args([
            "checklist",
            "--platform",
            "gov_account",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    assert_eq!(value["platforms"].as_array().unwrap().len(), 1);
    let ids: Vec<_> = value["platforms"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    for id in [
        "red_header_document",
        "staffing_approval",
        "superior_authorization",
        "bank_account_proof",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let social = stdout_of(
        &certplan()
            .args([
                "checklist",
                "--kind",
                "social_group",
                "--platform",
                "wecom",
                "--as-of",
                AS_OF,
                "--format",
                "json",
            ])
            .output()
            .unwrap(),
    );
    assert!(
        social.contains("registration_certificate")
            && !social.contains(r#""id":"business_license""#),
        "{social}"
    );
    certplan()
        .args(["checklist", "--platform", "wechat"])
        .assert()
        .code(64);
    certplan()
        .args([
            "checklist",
            "profiles/social-group.toml",
            "--platform",
            "wecom",
        ])
        .assert()
        .code(64);
}

#[test]
fn real_files_are_judged_by_content_and_size() {
    let dir = temp_dir();
    let (a4, id_card) = (pdf(&[(595, 842)]), jpeg_header(1011, 638));
    write(dir.path(), "docs/license.pdf", &a4);
    write(dir.path(), "docs/front.jpg", &id_card);
    write(dir.path(), "docs/back.jpg", &id_card);
    write(dir.path(), "docs/bank.pdf", &a4);
    let good = "business_license = \"docs/license.pdf\"\nlegal_rep_id_front = \"docs/front.jpg\"\nlegal_rep_id_back = \"docs/back.jpg\"\nbank_account_proof = \"docs/bank.pdf\"\n";
    let profile = write(dir.path(), "good.toml", dingtalk_profile(good));
    certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&profile)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(r#""status":"ok""#));

    write(
        dir.path(),
        "docs/big.pdf",
        [&a4[..], &vec![b' '; 6 * 1024 * 1024]].concat(),
    );
    write(
        dir.path(),
        "docs/notes.pdf",
        "this is a text file, not a PDF",
    );
    let bad = good
        .replace("docs/license.pdf", "docs/big.pdf")
        .replace("docs/bank.pdf", "docs/notes.pdf")
        .replace("docs/back.jpg", "docs/lost.jpg");
    let profile = write(dir.path(), "bad.toml", dingtalk_profile(&bad));
    let output = certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&profile)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = stdout_of(&output);
    assert!(
        text.contains("docs/big.pdf is 6.0 MB, over the 5.0 MB limit"),
        "{text}"
    );
    assert!(
        text.contains("docs/notes.pdf is not a JPG, PNG or PDF file"),
        "{text}"
    );
    assert!(text.contains("docs/lost.jpg does not exist"), "{text}");

    // A JPG named .pdf, where JPG is accepted: a warning to rename it (the platform reads
    // the content).
    write(dir.path(), "docs/photo.pdf", &id_card);
    let lying = good.replace("docs/license.pdf", "docs/photo.pdf");
    let profile = write(dir.path(), "lying.toml", dingtalk_profile(&lying));
    certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&profile)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "docs/photo.pdf is really a JPG file but is named .pdf",
        ));
}

#[test]
fn the_government_account_permit_must_be_under_two_megabytes() {
    let dir = temp_dir();
    write(
        dir.path(),
        "permit.pdf",
        [&pdf(&[(595, 842)])[..], &vec![b' '; 3 * 1024 * 1024]].concat(),
    );
    let text = "[org]\nname = \"北京民政\"\nkind = \"government\"\nmembers = 50\nregion = \"北京\"\ngov_level = \"prefecture\"\n\n[documents]\nbank_account_proof = \"permit.pdf\"\n\n[platforms.gov_account]\n";
    let profile = write(dir.path(), "gov.toml", text);
    certplan()
        .args(["check", "--format", "json", "--as-of", AS_OF])
        .arg(&profile)
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "permit.pdf is 3.0 MB, over the 2.0 MB limit",
        ));
}

#[test]
fn content_problems_are_findings_not_input_errors() {
    let dir = temp_dir();
    let text = dingtalk_profile("")
        .replace("913301087458306077", "913301087458306078")
        .replace("[documents]\n", "");
    let profile = write(dir.path(), "p.toml", text);
    certplan()
        .args(["check", "--as-of", AS_OF])
        .arg(&profile)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("uscc.invalid"));
    let warning = dingtalk_profile("").replace("[documents]\n", "").replace(
        "members = 30",
        "members = 30\nregistered_address = \"A\"\noffice_address = \"B\"",
    );
    let profile = write(dir.path(), "w.toml", warning);
    certplan()
        .args(["check", "--as-of", AS_OF])
        .arg(&profile)
        .assert()
        .code(1);
}

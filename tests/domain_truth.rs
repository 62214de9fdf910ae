//! Domain truth, round 2: each ruling of the fact register as a user meets it — figures and
//! dates, documents per platform and kind, rejection causes and government-account names.

mod common;

use common::{AS_OF, certplan, printed, stdout_of, temp_dir, write};

fn json_of(args: &[&str], file: &std::path::Path) -> serde_json::Value {
    let output = certplan().args(args).arg(file).output().unwrap();
    serde_json::from_str(stdout_of(&output).trim()).unwrap()
}

fn profile_file(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    write(dir, "p.toml", text)
}

/// Document ids on a platform's checklist.
fn documents(json: &serde_json::Value, platform: &str) -> Vec<(String, String, String)> {
    json["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|list| list["platform"] == platform)
        .flat_map(|list| list["documents"].as_array().unwrap().iter())
        .map(|document| {
            (
                document["id"].as_str().unwrap().to_owned(),
                document["name"].as_str().unwrap().to_owned(),
                document["source"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn item_2_a_passed_start_date_is_never_advice() {
    // Beijing's WeCom expires 2026-11-30; on 11-26 the last day to submit (11-23) has passed.
    let json = json_of(
        &["remind", "--format", "json", "--as-of", "2026-11-26"],
        std::path::Path::new("profiles/beijing-group-20000.toml"),
    );
    let wecom = json["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .find(|review| review["platform"] == "wecom")
        .unwrap();
    assert_eq!(wecom["late_start"], true);
    assert_eq!(wecom["earliest_done_on"], "2026-12-01");
    assert_eq!(wecom["within_grace"], true);
    assert!(
        wecom["advice"]
            .as_str()
            .unwrap()
            .starts_with("too late to finish before expiry on 2026-11-30")
    );
    let zh = stdout_of(
        &certplan()
            .args([
                "remind",
                "profiles/beijing-group-20000.toml",
                "--lang",
                "zh",
                "--as-of",
                "2026-11-26",
            ])
            .output()
            .unwrap(),
    );
    assert!(zh.contains("已来不及在 2026-11-30 到期前完成"), "{zh}");
    let csv = stdout_of(
        &certplan()
            .args([
                "remind",
                "profiles/beijing-group-20000.toml",
                "--format",
                "csv",
                "--as-of",
                "2026-11-26",
            ])
            .output()
            .unwrap(),
    );
    assert!(csv.lines().next().unwrap().ends_with(
        "late_start,earliest_done_on,latest_done_on,within_grace,client_id,sheet,sheet_row"
    ));
    // Earlier, the same review is ordinary advice.
    let json = json_of(
        &["remind", "--format", "json", "--as-of", "2026-11-10"],
        std::path::Path::new("profiles/beijing-group-20000.toml"),
    );
    assert_eq!(json["reviews"][0]["late_start"], false);
}

#[test]
fn item_3_a_county_government_account_takes_up_to_18_working_days() {
    let dir = temp_dir();
    let file = profile_file(
        dir.path(),
        "[org]\nname = \"连平县民政局\"\nkind = \"government\"\nmembers = 30\ngov_level = \"county\"\n\n[platforms.gov_account]\n",
    );
    let json = json_of(
        &[
            "timeline",
            "--format",
            "json",
            "--as-of",
            "2026-11-22",
            "--start",
            "2026-11-23",
        ],
        &file,
    );
    let gov = &json["platforms"][0];
    assert_eq!(gov["min_days"], 10);
    assert_eq!(
        gov["max_days"], 18,
        "10–15 days of review plus up to 3 for the deposit check"
    );
    let expected = stdout_of(
        &certplan()
            .args(["workdays", "add", "18", "--from", "2026-11-23"])
            .output()
            .unwrap(),
    );
    assert_eq!(gov["latest_on"], expected.trim());
}

#[test]
fn item_4_icp_takes_21_working_days_at_the_earliest_and_has_no_annual_review() {
    let dir = temp_dir();
    let file = profile_file(
        dir.path(),
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n\n[platforms.icp]\n",
    );
    let json = json_of(&["timeline", "--format", "json", "--as-of", AS_OF], &file);
    assert_eq!(json["platforms"][0]["min_days"], 21);
    assert_eq!(json["platforms"][0]["max_days"], 22);
    let table = printed(&["timeline", "--as-of", AS_OF], &file);
    assert!(table.contains("often take longer"), "{table}");
    let remind = json_of(&["remind", "--format", "json", "--as-of", AS_OF], &file);
    assert_eq!(remind["reviews"].as_array().unwrap().len(), 0);
    assert_eq!(
        remind["not_certified"].as_array().unwrap().len(),
        0,
        "an ICP filing has no annual review to wait for"
    );
}

#[test]
fn item_5_the_scale_fee_refund_time_is_shown_with_its_third_party_source() {
    let json = json_of(
        &["quote", "--format", "json", "--as-of", AS_OF],
        std::path::Path::new("profiles/guangzhou-enterprise-1500.toml"),
    );
    let notes = json["platforms"][0]["notes"].as_array().unwrap();
    let refund = notes
        .iter()
        .find(|note| {
            note["text"]
                .as_str()
                .unwrap_or_default()
                .contains("15 working days")
                || note.to_string().contains("15 working days")
        })
        .expect("the refund time");
    assert!(refund.to_string().contains("3rd:wescrm-fees"), "{refund}");
}

#[test]
fn items_6_to_10_documents_follow_the_rulings() {
    let dir = temp_dir();
    let check = |text: &str, lang: &str| {
        let file = profile_file(dir.path(), text);
        json_of(
            &[
                "checklist",
                "--format",
                "json",
                "--lang",
                lang,
                "--as-of",
                AS_OF,
            ],
            &file,
        )
    };
    // WeCom (WECOM-DOCS): sealed licence, legal representative ID with face recognition.
    let json = check(
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n\n[platforms.wecom]\n",
        "zh",
    );
    let wecom = documents(&json, "wecom");
    assert!(
        wecom
            .iter()
            .any(|(id, name, source)| id == "business_license"
                && name.contains("公章")
                && source == "seed:001"),
        "{wecom:?}"
    );
    assert!(
        wecom
            .iter()
            .any(|(id, name, _)| id == "legal_rep_id" && name.contains("人脸识别")),
        "{wecom:?}"
    );
    // Individual business: the operator stands in.
    let json = check(
        "[org]\nname = \"x\"\nkind = \"individual_business\"\nmembers = 3\n\n[platforms.wecom]\n",
        "en",
    );
    let wecom = documents(&json, "wecom");
    assert!(
        wecom.iter().any(|(id, _, _)| id == "operator_id")
            && !wecom.iter().any(|(id, _, _)| id == "legal_rep_id")
    );
    // Government accounts by level and kind; never on DingTalk.
    let json = check(
        "[org]\nname = \"某市民政局\"\nkind = \"government\"\nmembers = 30\ngov_level = \"prefecture\"\n\n[platforms.gov_account]\n[platforms.dingtalk]\n",
        "zh",
    );
    let gov = documents(&json, "gov_account");
    assert!(
        gov.iter().any(|(id, name, _)| id == "uscc_certificate"
            && name.contains("统一社会信用代码证书")
            && name.contains("组织机构代码证")),
        "{gov:?}"
    );
    let dingtalk = documents(&json, "dingtalk");
    assert!(
        !dingtalk
            .iter()
            .any(|(_, name, _)| name.contains("组织机构代码证")),
        "{dingtalk:?}"
    );
    assert!(
        dingtalk
            .iter()
            .any(|(_, name, source)| name.contains("统一社会信用代码证书")
                && source == "certplan:derived")
    );
    let json = check(
        "[org]\nname = \"某市医院\"\nkind = \"public_institution\"\nmembers = 30\ngov_level = \"prefecture\"\n\n[platforms.gov_account]\n",
        "zh",
    );
    assert!(
        documents(&json, "gov_account")
            .iter()
            .any(|(id, _, source)| id == "institution_certificate" && source == "seed:003")
    );
    // Each non-enterprise kind names its own certificate, never a business licence.
    for (kind, certificate) in [
        ("social_group", "社会团体法人登记证书"),
        ("private_non_enterprise", "民办非企业单位登记证书"),
        ("foundation", "基金会法人登记证书"),
        ("public_institution", "事业单位法人证书"),
    ] {
        let json = check(
            &format!(
                "[org]\nname = \"x\"\nkind = \"{kind}\"\nmembers = 3\n\n[platforms.official_account]\n"
            ),
            "zh",
        );
        let list = documents(&json, "official_account");
        assert!(
            list.iter().any(|(_, name, _)| name == certificate),
            "{kind}: {list:?}"
        );
        assert!(
            !list.iter().any(|(id, _, _)| id == "business_license"),
            "{kind}"
        );
    }
    // DingTalk levels: the intermediate lists with a note; tips in the checklist.
    let json = check(
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n\n[platforms.dingtalk]\nlevel = \"advanced\"\n",
        "en",
    );
    let tips: Vec<String> = json["platforms"][0]["tips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tip| tip["fact"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        tips.contains(&"DT-LEVELS".to_owned()) && tips.contains(&"DT-TIPS".to_owned()),
        "{tips:?}"
    );
    // Alipay documents are derived, never cited to seed 001.
    let json = check(
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\n\n[platforms.alipay]\n",
        "en",
    );
    let alipay = documents(&json, "alipay");
    assert!(
        !alipay.is_empty()
            && alipay
                .iter()
                .all(|(_, _, source)| source == "certplan:derived"),
        "{alipay:?}"
    );
}

#[test]
fn item_11_check_lists_the_known_causes_with_shares_and_status() {
    let dir = temp_dir();
    let file = profile_file(
        dir.path(),
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3\nregistered_address = \"深圳市南山区科技园路1号\"\noffice_address = \"深圳市福田区深南大道2号\"\n\n[platforms.wecom]\n",
    );
    let json = json_of(&["check", "--format", "json", "--as-of", AS_OF], &file);
    let causes = json["causes"].as_array().unwrap();
    let address = causes
        .iter()
        .find(|cause| cause["id"] == "address_mismatch")
        .unwrap();
    assert_eq!(address["share"], 32);
    assert_eq!(address["status"], "at_risk");
    assert_eq!(address["fact"], "X-REJECT");
    let legal = causes
        .iter()
        .find(|cause| cause["id"] == "legal_rep_outdated")
        .unwrap();
    assert_eq!(legal["share"], 25);
    assert_eq!(
        legal["status"], "unknown",
        "the phone number cannot be known from a profile"
    );
    let gov = json_of(
        &["check", "--format", "json", "--as-of", AS_OF],
        std::path::Path::new("profiles/county-public-institution.toml"),
    );
    let shares: Vec<i64> = gov["causes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|cause| cause["platform"] == "gov_account")
        .map(|cause| cause["share"].as_i64().unwrap())
        .collect();
    assert_eq!(shares, [43, 29, 18, 38, 27]);
    let zh = stdout_of(
        &certplan()
            .args([
                "check",
                "profiles/county-public-institution.toml",
                "--lang",
                "zh",
                "--as-of",
                AS_OF,
            ])
            .output()
            .unwrap(),
    );
    assert!(zh.contains("已知的驳回原因") && zh.contains("43%"), "{zh}");
}

#[test]
fn item_12_government_account_names_follow_their_level() {
    let dir = temp_dir();
    let fixes = |text: &str| -> Vec<(String, String)> {
        let file = profile_file(dir.path(), text);
        let json = json_of(&["check", "--format", "json", "--as-of", AS_OF], &file);
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|finding| finding["id"].as_str().unwrap().starts_with("gov.name_"))
            .map(|finding| {
                (
                    finding["id"].as_str().unwrap().to_owned(),
                    finding["fix"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    // A central body may omit the region: never suggest 北京 to it.
    let central = fixes(
        "[org]\nname = \"某部\"\nkind = \"government\"\nmembers = 30\ngov_level = \"central\"\nregion = \"北京\"\n\n[platforms.gov_account]\nname = \"中国民政\"\n",
    );
    assert!(
        central.iter().all(|(_, fix)| !fix.contains("北京")),
        "{central:?}"
    );
    assert!(
        central
            .iter()
            .any(|(id, fix)| id == "gov.name_forbidden" && fix.contains("民政"))
    );
    assert!(!central.iter().any(|(id, _)| id == "gov.name_region"));
    // A provincial name must contain the province; the fix suggests one that does.
    let provincial = fixes(
        "[org]\nname = \"民政厅\"\nkind = \"government\"\nmembers = 30\ngov_level = \"provincial\"\nregion = \"广东省\"\n\n[platforms.gov_account]\nname = \"民政厅\"\n",
    );
    assert!(
        provincial
            .iter()
            .any(|(id, fix)| id == "gov.name_region" && fix.contains("广东民政厅")),
        "{provincial:?}"
    );
    // A vertically managed unit shows its parent.
    let vertical = fixes(
        "[org]\nname = \"深圳市税务局\"\nkind = \"government\"\nmembers = 30\ngov_level = \"prefecture\"\nregion = \"深圳市\"\n\n[platforms.gov_account]\nname = \"深圳税务\"\nparent = \"国家税务总局\"\n",
    );
    assert!(
        vertical
            .iter()
            .any(|(id, fix)| id == "gov.name_parent" && fix.contains("国家税务总局深圳税务")),
        "{vertical:?}"
    );
}

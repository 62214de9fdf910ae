//! Domain truth, round 3 (issue 27): documents and advice as each kind of organisation meets
//! them — the USCC certificate of every government account, no business licence for those
//! that hold a registration certificate, hints that name keys the profile accepts, the
//! corporate account WeCom does not need, and the new facts where they help.

mod common;

use common::{AS_OF, certplan, stdout_of, temp_dir, write};
use std::path::Path;

const KINDS: [&str; 9] = [
    "enterprise",
    "individual_business",
    "government",
    "public_institution",
    "social_group",
    "private_non_enterprise",
    "foundation",
    "nonprofit_org",
    "for_profit_org",
];

const CERTIFICATE_KINDS: [&str; 6] = [
    "government",
    "public_institution",
    "social_group",
    "private_non_enterprise",
    "foundation",
    "nonprofit_org",
];

const PLATFORMS: [&str; 6] = [
    "wecom",
    "official_account",
    "mini_program",
    "dingtalk",
    "alipay",
    "gov_account",
];

fn run(args: &[&str], file: &Path) -> std::process::Output {
    certplan()
        .args(args)
        .args(["--as-of", AS_OF])
        .arg(file)
        .output()
        .unwrap()
}

fn json_of(args: &[&str], file: &Path) -> serde_json::Value {
    serde_json::from_str(stdout_of(&run(args, file)).trim()).unwrap()
}

/// A profile of `kind` applying for `platform` (a county government account level where one
/// is needed), with `extra` appended.
fn profile(kind: &str, platform: &str, extra: &str) -> String {
    let level = if platform == "gov_account" {
        "gov_level = \"county\"\n"
    } else {
        ""
    };
    format!(
        "[org]\nname = \"某某\"\nkind = \"{kind}\"\nmembers = 50\nregion = \"广东省广州市\"\n{level}\n{extra}[platforms.{platform}]\n"
    )
}

/// Whether `kind` may apply for `platform` at all (a government account: GOV-WHO).
fn may_apply(kind: &str, platform: &str) -> bool {
    platform != "gov_account" || kind == "government" || kind == "public_institution"
}

/// Documents on a platform's checklist: (id, status).
fn statuses(json: &serde_json::Value) -> Vec<(String, Option<String>)> {
    json["platforms"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|document| {
            (
                document["id"].as_str().unwrap().to_owned(),
                document["status"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn item_5_every_government_account_lists_the_uscc_certificate_under_either_key() {
    let dir = temp_dir();
    write(
        dir.path(),
        "code.pdf",
        common::documents::pdf(&[(595, 842)]),
    );
    for kind in ["government", "public_institution"] {
        for level in ["central", "provincial", "prefecture", "county", "township"] {
            for key in ["uscc_certificate", "org_code_certificate"] {
                let text = format!(
                    "[org]\nname = \"广东某单位\"\nkind = \"{kind}\"\nmembers = 50\ngov_level = \"{level}\"\n\n[documents]\n{key} = \"code.pdf\"\n\n[platforms.gov_account]\n"
                );
                let file = write(dir.path(), "p.toml", text);
                let listed = statuses(&json_of(&["checklist", "--format", "json"], &file));
                let uscc: Vec<_> = listed
                    .iter()
                    .filter(|(id, _)| id == "uscc_certificate")
                    .collect();
                assert_eq!(uscc.len(), 1, "{kind} {level}: one USCC certificate");
                assert_eq!(
                    uscc[0].1.as_deref(),
                    Some("provided"),
                    "{kind} {level} under {key}"
                );
                let check = stdout_of(&run(&["check", "--lang", "en"], &file));
                assert!(
                    !check.contains("uscc_certificate") && !check.contains("org_code_certificate"),
                    "{kind} {level} {key}: {check}"
                );
            }
        }
    }
}

#[test]
fn item_6_non_enterprises_never_read_of_a_business_licence() {
    let dir = temp_dir();
    for kind in CERTIFICATE_KINDS {
        for platform in PLATFORMS
            .iter()
            .filter(|platform| may_apply(kind, platform))
        {
            let file = write(dir.path(), "p.toml", profile(kind, platform, ""));
            for lang in ["zh", "en"] {
                for command in [
                    &["checklist"][..],
                    &["check"],
                    &["timeline"],
                    &["report", "--format", "html"],
                    &["benefits"],
                ] {
                    let text = stdout_of(&run(&[command, &["--lang", lang]].concat(), &file));
                    assert!(!text.is_empty(), "{command:?} printed nothing");
                    for word in ["营业执照", "business licence", "the licence", "执照"] {
                        assert!(
                            !text.contains(word),
                            "{kind} on {platform}, {command:?} --lang {lang}: {word}"
                        );
                    }
                }
            }
        }
    }
    // Enterprises still read of their licence, where it applies to them.
    let file = write(dir.path(), "p.toml", profile("enterprise", "dingtalk", ""));
    let text = stdout_of(&run(&["checklist", "--lang", "zh"], &file));
    assert!(text.contains("须先在营业执照上完成变更"), "{text}");
    let text = stdout_of(&run(&["timeline", "--lang", "zh"], &file));
    assert!(text.contains("上传营业执照"), "{text}");
}

/// The snake_case words of a hint (`legal_rep_id_front`).
fn keys_in(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
        .filter(|word| word.contains('_') && !word.starts_with('_') && !word.ends_with('_'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn item_7_every_key_a_hint_names_is_one_the_profile_accepts() {
    let dir = temp_dir();
    let mut hints = Vec::new();
    for kind in KINDS {
        for platform in PLATFORMS
            .iter()
            .filter(|platform| may_apply(kind, platform))
        {
            // A [documents] table with one file, so that each document not listed is a
            // finding of its own with its own hint.
            let listed = "[documents]\noffice_video = \"v.mp4\"\n\n";
            let file = write(dir.path(), "p.toml", profile(kind, platform, listed));
            let json = json_of(&["check", "--format", "json", "--lang", "en"], &file);
            for finding in json["findings"].as_array().unwrap() {
                hints.push(finding["fix"].as_str().unwrap().to_owned());
            }
        }
    }
    let mut tried = 0;
    for hint in &hints {
        let table = if hint.contains("[documents]") {
            "documents"
        } else if hint.contains("[org]") {
            "org"
        } else {
            continue;
        };
        for key in keys_in(hint) {
            let value = if key == "gov_level" {
                "\"county\""
            } else {
                "\"x.pdf\""
            };
            let text = if table == "documents" {
                format!(
                    "{}[documents]\n{key} = {value}\n",
                    profile("enterprise", "wecom", "")
                )
            } else {
                format!(
                    "[org]\nname = \"某某\"\nkind = \"government\"\nmembers = 5\n{key} = {value}\n\n[platforms.gov_account]\n"
                )
            };
            let file = write(dir.path(), "p.toml", text);
            let output = run(&["checklist"], &file);
            assert_ne!(
                output.status.code(),
                Some(65),
                "the hint {hint:?} names `{key}`, which [{table}] refuses: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            tried += 1;
        }
    }
    assert!(
        tried >= 5,
        "hints naming keys were found and tried ({tried})"
    );
    assert!(
        hints.iter().any(|hint| hint.contains("legal_rep_id_front")),
        "the ID hint names the profile's keys"
    );
}

#[test]
fn item_8_wecom_without_a_corporate_account_is_missing_nothing() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某某\"\nkind = \"enterprise\"\nmembers = 50\ncorporate_account = false\n\n[platforms.wecom]\n[platforms.official_account]\n",
    );
    let json = json_of(&["checklist", "--format", "json"], &file);
    let ids = |platform: &str| -> Vec<String> {
        json["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|list| list["platform"] == platform)
            .flat_map(|list| list["documents"].as_array().unwrap().iter())
            .map(|document| document["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!ids("wecom").contains(&"office_video".to_owned()));
    assert!(ids("official_account").contains(&"office_video".to_owned()));
    let check = json_of(&["check", "--format", "json"], &file);
    let alternatives: Vec<_> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["id"] == "corporate_account.alternative")
        .map(|finding| finding["platform"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(alternatives, ["official_account"]);

    // An individual business's operator stands in on WeCom by derivation, not by seed 001.
    let file = write(
        dir.path(),
        "p.toml",
        profile("individual_business", "wecom", ""),
    );
    let json = json_of(&["checklist", "--format", "json"], &file);
    let operator = json["platforms"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|document| document["id"] == "operator_id")
        .unwrap();
    assert_eq!(operator["source"], "certplan:derived");
}

/// The tips of every platform of a checklist: (platform, id, fact, source).
fn tips(json: &serde_json::Value) -> Vec<(String, String, String, String)> {
    json["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|list| {
            list["tips"].as_array().unwrap().iter().map(|tip| {
                (
                    list["platform"].as_str().unwrap().to_owned(),
                    tip["id"].as_str().unwrap().to_owned(),
                    tip["fact"].as_str().unwrap().to_owned(),
                    tip["source"].as_str().unwrap().to_owned(),
                )
            })
        })
        .collect()
}

#[test]
fn item_9_alipays_tip_cites_seed_001() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", profile("enterprise", "alipay", ""));
    let tips = tips(&json_of(&["checklist", "--format", "json"], &file));
    let alipay: Vec<_> = tips.iter().filter(|tip| tip.2 == "ALIPAY").collect();
    assert!(!alipay.is_empty());
    assert!(alipay.iter().all(|tip| tip.3 == "seed:001"), "{alipay:?}");
}

#[test]
fn item_10_a_county_account_is_not_told_to_switch_to_a_service_account_for_payment() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"连平县人民医院\"\nkind = \"public_institution\"\nmembers = 50\nregion = \"河源市连平县\"\ngov_level = \"county\"\n\n[platforms.gov_account]\ntype = \"subscription\"\n",
    );
    let zh = stdout_of(&run(&["benefits", "--lang", "zh"], &file));
    assert!(!zh.contains("改用服务号"), "{zh}");
    assert!(!zh.contains("不含区县"), "{zh}");
    assert!(zh.contains("区县级政务账号没有“支付功能”"), "{zh}");
    let checklist = stdout_of(&run(&["checklist", "--lang", "zh"], &file));
    assert!(checklist.contains("每月至少更新 20 条"), "{checklist}");
    // A prefecture subscription account is still told a service account has payment.
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"河源市人民医院\"\nkind = \"public_institution\"\nmembers = 50\nregion = \"河源市\"\ngov_level = \"prefecture\"\n\n[platforms.gov_account]\ntype = \"subscription\"\n",
    );
    let zh = stdout_of(&run(&["benefits", "--lang", "zh"], &file));
    assert!(zh.contains("改用服务号"), "{zh}");
}

#[test]
fn item_12_and_the_new_facts_reach_the_checklist_with_their_sources() {
    let dir = temp_dir();
    let cases = [
        ("enterprise", "official_account", "X-FLOW", "seed:001"),
        ("enterprise", "mini_program", "X-FLOW", "seed:001"),
        ("government", "gov_account", "GOV-WHO", "seed:003"),
        ("government", "gov_account", "GOV-FEATURES", "seed:003"),
        ("government", "gov_account", "GOV-CONTENT", "seed:003"),
        ("enterprise", "wecom", "WECOM-SAVE-ERROR", "seed:000"),
        ("enterprise", "wecom", "WECOM-MIGRATED-GROUPS", "seed:000"),
        ("enterprise", "dingtalk", "DT-ADMIN", "seed:002"),
        ("enterprise", "dingtalk", "DT-STOPGAP", "seed:002"),
        (
            "individual_business",
            "dingtalk",
            "DT-INDIVIDUAL",
            "seed:002",
        ),
    ];
    for (kind, platform, fact, source) in cases {
        let file = write(dir.path(), "p.toml", profile(kind, platform, ""));
        let tips = tips(&json_of(&["checklist", "--format", "json"], &file));
        assert!(
            tips.iter()
                .any(|tip| tip.0 == platform && tip.2 == fact && tip.3 == source),
            "{fact} on {platform} for {kind}: {tips:?}"
        );
    }
    let zh = |kind: &str, platform: &str| {
        let file = write(dir.path(), "p.toml", profile(kind, platform, ""));
        stdout_of(&run(&["checklist", "--lang", "zh"], &file))
    };
    assert!(zh("enterprise", "official_account").contains("约 80% 的延误"));
    assert!(zh("government", "gov_account").contains("港澳"));
    // Only individual businesses hear that some DingTalk features may be restricted.
    assert!(!zh("enterprise", "dingtalk").contains("部分功能可能受限"));
    // Certification does not unlock migrated groups: benefits says so too.
    let file = write(dir.path(), "p.toml", profile("enterprise", "wecom", ""));
    let benefits = stdout_of(&run(&["benefits", "--lang", "zh"], &file));
    assert!(benefits.contains("认证不解锁此功能"), "{benefits}");
}

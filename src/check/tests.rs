//! One test per finding, with the published valid and invalid identifiers.

use super::{CheckInputs, Finding, Severity, check};
use crate::calendar::WorkCalendar;
use crate::platform::Platform;
use crate::prepared::{Content, FileState, PreparedFileFacts};
use crate::profile::parse_profile;
use crate::rules::{EMBEDDED_RULES, FileFormat, load_rules};
use chrono::NaiveDate;

const GOOD: &str = r#"
[org]
name = "深圳市星河数据科技有限公司"
kind = "enterprise"
members = 80
uscc = "91310110666007217T"
license_name = "深圳市星河数据科技有限公司"
registered_address = "深圳市南山区科技园路1号"
office_address = "深圳市南山区科技园路1号"
license_expires = 2040-01-01

[legal_rep]
name = "张三"
id_number = "360426199101010071"
id_expires = 2031-05-01

[platforms.wecom]
[platforms.official_account]
"#;

fn run(text: &str, files: Option<Vec<PreparedFileFacts>>) -> Vec<Finding> {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let calendar = WorkCalendar::new(&rules);
    let profile = parse_profile("t.toml", text).unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    check(
        &profile,
        CheckInputs {
            rules: &rules,
            calendar: &calendar,
            as_of,
            files: files.as_deref(),
        },
    )
}

/// The ids of the warnings and critical findings, leaving out the documents a profile has not
/// listed (tested on their own below).
fn ids(findings: &[Finding]) -> Vec<&'static str> {
    findings
        .iter()
        .filter(|finding| {
            finding.severity > Severity::Info
                && !matches!(finding.id, "document.missing" | "documents.unlisted")
        })
        .map(|finding| finding.id)
        .collect()
}

#[test]
fn without_a_documents_table_one_warning_says_none_is_listed_yet() {
    let findings = run(GOOD, None);
    let documents: Vec<_> = findings
        .iter()
        .filter(|finding| finding.id.starts_with("document"))
        .collect();
    assert_eq!(documents.len(), 1, "{documents:?}");
    let unlisted = documents[0];
    assert_eq!(
        (unlisted.id, unlisted.severity),
        ("documents.unlisted", Severity::Warning)
    );
    assert!(
        unlisted.message.en.starts_with("no documents listed yet"),
        "{}",
        unlisted.message.en
    );
    assert!(unlisted.message.zh.starts_with("尚未列出任何材料"));
}

#[test]
fn a_name_mismatch_is_a_finding_per_platform_citing_its_own_fact() {
    let text = GOOD.replacen(
        "license_name = \"深圳市星河数据科技有限公司\"",
        "license_name = \"深圳市星河科技有限公司\"",
        1,
    );
    let text = format!("{text}[platforms.dingtalk]\n");
    let findings = run(&text, None);
    let mismatches: Vec<_> = findings
        .iter()
        .filter(|finding| finding.id == "name.mismatch")
        .map(|finding| (finding.platform.map(|p| p.id()), finding.fact.as_str()))
        .collect();
    assert_eq!(
        mismatches,
        [
            (Some("wecom"), "WECOM-FAIL"),
            (Some("official_account"), "X-FLOW"),
            (Some("dingtalk"), "DT-NAME"),
        ]
    );
}

fn with(find: &str, replace: &str) -> String {
    assert!(GOOD.contains(find), "{find}");
    GOOD.replacen(find, replace, 1)
}

#[test]
fn a_clean_profile_has_no_warning() {
    assert_eq!(ids(&run(GOOD, None)), Vec::<&str>::new());
}

#[test]
fn invalid_unified_social_credit_codes_are_critical() {
    for bad in [
        "91310110666007217X",
        "9131011066600721",
        "91310110666007217I",
    ] {
        let findings = run(&with("91310110666007217T", bad), None);
        assert_eq!(ids(&findings), ["uscc.invalid"], "{bad}");
        assert_eq!(findings[0].severity, Severity::Critical);
    }
    for good in [
        "91110000600037341L",
        "913301087458306077",
        "91310115591693856A",
    ] {
        assert!(
            ids(&run(&with("91310110666007217T", good), None)).is_empty(),
            "{good}"
        );
    }
}

#[test]
fn resident_id_numbers_check_digit_and_birth_date() {
    assert_eq!(
        ids(&run(
            &with("360426199101010071", "360426199101010072"),
            None
        )),
        ["legal_rep.id_invalid"]
    );
    assert!(
        ids(&run(
            &with("360426199101010071", "33010219200403064X"),
            None
        ))
        .is_empty()
    );
    let message = run(&with("360426199101010071", "360426199101010072"), None)[0]
        .message
        .en
        .clone();
    assert!(message.contains("first 17 call for `1`"), "{message}");
}

#[test]
fn an_id_card_expired_or_expiring_during_review_is_flagged() {
    assert_eq!(
        ids(&run(
            &with("id_expires = 2031-05-01", "id_expires = 2026-11-01"),
            None
        )),
        ["legal_rep.id_expired"]
    );
    // Review from 2026-11-22 takes up to 5 working days: ends 2026-11-27.
    assert_eq!(
        ids(&run(
            &with("id_expires = 2031-05-01", "id_expires = 2026-11-26"),
            None
        )),
        ["legal_rep.id_expires_during_review"]
    );
    assert!(
        ids(&run(
            &with("id_expires = 2031-05-01", "id_expires = 2026-11-28"),
            None
        ))
        .is_empty()
    );
}

#[test]
fn a_licence_name_differing_only_in_bracket_width_is_explained() {
    let text = GOOD
        .replace("深圳市星河数据科技有限公司", "星河数据科技（深圳）有限公司")
        .replacen(
            "license_name = \"星河数据科技（深圳）有限公司\"",
            "license_name = \"星河数据科技(深圳)有限公司\"",
            1,
        );
    let findings = run(&text, None);
    assert_eq!(ids(&findings), ["name.mismatch", "name.mismatch"]);
    assert!(
        findings[0]
            .message
            .en
            .contains("only in full-width vs half-width brackets"),
        "{}",
        findings[0].message.en
    );
    assert!(findings[0].fix.en.contains("星河数据科技(深圳)有限公司"));
}

#[test]
fn licence_expiry_and_differing_addresses() {
    assert_eq!(
        ids(&run(
            &with(
                "license_expires = 2040-01-01",
                "license_expires = 2026-01-01"
            ),
            None
        )),
        ["license.expired"]
    );
    assert_eq!(
        ids(&run(
            &with(
                "license_expires = 2040-01-01",
                "license_expires = 2026-11-25"
            ),
            None
        )),
        ["license.expires_during_review"]
    );
    assert_eq!(
        ids(&run(
            &with(
                "office_address = \"深圳市南山区科技园路1号\"",
                "office_address = \"深圳市福田区中心路2号\""
            ),
            None
        )),
        ["address.mismatch"]
    );
    assert!(
        ids(&run(
            &with(
                "office_address = \"深圳市南山区科技园路1号\"",
                "office_address = \"深圳市南山区 科技园路1号\""
            ),
            None
        ))
        .is_empty()
    );
}

#[test]
fn no_corporate_account_gives_alternatives_or_blocks() {
    let text =
        with("[legal_rep]", "corporate_account = false\n\n[legal_rep]") + "[platforms.dingtalk]\n";
    let findings = run(&text, None);
    let alternative: Vec<_> = findings
        .iter()
        .filter(|finding| finding.id == "corporate_account.alternative")
        .collect();
    // WECOM-DOCS: on WeCom a corporate account is optional, so only the Official Account
    // hears of the stand-in.
    assert_eq!(alternative.len(), 1, "official_account only");
    assert_eq!(alternative[0].platform, Some(Platform::OfficialAccount));
    assert!(
        alternative[0]
            .fix
            .en
            .contains("QR verification plus an office video")
    );
    assert!(
        findings
            .iter()
            .any(|finding| finding.id == "corporate_account.required"
                && finding.severity == Severity::Critical)
    );
}

#[test]
fn government_accounts_check_level_township_and_name() {
    let gov = |level: &str, name: &str| {
        format!(
            "[org]\nname = \"x\"\nkind = \"government\"\nmembers = 5\nregion = \"北京市\"\n{level}\n[platforms.gov_account]\nname = \"{name}\"\n"
        )
    };
    assert_eq!(
        ids(&run(&gov("gov_level = \"prefecture\"", "北京民政"), None)),
        Vec::<&str>::new()
    );
    assert_eq!(ids(&run(&gov("", "北京民政"), None)), ["gov.level_missing"]);
    assert_eq!(
        ids(&run(&gov("gov_level = \"township\"", "北京民政"), None)),
        ["gov.township_authorization"]
    );
    assert_eq!(
        ids(&run(
            &gov("gov_level = \"prefecture\"", "中国北京民政"),
            None
        )),
        ["gov.name_forbidden"]
    );
    assert_eq!(
        ids(&run(&gov("gov_level = \"prefecture\"", "民政服务"), None)),
        ["gov.name_region"]
    );
}

#[test]
fn wecom_per_licence_limit_and_tier() {
    let text = with(
        "[platforms.wecom]",
        "[platforms.wecom]\norganizations_on_license = 5",
    );
    assert_eq!(ids(&run(&text, None)), ["wecom.per_license_limit"]);
    let big = run(&with("members = 80", "members = 1500"), None);
    let tier = big
        .iter()
        .find(|finding| finding.id == "wecom.scale_tier")
        .unwrap();
    assert!(
        tier.message.en.contains("medium tier"),
        "{}",
        tier.message.en
    );
}

fn file(slot: &str, path: &str, state: FileState) -> PreparedFileFacts {
    PreparedFileFacts {
        slot: slot.into(),
        path: path.into(),
        state,
    }
}

#[test]
fn prepared_files_are_checked_against_the_strictest_platform() {
    let text = format!(
        "{GOOD}[platforms.dingtalk]\n[documents]\nbusiness_license = \"l.pdf\"\nlegal_rep_id_front = \"f.jpg\"\nlegal_rep_id_back = \"b.jpg\"\nbank_account_proof = \"bank.pdf\"\n"
    );
    let read = |size, format| FileState::Read {
        size,
        format: Some(format),
        content: Content::NotExamined,
    };
    let good_files = vec![
        file("business_license", "l.pdf", read(1_000, FileFormat::Pdf)),
        file("legal_rep_id_front", "f.jpg", read(1_000, FileFormat::Jpg)),
        file("legal_rep_id_back", "b.jpg", read(1_000, FileFormat::Jpg)),
        file(
            "bank_account_proof",
            "bank.pdf",
            read(1_000, FileFormat::Pdf),
        ),
    ];
    assert_eq!(
        ids(&run(&text, Some(good_files.clone()))),
        Vec::<&str>::new()
    );

    let mut oversized = good_files.clone();
    oversized[0] = file(
        "business_license",
        "l.pdf",
        read(6 * 1_048_576, FileFormat::Pdf),
    );
    let findings = run(&text, Some(oversized));
    assert_eq!(
        ids(&findings),
        ["document.problem"],
        "only DingTalk's 5 MB limit applies"
    );
    assert!(
        findings[0].message.en.contains("(dingtalk)")
            && findings[0].message.en.contains("over the 5.0 MB limit"),
        "{}",
        findings[0].message.en
    );

    let mut lying = good_files.clone();
    lying[0] = file(
        "business_license",
        "l.pdf",
        FileState::Read {
            size: 10,
            format: None,
            content: Content::NotExamined,
        },
    );
    let findings = run(&text, Some(lying));
    let messages: Vec<_> = findings
        .iter()
        .filter(|finding| finding.id == "document.problem")
        .map(|finding| finding.message.en.as_str())
        .collect();
    // One per fact and source: WeCom (WECOM-DOCS), the Official Account (OA-DOCS), DingTalk.
    assert_eq!(messages.len(), 3, "one per fact and source: {messages:?}");
    assert!(
        messages[0].starts_with("business_license (wecom): l.pdf is not a JPG"),
        "{messages:?}"
    );
    assert!(
        messages[2].starts_with("business_license (dingtalk): l.pdf is not a JPG"),
        "{messages:?}"
    );

    let missing = vec![good_files[0].clone()];
    let findings = run(&text, Some(missing));
    let warnings: Vec<_> = findings
        .iter()
        .filter(|finding| finding.severity == Severity::Warning)
        .map(|finding| finding.id)
        .collect();
    assert!(
        warnings.iter().all(|id| *id == "document.missing") && !warnings.is_empty(),
        "{warnings:?}"
    );
}

#[test]
fn every_finding_cites_a_known_source() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let text = with("[legal_rep]", "corporate_account = false\n\n[legal_rep]")
        .replace("91310110666007217T", "X")
        + "[platforms.dingtalk]\n";
    for finding in run(&text, None) {
        assert!(
            rules.source(&finding.source).is_some(),
            "{} cites {}",
            finding.id,
            finding.source
        );
    }
}

mod wording;

/// Issue 23 item 4: the day a future `certified_on` hint suggests is one the same check
/// accepts, or there is no hint; the same day a year earlier where it fits.
#[test]
fn a_future_certification_hint_names_only_an_accepted_day() {
    use super::{certified_on_accepted, likely_certified_on};
    let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
    assert_eq!(
        likely_certified_on(day("2026-03-05"), day("2026-03-01")),
        Some(day("2025-03-05"))
    );
    // A year earlier is still after today, or before 2000: no hint, never today itself.
    assert_eq!(
        likely_certified_on(day("2026-03-05"), day("2000-01-01")),
        None
    );
    assert_eq!(
        likely_certified_on(day("2030-01-01"), day("2026-12-04")),
        None
    );
    assert_eq!(
        likely_certified_on(day("2000-06-01"), day("2000-03-01")),
        None
    );
    assert_eq!(
        likely_certified_on(day("2028-02-29"), day("2027-12-31")),
        None
    );
    let mut as_of = day("2000-01-01");
    while as_of < day("2003-01-01") {
        let mut certified_on = as_of.succ_opt().unwrap();
        for _ in 0..800 {
            if let Some(likely) = likely_certified_on(certified_on, as_of) {
                assert!(
                    certified_on_accepted(likely, as_of),
                    "{certified_on} {as_of}"
                );
            }
            certified_on = certified_on + chrono::Days::new(1);
        }
        as_of = as_of + chrono::Days::new(37);
    }
}

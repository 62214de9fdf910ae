//! Parsing: every field of the contract's profile format, and every way a profile is invalid.

use super::*;
use crate::date_value::IdExpiry;
use chrono::NaiveDate;

const FULL: &str = r#"
[org]
name = "深圳市星河数据科技有限公司"
kind = "enterprise"
members = 1500
uscc = "91440300MA5G123405"
license_name = "深圳市星河数据科技有限公司"
region = "深圳"
industry = "software"
small_micro = false
poverty_county = false
gov_level = "county"
corporate_account = false
registered_address = "a"
office_address = "b"
license_expires = 2040-01-01

[legal_rep]
name = "张三"
id_number = "360426199101010071"
id_expires = "2030-05-01"

[documents]
business_license = "docs/license.pdf"
legal_rep_id_front = "docs/id-front.jpg"

[platforms.icp]
[platforms.wecom]
certified_on = 2025-12-20
[platforms.official_account]
type = "subscription"
[platforms.mini_program]
[platforms.dingtalk]
level = "advanced"
[platforms.alipay]
"#;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn error_of(text: &str) -> String {
    parse_profile("p.toml", text)
        .expect_err("the profile is invalid")
        .to_string()
}

#[test]
fn every_field_of_the_contract_is_read() {
    let profile = parse_profile("p.toml", FULL).unwrap();
    let org = profile.org();
    assert_eq!(org.members.get(), 1500);
    assert_eq!(org.gov_level, Some(GovLevel::County));
    assert!(!org.corporate_account);
    assert_eq!(org.license_expires, Some(date(2040, 1, 1)));
    let rep = profile.legal_rep().unwrap();
    assert_eq!(
        rep.id_expires,
        Some(IdExpiry::On(date(2030, 5, 1))),
        "quoted dates work too"
    );
    let slots: Vec<_> = profile.documents().iter().map(|file| file.slot).collect();
    assert_eq!(slots, ["business_license", "legal_rep_id_front"]);
    let platforms: Vec<_> = profile
        .platforms()
        .iter()
        .map(|entry| entry.platform().id())
        .collect();
    assert_eq!(
        platforms,
        [
            "wecom",
            "official_account",
            "mini_program",
            "dingtalk",
            "alipay",
            "icp"
        ],
        "canonical order"
    );
    assert_eq!(
        profile
            .platform(crate::platform::Platform::Wecom)
            .unwrap()
            .certified_on,
        Some(date(2025, 12, 20))
    );
    assert_eq!(
        profile
            .platform(crate::platform::Platform::OfficialAccount)
            .unwrap()
            .settings,
        PlatformSettings::OfficialAccount {
            account_type: AccountType::Subscription
        }
    );
}

#[test]
fn optional_settings_have_their_documented_defaults() {
    let profile = parse_profile(
        "p.toml",
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 1\n[platforms.official_account]\n[platforms.dingtalk]\n",
    )
    .unwrap();
    assert!(profile.org().corporate_account);
    assert!(!profile.org().small_micro);
    let settings: Vec<_> = profile
        .platforms()
        .iter()
        .map(|entry| entry.settings.clone())
        .collect();
    assert_eq!(
        settings,
        [
            PlatformSettings::OfficialAccount {
                account_type: AccountType::Service
            },
            PlatformSettings::Dingtalk {
                level: DingtalkLevel::Intermediate
            }
        ]
    );
}

#[test]
fn invalid_profiles_name_line_column_and_key() {
    let base = "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\n";
    let cases = [
        (
            base.replace("members = 5", "members = 0"),
            "p.toml:4:11: org.members: must be an integer ≥ 1, found 0",
        ),
        (
            base.replace("members = 5", "members = -3"),
            "p.toml:4:11: org.members: must be an integer ≥ 1, found -3",
        ),
        (
            base.replace("members = 5", "members = 1.5"),
            "p.toml:4:11: org.members: expected an integer, found floating point `1.5`",
        ),
        (
            base.replace("members = 5", "members = \"5\""),
            "p.toml:4:11: org.members: \"5\" is text in quotes; members takes a plain number",
        ),
        (
            base.replace("kind = \"enterprise\"", "kind = \"goverment\""),
            "p.toml:3:8: org.kind: unknown value `goverment`",
        ),
        (
            base.replace("[platforms.wecom]", "[platforms.wecomm]"),
            "p.toml:5:12: platforms.wecomm: unknown key `wecomm`",
        ),
        (
            format!("{base}certified_on = 2025-02-30\n"),
            "p.toml:6:16: platforms.wecom.certified_on",
        ),
        (
            format!("{base}certified_on = \"2025-02-29\"\n"),
            "\"2025-02-29\" is not a calendar date",
        ),
        (
            format!("{base}certified_on = \"20250101\"\n"),
            "help: write certified_on = 2025-01-01",
        ),
        (
            format!("{base}certified_on = 2025-01-01T10:00:00\n"),
            "expected a date YYYY-MM-DD, found date-time",
        ),
        (
            base.replace("name = \"x\"", "name = \"  \""),
            "p.toml:2:8: org.name: must not be empty",
        ),
        (
            base.replace("name = \"x\"\n", ""),
            "org.name: missing required key `name`",
        ),
        ("".to_owned(), "org: missing required key `org`"),
        (
            format!("{base}[documents]\nbusiness_licence = \"a.pdf\"\n"),
            "documents.business_licence: unknown document `business_licence`",
        ),
        (
            format!("{base}[platforms.gov_account]\n"),
            "platforms.gov_account: a government account is only for government bodies and public institutions",
        ),
        (
            base.replace("[platforms.wecom]", ""),
            "platforms: the profile chooses no platform",
        ),
        ("[org\nname=1".to_owned(), "p.toml:1:5"),
    ];
    for (text, expected) in cases {
        let message = error_of(&text);
        assert!(
            message.contains(expected),
            "expected {expected:?} in:\n{message}\nfor:\n{text}"
        );
    }
}

#[test]
fn typos_get_a_suggestion() {
    let message =
        error_of("[org]\nname = \"x\"\nkind = \"enterprise\"\nmembrs = 5\n[platforms.wecom]\n");
    assert!(message.contains("did you mean `members`?"), "{message}");
    let message = error_of(
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[documents]\nbusiness_licence = \"a\"\n[platforms.wecom]\n",
    );
    assert!(
        message.contains("did you mean `business_license`?"),
        "{message}"
    );
}

#[test]
fn public_institutions_and_government_bodies_may_hold_a_government_account() {
    for kind in ["government", "public_institution"] {
        let text = format!(
            "[org]\nname = \"x\"\nkind = \"{kind}\"\nmembers = 5\n[platforms.gov_account]\nname = \"深圳民政\"\n"
        );
        assert!(parse_profile("p.toml", &text).is_ok(), "{kind}");
    }
}

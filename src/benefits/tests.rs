//! Binding limits at the tier boundaries and for each kind of exclusion; every platform's
//! comparison.

use super::*;
use crate::profile::parse_profile;
use crate::quote::quote;
use crate::rules::{EMBEDDED_RULES, load_rules};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn binding_ids(org_extra: &str, platforms: &str) -> Vec<String> {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let text = format!("[org]\nname = \"x\"\n{org_extra}\n{platforms}");
    let profile = parse_profile("t.toml", &text).unwrap();
    let quoted = quote(&profile, &rules, day(), 1);
    profile_benefits(&profile, &rules, day(), &quoted, &[])
        .iter()
        .flat_map(|platform| platform.binding.iter().map(|binding| binding.id.clone()))
        .collect()
}

fn wecom_binding(members: u64) -> Option<(String, Option<Fen>)> {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let text = format!(
        "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = {members}\n[platforms.wecom]\n"
    );
    let profile = parse_profile("t.toml", &text).unwrap();
    let quoted = quote(&profile, &rules, day(), 1);
    let platforms = profile_benefits(&profile, &rules, day(), &quoted, &[]);
    platforms[0]
        .binding
        .first()
        .map(|binding| (binding.fix.en.clone(), binding.cost_fen))
}

#[test]
fn the_member_limit_binds_above_one_hundred_and_names_the_tier_needed() {
    assert_eq!(wecom_binding(100), None);
    assert_eq!(
        wecom_binding(101),
        Some((
            "certify at the small tier (up to 1000)".to_owned(),
            Some(Fen(30_000))
        ))
    );
    assert_eq!(
        wecom_binding(1_000).unwrap().0,
        "certify at the small tier (up to 1000)"
    );
    assert_eq!(
        wecom_binding(1_001),
        Some((
            "certify at the medium tier (up to 10000)".to_owned(),
            Some(Fen(300_000))
        ))
    );
    assert_eq!(
        wecom_binding(10_000).unwrap().0,
        "certify at the medium tier (up to 10000)"
    );
    assert_eq!(
        wecom_binding(10_001),
        Some((
            "certify at the large tier (unlimited)".to_owned(),
            Some(Fen(3_000_000))
        ))
    );
}

#[test]
fn choices_that_rule_a_benefit_out() {
    let kind = "kind = \"enterprise\"\nmembers = 5";
    assert_eq!(
        binding_ids(
            kind,
            "[platforms.official_account]\ntype = \"subscription\"\n"
        ),
        ["official_account.wechat_pay.ruled_out_by_type"]
    );
    assert!(binding_ids(kind, "[platforms.official_account]\n").is_empty());
    let county = "kind = \"public_institution\"\nmembers = 5\ngov_level = \"county\"";
    assert_eq!(
        binding_ids(county, "[platforms.gov_account]\n"),
        ["gov_account.payment.ruled_out_by_level"]
    );
    let prefecture = "kind = \"public_institution\"\nmembers = 5\ngov_level = \"prefecture\"";
    assert!(binding_ids(prefecture, "[platforms.gov_account]\n").is_empty());
    let subscription = binding_ids(
        prefecture,
        "[platforms.gov_account]\ntype = \"subscription\"\n",
    );
    assert_eq!(subscription, ["gov_account.payment.ruled_out_by_type"]);
}

#[test]
fn no_corporate_account_and_kinds_that_must_certify() {
    let ids = binding_ids(
        "kind = \"enterprise\"\nmembers = 5\ncorporate_account = false",
        "[platforms.mini_program]\n",
    );
    assert_eq!(ids, ["mini_program.wechat_pay.needs_corporate_account"]);
    let ids = binding_ids(
        "kind = \"social_group\"\nmembers = 5",
        "[platforms.mini_program]\n",
    );
    assert_eq!(ids, ["mini_program.publishing.certification_required"]);
}

#[test]
fn every_platform_has_a_comparison() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    for platform in general_benefits(&rules, day(), Platform::ALL) {
        assert!(!platform.benefits.is_empty(), "{}", platform.platform);
        assert!(platform.binding.is_empty());
    }
    let wecom = &general_benefits(&rules, day(), &[Platform::Wecom])[0];
    assert!(
        wecom
            .notes
            .iter()
            .any(|note| note.id == "wecom.customers_conflict"),
        "the conflicting figure is shown"
    );
}

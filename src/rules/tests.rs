//! The embedded rules keep every invariant, and the loader rejects rule sets that break one.

use super::{EMBEDDED_JSON, EMBEDDED_RULES, FeeAmount, embedded_rules, load_rules};
use crate::platform::Platform;
use std::collections::HashSet;

fn load_edited(from: &str, to: &str) -> String {
    assert!(
        EMBEDDED_RULES.contains(from),
        "the embedded rules contain {from:?}"
    );
    let text = EMBEDDED_RULES.replacen(from, to, 1);
    match load_rules("edited.toml", &text) {
        Ok(_) => panic!("rules with {to:?} instead of {from:?} were accepted"),
        Err(diagnostics) => diagnostics.to_string(),
    }
}

#[test]
fn the_embedded_rules_load() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    assert_eq!(rules.schema_version, 1);
}

#[test]
fn every_platform_has_a_fee_in_force() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    for platform in Platform::ALL {
        assert!(
            !rules.fees_for(*platform, day).is_empty(),
            "{platform} has no fee"
        );
    }
}

#[test]
fn every_value_is_sourced_from_a_listed_source() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let sources: HashSet<_> = rules
        .sources
        .iter()
        .map(|source| source.id.as_str())
        .collect();
    let cited = rules
        .fees
        .iter()
        .map(|fee| &fee.provenance)
        .chain(
            rules
                .exemptions
                .iter()
                .map(|exemption| &exemption.provenance),
        )
        .chain(rules.annual_reviews.iter().map(|review| &review.provenance))
        .chain(rules.subsidies.iter().map(|subsidy| &subsidy.provenance));
    for provenance in cited {
        assert!(
            sources.contains(provenance.source.as_str()),
            "{}",
            provenance.source
        );
        assert!(!provenance.fact.is_empty());
    }
}

#[test]
fn wecom_scale_tiers_follow_the_fact_register() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let scale = rules
        .fees
        .iter()
        .find(|fee| fee.id == "wecom.scale_fee")
        .unwrap();
    let FeeAmount::Tiers(tiers) = &scale.amount else {
        panic!("the scale fee is tiered")
    };
    let shape: Vec<_> = tiers
        .iter()
        .map(|tier| (tier.id.as_str(), tier.max_members, tier.amount_fen.0))
        .collect();
    assert_eq!(
        shape,
        [
            ("small", Some(1_000), 0),
            ("medium", Some(10_000), 270_000),
            ("large", None, 2_970_000)
        ]
    );
}

#[test]
fn overlapping_exemptions_without_an_order_are_rejected() {
    let message = load_edited(
        "kinds = [\"public_institution\", \"social_group\", \"private_non_enterprise\", \"for_profit_org\"]",
        "kinds = [\"public_institution\", \"government\"]",
    );
    assert!(message.contains("without an order"), "{message}");
    assert!(message.contains("exemptions[1].kinds"), "{message}");
}

#[test]
fn overlapping_exemptions_with_distinct_precedence_are_accepted() {
    let text = EMBEDDED_RULES.replacen(
        "kinds = [\"public_institution\", \"social_group\", \"private_non_enterprise\", \"for_profit_org\"]",
        "kinds = [\"public_institution\", \"government\"]\nprecedence = 1",
        1,
    );
    load_rules("edited.toml", &text).unwrap();
}

#[test]
fn unknown_sources_duplicate_ids_and_bad_tiers_are_rejected_at_their_line() {
    let message = load_edited("source = \"seed:002\"", "source = \"seed:999\"");
    assert!(
        message.contains("unknown source `seed:999`") && message.contains(".source"),
        "{message}"
    );

    let message = load_edited(
        "id = \"mini_program.exempt\"",
        "id = \"official_account.exempt\"",
    );
    assert!(message.contains("is used twice"), "{message}");

    let message = load_edited("max_members = 10000", "max_members = 900");
    assert!(message.contains("tiers must ascend"), "{message}");

    let message = load_edited(
        "{ id = \"large\", amount_fen = 2970000 }",
        "{ id = \"large\", max_members = 20000, amount_fen = 2970000 }",
    );
    assert!(
        message.contains("the last tier must have no maximum"),
        "{message}"
    );
}

#[test]
fn unknown_keys_and_unsupported_versions_are_rejected() {
    let message = load_edited(
        "refundable = true\nfact = \"WECOM-SCALE\"",
        "refundible = true\nfact = \"WECOM-SCALE\"",
    );
    assert!(
        message.contains("unknown key `refundible`")
            && message.contains("did you mean `refundable`"),
        "{message}"
    );
    let message = load_edited("schema_version = 1", "schema_version = 2");
    assert!(message.contains("unsupported rules format 2"), "{message}");
}

#[test]
fn notes_must_be_about_an_existing_rule() {
    let message = load_edited(
        "about = \"dingtalk.certification_fee\"",
        "about = \"dingtalk.nothing\"",
    );
    assert!(
        message.contains("`dingtalk.nothing` is not the id"),
        "{message}"
    );
}

#[test]
fn a_step_for_charged_tiers_names_tiers_of_the_platforms_tiered_fee() {
    let message = load_edited(
        "charged_tiers = [\"medium\", \"large\"]",
        "charged_tiers = [\"medium\", \"huge\"]",
    );
    assert!(
        message.contains("`huge` is not a tier of a tiered `wecom` fee")
            && message.contains("charged_tiers"),
        "{message}"
    );
}

#[test]
fn a_fee_change_is_a_new_version_with_dates() {
    let changed = EMBEDDED_RULES.replacen(
        "fact = \"OA-FEE\"\nsource = \"official-copy:wechat-verify\"\neffective = 2025-01-01\n",
        "fact = \"OA-FEE\"\nsource = \"official-copy:wechat-verify\"\neffective = 2025-01-01\nuntil = 2027-01-01\n\n[[fees]]\nplatform = \"official_account\"\nitem = \"certification_fee\"\nname_zh = \"认证审核费\"\nname_en = \"Verification fee\"\namount_fen = 50000\nrefundable = false\nfact = \"OA-FEE\"\nsource = \"official-copy:wechat-verify\"\neffective = 2027-01-01\n",
        1,
    );
    let rules = load_rules("changed.toml", &changed).unwrap();
    let amount_on = |year| {
        let day = chrono::NaiveDate::from_ymd_opt(year, 6, 1).unwrap();
        match &rules.fees_for(Platform::OfficialAccount, day)[0]
            .rule
            .amount
        {
            FeeAmount::AmountFen(amount) => amount.0,
            FeeAmount::Tiers(_) => unreachable!(),
        }
    };
    assert_eq!(amount_on(2026), 30_000);
    assert_eq!(amount_on(2027), 50_000);
}

#[test]
fn holiday_years_have_thirteen_statutory_days_and_the_published_ranges() {
    let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let years: Vec<i32> = rules.holidays.iter().map(|year| year.year).collect();
    assert_eq!(years, [2025, 2026]);
    for year in &rules.holidays {
        let statutory: u32 = year.days_off.iter().map(|range| range.statutory_days).sum();
        assert_eq!(
            statutory, 13,
            "{}: 13 statutory days since the 2025 reform",
            year.year
        );
        for day in &year.makeup_workdays {
            use chrono::Datelike;
            assert!(
                day.weekday().number_from_monday() >= 6,
                "{day} is a weekend day"
            );
        }
    }
    let ranges: Vec<String> = rules.holidays[1]
        .days_off
        .iter()
        .map(|range| format!("{}..{}", range.from, range.to))
        .collect();
    assert_eq!(
        ranges,
        [
            "2026-01-01..2026-01-03",
            "2026-02-15..2026-02-23",
            "2026-04-04..2026-04-06",
            "2026-05-01..2026-05-05",
            "2026-06-19..2026-06-21",
            "2026-09-25..2026-09-27",
            "2026-10-01..2026-10-07"
        ]
    );
    let days_off: usize = rules.holidays[0]
        .days_off
        .iter()
        .map(|range| (range.to - range.from).num_days() as usize + 1)
        .sum();
    assert_eq!(days_off, 28, "2025: 1 + 8 + 3 + 5 + 3 + 8 days off");
}

#[test]
fn inconsistent_holiday_years_are_rejected() {
    let message = load_edited(
        "makeup_workdays = [2026-01-04,",
        "makeup_workdays = [2026-01-05,",
    );
    assert!(message.contains("not a weekend day"), "{message}");
    let message = load_edited(
        "{ name = \"中秋节\", from = 2026-09-25, to = 2026-09-27, statutory_days = 1 }",
        "{ name = \"中秋节\", from = 2026-09-24, to = 2026-09-27, statutory_days = 1 }",
    );
    assert!(
        message.contains("weekdays are off, but statutory days"),
        "{message}"
    );
}

#[test]
fn the_embedded_json_is_the_validated_toml() {
    let from_toml = load_rules("embedded", EMBEDDED_RULES).unwrap();
    let json = serde_json::to_string_pretty(&from_toml).unwrap() + "\n";
    if std::env::var_os("CERTPLAN_BLESS").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/data/embedded.json"),
            &json,
        )
        .unwrap();
    }
    assert!(
        EMBEDDED_JSON == json,
        "src/rules/data/*.toml and embedded.json differ: regenerate with `CERTPLAN_BLESS=1 cargo test --lib embedded_json` and rebuild"
    );
    let reread = serde_json::to_string(&embedded_rules()).unwrap();
    assert_eq!(
        reread,
        serde_json::to_string(&from_toml).unwrap(),
        "the JSON reads back to the same rules"
    );
}

//! Fees per facts.md for every entity kind and member count, tier boundaries included, and
//! the properties every quote keeps.

use super::{LineKind, Quote, quote};
use crate::entity_kind::EntityKind;
use crate::money::Fen;
use crate::platform::Platform;
use crate::profile::parse_profile;
use crate::rules::{EMBEDDED_RULES, Rules, load_rules};
use chrono::NaiveDate;
use proptest::prelude::*;

/// The embedded rules, loaded once: quotes borrow from them.
fn rules() -> &'static Rules {
    static RULES: std::sync::LazyLock<Rules> = std::sync::LazyLock::new(|| {
        load_rules("embedded", EMBEDDED_RULES).expect("embedded rules are valid")
    });
    &RULES
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn quote_for(
    kind: EntityKind,
    members: u64,
    extra_org: &str,
    platforms: &[Platform],
) -> Quote<'static> {
    let tables: String = platforms
        .iter()
        .map(|platform| format!("[platforms.{platform}]\n"))
        .collect();
    let text = format!(
        "[org]\nname = \"测试\"\nkind = \"{kind}\"\nmembers = {members}\n{extra_org}\n{tables}"
    );
    let profile = parse_profile("test.toml", &text).expect("test profile is valid");
    quote(&profile, rules(), day(), 1)
}

fn first(kind: EntityKind, members: u64, platform: Platform) -> i64 {
    quote_for(kind, members, "", &[platform]).platforms[0]
        .first_fen
        .0
}

#[test]
fn wecom_worked_examples_from_the_fact_register() {
    use EntityKind::*;
    let cases = [
        (Enterprise, 800, 30_000),
        (Enterprise, 1_000, 30_000),
        (Enterprise, 1_001, 300_000),
        (Enterprise, 10_000, 300_000),
        (Enterprise, 10_001, 3_000_000),
        (IndividualBusiness, 1_001, 300_000),
        (PublicInstitution, 50_000, 30_000),
        (SocialGroup, 20_000, 30_000),
        (PrivateNonEnterprise, 5_000, 30_000),
        (ForProfitOrg, 12_000, 30_000),
        (Government, 1, 0),
        (Government, 100_000, 0),
        (NonprofitOrg, 20_000, 0),
        (Foundation, 3_000, 0),
    ];
    for (kind, members, expected) in cases {
        assert_eq!(
            first(kind, members, Platform::Wecom),
            expected,
            "{kind} with {members} members"
        );
    }
}

#[test]
fn a_rejected_wecom_attempt_costs_only_the_review_fee() {
    let quoted = quote_for(EntityKind::Enterprise, 20_000, "", &[Platform::Wecom]);
    assert_eq!(quoted.platforms[0].failed_attempt_fen, Fen(30_000));
    let government = quote_for(EntityKind::Government, 20_000, "", &[Platform::Wecom]);
    assert_eq!(government.platforms[0].failed_attempt_fen, Fen(0));
}

#[test]
fn wecom_annual_review_charges_review_and_scale_fee_again() {
    let quoted = quote_for(EntityKind::Enterprise, 1_500, "", &[Platform::Wecom]);
    assert_eq!(quoted.platforms[0].annual_review_fen, Fen(300_000));
    let notes: Vec<_> = quoted.platforms[0]
        .notes
        .iter()
        .map(|note| note.id.as_str())
        .collect();
    assert!(
        notes.contains(&"wecom.renew_fee_third_party"),
        "the third-party basis is flagged: {notes:?}"
    );
}

#[test]
fn official_account_and_mini_program_are_free_only_for_government_and_foundations() {
    for platform in [Platform::OfficialAccount, Platform::MiniProgram] {
        for kind in EntityKind::ALL.iter().copied() {
            let expected = if matches!(kind, EntityKind::Government | EntityKind::Foundation) {
                0
            } else {
                30_000
            };
            assert_eq!(first(kind, 10, platform), expected, "{platform} for {kind}");
        }
    }
}

/// GOV-FEE (ruling of 2026-12-04): government bodies 0; public institutions 300 per attempt,
/// in a poverty county too (a reduction is applied for, not granted), with a note saying so
/// only where the profile is in a poverty county.
#[test]
fn government_accounts_are_free_for_government_only_and_poverty_counties_get_a_note() {
    let table = [
        (EntityKind::Government, false, 0),
        (EntityKind::Government, true, 0),
        (EntityKind::PublicInstitution, false, 30_000),
        (EntityKind::PublicInstitution, true, 30_000),
    ];
    for (kind, poverty, expected) in table {
        let quoted = quote_for(
            kind,
            10,
            &format!("poverty_county = {poverty}"),
            &[Platform::GovAccount],
        );
        let platform = &quoted.platforms[0];
        assert_eq!(
            platform.first_fen,
            Fen(expected),
            "{kind} poverty={poverty}"
        );
        assert_eq!(
            platform.annual_review_fen,
            Fen(expected),
            "{kind} poverty={poverty}"
        );
        let noted = platform
            .notes
            .iter()
            .any(|note| note.id == "gov_account.poverty_seed_only");
        // A government body owes nothing: no note about a fee it does not pay.
        let owes = kind == EntityKind::PublicInstitution;
        assert_eq!(
            noted,
            poverty && owes,
            "{kind} poverty={poverty}: the reduction note"
        );
        assert!(
            platform
                .lines
                .iter()
                .all(|line| line.rule != "gov_account.exempt_poverty_county"),
            "no poverty-county waiver line"
        );
    }
}

#[test]
fn dingtalk_alipay_and_icp_cost_nothing() {
    for platform in [Platform::Dingtalk, Platform::Alipay, Platform::Icp] {
        for kind in [EntityKind::Enterprise, EntityKind::SocialGroup] {
            let quoted = quote_for(kind, 50_000, "", &[platform]);
            let platform_quote = &quoted.platforms[0];
            assert_eq!(platform_quote.first_fen, Fen(0), "{platform}");
            assert_eq!(platform_quote.annual_review_fen, Fen(0), "{platform}");
        }
    }
}

#[test]
fn shenzhen_small_micro_enterprises_expect_half_back() {
    let platforms = [
        Platform::Wecom,
        Platform::OfficialAccount,
        Platform::MiniProgram,
        Platform::Dingtalk,
    ];
    for region in [
        "深圳",
        "广东省深圳市",
        "Shenzhen",
        "SHENZHEN",
        "shenzhen city",
    ] {
        let quoted = quote_for(
            EntityKind::Enterprise,
            1_500,
            &format!("small_micro = true\nregion = \"{region}\""),
            &platforms,
        );
        let subsidies: Vec<i64> = quoted
            .platforms
            .iter()
            .map(|platform| platform.subsidy_fen.0)
            .collect();
        assert_eq!(subsidies, [150_000, 15_000, 15_000, 0], "region {region}");
        assert_eq!(quoted.subsidy_fen, Fen(180_000));
        assert_eq!(quoted.net_first_fen, Fen(360_000 - 180_000));
    }
    let not_small = quote_for(
        EntityKind::Enterprise,
        80,
        "region = \"深圳\"",
        &[Platform::Wecom],
    );
    assert_eq!(not_small.subsidy_fen, Fen(0));
    let elsewhere = quote_for(
        EntityKind::Enterprise,
        80,
        "small_micro = true\nregion = \"广州\"",
        &[Platform::Wecom],
    );
    assert_eq!(elsewhere.subsidy_fen, Fen(0));
}

#[test]
fn every_exemption_and_subsidy_considered_is_recorded_with_its_reason() {
    let quoted = quote_for(EntityKind::SocialGroup, 20_000, "", &[Platform::Wecom]);
    let decisions: Vec<_> = quoted.platforms[0]
        .decisions
        .iter()
        .map(|d| (d.rule, d.target.as_ref(), d.applied))
        .collect();
    assert!(decisions.contains(&("wecom.exempt_scale", "wecom.scale_fee", true)));
    assert!(decisions.contains(&("wecom.exempt_full", "wecom.review_fee", false)));
    assert!(decisions.contains(&("shenzhen.sme_digital", "wecom.first_fen", false)));
}

#[test]
fn multi_year_totals_add_annual_reviews() {
    let text = "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 1500\n[platforms.wecom]\n[platforms.official_account]\n";
    let profile = parse_profile("t.toml", text).unwrap();
    let quoted = quote(&profile, rules(), day(), 3);
    assert_eq!(quoted.first_fen, Fen(330_000));
    assert_eq!(quoted.total_fen, Fen(330_000 + 2 * 330_000));
}

#[test]
fn rules_not_yet_in_force_are_used_but_flagged() {
    let early = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    let text = "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 10\n[platforms.wecom]\n";
    let quoted = quote(&parse_profile("t.toml", text).unwrap(), rules(), early, 1);
    assert_eq!(quoted.first_fen, Fen(30_000));
    assert!(
        quoted
            .assumptions
            .iter()
            .any(|note| note.en.contains("wecom.review_fee")),
        "{:?}",
        quoted.assumptions
    );
    assert!(
        quote_for(EntityKind::Enterprise, 10, "", &[Platform::Wecom])
            .assumptions
            .is_empty()
    );
}

fn kind_strategy() -> impl Strategy<Value = EntityKind> {
    proptest::sample::select(EntityKind::ALL.to_vec())
}

fn platform_set() -> impl Strategy<Value = Vec<Platform>> {
    proptest::sample::subsequence(Platform::ALL.to_vec(), 1..=Platform::ALL.len())
        .prop_map(|set| {
            set.into_iter()
                .filter(|platform| *platform != Platform::GovAccount)
                .collect::<Vec<_>>()
        })
        .prop_filter("at least one platform", |set| !set.is_empty())
}

proptest! {
    #[test]
    fn fees_never_decrease_as_members_grow(kind in kind_strategy(), a in 1u64..50_000, b in 1u64..50_000) {
        let (small, large) = (a.min(b), a.max(b));
        for platform in [Platform::Wecom, Platform::OfficialAccount, Platform::MiniProgram] {
            prop_assert!(first(kind, small, platform) <= first(kind, large, platform));
        }
    }

    #[test]
    fn lines_add_up_to_every_figure(kind in kind_strategy(), members in 1u64..40_000, small_micro: bool,
                                    shenzhen: bool, platforms in platform_set(), years in 1u32..10) {
        let region = if shenzhen { "深圳" } else { "杭州" };
        let tables: String = platforms.iter().map(|platform| format!("[platforms.{platform}]\n")).collect();
        let text = format!("[org]\nname = \"x\"\nkind = \"{kind}\"\nmembers = {members}\nsmall_micro = {small_micro}\nregion = \"{region}\"\n{tables}");
        let quoted = quote(&parse_profile("t.toml", &text).unwrap(), rules(), day(), years);
        for platform in &quoted.platforms {
            let charged = platform.lines.iter().filter(|line| line.kind != LineKind::Subsidy);
            prop_assert_eq!(platform.first_fen, charged.map(|line| line.amount).sum::<Fen>());
            let subsidy: Fen = platform.lines.iter().filter(|line| line.kind == LineKind::Subsidy).map(|line| -line.amount).sum();
            prop_assert_eq!(platform.subsidy_fen, subsidy);
            prop_assert!(platform.subsidy_fen >= Fen::ZERO && platform.subsidy_fen <= platform.first_fen);
            prop_assert!(platform.failed_attempt_fen <= platform.first_fen);
            prop_assert!(platform.first_fen >= Fen::ZERO);
        }
        prop_assert_eq!(quoted.net_first_fen, quoted.first_fen - quoted.subsidy_fen);
        let annual: Fen = quoted.platforms.iter().map(|platform| platform.annual_review_fen).sum();
        prop_assert_eq!(quoted.total_fen, quoted.first_fen + annual.times(years - 1));
    }

    #[test]
    fn an_exemption_never_raises_a_fee(kind in kind_strategy(), members in 1u64..40_000) {
        let quoted = quote_for(kind, members, "", &[Platform::Wecom, Platform::OfficialAccount, Platform::MiniProgram]);
        for line in quoted.platforms.iter().flat_map(|platform| &platform.lines) {
            if line.kind == LineKind::Exemption {
                prop_assert!(line.amount < Fen::ZERO);
            }
        }
        for platform in &quoted.platforms {
            let base: Fen = platform.lines.iter().filter(|line| line.kind == LineKind::Fee).map(|line| line.amount).sum();
            prop_assert!(platform.first_fen <= base);
        }
    }
}

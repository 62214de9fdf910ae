//! Properties across commands on generated profiles: quote totals equal the sum of lines in
//! every format, JSON and CSV say the same numbers, dates from `remind` and `timeline` agree
//! with the working-day calendar, and checklists hold only documents the rules know.

use certplan::calendar::WorkCalendar;
use certplan::checklist::checklist;
use certplan::entity_kind::EntityKind;
use certplan::lang::Lang;
use certplan::platform::Platform;
use certplan::profile::{Profile, parse_profile};
use certplan::quote::quote;
use certplan::render::Context;
use certplan::render::quote::{csv as quote_csv, json as quote_json};
use certplan::review::{ReviewPolicy, review_schedule};
use certplan::rules::{EMBEDDED_RULES, Rules, StepRole, load_rules};
use certplan::timeline::plan_timeline;
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn rules() -> &'static (Rules, WorkCalendar) {
    static RULES: OnceLock<(Rules, WorkCalendar)> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
        let calendar = WorkCalendar::new(&rules);
        (rules, calendar)
    })
}

fn day(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(offset)
}

prop_compose! {
    fn profiles()(
        kind in proptest::sample::select(EntityKind::ALL.to_vec()),
        members in 1u64..30_000,
        small_micro: bool,
        shenzhen: bool,
        poverty: bool,
        level in proptest::sample::select(vec!["central", "provincial", "prefecture", "county", "township"]),
        platforms in proptest::sample::subsequence(Platform::ALL.to_vec(), 1..=Platform::ALL.len()),
        certified in proptest::collection::vec(0u64..700, Platform::ALL.len()),
        industry in proptest::sample::select(vec!["education", "medical", "software"]),
        corporate: bool,
    ) -> Profile {
        let mut text = format!(
            "[org]\nname = \"生成\"\nkind = \"{kind}\"\nmembers = {members}\nsmall_micro = {small_micro}\nregion = \"{}\"\npoverty_county = {poverty}\ngov_level = \"{level}\"\nindustry = \"{industry}\"\ncorporate_account = {corporate}\n",
            if shenzhen { "深圳" } else { "成都" },
        );
        for (index, platform) in platforms.iter().enumerate() {
            if *platform == Platform::GovAccount && !kind.may_hold_gov_account() {
                continue;
            }
            text.push_str(&format!("[platforms.{platform}]\n"));
            if !matches!(platform, Platform::Alipay | Platform::Icp) {
                text.push_str(&format!("certified_on = {}\n", day(certified[index])));
            }
        }
        if !text.contains("[platforms.") {
            text.push_str("[platforms.wecom]\n");
        }
        parse_profile("generated.toml", &text).expect("generated profiles are valid")
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn json_and_csv_say_the_same_numbers(profile in profiles(), offset in 0u64..800, years in 1u32..6) {
        let (rules, _) = rules();
        let as_of = day(offset);
        let quoted = quote(&profile, rules, as_of, years);
        let context = Context { profile_path: "generated.toml", as_of, lang: Lang::En, width: None, sheet: None, sheet_row: None };
        let json: serde_json::Value = serde_json::from_str(&quote_json::render(&context, &profile, &quoted, rules)).unwrap();

        let csv = quote_csv::rows(&context, &profile, &quoted);
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
        let mut summary: BTreeMap<(String, String), i64> = BTreeMap::new();
        let mut line_sums: BTreeMap<String, i64> = BTreeMap::new();
        for record in reader.records() {
            let record = record.unwrap();
            let amount: i64 = record[6].parse().unwrap();
            prop_assert_eq!(format!("{}.{:02}", amount.abs() / 100, amount.abs() % 100), record[7].trim_start_matches('-'));
            match &record[3] {
                "summary" | "total" => { summary.insert((record[2].to_owned(), record[4].to_owned()), amount); }
                "fee" | "exemption" => *line_sums.entry(record[2].to_owned()).or_default() += amount,
                _ => {}
            }
        }
        for platform in json["platforms"].as_array().unwrap() {
            let id = platform["platform"].as_str().unwrap().to_owned();
            for figure in ["first_fen", "failed_attempt_fen", "annual_review_fen", "subsidy_fen"] {
                prop_assert_eq!(platform[figure].as_i64().unwrap(), summary[&(id.clone(), figure.to_owned())], "{} {}", id, figure);
            }
            let json_lines: i64 = platform["lines"].as_array().unwrap().iter().filter(|line| line["kind"] != "subsidy").map(|line| line["amount_fen"].as_i64().unwrap()).sum();
            prop_assert_eq!(json_lines, platform["first_fen"].as_i64().unwrap(), "JSON lines add up");
            prop_assert_eq!(line_sums.get(&id).copied().unwrap_or(0), platform["first_fen"].as_i64().unwrap(), "CSV lines add up");
        }
        for figure in ["first_fen", "subsidy_fen", "net_first_fen", "total_fen"] {
            prop_assert_eq!(json[figure].as_i64().unwrap(), summary[&(String::new(), figure.to_owned())], "{}", figure);
        }
    }

    #[test]
    fn remind_and_timeline_dates_agree_with_workdays(profile in profiles(), offset in 0u64..800) {
        let (rules, calendar) = rules();
        let as_of = day(offset);
        let timeline = plan_timeline(&profile, rules, calendar, as_of, as_of);
        for platform in &timeline.platforms {
            prop_assert_eq!(calendar.count(platform.start, platform.latest_on).value, i64::from(platform.max_days));
            prop_assert_eq!(calendar.count(platform.start, platform.earliest_on).value, i64::from(platform.min_days));
            let mut cumulative = 0;
            for step in platform.steps.iter().filter(|step| step.role == StepRole::Step) {
                cumulative += step.max_days;
                prop_assert_eq!(step.done_between.unwrap().1, calendar.add(platform.start, cumulative).unwrap().value);
            }
        }
        let schedule = review_schedule(&profile, rules, calendar, as_of, ReviewPolicy::default());
        for review in &schedule.reviews {
            prop_assert!(calendar.is_workday(review.start_by) || review.review_days.1 == 0);
            let done = calendar.add(review.start_by, review.review_days.1).unwrap().value;
            prop_assert!(done <= review.expires_on, "{} review submitted {} ends {} after expiry {}", review.platform, review.start_by, done, review.expires_on);
            prop_assert_eq!(review.days_left, (review.expires_on - as_of).num_days());
            prop_assert!(review.window_opens_on < review.remind_on, "with the default 60 warn-days the window opens first");
            prop_assert!(review.expires_on < review.grace_ends_on);
        }
    }

    #[test]
    fn checklists_hold_only_documents_the_rules_know(profile in profiles(), offset in 0u64..800) {
        let (rules, _) = rules();
        let lists = checklist(&profile, rules, day(offset), None);
        prop_assert_eq!(lists.len(), profile.platforms().len());
        for list in &lists {
            for item in &list.documents {
                prop_assert!(rules.documents.iter().any(|known| known.rule == item.rule.rule && known.platforms.contains(&list.platform)));
                prop_assert!(item.rule.applies_to(&profile));
            }
        }
    }
}

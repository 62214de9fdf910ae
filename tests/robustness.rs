//! Fuzzing with proptest: arbitrary bytes and near-valid profiles (the examples, mutated) go
//! through parsing and, when they parse, every command's planning and every renderer, in both
//! languages. Nothing may panic. The default budget is small for CI; run longer by hand with
//! `PROPTEST_CASES=20000 cargo test --release --test robustness` (see docs/robustness.md).

use certplan::benefits::profile_benefits;
use certplan::calendar::WorkCalendar;
use certplan::check::{CheckInputs, check};
use certplan::checklist::checklist;
use certplan::lang::Lang;
use certplan::platform::Platform;
use certplan::prepared::{Content, Encryption, FileState, PdfFacts, PreparedFileFacts};
use certplan::profile::{Profile, parse_profile};
use certplan::quote::explain::{Item, explain};
use certplan::quote::quote;
use certplan::render::{self, Context};
use certplan::review::{ReviewPolicy, review_schedule};
use certplan::rules::{EMBEDDED_RULES, FileFormat, Rules, load_rules};
use certplan::timeline::plan_timeline;
use chrono::NaiveDate;
use proptest::prelude::*;
use std::sync::OnceLock;

const EXAMPLES: [&str; 7] = [
    include_str!("../profiles/shenzhen-small-enterprise.toml"),
    include_str!("../profiles/guangzhou-enterprise-1500.toml"),
    include_str!("../profiles/beijing-group-20000.toml"),
    include_str!("../profiles/county-public-institution.toml"),
    include_str!("../profiles/provincial-government-office.toml"),
    include_str!("../profiles/private-school.toml"),
    include_str!("../profiles/social-group.toml"),
];

/// Fragments that tend to break parsers and planners.
const TOKENS: [&str; 24] = [
    "=",
    "\"",
    "[",
    "]",
    "\n",
    "{",
    "}",
    ",",
    ".",
    "#",
    "0",
    "-1",
    "1e400",
    "99999999999999999999",
    "2025-02-30",
    "2024-02-29",
    "9999-12-31",
    "kind = \"government\"",
    "[platforms.gov_account]",
    "members = 1",
    "\u{0}",
    "（深圳）",
    "gov_level = \"township\"",
    "certified_on = 2000-01-01",
];

fn rules() -> &'static (Rules, WorkCalendar) {
    static RULES: OnceLock<(Rules, WorkCalendar)> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = load_rules("embedded", EMBEDDED_RULES).expect("embedded rules are valid");
        let calendar = WorkCalendar::new(&rules);
        (rules, calendar)
    })
}

/// Runs every command's planning and rendering on `profile`.
fn exercise(profile: &Profile, as_of: NaiveDate) {
    let (rules, calendar) = rules();
    let policy = ReviewPolicy::default();
    for lang in [Lang::Zh, Lang::En] {
        let context = Context {
            profile_path: "fuzz.toml",
            as_of,
            lang,
            width: Some(80),
            sheet: None,
            sheet_row: None,
        };
        let quoted = quote(profile, rules, as_of, 3);
        render::quote::table::render(&context, profile, &quoted, rules);
        render::quote::json::render(&context, profile, &quoted, rules);
        render::quote::csv::rows(&context, profile, &quoted);
        for platform in Platform::ALL {
            for item in [Item::Platform(*platform), Item::Total("total_fen")] {
                if let Ok(tree) = explain(item, profile, &quoted, lang) {
                    render::explain::text(&context, profile, "item", &tree);
                    render::explain::json(&context, profile, "item", &tree);
                }
            }
        }
        let files: Vec<PreparedFileFacts> = profile
            .documents()
            .iter()
            .enumerate()
            .map(|(index, file)| PreparedFileFacts {
                slot: file.slot.to_owned(),
                path: file.path.clone(),
                state: match index % 6 {
                    0 => FileState::Missing,
                    1 => FileState::Read {
                        size: 9_000_000,
                        format: Some(FileFormat::Png),
                        content: Content::Image {
                            width: u32::MAX,
                            height: 0,
                        },
                    },
                    2 => FileState::Read {
                        size: 10,
                        format: Some(FileFormat::Pdf),
                        content: Content::Broken,
                    },
                    3 => FileState::Read {
                        size: 10,
                        format: Some(FileFormat::Pdf),
                        content: Content::Pdf(PdfFacts {
                            pages: 0,
                            encryption: Encryption::Password,
                            smallest_page: Some((u32::MAX, 0, u32::MAX)),
                        }),
                    },
                    4 => FileState::Read {
                        size: 10,
                        format: Some(FileFormat::Jpg),
                        content: Content::NotExamined,
                    },
                    _ => FileState::Read {
                        size: 10,
                        format: None,
                        content: Content::NotExamined,
                    },
                },
            })
            .collect();
        let lists = checklist(profile, rules, as_of, Some(&files));
        render::checklist::table(&context, Some(profile), &lists, rules);
        render::checklist::json(&context, Some(profile), &lists);
        render::checklist::csv(&context, Some(profile), &lists);
        let findings = check(
            profile,
            CheckInputs {
                rules,
                calendar,
                as_of,
                files: Some(&files),
            },
        );
        let causes = certplan::check::causes::judge_causes(profile, rules, as_of);
        render::check::table(&context, profile, &findings, &causes, rules);
        render::check::json(&context, profile, &findings, &causes);
        render::check::csv(&context, profile, &findings);
        let reviews = review_schedule(profile, rules, calendar, as_of, policy).reviews;
        let benefits = profile_benefits(profile, rules, as_of, &quoted, &reviews);
        render::benefits::table(&context, Some(profile), &benefits, rules);
        render::benefits::json(&context, Some(profile), &benefits);
        render::benefits::csv(&context, Some(profile), &benefits);
        let timeline = plan_timeline(profile, rules, calendar, as_of, as_of);
        render::timeline::table(&context, profile, &timeline, rules);
        render::timeline::json(&context, profile, &timeline);
        render::timeline::csv(&context, profile, &timeline);
        let schedule = review_schedule(profile, rules, calendar, as_of, policy);
        render::remind::table(&context, profile, &schedule, rules);
        render::remind::json(&context, profile, &schedule);
        render::remind::csv(&context, profile, &schedule);
        render::remind::ics::events(&context, profile, &schedule);
        let mut summary = render::remind::MonitorSummary::default();
        summary.add(profile, &schedule);
        render::remind::nagios(&summary, policy, context.lang);
        let status = certplan::status::status(profile, rules, calendar, as_of);
        render::status::table(&context, profile, &status, rules);
        render::status::json(&context, profile, &status);
        render::status::csv(&context, profile, &status);
        let mut summary = render::status::StatusSummary::default();
        summary.add(&status);
        render::status::nagios(&summary, context.lang);
    }
}

/// Numeric keys of the rules data that have bounds.
const BOUNDED_KEYS: [&str; 8] = [
    "amount_fen",
    "months",
    "window_months",
    "grace_days",
    "min_days",
    "max_days",
    "max_members",
    "percent",
];

/// Values at and beyond those bounds.
const BOUND_VALUES: [&str; 10] = [
    "0",
    "1",
    "-1",
    "120",
    "121",
    "3650",
    "3651",
    "10000000000",
    "10000000001",
    "9223372036854775807",
];

/// `text` with the value of the `occurrence`-th `key = …` (counting round) set to `value`.
fn with_value(text: &str, key: &str, occurrence: usize, value: &str) -> String {
    let needle = format!("{key} = ");
    let places: Vec<usize> = text.match_indices(&needle).map(|(at, _)| at).collect();
    if places.is_empty() {
        return text.to_owned();
    }
    let start = places[occurrence % places.len()] + needle.len();
    let end = start
        + text[start..]
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .unwrap_or(0);
    format!("{}{value}{}", &text[..start], &text[end..])
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..12).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Insert(at, token)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut text = text.to_owned();
    for mutation in mutations {
        match *mutation {
            Mutation::Delete(at, len) => {
                let start = boundary(&text, at);
                let end = boundary(&text, start + len).max(start);
                text.replace_range(start..end, "");
            }
            Mutation::Insert(at, token) => {
                let at = boundary(&text, at);
                text.insert_str(at, TOKENS[token]);
            }
            Mutation::DuplicateLine(line) | Mutation::SwapLines(line, _)
                if text.lines().count() == 0 =>
            {
                let _ = line;
            }
            Mutation::DuplicateLine(line) => {
                let mut lines: Vec<&str> = text.lines().collect();
                let index = line % lines.len();
                lines.insert(index, lines[index]);
                text = lines.join("\n");
            }
            Mutation::SwapLines(a, b) => {
                let mut lines: Vec<&str> = text.lines().collect();
                let count = lines.len();
                lines.swap(a % count, b % count);
                text = lines.join("\n");
            }
        }
    }
    text
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(192)
}

fn as_of() -> impl Strategy<Value = NaiveDate> {
    (0i64..4000).prop_map(|offset| {
        NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Days::new(offset as u64)
    })
}

proptest! {
    // 192 cases per property in CI; PROPTEST_CASES overrides it for long runs by hand.
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(profile) = parse_profile("fuzz.toml", &text) {
            exercise(&profile, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        }
    }

    #[test]
    fn mutated_profiles_never_panic(example in 0..EXAMPLES.len(), mutations in proptest::collection::vec(mutation(), 1..6), day in as_of()) {
        let text = mutate(EXAMPLES[example], &mutations);
        match parse_profile("fuzz.toml", &text) {
            Ok(profile) => exercise(&profile, day),
            Err(diagnostics) => {
                let message = diagnostics.to_string();
                prop_assert!(message.starts_with("fuzz.toml:"), "{message}");
                prop_assert!(message.len() < 4_000, "diagnostics stay short: {} bytes", message.len());
            }
        }
    }

    #[test]
    fn every_example_plans_on_any_day(example in 0..EXAMPLES.len(), day in as_of()) {
        let profile = parse_profile("example.toml", EXAMPLES[example]).unwrap();
        exercise(&profile, day);
    }

    #[test]
    fn arbitrary_rules_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = load_rules("fuzz-rules.toml", &String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn rules_values_at_and_beyond_their_bounds_never_panic_nor_wrap(
        key in 0..BOUNDED_KEYS.len(),
        occurrence in 0usize..40,
        value in 0..BOUND_VALUES.len(),
        years in prop_oneof![Just(1u32), Just(100u32)],
    ) {
        let text = with_value(EMBEDDED_RULES, BOUNDED_KEYS[key], occurrence, BOUND_VALUES[value]);
        match load_rules("bounds.toml", &text) {
            Ok(rules) => {
                let calendar = WorkCalendar::new(&rules);
                let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
                for example in EXAMPLES {
                    let profile = parse_profile("example.toml", example).unwrap();
                    let quoted = quote(&profile, &rules, day, years);
                    prop_assert!(quoted.unrepresentable_figure().is_none());
                    prop_assert!(quoted.first_fen.0 >= 0 && quoted.total_fen.0 >= 0);
                    let _ = plan_timeline(&profile, &rules, &calendar, day, day);
                    let _ = review_schedule(&profile, &rules, &calendar, day, ReviewPolicy::default());
                }
            }
            Err(diagnostics) => {
                let message = diagnostics.to_string();
                prop_assert!(message.starts_with("bounds.toml:"), "{message}");
            }
        }
    }

    #[test]
    fn mutated_rules_never_panic(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let text = mutate(EMBEDDED_RULES, &mutations);
        if let Ok(rules) = load_rules("fuzz-rules.toml", &text) {
            let calendar = WorkCalendar::new(&rules);
            let profile = parse_profile("example.toml", EXAMPLES[1]).unwrap();
            let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
            let quoted = quote(&profile, &rules, day, 2);
            let _ = plan_timeline(&profile, &rules, &calendar, day, day);
            let schedule = review_schedule(&profile, &rules, &calendar, day, ReviewPolicy::default());
            let _ = check(&profile, CheckInputs { rules: &rules, calendar: &calendar, as_of: day, files: None });
            let _ = profile_benefits(&profile, &rules, day, &quoted, &schedule.reviews);
        }
    }
}

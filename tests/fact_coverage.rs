//! The fact register and the rules keep each other honest: every fact id in the project's copy
//! of the register (docs/facts.md) reaches users — through a rule of the embedded data, or a
//! finding or note the code cites — and every fact the rules data names is in the register.

mod common;

use common::{certplan, stdout_of};
use std::collections::BTreeSet;
use std::path::Path;

/// A fact id: capitals, digits and dashes (`WECOM-SCALE`, `ICP`).
fn is_fact_id(text: &str) -> bool {
    text.len() > 2
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
}

/// The ids in the first column of docs/facts.md's tables.
fn register_ids() -> BTreeSet<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/facts.md"))
        .unwrap();
    text.lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|rest| rest.split(" |").next())
        .map(str::trim)
        .filter(|id| is_fact_id(id))
        .map(str::to_owned)
        .collect()
}

/// Every `fact` value in the embedded rules (`certplan rules --format json`).
fn rules_facts() -> BTreeSet<String> {
    fn walk(value: &serde_json::Value, found: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    if key == "fact"
                        && let Some(id) = value.as_str()
                    {
                        found.insert(id.to_owned());
                    }
                    walk(value, found);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, found)),
            _ => {}
        }
    }
    let json = stdout_of(
        &certplan()
            .args(["rules", "--format", "json"])
            .output()
            .unwrap(),
    );
    let mut found = BTreeSet::new();
    walk(&serde_json::from_str(json.trim()).unwrap(), &mut found);
    found
}

/// Fact ids the code cites as string literals (findings, notes built at run time).
fn code_facts() -> BTreeSet<String> {
    fn scan(dir: &Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("tests") {
                    scan(&path, found);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs")
                && path.file_name().is_none_or(|name| name != "tests.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                // Dashed ids only: short capitals (`OK`, `CSV`) are not facts.
                for piece in text.split('"').skip(1).step_by(2) {
                    if is_fact_id(piece) && piece.contains('-') {
                        found.insert(piece.to_owned());
                    }
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    scan(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

#[test]
fn every_fact_in_the_register_reaches_a_command() {
    let used: BTreeSet<String> = rules_facts().union(&code_facts()).cloned().collect();
    let unused: Vec<_> = register_ids()
        .into_iter()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(
        unused.is_empty(),
        "facts in docs/facts.md that no rule or finding cites: {unused:?}"
    );
}

#[test]
fn every_fact_the_rules_name_is_in_the_register() {
    let register = register_ids();
    let unknown: Vec<_> = rules_facts()
        .into_iter()
        .filter(|id| !register.contains(id))
        .collect();
    assert!(
        unknown.is_empty(),
        "facts in the rules data missing from docs/facts.md: {unknown:?}"
    );
    let unknown: Vec<_> = code_facts()
        .into_iter()
        // iCalendar property names are capitals with dashes too.
        .filter(|id| !register.contains(id) && !id.starts_with("X-WR-") && id != "YYYY-MM-DD")
        .collect();
    assert!(
        unknown.is_empty(),
        "facts cited in src/ missing from docs/facts.md: {unknown:?}"
    );
}

#[test]
fn the_facts_new_in_issue_27_reach_a_user_money_and_dates() {
    let register = register_ids();
    let rules = rules_facts();
    for id in ["X-CANCEL", "GOV-REVIEW-TWICE"] {
        assert!(register.contains(id), "{id} is in docs/facts.md");
        assert!(
            rules.contains(id),
            "{id} is cited by the rules data (a tip or a step)"
        );
    }
}

/// Every (fact, source) pair an output names, walking the JSON records of `text`.
fn cited_pairs(text: &str, found: &mut BTreeSet<(String, String)>) {
    fn walk(value: &serde_json::Value, found: &mut BTreeSet<(String, String)>) {
        match value {
            serde_json::Value::Object(map) => {
                if let (Some(fact), Some(source)) = (
                    map.get("fact").and_then(|fact| fact.as_str()),
                    map.get("source").and_then(|source| source.as_str()),
                ) {
                    found.insert((fact.to_owned(), source.to_owned()));
                }
                map.values().for_each(|value| walk(value, found));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, found)),
            _ => {}
        }
    }
    for line in text.lines().filter(|line| line.starts_with('{')) {
        walk(&serde_json::from_str(line).unwrap(), found);
    }
}

/// Issue 27: the nine facts new in round three each reach a user through a command's output
/// (a tip, a step, a benefit, advice), with a source the rules know — not only the rules dump.
#[test]
fn the_nine_new_facts_of_issue_27_reach_an_output_with_their_source() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = [
        "[org]\nname = \"某某科技有限公司\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.wecom]\n[platforms.dingtalk]\n[platforms.mini_program]\ncertified_on = 2025-06-01\n",
        "[org]\nname = \"某某商行\"\nkind = \"individual_business\"\nmembers = 5\n[platforms.dingtalk]\n",
        "[org]\nname = \"某某县人民医院\"\nkind = \"public_institution\"\nmembers = 300\ngov_level = \"county\"\nregion = \"河源市连平县\"\n[platforms.gov_account]\n",
    ];
    let mut cited = BTreeSet::new();
    for (index, text) in profiles.iter().enumerate() {
        let file = dir.path().join(format!("p{index}.toml"));
        std::fs::write(&file, text).unwrap();
        for command in ["checklist", "timeline", "check", "benefits", "remind"] {
            let output = certplan()
                .args([command, "--format", "json", "--as-of", "2026-12-04"])
                .arg(&file)
                .output()
                .unwrap();
            cited_pairs(&stdout_of(&output), &mut cited);
        }
    }
    let json = stdout_of(
        &certplan()
            .args(["rules", "--format", "json"])
            .output()
            .unwrap(),
    );
    let rules: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    let sources: BTreeSet<&str> = rules["rules"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|source| source["id"].as_str().unwrap())
        .collect();
    for id in [
        "WECOM-SAVE-ERROR",
        "WECOM-MIGRATED-GROUPS",
        "GOV-REVIEW-TWICE",
        "GOV-FEATURES",
        "GOV-CONTENT",
        "DT-ADMIN",
        "DT-INDIVIDUAL",
        "DT-STOPGAP",
        "X-CANCEL",
    ] {
        let reached: Vec<_> = cited.iter().filter(|(fact, _)| fact == id).collect();
        assert!(!reached.is_empty(), "{id} reaches no command's output");
        assert!(
            reached
                .iter()
                .all(|(_, source)| sources.contains(source.as_str())),
            "{id} is cited with a source the rules do not know: {reached:?}"
        );
    }
}

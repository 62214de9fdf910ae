//! The catalogue is complete: every language has every message, and every id the code asks
//! for exists.

use super::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn files_under(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, extension, found);
        } else if path.extension().is_some_and(|ext| ext == extension) {
            found.push(path);
        }
    }
}

/// One language's `.ftl` files.
fn ftl_files(lang: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    files_under(&dir, "ftl", &mut files);
    files
}

/// The message ids defined in one language's `.ftl` files (terms, `-name`, are not messages).
fn ids_of(lang: &str) -> BTreeSet<String> {
    let files = ftl_files(lang);
    let mut ids = BTreeSet::new();
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let Some((name, _)) = line.split_once('=') else {
                continue;
            };
            let name = name.trim_end();
            let is_id = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id {
                assert!(
                    ids.insert(name.to_owned()),
                    "{name} defined twice in {}",
                    file.display()
                );
            }
        }
    }
    ids
}

/// The ids the source code asks for, as literals after `msg!(lang, ` or `message(lang, `.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    files_under(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "rs",
        &mut files,
    );
    let mut ids = BTreeSet::new();
    // The catalogue's own module names ids only in its examples and tests.
    files.retain(|file| !file.to_string_lossy().contains("src/i18n"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for opening in ["msg!(", "message(", "message_with("] {
            for (at, _) in text.match_indices(opening) {
                let rest = &text[at + opening.len()..];
                // The id is the first string literal, after the language argument.
                let Some(comma) = rest.find(',') else {
                    continue;
                };
                let after = rest[comma + 1..].trim_start();
                if let Some(literal) = after.strip_prefix('"') {
                    let id = &literal[..literal.find('"').unwrap()];
                    if !id.is_empty() && !id.contains(' ') {
                        ids.insert(id.to_owned());
                    }
                }
            }
        }
        // `coded("id", …)` names its id first: it has no language yet.
        for (at, _) in text.match_indices("coded(\"") {
            let literal = &text[at + "coded(\"".len()..];
            ids.insert(literal[..literal.find('"').unwrap()].to_owned());
        }
    }
    ids
}

#[test]
fn every_message_exists_in_every_language() {
    let english = ids_of("en");
    let chinese = ids_of("zh");
    let only_english: Vec<_> = english.difference(&chinese).collect();
    let only_chinese: Vec<_> = chinese.difference(&english).collect();
    assert!(only_english.is_empty(), "missing in zh: {only_english:?}");
    assert!(only_chinese.is_empty(), "missing in en: {only_chinese:?}");
}

#[test]
fn every_id_the_code_uses_is_in_the_catalogue() {
    let defined = ids_of("en");
    let missing: Vec<_> = ids_used_in_code()
        .into_iter()
        .filter(|id| !defined.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used in src/ but not in locales/: {missing:?}"
    );
}

#[test]
fn every_catalogue_file_is_valid_fluent() {
    for lang in ["en", "zh"] {
        for file in ftl_files(lang) {
            let text = std::fs::read_to_string(&file).unwrap();
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text) {
                panic!("{}: {errors:?}", file.display());
            }
        }
    }
}

#[test]
fn plural_forms_follow_the_language() {
    assert_eq!(
        msg!(Lang::En, "catalogue-example", days = 1),
        "1 working day"
    );
    assert_eq!(
        msg!(Lang::En, "catalogue-example", days = 2),
        "2 working days"
    );
    assert_eq!(msg!(Lang::Zh, "catalogue-example", days = 1), "1 个工作日");
}

#[test]
fn an_unknown_id_shows_itself_rather_than_panicking() {
    assert_eq!(message(Lang::En, "no-such-message"), "no-such-message");
}

#[test]
fn arguments_with_line_breaks_and_markup_format() {
    let text = "a.toml:5:17: unclosed table, expected `]`\n 5 | [platforms.wecom\n   |  ^";
    assert_eq!(
        msg!(Lang::En, "report-error", message = text),
        format!("certplan: error: {text}")
    );
}

/// The message ids naming every value of the closed sets (`id_enum!`), which code builds at
/// run time from the enum's name and the value's id.
fn vocabulary_ids() -> Vec<String> {
    use crate::entity_kind::EntityKind;
    use crate::platform::Platform;
    use crate::profile::{AccountType, DingtalkLevel, GovLevel};
    use crate::review::ReviewStatus;
    use crate::rules::causes::Evidence;
    use crate::rules::{DayUnit, FileFormat, Retry, StepRole, Trust};
    use crate::status::{Attention, Stage};
    fn ids<T: Copy>(all: &[T], id: impl Fn(T) -> String) -> Vec<String> {
        all.iter().map(|value| id(*value)).collect()
    }
    [
        ids(EntityKind::ALL, EntityKind::message_id),
        ids(Platform::ALL, Platform::message_id),
        ids(AccountType::ALL, AccountType::message_id),
        ids(DingtalkLevel::ALL, DingtalkLevel::message_id),
        ids(GovLevel::ALL, GovLevel::message_id),
        ids(ReviewStatus::ALL, ReviewStatus::message_id),
        ids(Evidence::ALL, Evidence::message_id),
        ids(DayUnit::ALL, DayUnit::message_id),
        ids(FileFormat::ALL, FileFormat::message_id),
        ids(StepRole::ALL, StepRole::message_id),
        ids(Trust::ALL, Trust::message_id),
        ids(Retry::ALL, Retry::message_id),
        ids(Stage::ALL, Stage::message_id),
        ids(Attention::ALL, Attention::message_id),
    ]
    .concat()
}

#[test]
fn every_value_of_every_closed_set_is_named_in_both_languages() {
    let ids = vocabulary_ids();
    assert_eq!(
        ids.len(),
        67,
        "a new closed set or value needs its names: {ids:?}"
    );
    for id in ids {
        for lang in [Lang::Zh, Lang::En] {
            assert!(has_message(lang, &id), "{id} has no {lang:?} name");
        }
    }
    assert_eq!(crate::platform::Platform::Wecom.label(Lang::Zh), "企业微信");
    assert_eq!(crate::platform::Platform::Wecom.label(Lang::En), "WeCom");
}

#[test]
fn the_compiled_catalogue_holds_every_file() {
    assert_eq!(ENGLISH_FILES.len(), ftl_files("en").len());
    assert_eq!(CHINESE_FILES.len(), ftl_files("zh").len());
}

//! What each list column holds, in words for people: the second sheet of a template and of an
//! export, from the catalogue (`list-column-*`, `list-kind-*`).

use super::columns::{Column, ValueKind};
use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;

/// What a cell of `column` must hold, in `lang` (`a whole number such as 1500`, `one of: …`).
pub fn kind_words(column: &Column, lang: Lang) -> String {
    match column.kind {
        ValueKind::Text => msg!(lang, "list-kind-text"),
        ValueKind::WholeNumber => msg!(lang, "list-kind-number"),
        ValueKind::YesNo => msg!(lang, "list-kind-yes-no"),
        ValueKind::Date => msg!(lang, "list-kind-date"),
        ValueKind::DateOrLongTerm => msg!(lang, "list-kind-date-or-long-term"),
        ValueKind::Choice(_) => msg!(
            lang,
            "list-kind-choice",
            values = choices(column, lang).join(" / ")
        ),
    }
}

/// The values a drop-down offers for `column` in `lang`, if it has a closed set: yes and no,
/// or the names of the choices (ids under English, Chinese names under Chinese).
pub fn choices(column: &Column, lang: Lang) -> Vec<String> {
    match column.kind {
        ValueKind::YesNo => vec![msg!(lang, "list-yes"), msg!(lang, "list-no")],
        ValueKind::Choice(choice) => match lang {
            Lang::En => choice.ids().iter().map(|id| (*id).to_owned()).collect(),
            Lang::Zh => choice.labels(lang).into_iter().map(str::to_owned).collect(),
        },
        _ => Vec::new(),
    }
}

/// What `column` means, in `lang`.
pub fn meaning(column: &Column, lang: Lang) -> String {
    if let Some(platform) = column.platform() {
        return msg!(
            lang,
            "list-column-platform",
            platform = platform.label(lang)
        );
    }
    let mut keys = column.keys();
    let (first, second, third) = (keys.next(), keys.next(), keys.next());
    match (first, second, third) {
        (Some("documents"), _, _) => msg!(lang, "list-column-document"),
        (Some("platforms"), Some(platform), Some(key))
            if matches!(key, "certified_on" | "planned_on" | "status" | "status_on") =>
        {
            let label = crate::platform::Platform::ALL
                .iter()
                .find(|known| known.id() == platform)
                .map_or(platform, |known| known.label(lang));
            match key {
                "certified_on" => msg!(lang, "list-column-certified_on", platform = label),
                "planned_on" => msg!(lang, "list-column-planned_on", platform = label),
                "status" => msg!(lang, "list-column-status", platform = label),
                _ => msg!(lang, "list-column-status_on", platform = label),
            }
        }
        _ => message(lang, &meaning_id(column)),
    }
}

fn meaning_id(column: &Column) -> String {
    format!("list-column-{}", column.header.replace('.', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has_message;
    use crate::list::columns::{COLUMNS, column_for};

    #[test]
    fn every_column_is_explained_in_both_languages() {
        for column in COLUMNS {
            for lang in [Lang::En, Lang::Zh] {
                let words = meaning(column, lang);
                assert!(
                    !words.is_empty() && !words.starts_with("list-"),
                    "{}",
                    column.header
                );
                assert!(!kind_words(column, lang).is_empty());
            }
            let named = column.platform().is_some()
                || column.path.starts_with("documents.")
                || column.path.ends_with("_on")
                || column.path.ends_with(".status")
                || has_message(Lang::En, &meaning_id(column));
            assert!(named, "{} has no list-column message", column.header);
        }
    }

    #[test]
    fn drop_downs_offer_the_words_of_the_language() {
        let kind = column_for("kind").unwrap();
        assert!(choices(kind, Lang::Zh).contains(&"事业单位".to_owned()));
        assert!(choices(kind, Lang::En).contains(&"public_institution".to_owned()));
        assert_eq!(
            choices(column_for("wecom").unwrap(), Lang::Zh),
            ["是", "否"]
        );
        assert!(choices(column_for("name").unwrap(), Lang::Zh).is_empty());
    }
}

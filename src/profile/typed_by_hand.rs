//! What people type by hand, often with a Chinese input method, where TOML needs something
//! else: full-width punctuation (“ ” ＝ ： …), numbers written as people write them
//! (`1,500`, `1500人`, `"1500"`), dates written as people write them (`2031/06/30`,
//! `"2031年6月30日"`), and the Chinese name of a value where the profile takes its id
//! (`kind = "企业"`). A profile like that is still refused, but the message names the real
//! problem and the exact text to type instead, in the reader's language.

use crate::diagnostic::Diagnostic;
use crate::entity_kind::EntityKind;
use crate::lang::Lang;
use crate::msg;
use crate::profile::{AccountType, DingtalkLevel, GovLevel};
use crate::toml_location::line_text;
use chrono::NaiveDate;

/// Full-width (or typographic) characters an input method produces, and the ASCII character
/// TOML needs in their place.
const FULL_WIDTH: [(char, char); 13] = [
    ('“', '"'),
    ('”', '"'),
    ('‘', '\''),
    ('’', '\''),
    ('＂', '"'),
    ('＇', '\''),
    ('＝', '='),
    ('：', '='),
    ('，', ','),
    ('［', '['),
    ('］', ']'),
    ('｛', '{'),
    ('\u{3000}', ' '),
];

/// Keys whose value is a whole number, and keys whose value is a date.
const NUMBER_KEYS: [&str; 2] = ["members", "organizations_on_license"];
const DATE_KEYS: [&str; 4] = [
    "license_expires",
    "id_expires",
    "certified_on",
    "planned_on",
];

/// A better message for `diagnostic` (from a profile that did not parse) when the mistake is
/// one of these; otherwise `diagnostic` as it is.
pub fn refine(mut diagnostic: Diagnostic, text: &str, lang: Lang) -> Diagnostic {
    let Some(line) = line_text(text, diagnostic.line) else {
        return diagnostic;
    };
    if let Some((column, found, ascii)) = full_width_outside_strings(line) {
        diagnostic.column = column;
        diagnostic.message = msg!(
            lang,
            "ime-full-width",
            found = found.to_string(),
            code = format!("U+{:04X}", u32::from(found)),
            ascii = ascii.to_string()
        );
        diagnostic.help = Some(msg!(lang, "ime-full-width-help", ascii = ascii.to_string()));
        return diagnostic;
    }
    let Some((key, value)) = line.split_once('=') else {
        return diagnostic;
    };
    let key = key.trim();
    let value = value.split(" #").next().unwrap_or_default().trim();
    let unquoted = value.trim_matches(['"', '\'']);
    if NUMBER_KEYS.contains(&key)
        && let Some(number) = as_plain_number(unquoted)
        && number != value
    {
        diagnostic.message = if value.starts_with(['"', '\'']) {
            msg!(lang, "ime-number-quoted", found = value, key = key)
        } else {
            msg!(lang, "ime-number", found = value)
        };
        diagnostic.help = Some(msg!(lang, "ime-write", text = number));
    } else if DATE_KEYS.contains(&key)
        && let Some(date) = as_date(unquoted)
        // Already written right: the problem is another one (a date out of range, say).
        && date.format("%Y-%m-%d").to_string() != unquoted
    {
        diagnostic.message = msg!(lang, "ime-date", found = value);
        diagnostic.help = Some(msg!(
            lang,
            "ime-write",
            text = date.format("%Y-%m-%d").to_string()
        ));
    } else if let Some(id) = id_of_chinese_name(key, unquoted) {
        diagnostic.message = msg!(lang, "ime-chinese-name", found = unquoted, key = key);
        diagnostic.help = Some(msg!(lang, "ime-write", text = format!("{key} = \"{id}\"")));
    }
    diagnostic
}

/// The first full-width character outside a quoted string: its column (from 1), the character
/// and its ASCII counterpart.
fn full_width_outside_strings(line: &str) -> Option<(usize, char, char)> {
    let mut quote = None;
    for (index, c) in line.chars().enumerate() {
        match (quote, c) {
            (None, '#') => return None,
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), c) if c == open => quote = None,
            (None, c) => {
                if let Some((_, ascii)) = FULL_WIDTH.iter().find(|(wide, _)| *wide == c) {
                    return Some((index + 1, c, *ascii));
                }
            }
            _ => {}
        }
    }
    None
}

/// `1,500`, `1 500`, `1500人`, `1500`: the digits, when that is all there is to them.
fn as_plain_number(value: &str) -> Option<String> {
    let digits: String = value
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ',' | '，' | ' ' | '\u{3000}' | '_' | '人' | '名' | '个' | '家'
            )
        })
        .collect();
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && digits.len() <= 18)
        .then(|| digits.trim_start_matches('0').to_owned())
        .filter(|number| !number.is_empty())
}

/// `2031/06/30`, `2031.06.30`, `2031年6月30日`, `2031-6-30`: the calendar day, when it is one.
fn as_date(value: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = value
        .split(['/', '.', '-', '年', '月', '日'])
        .filter(|part| !part.is_empty())
        .collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// The id a Chinese name stands for, for the keys whose values are ids.
fn id_of_chinese_name(key: &str, value: &str) -> Option<&'static str> {
    let named = |labels: Vec<(&'static str, &'static str)>| {
        labels
            .into_iter()
            .find(|(name, _)| *name == value)
            .map(|(_, id)| id)
    };
    match key {
        "kind" => named(
            EntityKind::ALL
                .iter()
                .map(|kind| (kind.label(Lang::Zh), kind.id()))
                .chain(
                    EntityKind::CHINESE_ALIASES
                        .iter()
                        .map(|(name, kind)| (*name, kind.id())),
                )
                .collect(),
        ),
        "gov_level" => named(
            GovLevel::ALL
                .iter()
                .map(|level| (level.label(Lang::Zh), level.id()))
                .chain(
                    GovLevel::CHINESE_ALIASES
                        .iter()
                        .map(|(name, level)| (*name, level.id())),
                )
                .collect(),
        ),
        "type" => named(
            AccountType::ALL
                .iter()
                .map(|account| (account.label(Lang::Zh), account.id()))
                .collect(),
        ),
        "level" => named(
            DingtalkLevel::ALL
                .iter()
                .map(|level| (level.label(Lang::Zh), level.id()))
                .chain(
                    DingtalkLevel::CHINESE_ALIASES
                        .iter()
                        .map(|(name, level)| (*name, level.id())),
                )
                .collect(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_as_people_write_them() {
        assert_eq!(as_plain_number("1,500").as_deref(), Some("1500"));
        assert_eq!(as_plain_number("1 500").as_deref(), Some("1500"));
        assert_eq!(as_plain_number("1500人").as_deref(), Some("1500"));
        assert_eq!(as_plain_number("一千五"), None);
        assert_eq!(as_date("2031/06/30"), NaiveDate::from_ymd_opt(2031, 6, 30));
        assert_eq!(
            as_date("2031年6月30日"),
            NaiveDate::from_ymd_opt(2031, 6, 30)
        );
        assert_eq!(as_date("2031-6-30"), NaiveDate::from_ymd_opt(2031, 6, 30));
        assert_eq!(as_date("2031/02/30"), None);
    }

    #[test]
    fn full_width_inside_a_string_is_text_not_punctuation() {
        assert_eq!(
            full_width_outside_strings("name = “星河”"),
            Some((8, '“', '"'))
        );
        assert_eq!(full_width_outside_strings("name = \"他说“好”\""), None);
        assert_eq!(
            full_width_outside_strings("members：3"),
            Some((8, '：', '='))
        );
    }

    #[test]
    fn every_chinese_name_in_the_register_maps_to_its_id() {
        for (name, id) in [
            ("企业", "enterprise"),
            ("个体工商户", "individual_business"),
            ("个体户", "individual_business"),
            ("政府机关", "government"),
            ("事业单位", "public_institution"),
            ("社会团体", "social_group"),
            ("民办非企业单位", "private_non_enterprise"),
            ("基金会", "foundation"),
            ("其他非营利组织", "nonprofit_org"),
            ("其他营利组织", "for_profit_org"),
        ] {
            assert_eq!(id_of_chinese_name("kind", name), Some(id), "{name}");
        }
        assert_eq!(id_of_chinese_name("gov_level", "县级"), Some("county"));
        assert_eq!(
            id_of_chinese_name("gov_level", "地市级"),
            Some("prefecture")
        );
        assert_eq!(id_of_chinese_name("type", "服务号"), Some("service"));
        assert_eq!(id_of_chinese_name("level", "中级"), Some("intermediate"));
    }
}

//! What people type by hand, often with a Chinese input method, where TOML needs something
//! else: full-width punctuation (“ ” ＝ ： …), numbers written as people write them
//! (`1,500`, `1500人`, `"1500"`), dates written as people write them (`2031/06/30`,
//! `"2031年6月30日"`), and the Chinese name of a value where the profile takes its id
//! (`kind = "企业"`). A profile like that is still refused, but the message names the real
//! problem and the exact text to type instead, in the reader's language.

use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::msg;
use crate::toml_location::line_text;
use written::{as_boolean, as_date, as_plain_number, id_of_chinese_name, platform_of_chinese_name};

mod written;

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
        // A space is invisible in a message: it is named instead.
        let ascii = if ascii == ' ' {
            msg!(lang, "ime-space")
        } else {
            ascii.to_string()
        };
        diagnostic.message = msg!(
            lang,
            "ime-full-width",
            found = found.to_string(),
            code = format!("U+{:04X}", u32::from(found)),
            ascii = ascii.as_str()
        );
        // `name = "百川"，`: a comma at the end of a line is not a mistyped ASCII comma; TOML has
        // none there at all.
        let rest = line.chars().skip(column).collect::<String>();
        diagnostic.help = Some(if found == '，' && rest.trim().is_empty() {
            msg!(lang, "ime-trailing-comma")
        } else if found == '\u{3000}' {
            msg!(lang, "ime-full-width-space-help")
        } else {
            msg!(lang, "ime-full-width-help", ascii = ascii.as_str())
        });
        return diagnostic;
    }
    let header = line.trim();
    if let Some(name) = header
        .strip_prefix("[platforms.")
        .and_then(|rest| rest.strip_suffix(']'))
        && let Some(id) = platform_of_chinese_name(name.trim().trim_matches('"'))
    {
        diagnostic.message = msg!(
            lang,
            "ime-chinese-name",
            found = name.trim(),
            key = "platforms"
        );
        diagnostic.help = Some(msg!(lang, "ime-write", text = format!("[platforms.{id}]")));
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
    } else if let Some(meant) = as_boolean(unquoted) {
        diagnostic.message = msg!(lang, "ime-boolean", found = value, key = key);
        diagnostic.help = Some(msg!(lang, "ime-write", text = format!("{key} = {meant}")));
    } else if !value.starts_with(['"', '\'', '[', '{']) && !unquoted.is_ascii() && !value.is_empty()
    {
        // `name = 百川`, `id_expires = 长期`: text without its quotes.
        diagnostic.message = msg!(lang, "ime-unquoted", found = value);
        diagnostic.help = Some(msg!(
            lang,
            "ime-write",
            text = format!("{key} = \"{value}\"")
        ));
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

#[cfg(test)]
mod tests {
    use super::*;

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
}

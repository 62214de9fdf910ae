//! What people type by hand, often with a Chinese input method, where TOML needs something
//! else: full-width punctuation (“ ” ＝ ： …), numbers written as people write them
//! (`1,500`, `1500人`, `"1500"`), dates written as people write them (`2031/06/30`,
//! `"2031年6月30日"`), and the Chinese name of a value where the profile takes its id
//! (`kind = "企业"`). A profile like that is still refused, but the message names the real
//! problem and the exact text to type instead, in the reader's language.

use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::msg;
use crate::profile::parse::tables;
use crate::toml_location::line_text;
use written::{as_boolean, as_date, as_plain_number, id_of_chinese_name, platform_of_chinese_name};

mod numerals;
pub(crate) use numerals::chinese_number;
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

/// What a mistake calls for: nothing recognised, a message said in full, or a message and the
/// line to type instead (given only when that line is accepted in turn).
enum Advice {
    None,
    Said,
    Type(String),
}

/// A better message for `diagnostic` (from a profile that did not parse) when the mistake is
/// one of these; otherwise `diagnostic` as it is. `accepts` tells whether the profile text with
/// one line replaced parses past that line: advice to type a line is given only when it does,
/// so that following it never leads to another refusal of the same line.
pub fn refine(
    diagnostic: Diagnostic,
    text: &str,
    lang: Lang,
    accepts: &dyn Fn(&str) -> bool,
) -> Diagnostic {
    let Some(line) = line_text(text, diagnostic.line) else {
        return diagnostic;
    };
    let mut refined = diagnostic.clone();
    match advise(&mut refined, line, lang) {
        Advice::None => diagnostic,
        Advice::Said => refined,
        Advice::Type(fixed) => {
            if accepts(&with_line(text, diagnostic.line, &fixed)) {
                refined.help = Some(msg!(lang, "ime-write", text = fixed.as_str()));
                refined
            } else {
                diagnostic
            }
        }
    }
}

/// `text` with its line `number` (from 1) replaced by `line`.
fn with_line(text: &str, number: usize, line: &str) -> String {
    text.split_inclusive('\n')
        .enumerate()
        .map(|(index, original)| {
            if index + 1 == number {
                let end = if original.ends_with("\r\n") {
                    "\r\n"
                } else if original.ends_with('\n') {
                    "\n"
                } else {
                    ""
                };
                format!("{line}{end}")
            } else {
                original.to_owned()
            }
        })
        .collect()
}

fn advise(diagnostic: &mut Diagnostic, line: &str, lang: Lang) -> Advice {
    let header = line.split('#').next().unwrap_or_default().trim();
    if header.starts_with(OPENING) {
        return table_header(diagnostic, header, lang);
    }
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
        return Advice::Said;
    }
    let Some((key, value)) = line.split_once('=') else {
        return Advice::None;
    };
    let key = key.trim();
    if let Some(table) = diagnostic
        .key
        .strip_suffix(key)
        .and_then(|table| table.strip_suffix('.'))
        && tables::takes(table, key) == Some(false)
    {
        let elsewhere = tables::tables_with_key(table, key);
        if !elsewhere.is_empty() {
            let separator = if lang == Lang::Zh { "、" } else { ", " };
            let names: Vec<String> = elsewhere.iter().map(|name| format!("[{name}]")).collect();
            diagnostic.help = Some(msg!(
                lang,
                "ime-key-elsewhere",
                key = key,
                table = format!("[{table}]"),
                tables = names.join(separator)
            ));
            return Advice::Said;
        }
    }
    let value = value.split(" #").next().unwrap_or_default().trim();
    let unquoted = value.trim_matches(['"', '\'']);
    let quoted = value.starts_with(['"', '\'']);
    if NUMBER_KEYS.contains(&key) {
        let number = as_plain_number(unquoted)
            .filter(|number| number != value)
            .or_else(|| chinese_number(unquoted).map(|number| number.to_string()));
        if let Some(number) = number {
            if let Some(at) = line.find(value) {
                diagnostic.column = line[..at].chars().count() + 1;
            }
            diagnostic.message = if quoted {
                msg!(lang, "ime-number-quoted", found = value, key = key)
            } else if unquoted.is_ascii() {
                msg!(lang, "ime-number", found = value)
            } else {
                msg!(lang, "ime-number-words", found = value, key = key)
            };
            return Advice::Type(format!("{key} = {number}"));
        }
        if !unquoted.is_ascii() {
            // Text TOML cannot take here, quoted or not: what the key takes, without a line to
            // type that would be refused again.
            diagnostic.message = msg!(lang, "ime-number-unknown", found = value, key = key);
            diagnostic.help = None;
            return Advice::Said;
        }
        return Advice::None;
    }
    if DATE_KEYS.contains(&key)
        && let Some(date) = as_date(unquoted)
        // Already written right: the problem is another one (a date out of range, say).
        && date.format("%Y-%m-%d").to_string() != unquoted
    {
        diagnostic.message = msg!(lang, "ime-date", found = value);
        return Advice::Type(format!("{key} = {}", date.format("%Y-%m-%d")));
    }
    if let Some(id) = id_of_chinese_name(key, unquoted) {
        diagnostic.message = msg!(lang, "ime-chinese-name", found = unquoted, key = key);
        return Advice::Type(format!("{key} = \"{id}\""));
    }
    if let Some(meant) = as_boolean(unquoted) {
        diagnostic.message = msg!(lang, "ime-boolean", found = value, key = key);
        return Advice::Type(format!("{key} = {meant}"));
    }
    if !value.starts_with(['"', '\'', '[', '{']) && !unquoted.is_ascii() && !value.is_empty() {
        // `name = 百川`, `id_expires = 长期`: text without its quotes.
        diagnostic.message = msg!(lang, "ime-unquoted", found = value);
        return Advice::Type(format!("{key} = \"{value}\""));
    }
    Advice::None
}

/// Brackets that open a table header, as typed in ASCII or with an input method.
const OPENING: [char; 4] = ['[', '【', '［', '〔'];
const CLOSING: [char; 4] = [']', '】', '］', '〕'];

/// A problem on a table-header line is the problem of the table it opens: IME brackets
/// (`【platforms.wecom】`), a header left open (`[legal_rep`), a platform's Chinese name.
fn table_header(diagnostic: &mut Diagnostic, header: &str, lang: Lang) -> Advice {
    let name = header
        .trim_start_matches(OPENING)
        .trim_end_matches(CLOSING)
        .trim()
        .trim_matches('"');
    let name = match name.strip_prefix("platforms.") {
        Some(platform) => match platform_of_chinese_name(platform.trim().trim_matches('"')) {
            Some(id) => {
                diagnostic.message = msg!(
                    lang,
                    "ime-chinese-name",
                    found = platform.trim(),
                    key = "platforms"
                );
                format!("platforms.{id}")
            }
            None => name.to_owned(),
        },
        None => name.to_owned(),
    };
    diagnostic.key = name.clone();
    let fixed = format!("[{name}]");
    if header
        .chars()
        .any(|c| !c.is_ascii() && (OPENING.contains(&c) || CLOSING.contains(&c)))
    {
        diagnostic.column = 1;
        diagnostic.message = msg!(lang, "ime-table-brackets", found = header);
    } else if !header.ends_with(CLOSING) {
        diagnostic.message = msg!(lang, "ime-table-unclosed", found = header);
    } else if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        return Advice::None;
    }
    if fixed == header {
        return Advice::None;
    }
    Advice::Type(fixed)
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

//! serde's messages name Rust types (`i64`, `a string`); people need TOML words, a hint, and
//! their own language.

use super::coded;
use super::nearest;
use crate::i18n::{arg, message_with};
use crate::lang::Lang;
use crate::msg;

pub(super) fn quoted_after<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = &text[text.find(prefix)? + prefix.len()..];
    Some(&rest[..rest.find('`')?])
}

fn backquoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// serde's `message` as a TOML-worded message and a hint, in `lang`.
pub(super) fn explain_serde_message(message: &str, lang: Lang) -> (String, Option<String>) {
    if message.contains('\u{1}') {
        return (coded::render(message, lang), None);
    }
    for (prefix, is_key) in [("unknown field `", true), ("unknown variant `", false)] {
        if let Some(found) = quoted_after(message, prefix) {
            let allowed = message
                .find("expected")
                .map(|at| backquoted(&message[at..]))
                .unwrap_or_default();
            let list = allowed.join(", ");
            let help = match nearest(found, allowed.iter().copied()) {
                Some(best) => msg!(lang, "diagnostic-did-you-mean", best = best, allowed = list),
                None if allowed.is_empty() && is_key => msg!(lang, "diagnostic-no-keys-here"),
                None if allowed.is_empty() => msg!(lang, "diagnostic-no-values-here"),
                None => msg!(lang, "diagnostic-allowed", allowed = list),
            };
            let problem = if is_key {
                msg!(lang, "diagnostic-unknown-key", found = found)
            } else {
                msg!(lang, "diagnostic-unknown-value", found = found)
            };
            return (problem, Some(help));
        }
    }
    if let Some(missing) = quoted_after(message, "missing field `") {
        return (msg!(lang, "diagnostic-missing-key", key = missing), None);
    }
    if message.contains("recursion") {
        return (
            msg!(lang, "diagnostic-too-deep"),
            Some(msg!(lang, "diagnostic-too-deep-help")),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: integer `")
        && let Some((number, _)) = rest.split_once('`')
        && rest.contains(" as i128")
    {
        return (
            msg!(lang, "diagnostic-number-too-large", number = number),
            None,
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let expected = match expected {
            "i64" | "u64" | "u32" | "i32" | "usize" => msg!(lang, "diagnostic-an-integer"),
            "a boolean" | "bool" => msg!(lang, "diagnostic-a-boolean"),
            "a sequence" => msg!(lang, "diagnostic-an-array"),
            "a string" => msg!(lang, "diagnostic-a-string"),
            // serde names the Rust type; users see a TOML table.
            other if other.starts_with("struct ") || other.starts_with("a map") => {
                msg!(lang, "diagnostic-a-table")
            }
            other => other.to_owned(),
        };
        let found = found_words(found, lang);
        return (
            msg!(
                lang,
                "diagnostic-expected",
                expected = expected,
                found = found
            ),
            None,
        );
    }
    if let Some(rest) = message.strip_prefix("invalid date, expected day between 01 and ") {
        return (
            msg!(lang, "diagnostic-day-of-month", last = rest.trim()),
            None,
        );
    }
    if message.starts_with("duplicate key") {
        return (msg!(lang, "diagnostic-duplicate-key"), None);
    }
    // The TOML parser's own words for a syntax error, in the reader's language.
    (super::toml_syntax::in_words(message, lang), None)
}

/// serde's name of what it found (`floating point `1.5``) in `lang`'s TOML words.
fn found_words(found: &str, lang: Lang) -> String {
    for (serde, id) in [
        ("floating point", "diagnostic-found-float"),
        ("integer", "diagnostic-found-integer"),
        ("string", "diagnostic-found-string"),
        ("boolean", "diagnostic-found-boolean"),
        ("map", "diagnostic-found-table"),
        ("sequence", "diagnostic-found-array"),
    ] {
        if let Some(value) = found.strip_prefix(serde) {
            return message_with(lang, id, &[("value", arg(value.trim()))])
                .trim_end()
                .to_owned();
        }
    }
    found.to_owned()
}

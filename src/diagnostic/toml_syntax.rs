//! The TOML parser's own words for a syntax error (`unclosed table, expected `]``) in the
//! reader's language. English keeps the parser's words; Chinese says each known problem from
//! the catalogue and names what was expected (a bracket, a key, a value), and a problem the
//! table does not know is called a TOML format error without the parser's English.

use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;

/// The parser's descriptions of a syntax error and the catalogue message saying each.
const PROBLEMS: &[(&str, &str)] = &[
    ("unclosed table", "toml-unclosed-table"),
    ("unclosed array table", "toml-unclosed-table"),
    ("unclosed array", "toml-unclosed-array"),
    ("unclosed inline table", "toml-unclosed-inline-table"),
    ("key with no value", "toml-key-without-value"),
    ("missing value", "toml-missing-value"),
    ("missing value for key", "toml-missing-value"),
    ("string values must be quoted", "toml-unquoted-string"),
    ("invalid string", "toml-invalid-string"),
    ("invalid basic string", "toml-invalid-string"),
    ("invalid multi-line basic string", "toml-invalid-string"),
    ("missing opening quote", "toml-invalid-string"),
    ("missing escaped value", "toml-invalid-escape"),
    ("invalid unquoted key", "toml-invalid-key"),
    ("unquoted keys cannot be empty", "toml-invalid-key"),
    ("invalid key-value pair", "toml-invalid-line"),
    ("unexpected key or value", "toml-invalid-line"),
    ("unexpected content", "toml-invalid-line"),
    (
        "unexpected content between comment and newline",
        "toml-invalid-line",
    ),
    (
        "missing assignment between key-value pairs",
        "toml-one-per-line",
    ),
    (
        "extra assignment between key-value pairs",
        "toml-one-per-line",
    ),
    (
        "missing comma between key-value pairs",
        "toml-missing-comma",
    ),
    ("missing comma between array elements", "toml-missing-comma"),
    ("extra comma in array", "toml-extra-comma"),
    ("extra comma in inline table", "toml-extra-comma"),
    ("extra `=`", "toml-extra-equals"),
    ("unexpected `=` in array", "toml-extra-equals"),
    ("invalid value", "toml-invalid-value"),
    ("unexpected leading zero", "toml-invalid-number"),
    ("redundant numeric sign", "toml-invalid-number"),
    ("unexpected sign", "toml-invalid-number"),
    ("`_` may only go between digits", "toml-invalid-number"),
    ("invalid datetime", "toml-invalid-date"),
    ("invalid date", "toml-invalid-date"),
    ("invalid time", "toml-invalid-date"),
    ("invalid comment character", "toml-invalid-comment"),
    (
        "carriage return must be followed by newline",
        "toml-lone-carriage-return",
    ),
    (
        "cannot extend value of type array with a dotted key",
        "toml-redefined",
    ),
    (
        "cannot extend value of type inline table with a dotted key",
        "toml-redefined",
    ),
    ("invalid table header", "toml-redefined"),
    ("missing key for inline table element", "toml-missing-key"),
    ("invalid inline table element", "toml-invalid-line"),
    ("missing inline table opening", "toml-invalid-line"),
    ("missing array opening", "toml-invalid-line"),
    ("missing table open", "toml-invalid-line"),
    ("missing comment start", "toml-invalid-line"),
    (
        "keys cannot be multi-line literal strings",
        "toml-invalid-key",
    ),
    (
        "keys cannot be multi-line basic strings",
        "toml-invalid-key",
    ),
    (
        "integers with a radix cannot be signed",
        "toml-invalid-number",
    ),
    ("radix must be lowercase", "toml-invalid-number"),
    ("redundant integer number prefix", "toml-invalid-number"),
    ("too few unicode value digits", "toml-invalid-escape"),
];

/// What the parser says it expected (after `, expected `), in the catalogue's words.
const EXPECTED: &[(&str, &str)] = &[
    ("key", "toml-expected-key"),
    ("value", "toml-expected-value"),
    ("newline", "toml-expected-newline"),
    ("nothing", "toml-expected-nothing"),
];

/// The parser's `message` in `lang`.
pub(super) fn in_words(parsed: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return msg!(lang, "diagnostic-toml-syntax", detail = parsed);
    }
    let (problem, expected) = match parsed.split_once(", expected ") {
        Some((problem, expected)) => (problem, Some(expected)),
        None => (parsed, None),
    };
    let said = PROBLEMS
        .iter()
        .find(|(words, _)| *words == problem)
        .map_or_else(|| message(lang, "toml-other"), |(_, id)| message(lang, id));
    let wanted: Vec<String> = expected
        .map(|list| {
            list.split(", ")
                .filter_map(|item| expected_word(item, lang))
                .collect()
        })
        .unwrap_or_default();
    let detail = if wanted.is_empty() {
        said
    } else {
        let separator = message(lang, "toml-expected-separator");
        msg!(
            lang,
            "toml-with-expected",
            problem = said,
            expected = wanted.join(&separator)
        )
    };
    msg!(lang, "diagnostic-toml-syntax", detail = detail)
}

/// One expected item in words: a literal (`` `]` ``) as it is, a known description in the
/// catalogue's words, anything else left out.
fn expected_word(item: &str, lang: Lang) -> Option<String> {
    let item = item.trim();
    if item.starts_with('`') || item.starts_with('\'') || item.starts_with('"') {
        return Some(item.to_owned());
    }
    EXPECTED
        .iter()
        .find(|(words, _)| *words == item)
        .map(|(_, id)| message(lang, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has_message;

    #[test]
    fn every_message_the_tables_name_is_in_both_languages() {
        let named = PROBLEMS.iter().chain(EXPECTED).map(|(_, id)| *id);
        let fixed = [
            "toml-other",
            "toml-with-expected",
            "toml-expected-separator",
        ];
        for id in named.chain(fixed) {
            for lang in [Lang::En, Lang::Zh] {
                assert!(has_message(lang, id), "{id} ({lang:?})");
            }
        }
    }

    #[test]
    fn an_unclosed_header_is_said_in_chinese_with_the_bracket() {
        let text = in_words("unclosed table, expected `]`", Lang::Zh);
        assert_eq!(text, "TOML 格式错误：表头没有闭合，应为 `]`");
    }

    #[test]
    fn an_unknown_problem_keeps_no_english_in_chinese() {
        let text = in_words("something new in the parser, expected letters", Lang::Zh);
        assert!(!text.chars().any(|c| c.is_ascii_lowercase()), "{text}");
    }

    #[test]
    fn english_keeps_the_parser_words() {
        let text = in_words("unclosed table, expected `]`", Lang::En);
        assert_eq!(text, "unclosed table, expected `]`");
    }
}

//! Input errors people can act on: `file:line:column: key: message`, the offending line with a
//! caret, and a suggestion for a mistyped key or value.

pub mod coded;
mod serde_words;

use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::toml_location::{KeyPath, key_path_at, key_span_of, line_text, position, span_of};
use serde_words::{explain_serde_message, quoted_after};
use std::fmt;

/// One problem in an input file (profile or rules), located to the character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// The dotted key path the problem concerns (`org.members`); empty for the whole file.
    pub key: String,
    /// What is wrong: what was found and what is allowed.
    pub message: String,
    /// A suggestion (`did you mean …`), when there is one.
    pub help: Option<String>,
    excerpt: Option<String>,
    /// Where in a spreadsheet, for a problem in a client list (`客户!C6`, `第 6 行`): shown
    /// instead of the line and column.
    cell: Option<String>,
    lang: Lang,
}

impl Diagnostic {
    /// A diagnostic at byte `offset` of `text`, about `key`.
    pub fn at_offset(file: &str, text: &str, offset: usize, key: String, message: String) -> Self {
        let at = position(text, offset);
        Diagnostic {
            file: file.to_owned(),
            line: at.line,
            column: at.column,
            key,
            message,
            help: None,
            excerpt: line_text(text, at.line).map(str::to_owned),
            cell: None,
            lang: Lang::En,
        }
    }

    /// A diagnostic about a cell (or row) of a client list: `location` is where it is in the
    /// spreadsheet as people name it (`客户!C6`), `key` the profile key the cell stands for.
    pub fn at_cell(file: &str, location: String, key: &str, message: String) -> Self {
        Diagnostic {
            file: file.to_owned(),
            line: 0,
            column: 0,
            key: key.to_owned(),
            message,
            help: None,
            excerpt: None,
            cell: Some(location),
            lang: Lang::En,
        }
    }

    /// The same problem said of a place in a client list: a diagnostic of the profile a row
    /// stands for, moved to the row's `location` (its text was never the user's).
    pub fn moved_to_cell(mut self, file: &str, location: String) -> Self {
        self.file = file.to_owned();
        self.excerpt = None;
        self.cell = Some(location);
        self
    }

    /// A diagnostic about the value at `path` (or its nearest existing ancestor).
    pub fn at_key(file: &str, text: &str, path: &KeyPath, message: impl Into<String>) -> Self {
        let offset = span_of(text, path).map_or(0, |span| span.start);
        Diagnostic::at_offset(file, text, offset, path.to_string(), message.into())
    }

    /// A diagnostic about the key at the end of `path` itself (an unknown name), not its value.
    pub fn at_key_name(file: &str, text: &str, path: &KeyPath, message: impl Into<String>) -> Self {
        let offset = key_span_of(text, path).map_or(0, |span| span.start);
        Diagnostic::at_offset(file, text, offset, path.to_string(), message.into())
    }

    /// Translates a TOML syntax or deserialization error into a located diagnostic, in `lang`.
    pub fn from_toml(file: &str, text: &str, error: &toml::de::Error, lang: Lang) -> Self {
        let offset = error.span().map_or(0, |span| span.start);
        // Without a span the error concerns the whole document, not the key at its start.
        let mut path = match error.span() {
            Some(span) => {
                let found = key_path_at(text, offset);
                if found.is_root() {
                    key_at_span(text, span)
                } else {
                    found
                }
            }
            None => KeyPath::default(),
        };
        let (message, help) = explain_serde_message(error.message().trim(), lang);
        if let Some(missing) = quoted_after(error.message(), "missing field `") {
            path = path.join(missing);
        }
        let mut diagnostic =
            Diagnostic::at_offset(file, text, offset, path.abbreviated(), message).in_lang(lang);
        diagnostic.help = help;
        diagnostic
    }

    /// The language of the words around the message (`help:`, counts); the message and help
    /// themselves are given in it.
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Adds a suggestion.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cell {
            Some(cell) => write!(f, "{}: {cell}: ", self.file)?,
            None => write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?,
        }
        if !self.key.is_empty() {
            write!(f, "{}: ", self.key)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(excerpt) = &self.excerpt {
            let (shown, caret_column) = window(excerpt, self.column);
            let gutter = self.line.to_string().len();
            let caret_indent: String = shown
                .chars()
                .take(caret_column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            write!(f, "\n {:>gutter$} | {shown}", self.line)?;
            write!(f, "\n {:>gutter$} | {caret_indent}^", "")?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n {}{help}", message(self.lang, "diagnostic-help"))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Characters of a source line shown around the column; longer lines are cut to this window.
const EXCERPT_WINDOW: usize = 100;

// The part of `line` to show and the caret's column in it: the whole line when short, else a
// window around `column` with `…` where text was cut.
fn window(line: &str, column: usize) -> (String, usize) {
    let length = line.chars().count();
    if length <= EXCERPT_WINDOW {
        return (line.to_owned(), column);
    }
    let start = column
        .saturating_sub(EXCERPT_WINDOW / 2)
        .min(length.saturating_sub(EXCERPT_WINDOW));
    let mut shown: String = line.chars().skip(start).take(EXCERPT_WINDOW).collect();
    let mut caret = column - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if start + EXCERPT_WINDOW < length {
        shown.push('…');
    }
    (shown, caret)
}

/// The most diagnostics shown for one file; the rest are counted.
pub const MAX_DIAGNOSTICS: usize = 20;

/// Several diagnostics for one file (validation reports all it finds, not just the first), at
/// most [`MAX_DIAGNOSTICS`] of them, with a count of those left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics {
    /// The diagnostics shown.
    pub items: Vec<Diagnostic>,
    /// How many more problems were found but not shown.
    pub omitted: usize,
}

impl Diagnostics {
    /// One diagnostic.
    pub fn one(diagnostic: Diagnostic) -> Diagnostics {
        Diagnostics {
            items: vec![diagnostic],
            omitted: 0,
        }
    }

    /// The first [`MAX_DIAGNOSTICS`] of `problems`, each located by `locate` only when it is
    /// shown (locating a key costs a pass over the text, so a file with thousands of bad keys
    /// still costs linear time).
    pub fn capped<T>(problems: Vec<T>, locate: impl FnMut(T) -> Diagnostic) -> Diagnostics {
        let omitted = problems.len().saturating_sub(MAX_DIAGNOSTICS);
        Diagnostics {
            items: problems
                .into_iter()
                .take(MAX_DIAGNOSTICS)
                .map(locate)
                .collect(),
            omitted,
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.items.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        if self.omitted > 0 {
            let (file, lang) = self
                .items
                .first()
                .map_or(("", Lang::En), |first| (first.file.as_str(), first.lang));
            let more = msg!(lang, "diagnostic-more", count = self.omitted, file = file);
            write!(f, "\n{more}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The closest of `allowed` to `found`, if any is close enough to be a likely typo.
pub fn nearest<'a>(found: &str, allowed: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    allowed
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(found, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

// For errors the parser cannot place in its recovered document (a duplicate key): the bare key
// under the error, inside the nearest `[table]` header above it.
fn key_at_span(text: &str, span: std::ops::Range<usize>) -> KeyPath {
    let Some(key) = text.get(span.clone()).map(str::trim).filter(|key| {
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    }) else {
        return KeyPath::default();
    };
    let header = text[..span.start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| line.starts_with('['))
        .map(|line| {
            line.trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_owned()
        })
        .unwrap_or_default();
    KeyPath::parse(&header).join(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_suggest_the_nearest_allowed_key() {
        let (message, help) = explain_serde_message(
            "unknown field `nmae`, expected one of `name`, `kind`, `members`",
            Lang::En,
        );
        assert_eq!(message, "unknown key `nmae`");
        assert_eq!(
            help.unwrap(),
            "did you mean `name`? allowed: name, kind, members"
        );
    }

    #[test]
    fn unknown_values_suggest_the_nearest_allowed_value() {
        let (message, help) = explain_serde_message(
            "unknown variant `enterprize`, expected one of `enterprise`, `government`",
            Lang::En,
        );
        assert_eq!(message, "unknown value `enterprize`");
        assert!(help.unwrap().starts_with("did you mean `enterprise`?"));
    }

    #[test]
    fn rust_type_names_become_toml_words() {
        let (message, _) =
            explain_serde_message("invalid type: floating point `1.5`, expected i64", Lang::En);
        assert_eq!(message, "expected an integer, found floating point `1.5`");
    }

    #[test]
    fn long_lines_are_shown_around_the_column() {
        let line = format!("x = {}", "[".repeat(500));
        let (shown, caret) = window(&line, 300);
        assert_eq!(shown.chars().count(), EXCERPT_WINDOW + 2);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(
            caret, 51,
            "column 300 is the 50th shown character, after the ellipsis"
        );
        assert_eq!(window("short", 3), ("short".to_owned(), 3));
    }

    #[test]
    fn numbers_beyond_64_bits_are_called_too_large() {
        let (message, _) = explain_serde_message(
            "invalid type: integer `99999999999999999999999` as i128, expected i64",
            Lang::En,
        );
        assert_eq!(message, "the number 99999999999999999999999 is too large");
    }

    #[test]
    fn rust_type_names_never_reach_users() {
        let (message, _) = explain_serde_message(
            "invalid type: integer `1`, expected struct RawWecom",
            Lang::En,
        );
        assert_eq!(message, "expected a table, found integer `1`");
    }

    #[test]
    fn a_duplicate_key_is_named_with_its_table() {
        let text = "[org]\nname = \"a\"\nname = \"b\"\n";
        let error = toml::from_str::<toml::Table>(text).unwrap_err();
        let diagnostic = Diagnostic::from_toml("p.toml", text, &error, Lang::En);
        assert_eq!(
            (diagnostic.line, diagnostic.key.as_str()),
            (3, "org.name"),
            "{diagnostic}"
        );
    }

    #[test]
    fn nothing_close_means_no_guess() {
        assert_eq!(nearest("zzz", ["name", "kind"]), None);
    }

    #[test]
    fn display_names_file_line_column_and_key_with_a_caret() {
        let text = "[org]\nmembers = 0\n";
        let diagnostic = Diagnostic::at_key(
            "p.toml",
            text,
            &KeyPath::parse("org.members"),
            "must be ≥ 1",
        );
        assert_eq!(
            diagnostic.to_string(),
            "p.toml:2:11: org.members: must be ≥ 1\n 2 | members = 0\n   |           ^"
        );
    }
}

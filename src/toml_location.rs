//! Positions in TOML text: byte offsets to line and column, and between byte spans and the
//! dotted key paths (`platforms.gov_account.name`, `fees[2].source`) people read.

use std::fmt;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

/// The line and column of byte `offset` in `text` (clamped to the text).
pub fn position(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    Position {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// The text of line `line` (1-based), without its line ending.
pub fn line_text(text: &str, line: usize) -> Option<&str> {
    text.lines().nth(line.checked_sub(1)?)
}

/// One step of a key path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// A table key.
    Key(String),
    /// An array index, from 0.
    Index(usize),
}

/// A path of keys and array indexes from the document root, e.g. `fees[2].source`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPath(pub Vec<Segment>);

impl KeyPath {
    /// Parses `a.b[2].c`. Keys are taken literally between dots and brackets.
    pub fn parse(dotted: &str) -> KeyPath {
        let mut segments = Vec::new();
        for part in dotted.split('.').filter(|part| !part.is_empty()) {
            let mut pieces = part.split('[');
            if let Some(key) = pieces.next().filter(|key| !key.is_empty()) {
                segments.push(Segment::Key(key.to_owned()));
            }
            for index in pieces {
                if let Ok(index) = index.trim_end_matches(']').parse() {
                    segments.push(Segment::Index(index));
                }
            }
        }
        KeyPath(segments)
    }

    /// This path with one more key.
    pub fn join(&self, key: &str) -> KeyPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_owned()));
        KeyPath(segments)
    }

    /// The path for messages: in full up to 8 steps, else the first 3 and the last 3 around
    /// the number left out (deeply nested input must not produce a huge message).
    pub fn abbreviated(&self) -> String {
        if self.0.len() <= 8 {
            return self.to_string();
        }
        let head = KeyPath(self.0[..3].to_vec());
        let tail = KeyPath(self.0[self.0.len() - 3..].to_vec());
        // A count without words: the path is shown in either language.
        format!("{head}…(+{})…{tail}", self.0.len() - 6)
    }

    /// Whether the path names the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// The deepest key path whose key or value covers byte `offset`; the root when none does.
/// Works on invalid TOML too, as far as the parser could recover.
pub fn key_path_at(text: &str, offset: usize) -> KeyPath {
    let mut path = KeyPath::default();
    let (root, _errors) = DeTable::parse_recoverable(text);
    descend_table(root.get_ref(), offset, &mut path);
    path
}

fn descend_table(table: &DeTable<'_>, offset: usize, path: &mut KeyPath) {
    for (key, value) in table.iter() {
        if key.span().contains(&offset) {
            path.0.push(Segment::Key(key.get_ref().to_string()));
            return;
        }
        if value.span().contains(&offset) || contains_deep(value, offset) {
            path.0.push(Segment::Key(key.get_ref().to_string()));
            descend_value(value, offset, path);
            return;
        }
    }
}

fn descend_value(value: &Spanned<DeValue<'_>>, offset: usize, path: &mut KeyPath) {
    match value.get_ref() {
        DeValue::Table(table) => descend_table(table, offset, path),
        DeValue::Array(items) => {
            if let Some(index) = items.iter().position(|item| covers(item, offset)) {
                path.0.push(Segment::Index(index));
                descend_value(&items[index], offset, path);
            }
        }
        _ => {}
    }
}

fn covers(value: &Spanned<DeValue<'_>>, offset: usize) -> bool {
    value.span().contains(&offset) || contains_deep(value, offset)
}

// Tables opened by `[header]` lines have a value span covering only the header, so their
// contents are searched too.
fn contains_deep(value: &Spanned<DeValue<'_>>, offset: usize) -> bool {
    match value.get_ref() {
        DeValue::Table(table) => table
            .iter()
            .any(|(key, item)| key.span().contains(&offset) || covers(item, offset)),
        DeValue::Array(items) => items.iter().any(|item| covers(item, offset)),
        _ => false,
    }
}

/// The byte span of the value at `path` (its key's span for a table opened by a header), or
/// of the deepest ancestor that exists.
pub fn span_of(text: &str, path: &KeyPath) -> Option<Range<usize>> {
    locate(text, path).map(|(_, value)| value)
}

/// The byte span of the last key of `path` (or of the deepest ancestor that exists).
pub fn key_span_of(text: &str, path: &KeyPath) -> Option<Range<usize>> {
    locate(text, path).map(|(key, _)| key)
}

// (key span, value span) of the deepest step of `path` that exists.
fn locate(text: &str, path: &KeyPath) -> Option<(Range<usize>, Range<usize>)> {
    let (root, _errors) = DeTable::parse_recoverable(text);
    let mut best: Option<(Range<usize>, Range<usize>)> = None;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut current: Option<&Spanned<DeValue<'_>>> = None;
    for segment in &path.0 {
        let next = match (segment, table, current.map(Spanned::get_ref)) {
            (Segment::Key(name), Some(table), _) => table
                .iter()
                .find(|(key, _)| key.get_ref().as_ref() == name.as_str())
                .map(|(key, value)| (key.span(), value)),
            (Segment::Index(index), _, Some(DeValue::Array(items))) => {
                items.get(*index).map(|item| (item.span(), item))
            }
            _ => None,
        };
        let Some((key_span, value)) = next else { break };
        best = Some(match value.get_ref() {
            DeValue::Table(_) | DeValue::Array(_) => (key_span.clone(), key_span),
            _ => (key_span, value.span()),
        });
        current = Some(value);
        table = match value.get_ref() {
            DeValue::Table(inner) => Some(inner),
            _ => None,
        };
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        "[org]\nname = \"星河\"\nmembers = 0\n\n[[fees]]\nid = \"a\"\n[[fees]]\nid = \"b\"\n";

    #[test]
    fn position_counts_lines_and_characters_from_one() {
        let offset = DOC.find("members").unwrap();
        assert_eq!(position(DOC, offset), Position { line: 3, column: 1 });
        let value = DOC.find("星").unwrap();
        assert_eq!(position(DOC, value), Position { line: 2, column: 9 });
        let after_cjk = DOC.find("河\"").unwrap() + "河".len();
        assert_eq!(
            position(DOC, after_cjk),
            Position {
                line: 2,
                column: 11
            }
        );
    }

    #[test]
    fn key_path_at_finds_nested_keys_and_array_items() {
        let offset = DOC.find("0\n").unwrap();
        assert_eq!(key_path_at(DOC, offset).to_string(), "org.members");
        let second = DOC.find("\"b\"").unwrap();
        assert_eq!(key_path_at(DOC, second).to_string(), "fees[1].id");
    }

    #[test]
    fn span_of_points_at_the_value() {
        let span = span_of(DOC, &KeyPath::parse("org.members")).unwrap();
        assert_eq!(&DOC[span], "0");
        let span = span_of(DOC, &KeyPath::parse("fees[1].id")).unwrap();
        assert_eq!(&DOC[span], "\"b\"");
    }

    #[test]
    fn span_of_a_missing_key_falls_back_to_its_parent() {
        let span = span_of(DOC, &KeyPath::parse("org.kind")).unwrap();
        assert_eq!(position(DOC, span.start).line, 1);
    }

    #[test]
    fn deep_paths_are_abbreviated() {
        let deep = KeyPath::parse(&format!("a{}", "[0]".repeat(20)));
        assert_eq!(deep.abbreviated(), "a[0][0]…(+15)…[0][0][0]");
        assert_eq!(KeyPath::parse("org.members").abbreviated(), "org.members");
    }

    #[test]
    fn key_paths_print_and_parse_alike() {
        for dotted in ["org.members", "fees[2].tiers[0].amount_fen", "platforms"] {
            assert_eq!(KeyPath::parse(dotted).to_string(), dotted);
        }
    }
}

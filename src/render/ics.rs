//! A small iCalendar (RFC 5545) writer: CRLF line endings, TEXT escaping, and folding at 75
//! octets that never splits a UTF-8 character or an escape sequence. Written here because the
//! output must be byte-for-byte reproducible (no clock, no random UIDs) and fold safely; the
//! tests check it with a real iCalendar parser.

use crate::render::text::visible::is_hidden_control;

/// Octets a content line may have, line break excluded (RFC 5545 §3.1).
const LINE_LIMIT: usize = 75;

/// Builds an iCalendar text line by line.
#[derive(Debug, Default)]
pub struct IcsWriter {
    out: String,
}

impl IcsWriter {
    /// An empty writer.
    pub fn new() -> IcsWriter {
        IcsWriter::default()
    }

    /// A property whose value is already in its iCalendar form (dates, codes, durations).
    pub fn raw(&mut self, name: &str, value: &str) -> &mut IcsWriter {
        self.out.push_str(&fold(&format!("{name}:{value}")));
        self
    }

    /// A TEXT property: the value is escaped.
    pub fn text(&mut self, name: &str, value: &str) -> &mut IcsWriter {
        self.raw(name, &escape_text(value))
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks; control and
/// bidirectional-override characters are dropped.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            // Terminal escapes and bidirectional overrides from a profile have no place in a
            // calendar: they are dropped.
            other if is_hidden_control(other) => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// One content line, folded: pieces of at most 75 octets joined by CRLF and a space, ending
/// with CRLF. A piece never ends inside a character or between a backslash and what it escapes.
pub fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    // Octets on the current physical line; a continuation line starts with its space.
    let mut used = 0;
    let mut rest = line;
    while let Some(atom) = next_atom(rest) {
        if used + atom.len() > LINE_LIMIT {
            folded.push_str("\r\n ");
            used = 1;
        }
        folded.push_str(atom);
        used += atom.len();
        rest = &rest[atom.len()..];
    }
    folded.push_str("\r\n");
    folded
}

// A character, or a backslash with the character it escapes.
fn next_atom(text: &str) -> Option<&str> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let end = match (first, chars.next()) {
        ('\\', Some((at, escaped))) => at + escaped.len_utf8(),
        _ => first.len_utf8(),
    };
    Some(&text[..end])
}

/// FNV-1a, 64 bits: a hash that never changes between builds, for stable UIDs.
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(folded: &str) -> Vec<&str> {
        folded.strip_suffix("\r\n").unwrap().split("\r\n").collect()
    }

    #[test]
    fn short_lines_end_with_crlf() {
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets() {
        let line = format!("DESCRIPTION:{}", "a".repeat(200));
        let folded = fold(&line);
        let parts = pieces(&folded);
        assert_eq!(parts[0].len(), 75);
        assert!(
            parts[1..]
                .iter()
                .all(|part| part.starts_with(' ') && part.len() <= 75)
        );
        assert_eq!(
            folded.replace("\r\n ", ""),
            format!("{line}\r\n"),
            "unfolding restores the line"
        );
    }

    #[test]
    fn folding_never_splits_a_character_or_an_escape() {
        let value = escape_text(&"年审，提醒;\\注意\n".repeat(20));
        let line = format!("SUMMARY:{value}");
        let folded = fold(&line);
        for part in pieces(&folded) {
            assert!(part.len() <= 75, "{} octets", part.len());
            let content = part.strip_prefix(' ').unwrap_or(part);
            let trailing_backslashes = content.chars().rev().take_while(|c| *c == '\\').count();
            assert!(
                trailing_backslashes % 2 == 0,
                "a piece ends inside an escape: {content:?}"
            );
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}

//! Text from a profile made safe for a terminal: control characters (ESC, BEL, …) and the
//! bidirectional-override characters that can reorder what a reader sees (U+202E, U+2066, …)
//! are shown as visible escapes such as `\u{1b}` instead of acting on the terminal. Line
//! breaks stay. JSON and CSV keep text as it is; ICS drops these characters
//! ([`is_hidden_control`]).

use std::borrow::Cow;

/// Whether `c` is a control or bidirectional-formatting character that must not reach a
/// terminal or a calendar as it is (line feed excepted).
pub fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every hidden control character written as a visible `\u{…}` escape.
///
/// ```
/// use certplan::render::text::visible::visible;
/// assert_eq!(visible("星河\u{1b}[31m科技"), "星河\\u{1b}[31m科技");
/// assert_eq!(visible("a\u{202e}b\nc"), "a\\u{202e}b\nc");
/// ```
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden_control) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hidden_control(c) {
            shown.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

//! Messages raised where the reader's language is unknown — inside a serde deserializer, a
//! clap value parser — carried as a catalogue id with its arguments through the error text, and
//! put into words where the diagnostic is shown.
//!
//! ```
//! use certplan::diagnostic::coded::{coded, render};
//! use certplan::lang::Lang;
//!
//! let text = coded("profile-members-invalid", &[("found", "0")]);
//! assert_eq!(render(&text, Lang::En), "must be an integer ≥ 1, found 0");
//! assert_eq!(render(&text, Lang::Zh), "须为不小于 1 的整数，实际为 0");
//! assert_eq!(render("plain words", Lang::Zh), "plain words");
//! ```

use crate::i18n::message_with_names;
use crate::lang::Lang;

// Control characters no profile text can put into a serde message unescaped.
const START: char = '\u{1}';
const FIELD: char = '\u{1f}';
const VALUE: char = '\u{1e}';

/// The message `id` with `args`, encoded to travel as an error's text.
pub fn coded(id: &str, args: &[(&str, &str)]) -> String {
    let mut text = format!("{START}{id}");
    for (name, value) in args {
        text.push(FIELD);
        text.push_str(name);
        text.push(VALUE);
        text.push_str(value);
    }
    text
}

/// `text` in words in `lang`: a [`coded`] message wherever it stands in `text` (serde may put
/// words before it), anything else unchanged.
pub fn render(text: &str, lang: Lang) -> String {
    let Some(at) = text.find(START) else {
        return text.to_owned();
    };
    let mut fields = text[at + START.len_utf8()..].split(FIELD);
    let id = fields.next().unwrap_or_default();
    let args: Vec<(String, String)> = fields
        .filter_map(|field| field.split_once(VALUE))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    message_with_names(lang, id, &args)
}

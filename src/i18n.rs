//! The message catalogue: every sentence certplan shows a person — table headings, notes,
//! advice, errors, help — lives once per language in `locales/<lang>/*.ftl` (Fluent), compiled
//! into the binary. Code names a message by its id and passes values; the catalogue owns the
//! wording, word order and plural forms. Ids, keys and enum values in machine output never go
//! through here.
//!
//! ```
//! use certplan::{i18n::message, lang::Lang, msg};
//!
//! assert_eq!(msg!(Lang::En, "catalogue-example", days = 1), "1 working day");
//! assert_eq!(msg!(Lang::En, "catalogue-example", days = 5), "5 working days");
//! assert_eq!(msg!(Lang::Zh, "catalogue-example", days = 5), "5 个工作日");
//! assert_eq!(message(Lang::Zh, "catalogue-language"), "中文");
//! ```

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

// `ENGLISH_FILES` and `CHINESE_FILES`: every `locales/<lang>/*.ftl`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// One language's catalogue, parsed the first time a message of that language is asked for:
/// a run in one language never parses the other.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let (slot, files, tag) = match lang {
        Lang::En => (&BUNDLES[0], ENGLISH_FILES, "en"),
        Lang::Zh => (&BUNDLES[1], CHINESE_FILES, "zh"),
    };
    slot.get_or_init(|| {
        let locale = tag.parse().expect("en and zh are language tags");
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Unicode isolation marks around arguments would reach terminals, CSV and ICS as
        // invisible characters; certplan's arguments are plain text, numbers and dates.
        bundle.set_use_isolating(false);
        for text in files {
            // Both hold by test (`i18n::tests`): every file parses, no id is defined twice.
            let resource = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|(resource, _)| resource);
            bundle.add_resource_overriding(resource);
        }
        bundle
    })
}

/// A value for a placeholder in a message: text, or a number (numbers choose plural forms).
pub type Arg = FluentValue<'static>;

/// The message `id` in `lang`, without arguments.
///
/// A missing id shows the id itself (a test keeps every id used in the code present in every
/// language, so users never see one).
pub fn message(lang: Lang, id: &str) -> String {
    lookup(lang, id, None)
}

/// The message `id` in `lang` with named arguments; prefer the [`msg!`](crate::msg) macro.
pub fn message_with(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut named = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        named.set(*name, value.clone());
    }
    lookup(lang, id, Some(&named))
}

/// The message `id` in `lang` with arguments named at run time (messages decoded from text,
/// see [`crate::diagnostic::coded`]); text arguments only.
pub fn message_with_names(lang: Lang, id: &str, args: &[(String, String)]) -> String {
    let mut named = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        named.set(name.clone(), FluentValue::from(value.clone()));
    }
    lookup(lang, id, Some(&named))
}

/// Whether the catalogue has the message `id` in `lang` itself (no fallback to English), for
/// messages whose ids are made from names at run time.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    match bundle.get_message(id).and_then(|message| message.value()) {
        Some(pattern) => {
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned()
        }
        // English is complete (tested); a Chinese gap would show the English words.
        None if lang != Lang::En => lookup(Lang::En, id, args),
        None => id.to_owned(),
    }
}

/// Converts a value into a catalogue argument: numbers stay numbers (for plural rules),
/// everything else is shown as text.
pub fn arg(value: impl IntoArg) -> Arg {
    value.into_arg()
}

/// Values that can fill a placeholder.
pub trait IntoArg {
    /// The catalogue argument for this value.
    fn into_arg(self) -> Arg;
}

macro_rules! numeric_args {
    ($($type:ty),*) => {$(
        impl IntoArg for $type {
            fn into_arg(self) -> Arg {
                FluentValue::from(self)
            }
        }
    )*};
}
numeric_args!(i32, i64, u8, u16, u32, u64, usize);

impl IntoArg for String {
    fn into_arg(self) -> Arg {
        FluentValue::from(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        FluentValue::from(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        FluentValue::from(self.to_owned())
    }
}

impl IntoArg for chrono::NaiveDate {
    fn into_arg(self) -> Arg {
        // Dates are always shown as YYYY-MM-DD, in every language.
        FluentValue::from(self.format("%Y-%m-%d").to_string())
    }
}

impl IntoArg for &chrono::NaiveDate {
    fn into_arg(self) -> Arg {
        (*self).into_arg()
    }
}

/// A catalogue message in a language: `msg!(lang, "id")` or
/// `msg!(lang, "id", name = value, …)`. Ids are literals, so a test can find every one used.
#[macro_export]
macro_rules! msg {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message($lang, $id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message_with(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::arg($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;

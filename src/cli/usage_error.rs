//! Usage errors (an unknown flag, a bad value, a missing argument) in the reader's language,
//! said by certplan in both languages from clap's structured context — what was typed, what
//! would fit — with the catalogue's words: one prefix (`certplan: error:`), the usage of the
//! command the arguments name (options shown as optional, as its `--help` shows them), and a
//! pointer to that command's own `--help`.

use super::args::Cli;
use certplan::i18n::{arg, message, message_with};
use certplan::lang::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, CommandFactory};
use std::ffi::OsString;

/// `error`, raised parsing `arguments`, as the text to print on stderr.
pub fn render(error: &clap::Error, lang: Lang, arguments: &[OsString]) -> String {
    if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        return super::help::page(&error.render().to_string(), lang);
    }
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(texts)) => texts.join(", "),
        Some(ContextValue::StyledStr(text)) => text.to_string(),
        Some(ContextValue::Number(number)) => number.to_string(),
        _ => String::new(),
    };
    let argument = context(ContextKind::InvalidArg) + &context(ContextKind::InvalidSubcommand);
    let value = context(ContextKind::InvalidValue);
    let (id, detail) = match error.kind() {
        ErrorKind::UnknownArgument => ("usage-unknown-argument", String::new()),
        ErrorKind::InvalidSubcommand => ("usage-unknown-command", String::new()),
        // clap reports `--as-of` with nothing after it as an invalid empty value.
        ErrorKind::InvalidValue if value.is_empty() => ("usage-missing-value", String::new()),
        ErrorKind::InvalidValue => ("usage-invalid-value", context(ContextKind::ValidValue)),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(|source| in_words(&source.to_string(), lang))
                .unwrap_or_default();
            ("usage-value-rejected", reason)
        }
        ErrorKind::MissingRequiredArgument => ("usage-missing-argument", String::new()),
        // clap reports an option given twice as a conflict with itself.
        ErrorKind::ArgumentConflict if context(ContextKind::PriorArg) == argument => {
            ("usage-repeated", String::new())
        }
        ErrorKind::ArgumentConflict => ("usage-conflict", context(ContextKind::PriorArg)),
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            ("usage-wrong-values", String::new())
        }
        // Kinds certplan's arguments cannot produce: clap's own first line (said in English
        // only; the Chinese message goes without it).
        _ => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            (
                "usage-other",
                first.trim_start_matches("error: ").to_owned(),
            )
        }
    };
    let mut tree = super::help::localized(Cli::command(), lang);
    tree.build();
    let command = command_of(&tree, arguments);
    let mut text = message(lang, "usage-prefix");
    text.push_str(&message_with(
        lang,
        id,
        &[
            ("argument", arg(argument.as_str())),
            ("value", arg(value.as_str())),
            ("detail", arg(detail.as_str())),
        ],
    ));
    text.push('\n');
    let suggested = context(ContextKind::SuggestedArg) + &context(ContextKind::SuggestedSubcommand);
    if !suggested.is_empty() {
        text.push_str(&message_with(
            lang,
            "usage-did-you-mean",
            &[("suggestion", arg(suggested))],
        ));
        text.push('\n');
    }
    // The command's own usage, not clap's usage of this error (which shows the options just
    // typed as if they were required).
    let usage = command.clone().render_usage().to_string();
    let usage = super::help::options_in(usage.trim_start_matches("Usage:").trim(), lang);
    text.push('\n');
    text.push_str(&message_with(lang, "usage-line", &[("usage", arg(usage))]));
    text.push_str("\n\n");
    let name = command
        .get_bin_name()
        .unwrap_or(command.get_name())
        .to_owned();
    text.push_str(&message_with(lang, "usage-more", &[("command", arg(name))]));
    text.push('\n');
    text
}

/// The (sub)command the arguments name: the words that are commands, in order, skipping
/// options and the values they take.
fn command_of<'a>(root: &'a Command, arguments: &[OsString]) -> &'a Command {
    let mut current = root;
    let mut words = arguments.iter().skip(1).map(|word| word.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let takes_value = |matches: &dyn Fn(&clap::Arg) -> bool| {
            current
                .get_arguments()
                .any(|option| matches(option) && option.get_action().takes_values())
        };
        if let Some(long) = word.strip_prefix("--") {
            if !long.contains('=') && takes_value(&|option| option.get_long() == Some(long)) {
                words.next();
            }
            continue;
        }
        if let Some(short) = word.strip_prefix('-').filter(|short| !short.is_empty()) {
            let last = short.chars().last();
            if short.chars().count() == 1 && takes_value(&|option| option.get_short() == last) {
                words.next();
            }
            continue;
        }
        match current.find_subcommand(word.as_ref()) {
            Some(sub) => current = sub,
            None => break,
        }
    }
    current
}

/// clap's own reason for refusing a number (`100000000 is not in 0..=3650`) in `lang`; other
/// reasons (certplan's own) are already in the reader's language.
fn in_words(reason: &str, lang: Lang) -> String {
    if reason == "invalid digit found in string" {
        return message(lang, "usage-not-a-number");
    }
    match reason.split_once(" is not in ") {
        Some((value, range)) => {
            let (low, high) = range.split_once("..=").unwrap_or((range, ""));
            message_with(
                lang,
                "usage-out-of-range",
                &[
                    ("value", arg(value)),
                    ("low", arg(low)),
                    ("high", arg(high)),
                ],
            )
        }
        None => reason.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::help::localized;

    fn error_of(arguments: &[&str]) -> String {
        let error = localized(Cli::command(), Lang::Zh)
            .try_get_matches_from(arguments)
            .unwrap_err();
        let arguments: Vec<OsString> = arguments.iter().map(OsString::from).collect();
        render(&error, Lang::Zh, &arguments)
    }

    #[test]
    fn an_unknown_flag_is_named_with_a_suggestion_and_the_usage() {
        let text = error_of(&["certplan", "quote", "--yeras", "3"]);
        assert!(text.contains("不认识的参数 `--yeras`"), "{text}");
        assert!(text.contains("是不是要写 `--years`？"), "{text}");
        assert!(text.contains("用法：certplan quote"), "{text}");
        assert!(!text.contains("Usage"), "{text}");
    }

    #[test]
    fn a_command_without_its_job_shows_the_chinese_help() {
        let text = error_of(&["certplan", "workdays"]);
        assert!(text.contains("用法：certplan workdays"), "{text}");
        assert!(text.contains("命令："), "{text}");
    }

    #[test]
    fn a_mistyped_command_is_named() {
        let text = error_of(&["certplan", "qoute"]);
        assert!(text.contains("不认识的命令 `qoute`"), "{text}");
        assert!(text.contains("是不是要写 `quote`？"), "{text}");
    }

    #[test]
    fn a_number_out_of_range_gives_the_range_in_chinese() {
        let text = error_of(&["certplan", "remind", "--warn-days", "100000000"]);
        assert!(text.contains("100000000 不在 0 至 3650 的范围内"), "{text}");
    }
}

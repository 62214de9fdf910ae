//! Usage errors (an unknown flag, a bad value, a missing argument) in the reader's language.
//! English is clap's own rendering; in Chinese certplan says it from clap's structured
//! context — what was typed, what would fit, the usage line — with the catalogue's words.

use certplan::i18n::{arg, message, message_with};
use certplan::lang::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// `error` as the text to print on stderr.
pub fn render(error: &clap::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return error.render().to_string();
    }
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
        ErrorKind::InvalidValue => ("usage-invalid-value", context(ContextKind::ValidValue)),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(|source| in_words(&source.to_string()))
                .unwrap_or_default();
            ("usage-value-rejected", reason)
        }
        ErrorKind::MissingRequiredArgument => ("usage-missing-argument", String::new()),
        ErrorKind::ArgumentConflict => ("usage-conflict", context(ContextKind::PriorArg)),
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            ("usage-wrong-values", String::new())
        }
        // Kinds certplan's arguments cannot produce: clap's own first line, kept.
        _ => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            (
                "usage-other",
                first.trim_start_matches("error: ").to_owned(),
            )
        }
    };
    let mut text = message(lang, "usage-prefix");
    // Which command's help to point to: the one the usage line names.
    let usage = context(ContextKind::Usage);
    let command = usage
        .trim_start_matches("Usage:")
        .split_whitespace()
        .take_while(|word| !word.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ");
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
    if !usage.is_empty() {
        let usage = usage.trim_start_matches("Usage:").trim();
        text.push('\n');
        text.push_str(&message_with(lang, "usage-line", &[("usage", arg(usage))]));
        text.push('\n');
    }
    text.push('\n');
    let command = if command.is_empty() {
        "certplan".to_owned()
    } else {
        command
    };
    text.push_str(&message_with(
        lang,
        "usage-more",
        &[("command", arg(command))],
    ));
    text.push('\n');
    text
}

/// clap's own reason for refusing a number (`100000000 is not in 0..=3650`) in Chinese; other
/// reasons (certplan's own) are already in the reader's language.
fn in_words(reason: &str) -> String {
    if reason == "invalid digit found in string" {
        return message(Lang::Zh, "usage-not-a-number");
    }
    match reason.split_once(" is not in ") {
        Some((value, range)) => {
            let (low, high) = range.split_once("..=").unwrap_or((range, ""));
            message_with(
                Lang::Zh,
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
    use crate::cli::args::Cli;
    use crate::cli::help::localized;
    use clap::CommandFactory;

    fn error_of(arguments: &[&str]) -> String {
        let error = localized(Cli::command(), Lang::Zh)
            .try_get_matches_from(arguments)
            .unwrap_err();
        render(&error, Lang::Zh)
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

//! `--help` and the usage line in the reader's language: the clap definitions give the
//! structure (names, flags, value names, defaults), the catalogue gives every word — the
//! description of each command (`help-<command>`) and of each argument
//! (`help-<command>-<argument>`, `help-global-<argument>` for options every command takes),
//! the headings and the words clap adds. English comes from the catalogue too, so both
//! languages say the same.

use super::args::Format;
use certplan::i18n::{arg, has_message, message, message_with};
use certplan::lang::Lang;
use clap::{Arg, ArgAction, Command};

/// `command` (the whole tree) with every description, heading and clap word in `lang`.
pub fn localized(command: Command, lang: Lang) -> Command {
    let command = command
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(message(lang, "help-flag-help"))
                .help_heading(message(lang, "help-heading-options")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(message(lang, "help-flag-version"))
                .help_heading(message(lang, "help-heading-options")),
        );
    // Options every command takes are described once, where they are declared.
    let globals: Vec<String> = command
        .get_arguments()
        .filter(|argument| argument.is_global_set())
        .map(|argument| argument.get_id().to_string())
        .collect();
    let command = globals.iter().fold(command, |command, id| {
        command.mut_arg(id, |argument| {
            describe(argument, &format!("help-global-{id}"), lang)
        })
    });
    let format = command
        .get_arguments()
        .find(|argument| argument.get_id() == "format")
        .cloned();
    localize_tree(command, "", format.as_ref(), lang)
}

fn localize_tree(command: Command, parent: &str, format: Option<&Arg>, lang: Lang) -> Command {
    // The program itself is `help-certplan`; its commands are named alone (`help-quote`).
    let path = if parent.is_empty() || parent == "certplan" {
        command.get_name().to_owned()
    } else {
        format!("{parent}-{}", command.get_name())
    };
    let about_id = format!("help-{path}");
    let mut command = command
        .help_template(template(lang))
        .subcommand_help_heading(message(lang, "help-heading-commands"))
        .subcommand_value_name(message(lang, "help-value-command"))
        .disable_help_subcommand(true);
    if has_message(lang, &about_id) {
        command = command.about(message(lang, &about_id));
    }
    // `--format` is declared once for every command; each command's page lists the formats
    // that command writes (a local copy of the option, which clap prefers to the global one).
    let formats = Format::of(&path.replace('-', " "));
    if let (Some(format), Some(default)) = (format, formats.first()) {
        let names: Vec<&str> = formats.iter().map(|format| format.name()).collect();
        let separator = if lang == Lang::Zh { "、" } else { ", " };
        let text = message_with(
            lang,
            "help-format-of",
            &[
                ("formats", arg(names.join(separator))),
                ("default", arg(default.name())),
            ],
        );
        command = command.arg(format.clone().global(false).help(text));
    }
    let own: Vec<String> = command
        .get_arguments()
        .filter(|argument| !argument.is_global_set())
        .map(|argument| argument.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in own {
        let message_id = format!("help-{path}-{id}");
        command = command.mut_arg(&id, |argument| describe(argument, &message_id, lang));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| localize_tree(sub, &path, format, lang));
    }
    command
}

/// One argument's description from the catalogue, with its default and possible values said
/// in `lang` (clap would say them in English).
fn describe(argument: Arg, id: &str, lang: Lang) -> Arg {
    let mut text = if has_message(lang, id) {
        message(lang, id)
    } else {
        argument
            .get_help()
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    let defaults: Vec<String> = argument
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    // A flag's default (`false`) says nothing; a value's default is said in `lang`.
    let takes_value = argument.get_action().takes_values();
    let mut argument = argument;
    if takes_value && !defaults.is_empty() && !argument.is_hide_default_value_set() {
        text.push(' ');
        text.push_str(&message_with(
            lang,
            "help-default",
            &[("value", arg(defaults.join(", ")))],
        ));
        argument = argument.hide_default_value(true);
    }
    let values: Vec<String> = argument
        .get_possible_values()
        .iter()
        .map(|value| value.get_name().to_owned())
        .collect();
    if takes_value && !values.is_empty() {
        text.push(' ');
        text.push_str(&message_with(
            lang,
            "help-possible-values",
            &[("values", arg(values.join(", ")))],
        ));
        argument = argument.hide_possible_values(true);
    }
    let heading = if argument.is_positional() {
        "help-heading-arguments"
    } else {
        "help-heading-options"
    };
    argument.help(text).help_heading(message(lang, heading))
}

/// A help page as clap rendered it, with the colon clap puts after each heading made
/// full-width in Chinese.
pub fn page(rendered: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return rendered.to_owned();
    }
    let headings = [
        "help-heading-commands",
        "help-heading-arguments",
        "help-heading-options",
    ]
    .map(|id| message(lang, id));
    rendered
        .lines()
        .map(|line| match line.strip_suffix(':') {
            Some(heading) if headings.iter().any(|known| known == heading) => {
                format!("{heading}：\n")
            }
            _ => format!("{}\n", options_in(line, lang)),
        })
        .collect()
}

/// A usage line with clap's `[OPTIONS]` in `lang`.
pub fn options_in(usage: &str, lang: Lang) -> String {
    usage.replace("[OPTIONS]", &message(lang, "usage-options"))
}

/// The layout of every help page, with the usage heading in `lang`.
fn template(lang: Lang) -> String {
    format!(
        "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        message(lang, "help-heading-usage")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Cli;
    use clap::CommandFactory;

    /// Every command and argument the user can ask `--help` about.
    fn every_help_id(command: &Command, path: &str, ids: &mut Vec<String>) {
        ids.push(format!("help-{path}"));
        for argument in command.get_arguments() {
            let id = argument.get_id().to_string();
            if argument.is_global_set() {
                ids.push(format!("help-global-{id}"));
            } else {
                ids.push(format!("help-{path}-{id}"));
            }
        }
        for sub in command.get_subcommands() {
            let child = if path == "certplan" {
                sub.get_name().to_owned()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            every_help_id(sub, &child, ids);
        }
    }

    #[test]
    fn every_command_and_argument_is_described_in_both_languages() {
        let mut ids = Vec::new();
        every_help_id(&Cli::command(), "certplan", &mut ids);
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| !id.ends_with("-help") && !id.ends_with("-version"))
            .flat_map(|id| {
                [Lang::En, Lang::Zh]
                    .into_iter()
                    .filter(|lang| !has_message(*lang, id))
                    .map(move |lang| format!("{id} ({lang:?})"))
            })
            .collect();
        assert!(missing.is_empty(), "no description for: {missing:#?}");
    }

    #[test]
    fn every_command_that_prints_has_its_formats() {
        // The commands that write no output of their own: import (files in a folder), completions
        // and a man page (fixed text).
        let without = ["import", "completions", "man"];
        let mut missing = Vec::new();
        for command in Cli::command().get_subcommands() {
            let name = command.get_name();
            if !without.contains(&name) && Format::of(name).is_empty() {
                missing.push(name.to_owned());
            }
            for sub in command.get_subcommands() {
                let path = format!("{name} {}", sub.get_name());
                if Format::of(&path).is_empty() {
                    missing.push(path);
                }
            }
        }
        assert!(missing.is_empty(), "no formats for: {missing:?}");
    }

    #[test]
    fn chinese_help_has_no_english_clap_words() {
        let mut command = localized(Cli::command(), Lang::Zh);
        let help = page(&command.render_long_help().to_string(), Lang::Zh);
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "[default:",
            "[OPTIONS]",
        ] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
        assert!(help.contains("用法："), "{help}");
    }
}

//! The command line: the only part of certplan that touches the outside world — arguments,
//! environment, clock, files, stdout and stderr. It reads inputs, calls the library, and
//! writes what the renderers return.

mod args;
mod commands;
mod error;
pub mod exit;
mod help;
mod input;
mod notes;
mod output;
mod prepared_files;
pub mod report;
mod session;
mod tables;
mod usage_error;

use args::{Cli, Command};
use certplan::render::text::visible::visible;
use clap::{CommandFactory, FromArgMatches};
use error::CliError;
use exit::Exit;
use session::Session;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// Runs certplan with these arguments (the first is the program name). Problems already
/// reported (bad flags, bad profiles in a batch) come back as an exit code; an error that
/// ends the run comes back as `Err`, for `main` to print.
///
/// As a monitoring plugin (`--nagios`) certplan exits 0–3 only: an error that ends the run is
/// reported as an `UNKNOWN:` line and exit 3.
pub fn run(arguments: impl IntoIterator<Item = OsString>) -> anyhow::Result<Exit> {
    let arguments: Vec<OsString> = arguments.into_iter().collect();
    let monitoring = arguments.iter().any(|argument| argument == "--nagios")
        || arguments
            .windows(2)
            .any(|pair| pair[0] == "--format" && pair[1] == "nagios")
        || arguments
            .iter()
            .any(|argument| argument == "--format=nagios");
    match run_parsed(arguments) {
        Err(error) if monitoring => {
            let message = visible(&format!("{error:#}")).replace(['|', '\n'], " ");
            // A stdout that cannot be written has nothing more to lose: stderr says it.
            let _ = writeln!(std::io::stdout(), "UNKNOWN: {message}");
            report::report(report::Kind::Error, report::language(), &message);
            Ok(Exit::Unknown)
        }
        Ok(Exit::Usage) if monitoring => {
            let said = certplan::msg!(report::language(), "nagios-invalid-arguments");
            let _ = writeln!(std::io::stdout(), "UNKNOWN: {said}");
            Ok(Exit::Unknown)
        }
        outcome => outcome,
    }
}

fn run_parsed(arguments: Vec<OsString>) -> anyhow::Result<Exit> {
    // Most runs parse and go on; only help, version and usage errors need the words, so only
    // they pay for putting the command tree into the reader's language (a second parse).
    let parsed = Cli::command()
        .try_get_matches_from(&arguments)
        .or_else(|_| {
            help::localized(Cli::command(), report::language()).try_get_matches_from(&arguments)
        })
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) if error.use_stderr() => {
            eprint!(
                "{}",
                usage_error::render(&error, report::language(), &arguments)
            );
            return Ok(Exit::Usage);
        }
        Err(help_or_version) if report::language() == certplan::lang::Lang::En => {
            let _ = help_or_version.print();
            return Ok(Exit::Ok);
        }
        Err(help_or_version) => {
            let page = help::page(&help_or_version.render().to_string(), report::language());
            // Like clap's own printing: a closed pipe (`| head`) is not an error.
            let _ = std::io::stdout().write_all(page.as_bytes());
            return Ok(Exit::Ok);
        }
    };
    let lang = cli.global.lang(locale().as_deref());
    let unused = cli.unused_options();
    if !unused.is_empty() {
        return Err(CliError::Usage(certplan::msg!(
            lang,
            "option-unused",
            command = cli.command.name(),
            options = unused.join(", "),
            count = unused.len()
        ))
        .into());
    }
    let mut cli = cli;
    if let Some(extra) = std::env::var_os("CERTPLAN_HOLIDAYS").filter(|value| !value.is_empty())
        && !matches!(
            cli.command,
            Command::Init(_) | Command::Completions { .. } | Command::Man | Command::Log(_)
        )
    {
        // The environment's notice comes first, so that a --holidays file given by hand wins.
        cli.global.holidays.insert(0, PathBuf::from(extra));
    }
    // Every input the run will read, listed before any output is opened (see input::known).
    input::announce(cli.input_files().iter().map(PathBuf::as_path));
    match &cli.command {
        Command::Completions { shell } => {
            return commands::generate::completions(&cli.global, *shell);
        }
        Command::Man => return commands::generate::man(&cli.global),
        Command::Init(args) => return commands::init::run(&cli.global, args, lang),
        Command::Log(args) => {
            return Ok(commands::log::run(args, lang, || {
                chrono::Local::now().date_naive()
            })?);
        }
        _ => {}
    }
    let pages = commands::report::pages_folder(&mut cli.global, &cli.command)?;
    let mut session = Session::open(&cli.global, locale().as_deref(), || {
        chrono::Local::now().date_naive()
    })?;
    let exit = match &cli.command {
        Command::Quote(args) => commands::quote::run(&mut session, args)?,
        Command::Explain(args) => commands::explain::run(&mut session, args)?,
        Command::Rules => commands::rules::run(&mut session)?,
        Command::Checklist(args) => commands::checklist::run(&mut session, args)?,
        Command::Check(args) => commands::check::run(&mut session, args)?,
        Command::Benefits(args) => commands::benefits::run(&mut session, args)?,
        Command::Timeline(args) => commands::timeline::run(&mut session, args)?,
        Command::Remind(args) => commands::remind::run(&mut session, args)?,
        Command::Status(args) => commands::status::run(&mut session, args)?,
        Command::Report(args) => {
            commands::report::run(&mut session, args, &cli.global, pages.as_deref())?
        }
        Command::Forecast(args) => commands::forecast::run(&mut session, args)?,
        Command::Workdays { job } => commands::workdays::run(&mut session, job)?,
        Command::Import(args) => commands::import::run(&mut session, args)?,
        Command::Export(args) => commands::export::run(&mut session, args)?,
        Command::Completions { .. } | Command::Man | Command::Init(_) | Command::Log(_) => {
            unreachable!("handled above")
        }
    };
    let succeeded = matches!(exit, Exit::Ok | Exit::Warning | Exit::Critical);
    let keep = succeeded && session.output.has_results();
    // A file held back because some profiles failed: say so, or the user looks for it.
    let held_back = (!succeeded && session.output.has_results())
        .then(|| session.output.path())
        .flatten();
    let lang = session.lang;
    if session.finish(keep)? {
        // A file was written: the export succeeded. Status codes 1/2 are for reading at a
        // terminal or from monitoring, not for exports.
        return Ok(Exit::Ok);
    }
    if let Some(path) = held_back {
        let path = path.display().to_string();
        report::report(
            report::Kind::Note,
            lang,
            &certplan::msg!(lang, "output-held-back", path = path),
        );
    }
    Ok(exit)
}

/// The error that ends a run, in the reader's language (for `main` to print once).
pub fn describe(error: &anyhow::Error) -> String {
    let lang = report::language();
    match error
        .chain()
        .find_map(|cause| cause.downcast_ref::<CliError>())
    {
        Some(known) => known.message(lang),
        None => format!("{error:#}"),
    }
}

/// The locale the environment asks for messages in: LC_ALL, else LC_MESSAGES, else LANG (the
/// first one set and not empty).
pub(crate) fn locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
}

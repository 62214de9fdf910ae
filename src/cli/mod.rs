//! The command line: the only part of certplan that touches the outside world — arguments,
//! environment, clock, files, stdout and stderr. It reads inputs, calls the library, and
//! writes what the renderers return.

mod args;
mod commands;
mod error;
pub mod exit;
mod input;
mod output;
mod prepared_files;
mod session;

use args::{Cli, Command};
use clap::Parser;
use exit::Exit;
use session::Session;
use std::ffi::OsString;

/// Runs certplan with these arguments (the first is the program name). Problems already
/// reported (bad flags, bad profiles in a batch) come back as an exit code; an error that
/// ends the run comes back as `Err`, for `main` to print.
pub fn run(arguments: impl IntoIterator<Item = OsString>) -> anyhow::Result<Exit> {
    let cli = match Cli::try_parse_from(arguments) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return Ok(if error.use_stderr() {
                Exit::Usage
            } else {
                Exit::Ok
            });
        }
    };
    match &cli.command {
        Command::Completions { shell } => {
            return commands::generate::completions(&cli.global, *shell);
        }
        Command::Man => return commands::generate::man(&cli.global),
        Command::Init(args) => return commands::init::run(&cli.global, args),
        _ => {}
    }
    let locale = std::env::var("LANG").ok();
    let mut session = Session::open(&cli.global, locale.as_deref(), || {
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
        Command::Workdays { job } => commands::workdays::run(&mut session, job)?,
        Command::Completions { .. } | Command::Man | Command::Init(_) => {
            unreachable!("handled above")
        }
    };
    session.finish()?;
    Ok(exit)
}

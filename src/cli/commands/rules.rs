//! `certplan rules`.

use crate::cli::args::Format;
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::render::rules;
use chrono::Datelike;

/// Prints the rules in use: table, JSON, or the TOML text itself.
pub fn run(session: &mut Session) -> Result<Exit, CliError> {
    // The calendar years shown: every notice, then the law's years through two years ahead.
    let through = session.as_of.year() + 2;
    let text = match session.format("rules")? {
        Format::Json => rules::json(&session.rules, &session.calendar, through),
        Format::Toml => session.rules_text.to_string(),
        _ => rules::table(&session.rules, &session.calendar, through, session.lang),
    };
    session.output.write(&text)?;
    Ok(Exit::Ok)
}

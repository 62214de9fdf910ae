//! `certplan log PROFILE PLATFORM EVENT [--on D] [--note TEXT]`: appends one event to a TOML
//! profile's history. The library makes the new text and reads it again as a profile; a
//! refused event leaves the file as it was (exit 65), an accepted one replaces it atomically.

use crate::cli::args::LogArgs;
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::{MAX_PROFILE_BYTES, read_text};
use crate::cli::output::Output;
use certplan::lang::Lang;
use certplan::msg;
use certplan::profile::Event;
use certplan::profile::append::{AppendError, append_event};
use chrono::NaiveDate;
use std::io::Write;

/// Appends the event and says so on stdout.
pub fn run(
    args: &LogArgs,
    lang: Lang,
    today: impl FnOnce() -> NaiveDate,
) -> Result<Exit, CliError> {
    let path = &args.profile;
    let name = path.display().to_string();
    // A client list's row is not a file of its own: its history is its status columns.
    if path.extension().is_none_or(|extension| extension != "toml") {
        return Err(CliError::Usage(msg!(
            lang,
            "log-not-toml",
            file = name.as_str()
        )));
    }
    let text = read_text(path, MAX_PROFILE_BYTES)?;
    let today = today();
    let event = Event {
        on: args.on.unwrap_or(today),
        kind: args.event,
        note: args.note.clone(),
    };
    let (new, _) = append_event(&name, &text, args.platform, &event, today, lang).map_err(
        |error| match error {
            AppendError::Invalid(diagnostics) => CliError::Invalid(diagnostics),
            AppendError::NotChosen(platform) => CliError::Usage(msg!(
                lang,
                "log-not-chosen",
                file = name.as_str(),
                platform = platform.id()
            )),
            AppendError::NotEditable(platform) => CliError::Usage(msg!(
                lang,
                "log-not-editable",
                file = name.as_str(),
                platform = platform.id()
            )),
        },
    )?;
    let mut output = Output::in_place(path)?;
    output.write(&new)?;
    output.finish(true)?;
    let said = msg!(
        lang,
        "log-done",
        file = name.as_str(),
        platform = args.platform.label(lang),
        event = event.kind.label(lang),
        on = event.on.to_string()
    );
    // Like every result: a closed pipe is not an error, the file is written either way.
    let _ = writeln!(std::io::stdout(), "{said}");
    Ok(Exit::Ok)
}

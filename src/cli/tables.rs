//! Profiles as the tables of their files, for the commands that convert between profile files
//! and client lists (`import`, `export`): each input is validated as a profile, then handed on
//! as the `toml::Table` a profile file holds, with where it came from.

use super::error::CliError;
use super::exit::Exit;
use super::input::{MAX_PROFILE_BYTES, expand, read_text};
use super::session::Session;
use certplan::diagnostic::{Diagnostic, Diagnostics};
use certplan::profile::parse_profile_in;
use std::path::PathBuf;
use toml::Table;

/// Where one profile came from: a file, and for a list row its sheet and row number.
#[derive(Clone, Debug)]
pub struct Source {
    /// The file as the user named it.
    pub file: String,
    /// The sheet of a workbook, if the profile is a row of one.
    pub sheet: Option<String>,
    /// The row number the spreadsheet shows, if the profile is a list row.
    pub row: Option<usize>,
}

/// Runs `each` on the table of every profile the arguments name, in order. A profile that
/// cannot be read or is invalid is reported on stderr and the others go on; the worst exit
/// wins.
pub fn for_each_table(
    session: &mut Session,
    arguments: &[PathBuf],
    mut each: impl FnMut(&mut Session, &Source, Table) -> Result<Exit, CliError>,
) -> Result<Exit, CliError> {
    let mut worst = Exit::Ok;
    for path in expand(arguments) {
        let outcome = path.and_then(|path| {
            let file = path.display().to_string();
            let text = read_text(&path, MAX_PROFILE_BYTES)?;
            parse_profile_in(&file, &text, session.lang).map_err(CliError::Invalid)?;
            let table: Table = toml::from_str(&text).map_err(|error| {
                let problem = Diagnostic::from_toml(&file, &text, &error, session.lang);
                CliError::Invalid(Diagnostics::one(problem))
            })?;
            let source = Source {
                file,
                sheet: None,
                row: None,
            };
            each(session, &source, table)
        });
        worst = session.settle(worst, outcome)?;
    }
    Ok(worst)
}

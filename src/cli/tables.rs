//! Profiles as the tables of their files, for the commands that convert between profile files
//! and client lists (`import`, `export`): each input is validated as a profile, then handed on
//! as the `toml::Table` a profile file holds, with where it came from.

use super::error::CliError;
use super::exit::Exit;
use super::input::{MAX_PROFILE_BYTES, Origin, expand, read_text};
use super::session::Session;
use certplan::diagnostic::{Diagnostic, Diagnostics};
use certplan::lang::Lang;
use certplan::profile::parse_profile_in;
use std::path::{Path, PathBuf};
use toml::Table;

/// Runs `each` on the table of every profile the arguments name (files, folders, list rows),
/// in order. A profile that cannot be read or is invalid is reported on stderr and the others
/// go on; the worst exit wins.
pub fn for_each_table(
    session: &mut Session,
    arguments: &[PathBuf],
    mut each: impl FnMut(&mut Session, &Origin, Table) -> Result<Exit, CliError>,
) -> Result<Exit, CliError> {
    let mut worst = Exit::Ok;
    for entry in expand(arguments, &session.lists, session.lang, &session.notes) {
        if !session.goes_on() {
            break;
        }
        let lang = session.lang;
        let outcome = entry
            .and_then(|entry| entry.table(lang))
            .and_then(|(origin, table)| each(session, &origin, table));
        worst = session.settle(worst, outcome)?;
    }
    Ok(worst)
}

/// The table of the profile file at `path`, validated as a profile.
pub fn table_of_file(path: &Path, lang: Lang) -> Result<Table, CliError> {
    let file = path.display().to_string();
    let text = read_text(path, MAX_PROFILE_BYTES)?;
    parse_profile_in(&file, &text, lang).map_err(CliError::Invalid)?;
    toml::from_str(&text).map_err(|error| {
        let problem = Diagnostic::from_toml(&file, &text, &error, lang);
        CliError::Invalid(Diagnostics::one(problem))
    })
}

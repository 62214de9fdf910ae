//! `certplan export [PROFILE…] -o list.csv|list.xlsx`: profiles (files, folders or client lists)
//! as one client list, with the headers of `init --format xlsx|csv` in the language; CSV to
//! stdout without `-o`.

use crate::cli::args::{ExportArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::{Session, choose_format};
use crate::cli::tables::for_each_table;
use certplan::list::row::row_of;
use certplan::msg;
use certplan::render::list::list_csv;
use certplan::render::xlsx::list_workbook;

/// Reads every profile, then writes the list (a workbook is written whole).
pub fn run(session: &mut Session, args: &ExportArgs) -> Result<Exit, CliError> {
    let format = match (session.format_asked(), session.output.path()) {
        (Some(name), _) => choose_format("export", Some(&name), session.lang)?,
        (None, Some(path)) if path.extension().is_some_and(|ext| ext == "xlsx") => Format::Xlsx,
        (None, _) => Format::Csv,
    };
    if format == Format::Xlsx && !session.output.is_file() {
        return Err(CliError::Usage(msg!(session.lang, "xlsx-needs-output")));
    }
    let mut rows = Vec::new();
    let exit = for_each_table(session, &args.profiles, |session, _, table| {
        rows.push(row_of(&table, session.lang));
        Ok(Exit::Ok)
    })?;
    if rows.is_empty() {
        return Ok(exit);
    }
    let lang = session.lang;
    match format {
        Format::Xlsx => {
            let bytes =
                list_workbook(&rows, lang).map_err(|error| session.workbook_error(error))?;
            session.output.write_bytes(&bytes)?;
        }
        _ => session.output.write(&list_csv(&rows, lang))?,
    }
    Ok(exit)
}

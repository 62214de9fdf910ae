//! `certplan checklist [PROFILE] [--platform P…] [--kind K]`.

use crate::cli::args::{ChecklistArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::profile_or_general;
use crate::cli::prepared_files::inspect;
use crate::cli::session::Session;
use certplan::checklist::{checklist, general_checklist};
use certplan::platform::Platform;
use certplan::render::{Context, checklist as render, csv_lines};
use std::path::Path;

/// A profile's lists (with file statuses), or the general lists when no profile is named and
/// filters are given or `./certplan.toml` does not exist.
pub fn run(session: &mut Session, args: &ChecklistArgs) -> Result<Exit, CliError> {
    let format = session.format("checklist")?;
    if format == Format::Csv {
        session
            .output
            .header(csv_lines([render::CSV_HEADER.map(str::to_owned).to_vec()]));
    }
    let mut filters = Vec::new();
    if !args.platform.is_empty() {
        filters.push("--platform");
    }
    if args.kind.is_some() {
        filters.push("--kind");
    }
    let profile = profile_or_general(args.profile.as_deref(), &filters)?;
    let Some(profile) = profile else {
        let platforms = if args.platform.is_empty() {
            Platform::ALL.to_vec()
        } else {
            args.platform.clone()
        };
        let lists = general_checklist(&session.rules, session.as_of, &platforms, args.kind);
        let context = Context {
            profile_path: "",
            as_of: session.as_of,
            lang: session.lang,
            width: session.table_width,
            sheet: None,
            sheet_row: None,
        };
        let text = match format {
            Format::Json => render::json(&context, None, &lists),
            Format::Csv => render::csv(&context, None, &lists),
            _ => render::table(&context, None, &lists, &session.rules),
        };
        session.output.write(&text)?;
        return Ok(Exit::Ok);
    };
    session.for_each_profile(std::slice::from_ref(&profile), |session, path, loaded| {
        let files = inspect(&loaded, Path::new(&path.file));
        let lists = checklist(&loaded, &session.rules, session.as_of, files.as_deref());
        let context = session.context(path);
        let text = match format {
            Format::Json => render::json(&context, Some(&loaded), &lists),
            Format::Csv => render::csv(&context, Some(&loaded), &lists),
            _ => render::table(&context, Some(&loaded), &lists, &session.rules),
        };
        session.output.write(&text)?;
        Ok(Exit::Ok)
    })
}

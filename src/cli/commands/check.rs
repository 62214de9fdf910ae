//! `certplan check [PROFILE…]`: exit 0 when nothing needs attention, 1 for warnings, 2 when
//! anything is critical; the worst profile wins. The CSV export exits 0 once written.

use crate::cli::args::{CheckArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::prepared_files::inspect;
use crate::cli::session::Session;
use certplan::check::causes::judge_causes;
use certplan::check::{CheckInputs, Severity, check, worst};
use certplan::render::{check as render, csv_lines};
use std::path::Path;

/// Checks every profile and its prepared files.
pub fn run(session: &mut Session, args: &CheckArgs) -> Result<Exit, CliError> {
    let format = session.format("check")?;
    if format == Format::Csv {
        session
            .output
            .header(csv_lines([render::CSV_HEADER.map(str::to_owned).to_vec()]));
    }
    let exit = session.for_each_planned(
        &args.profiles,
        |session, path, profile| {
            // Reading the prepared files is part of planning: it runs on both cores too.
            let files = inspect(&profile, Path::new(&path.file));
            let inputs = CheckInputs {
                rules: &session.rules,
                calendar: &session.calendar,
                as_of: session.as_of,
                files: files.as_deref(),
            };
            let findings = check(&profile, inputs);
            let causes = judge_causes(&profile, &session.rules, session.as_of);
            let context = session.context(path);
            let text = match format {
                Format::Json => render::json(&context, &profile, &findings, &causes),
                Format::Csv => render::csv(&context, &profile, &findings),
                _ => render::table(&context, &profile, &findings, &causes, &session.rules),
            };
            Ok((
                text,
                match worst(&findings) {
                    Some(Severity::Critical) => Exit::Critical,
                    Some(Severity::Warning) => Exit::Warning,
                    _ => Exit::Ok,
                },
            ))
        },
        |session, _, (text, exit)| {
            session.write_result(format, &text)?;
            Ok(exit)
        },
    )?;
    // Exports succeed once written, as remind's: status codes are for tables and JSON.
    match (format, exit) {
        (Format::Csv, Exit::Warning | Exit::Critical) => Ok(Exit::Ok),
        _ => Ok(args.findings.apply(exit)),
    }
}

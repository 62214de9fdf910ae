//! `certplan report PROFILE -o plan.html` (one organisation) and `certplan report DIR -o
//! portfolio.html` (a folder of clients): one self-contained HTML page. `report DIR -o out/`
//! (an existing folder, or a path ending in `/`) writes the portfolio as `out/index.html` and
//! each client's own page as `out/client-N.html`, each opened through [`Output::open`] (never
//! an input, never replaced without `--force`) and written as soon as it is planned. HTML is
//! for files and pipes, never a terminal: without `-o`, `--format html` must be given and
//! stdout must not be a terminal.

use crate::cli::args::Command;
use crate::cli::args::{Global, ReportArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::{Origin, is_list};
use crate::cli::output::Output;
use crate::cli::prepared_files::inspect;
use crate::cli::session::Session;
use certplan::msg;
use certplan::profile::Profile;
use certplan::render::html::clients::{ClientLinks, client_page};
use certplan::render::html::portfolio::page as portfolio_page;
use certplan::render::html::{Page, org_page};
use certplan::report::portfolio::Portfolio;
use certplan::report::{OrgReport, ReportInputs, org_report};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// For `report … -o DIR/` (a folder that exists, or a path ending in `/`): makes the folder,
/// points `-o` at `DIR/index.html` and returns the folder the clients' pages go to.
pub fn pages_folder(global: &mut Global, command: &Command) -> Result<Option<PathBuf>, CliError> {
    let Command::Report(_) = command else {
        return Ok(None);
    };
    let Some(output) = global.output.clone() else {
        return Ok(None);
    };
    let is_folder = output.is_dir() || output.as_os_str().to_string_lossy().ends_with('/');
    if !is_folder {
        return Ok(None);
    }
    std::fs::create_dir_all(&output).map_err(|cause| CliError::CannotWrite {
        path: output.clone(),
        cause,
    })?;
    global.output = Some(output.join("index.html"));
    Ok(Some(output))
}

/// Writes one organisation's page, or the portfolio of several.
/// `pages` is the folder of the clients' own pages ([`pages_folder`]), if one was asked for.
pub fn run(
    session: &mut Session,
    args: &ReportArgs,
    global: &Global,
    pages: Option<&Path>,
) -> Result<Exit, CliError> {
    session.format("report")?;
    if global.output.is_none() && (global.format.is_none() || std::io::stdout().is_terminal()) {
        return Err(CliError::Usage(msg!(session.lang, "report-needs-output")));
    }
    let rules_file = global.rules.as_ref().map(|path| path.display().to_string());
    let single = match args.profiles.as_slice() {
        [] => true,
        [one] => !one.is_dir() && !is_list(one),
        _ => false,
    };
    if single {
        return session.for_each_profile(&args.profiles, |session, path, profile| {
            let text = {
                let report = plan(session, path, &profile, args.start)?;
                let page = page_of(session, rules_file.as_deref());
                org_page(&page, &profile, &report)
            };
            session.output.write(&text)?;
            Ok(Exit::Ok)
        });
    }
    let mut portfolio = Portfolio::new(session.as_of);
    let exit = session.for_each_profile(&args.profiles, |session, path, profile| {
        let report = plan(session, path, &profile, args.start)?;
        let org = profile.org();
        let index = portfolio.add(&org.name, org.client_id(), path.label(), &report);
        if let Some(folder) = pages {
            // Written now, so that memory stays flat however many clients there are.
            let text = org_page(&page_of(session, rules_file.as_deref()), &profile, &report);
            let mut output = Output::open(Some(&folder.join(client_page(index))), global.force)?;
            output.write(&text)?;
            output.finish(true)?;
        }
        Ok(Exit::Ok)
    })?;
    if !portfolio.clients.is_empty() {
        portfolio.finish();
        let links = match pages {
            Some(_) => ClientLinks::Pages,
            None => ClientLinks::None,
        };
        let text = portfolio_page(&page_of(session, rules_file.as_deref()), &portfolio, links);
        session.output.write(&text)?;
    }
    Ok(exit)
}

/// The page settings of this run.
fn page_of<'s>(session: &'s Session, rules_file: Option<&'s str>) -> Page<'s> {
    Page {
        as_of: session.as_of,
        lang: session.lang,
        rules: &session.rules,
        calendar: &session.calendar,
        rules_file,
    }
}

/// One organisation's plans, with the notes (or `--strict` errors) every command gives about
/// assumed rules and unpublished holidays.
fn plan<'s>(
    session: &'s Session,
    path: &Origin,
    profile: &Profile,
    start: Option<chrono::NaiveDate>,
) -> Result<OrgReport<'s>, CliError> {
    let files = inspect(profile, Path::new(&path.file));
    let report = org_report(
        profile,
        ReportInputs {
            rules: &session.rules,
            calendar: &session.calendar,
            as_of: session.as_of,
            start,
            files: files.as_deref(),
        },
    );
    session.representable(path.label(), &report.quote)?;
    session.assumptions(path.label(), &report.assumptions())?;
    session.require_published(path.label(), &report.spans())?;
    Ok(report)
}

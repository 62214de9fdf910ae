//! `certplan report PROFILE -o plan.html` (one organisation) and `certplan report DIR -o
//! portfolio.html` (a folder of clients): one self-contained HTML page. HTML is for files and
//! pipes, never a terminal: without `-o`, `--format html` must be given and stdout must not be
//! a terminal.

use crate::cli::args::{Global, ReportArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::{Origin, is_list};
use crate::cli::prepared_files::inspect;
use crate::cli::session::Session;
use certplan::msg;
use certplan::profile::Profile;
use certplan::render::html::portfolio::{client_section, page as portfolio_page};
use certplan::render::html::sources::Citations;
use certplan::render::html::{Page, org_page};
use certplan::report::portfolio::Portfolio;
use certplan::report::{OrgReport, ReportInputs, org_report};
use std::io::IsTerminal;
use std::path::Path;

/// Writes one organisation's page, or the portfolio of several.
pub fn run(session: &mut Session, args: &ReportArgs, global: &Global) -> Result<Exit, CliError> {
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
    let mut citations = Citations::default();
    let mut sections = Vec::new();
    let exit = session.for_each_profile(&args.profiles, |session, path, profile| {
        let report = plan(session, path, &profile, args.start)?;
        let page = page_of(session, rules_file.as_deref());
        let index = portfolio.add(&profile.org().name, path.label(), &report);
        sections.push(client_section(
            &page,
            index,
            path.label(),
            &profile,
            &report,
            &mut citations,
        ));
        Ok(Exit::Ok)
    })?;
    if !portfolio.clients.is_empty() {
        portfolio.finish();
        let text = portfolio_page(
            &page_of(session, rules_file.as_deref()),
            &portfolio,
            &sections,
            &citations,
        );
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

//! `certplan benefits [PROFILE] [--platform P…]`.

use crate::cli::args::{BenefitsArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::profile_or_general;
use crate::cli::session::Session;
use certplan::benefits::{general_benefits, profile_benefits};
use certplan::platform::Platform;
use certplan::quote::quote;
use certplan::render::{Context, benefits as render, csv_lines};
use certplan::review::{ReviewPolicy, review_schedule};

/// A profile's comparison with what binds it, or the general comparison when no profile is
/// named and `--platform` is given or `./certplan.toml` does not exist.
pub fn run(session: &mut Session, args: &BenefitsArgs) -> Result<Exit, CliError> {
    let format = session.format("benefits")?;
    if format == Format::Csv {
        session
            .output
            .header(csv_lines([render::CSV_HEADER.map(str::to_owned).to_vec()]));
    }
    let filters: &[&str] = if args.platform.is_empty() {
        &[]
    } else {
        &["--platform"]
    };
    let profile = profile_or_general(args.profile.as_deref(), filters)?;
    let Some(profile) = profile else {
        let platforms = if args.platform.is_empty() {
            Platform::ALL.to_vec()
        } else {
            args.platform.clone()
        };
        let comparison = general_benefits(&session.rules, session.as_of, &platforms);
        let context = Context {
            profile_path: "",
            as_of: session.as_of,
            lang: session.lang,
            width: session.table_width,
            sheet: None,
            sheet_row: None,
        };
        let text = match format {
            Format::Json => render::json(&context, None, &comparison),
            Format::Csv => render::csv(&context, None, &comparison),
            _ => render::table(&context, None, &comparison, &session.rules),
        };
        session.output.write(&text)?;
        return Ok(Exit::Ok);
    };
    session.for_each_profile(std::slice::from_ref(&profile), |session, path, loaded| {
        let quoted = quote(&loaded, &session.rules, session.as_of, 1);
        session.assumptions(path.label(), &quoted.assumptions)?;
        // Whether a certification still holds is the schedule `remind` computes.
        let schedule = review_schedule(
            &loaded,
            &session.rules,
            &session.calendar,
            session.as_of,
            ReviewPolicy::default(),
        );
        let comparison = profile_benefits(
            &loaded,
            &session.rules,
            session.as_of,
            &quoted,
            &schedule.reviews,
        );
        let context = session.context(path);
        let text = match format {
            Format::Json => render::json(&context, Some(&loaded), &comparison),
            Format::Csv => render::csv(&context, Some(&loaded), &comparison),
            _ => render::table(&context, Some(&loaded), &comparison, &session.rules),
        };
        session.output.write(&text)?;
        Ok(Exit::Ok)
    })
}

//! `certplan timeline [PROFILE…] [--start DATE]`.

use crate::cli::args::{Format, TimelineArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::render::{csv_lines, timeline as render};
use certplan::timeline::plan_timeline;

/// Plans every platform of every profile from `--start` (default `--as-of`).
pub fn run(session: &mut Session, args: &TimelineArgs) -> Result<Exit, CliError> {
    let format = session.format("timeline")?;
    if format == Format::Csv {
        session
            .output
            .header(csv_lines([render::CSV_HEADER.map(str::to_owned).to_vec()]));
    }
    let start = args.start.unwrap_or(session.as_of);
    let mut first = true;
    session.for_each_profile(&args.profiles, |session, path, profile| {
        let timeline = plan_timeline(
            &profile,
            &session.rules,
            &session.calendar,
            start,
            session.as_of,
        );
        session.assumptions(path.label(), &timeline.assumptions)?;
        session.require_published(path.label(), &timeline.spans)?;
        let context = session.context(path);
        let text = match format {
            Format::Json => render::json(&context, &profile, &timeline),
            Format::Csv => render::csv(&context, &profile, &timeline),
            _ => format!(
                "{}{}",
                if first { "" } else { "\n" },
                render::table(&context, &profile, &timeline, &session.rules)
            ),
        };
        first = false;
        session.output.write(&text)?;
        Ok(Exit::Ok)
    })
}

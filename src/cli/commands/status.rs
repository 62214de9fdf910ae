//! `certplan status [PROFILE…]`: where each application stands after it was planned, with
//! exit codes for cron and monitoring (0 nothing to do, 1 action needed or overdue, 2 money at
//! risk — the worst platform of the worst profile wins).

use crate::cli::args::{Format, StatusArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::check::{certified_on_accepted, future_certification_text};
use certplan::lang::Lang;
use certplan::msg;
use certplan::profile::Profile;
use certplan::render::csv_lines;
use certplan::render::status::{self as render, StatusSummary};
use certplan::status::{Attention, Status, status};
use chrono::NaiveDate;

/// What an attention level means for the exit code.
fn exit_for(attention: Attention) -> Exit {
    match attention {
        Attention::Ok => Exit::Ok,
        Attention::Action | Attention::Overdue => Exit::Warning,
        Attention::MoneyAtRisk => Exit::Critical,
    }
}

/// An event dated after `as_of` has not happened, and a `certified_on` after it is likely a
/// typo in the year (as `remind` and `check` say): the stage drawn from either is no advice.
/// One warning per such date, in the reader's language.
fn future_events(profile: &Profile, as_of: NaiveDate, lang: Lang) -> Vec<String> {
    // Chinese sentences follow each other without a space.
    let gap = if lang == Lang::Zh { "" } else { " " };
    let certified = profile.platforms().iter().filter_map(|entry| {
        let day = entry
            .certified_on
            .filter(|day| !certified_on_accepted(*day, as_of))?;
        let (message, fix) = future_certification_text(entry.platform(), day, as_of);
        Some(format!("{}{gap}{}", message.get(lang), fix.get(lang)))
    });
    let events = profile.platforms().iter().flat_map(|entry| {
        entry
            .history
            .events()
            .iter()
            .enumerate()
            .filter(|(_, event)| event.on > as_of)
            .map(move |(index, event)| {
                msg!(
                    lang,
                    "status-future-event",
                    key = format!("platforms.{}.events[{index}].on", entry.platform().id()),
                    on = event.on.to_string(),
                    as_of = as_of.to_string()
                )
            })
    });
    certified.chain(events).collect()
}

/// Prints the status of every profile (or one monitoring line) and exits with the worst.
pub fn run(session: &mut Session, args: &StatusArgs) -> Result<Exit, CliError> {
    let format = session.format("status")?;
    if format == Format::Csv {
        session
            .output
            .header(csv_lines([render::CSV_HEADER.map(str::to_owned).to_vec()]));
    }
    let mut summary = StatusSummary::default();
    let exit = session.for_each_planned(
        &args.profiles,
        |session, path, profile| {
            let status = status(&profile, &session.rules, &session.calendar, session.as_of);
            let future = future_events(&profile, session.as_of, session.lang);
            let context = session.context(path);
            let text = match format {
                Format::Json => render::json(&context, &profile, &status),
                Format::Csv => render::csv(&context, &profile, &status),
                Format::Nagios => String::new(),
                _ => render::table(&context, &profile, &status, &session.rules),
            };
            Ok((status, text, future))
        },
        |session, path, (status, text, future): (Status, String, Vec<String>)| {
            session.require_published(path.label(), &status.spans)?;
            for warning in &future {
                session
                    .notes
                    .warning(&format!("{}: {warning}", path.label()));
            }
            let mut exit = exit_for(status.worst());
            if !future.is_empty() {
                exit = exit.worst(Exit::Warning);
            }
            if format == Format::Nagios {
                summary.add(&status);
                session.output.write("")?;
                return Ok(exit);
            }
            session.write_result(format, &text)?;
            Ok(exit)
        },
    )?;
    if format == Format::Nagios {
        summary.unreadable = session.failures;
        summary.unsure = session.unsure;
        session
            .output
            .write(&render::nagios(&summary, session.lang))?;
        // A monitoring plugin exits 0–3 only, its first word telling the same.
        return Ok(args.findings.apply(match summary.state() {
            0 => Exit::Ok,
            1 => Exit::Warning,
            2 => Exit::Critical,
            _ => Exit::Unknown,
        }));
    }
    // An export succeeds once written: status codes are for tables, JSON and monitoring.
    match (format, exit) {
        (Format::Csv, Exit::Warning | Exit::Critical) => Ok(Exit::Ok),
        _ => Ok(args.findings.apply(exit)),
    }
}

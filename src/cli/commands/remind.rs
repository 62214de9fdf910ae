//! `certplan remind [PROFILE…]`: the annual-review schedule, with exit codes for cron and
//! monitoring (0 nothing due, 1 a review is due, 2 critical, expired or lapsed — the worst
//! review of the worst profile wins).

use crate::cli::args::{Format, RemindArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::Origin;
use crate::cli::session::Session;
use certplan::check::{certified_on_accepted, future_certification_text};
use certplan::lang::Lang;
use certplan::msg;
use certplan::profile::Profile;
use certplan::render::csv_lines;
use certplan::render::remind::ics as remind_ics;
use certplan::render::remind::{self as render, MonitorSummary, PrometheusBatch};
use certplan::render::xlsx::RecordsBook;
use certplan::review::{ReviewPolicy, ReviewSchedule, ReviewStatus, review_schedule};

/// A profile's schedule and, unless it goes to a workbook or a monitoring line, its text.
struct Planned {
    profile: Profile,
    schedule: ReviewSchedule,
    text: String,
    records: Vec<Vec<String>>,
}

/// What a status means for the exit code.
fn exit_for(status: Option<ReviewStatus>) -> Exit {
    match status {
        None | Some(ReviewStatus::Ok) => Exit::Ok,
        Some(ReviewStatus::Due) => Exit::Warning,
        Some(_) => Exit::Critical,
    }
}

/// Prints the schedule of every profile (or one monitoring line) and exits with the worst status.
pub fn run(session: &mut Session, args: &RemindArgs) -> Result<Exit, CliError> {
    let format = session.format("remind")?;
    if args.crit_days > args.warn_days {
        return Err(CliError::Usage(msg!(
            session.lang,
            "remind-crit-above-warn",
            crit = args.crit_days,
            warn = args.warn_days
        )));
    }
    // One monitoring line is its own format: another one asked for too is a contradiction.
    if args.nagios && format != Format::Table {
        return Err(CliError::Usage(msg!(
            session.lang,
            "remind-nagios-format",
            format = format.name()
        )));
    }
    let policy = ReviewPolicy {
        warn_days: args.warn_days,
        crit_days: args.crit_days,
    };
    match (args.nagios, format) {
        (false, Format::Csv) => session
            .output
            .header(csv_lines([render::CSV_HEADER.map(str::to_owned).to_vec()])),
        (false, Format::Ics) => session.output.header(remind_ics::header(session.lang)),
        _ => {}
    }
    let mut book = match (args.nagios, format) {
        (false, Format::Xlsx) => Some(
            RecordsBook::new(
                "remind",
                &render::CSV_HEADER,
                &render::CSV_KINDS,
                session.lang,
            )
            .map_err(|error| session.workbook_error(error))?,
        ),
        _ => None,
    };
    let mut summary = MonitorSummary::default();
    let mut metrics = PrometheusBatch::default();
    let exit = session.for_each_planned(
        &args.profiles,
        |session, path, profile| {
            let schedule = review_schedule(
                &profile,
                &session.rules,
                &session.calendar,
                session.as_of,
                policy,
            );
            let context = session.context(path);
            let text = match (args.nagios, format) {
                (true, _) | (false, Format::Xlsx | Format::Prometheus) => String::new(),
                (false, Format::Json) => render::json(&context, &profile, &schedule),
                (false, Format::Csv) => render::csv(&context, &profile, &schedule),
                (false, Format::Ics) => remind_ics::events(&context, &profile, &schedule),
                _ => render::table(&context, &profile, &schedule, &session.rules),
            };
            let records = match (args.nagios, format) {
                (false, Format::Xlsx) => render::records(&context, &profile, &schedule),
                _ => Vec::new(),
            };
            Ok(Planned {
                profile,
                schedule,
                text,
                records,
            })
        },
        |session, path, planned: Planned| {
            let Planned {
                profile,
                schedule,
                text,
                records,
            } = planned;
            let future = warn_future_certifications(session, path, &profile);
            let mut assumptions = schedule.assumptions.clone();
            if session.strict && !schedule.without_rule.is_empty() {
                let platforms: Vec<_> = schedule
                    .without_rule
                    .iter()
                    .map(|platform| platform.id())
                    .collect();
                let platforms = platforms.join(", ");
                assumptions.push(certplan::lang::Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "assumption-no-annual-review-rule",
                        platforms = &platforms
                    )
                }));
            }
            session.assumptions(path.label(), &assumptions)?;
            session.require_published(path.label(), &schedule.spans)?;
            let exit = exit_for(schedule.worst()).worst(future);
            if args.nagios {
                summary.add(&profile, &schedule);
                session.output.write("")?;
                return Ok(exit);
            }
            if format == Format::Prometheus {
                metrics.add(&profile, &schedule);
                session.output.write("")?;
                return Ok(exit);
            }
            if let Some(book) = book.as_mut() {
                book.add(&records)
                    .map_err(|error| session.workbook_error(error))?;
                return Ok(exit);
            }
            session.write_result(format, &text)?;
            Ok(exit)
        },
    )?;
    if let Some(book) = book.filter(|book| !book.is_empty()) {
        let bytes = book
            .into_bytes()
            .map_err(|error| session.workbook_error(error))?;
        session.output.write_bytes(&bytes)?;
    }
    match (args.nagios, format) {
        (true, _) => {
            summary.unreadable = session.failures;
            summary.unsure = session.unsure;
            session
                .output
                .write(&render::nagios(&summary, policy, session.lang))?;
            // A monitoring plugin exits 0–3 only, its first word telling the same.
            return Ok(args.findings.apply(match summary.state() {
                0 => Exit::Ok,
                1 => Exit::Warning,
                2 => Exit::Critical,
                _ => Exit::Unknown,
            }));
        }
        (false, Format::Ics) if session.output.has_results() => {
            session.output.write(&remind_ics::footer())?
        }
        (false, Format::Prometheus) => {
            metrics.failed = session.failures;
            for (client, platform) in &metrics.duplicates {
                session.notes.warning(&msg!(
                    session.lang,
                    "prometheus-duplicate",
                    client = client.as_str(),
                    platform = platform.label(session.lang)
                ));
            }
            session
                .output
                .write(&render::prometheus(&metrics, session.lang))?
        }
        _ => {}
    }
    // Exports succeed once written: status codes are for tables, JSON and monitoring.
    match (format, exit) {
        (
            Format::Csv | Format::Ics | Format::Xlsx | Format::Prometheus,
            Exit::Warning | Exit::Critical,
        ) => Ok(Exit::Ok),
        _ => Ok(args.findings.apply(exit)),
    }
}

/// A `certified_on` after `--as-of` is likely a typo: a warning on stderr, and exit 1 at least.
fn warn_future_certifications(session: &Session, path: &Origin, profile: &Profile) -> Exit {
    let mut exit = Exit::Ok;
    for entry in profile.platforms() {
        if let Some(certified_on) = entry
            .certified_on
            .filter(|day| !certified_on_accepted(*day, session.as_of))
        {
            let (message, fix) =
                future_certification_text(entry.platform(), certified_on, session.as_of);
            // Chinese sentences follow each other without a space.
            let gap = if session.lang == Lang::Zh { "" } else { " " };
            let warning = format!(
                "{}: {}{gap}{}",
                path.label(),
                message.get(session.lang),
                fix.get(session.lang)
            );
            session.notes.warning(&warning);
            exit = Exit::Warning;
        }
    }
    exit
}

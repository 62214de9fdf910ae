//! `certplan workdays add N --from DATE`, `workdays count FROM TO` and `workdays list YEAR`.

use crate::cli::args::{Format, WorkdaysJob};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::msg;
use certplan::render::workdays::{
    assumed_days, special_days_csv, special_days_json, special_days_table,
};
use certplan::render::{SCHEMA_VERSION, json_line};
use serde_json::json;

/// `add` and `count` print just the answer (a date or a count), with a note on stderr when a
/// year without a notice was reached (exit 3 instead with `--strict`); `list` prints a year's
/// special days.
pub fn run(session: &mut Session, job: &WorkdaysJob) -> Result<Exit, CliError> {
    if let WorkdaysJob::List { year } = *job {
        let format = session.format("workdays list")?;
        let text = match format {
            Format::Json => special_days_json(&session.calendar, year),
            Format::Csv => special_days_csv(&session.calendar, year),
            _ => special_days_table(&session.calendar, year, session.lang),
        };
        session.output.write(&text)?;
        return Ok(Exit::Ok);
    }
    let format = session.format("workdays")?;
    let (answer, span, mut json) = match *job {
        WorkdaysJob::Add { n, from } => {
            let reckoned = session.calendar.add(from, n).ok_or_else(|| {
                CliError::Usage(msg!(
                    session.lang,
                    "workdays-past-the-end",
                    n = n,
                    from = from
                ))
            })?;
            let json = json!({"schema_version": SCHEMA_VERSION, "command": "workdays add", "from": from.to_string(), "n": n, "date": reckoned.value.to_string(), "provisional": reckoned.provisional});
            (reckoned.value.to_string(), (from, reckoned.value), json)
        }
        WorkdaysJob::Count { from, to } => {
            let reckoned = session.calendar.count(from, to);
            let json = json!({"schema_version": SCHEMA_VERSION, "command": "workdays count", "from": from.to_string(), "to": to.to_string(), "count": reckoned.value, "provisional": reckoned.provisional});
            (reckoned.value.to_string(), (from, to), json)
        }
        WorkdaysJob::List { .. } => unreachable!("listed above"),
    };
    let assumed = session.calendar.assumed_days_off(span.0, span.1);
    json["assumed_days_off"] = json!(assumed_days(&assumed));
    session.require_published("", &[span])?;
    let text = match format {
        Format::Json => json_line(&json),
        _ => format!("{answer}\n"),
    };
    session.output.write(&text)?;
    Ok(Exit::Ok)
}

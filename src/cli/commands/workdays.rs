//! `certplan workdays add N --from DATE` and `certplan workdays count FROM TO`.

use crate::cli::args::{Format, WorkdaysJob};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::render::{SCHEMA_VERSION, json_line};
use serde_json::json;

/// Prints just the answer (a date or a count); a note on stderr when provisional, exit 3
/// instead with `--strict`.
pub fn run(session: &mut Session, job: &WorkdaysJob) -> Result<Exit, CliError> {
    let format = session.format("workdays", &[Format::Table, Format::Json])?;
    let (answer, provisional, json) = match *job {
        WorkdaysJob::Add { n, from } => {
            let reckoned = session.calendar.add(from, n).ok_or_else(|| {
                CliError::Usage(format!(
                    "{n} working days after {from} is past the end of the calendar"
                ))
            })?;
            let json = json!({"schema_version": SCHEMA_VERSION, "command": "workdays add", "from": from.to_string(), "n": n, "date": reckoned.value.to_string(), "provisional": reckoned.provisional});
            (reckoned.value.to_string(), reckoned.provisional, json)
        }
        WorkdaysJob::Count { from, to } => {
            let reckoned = session.calendar.count(from, to);
            let json = json!({"schema_version": SCHEMA_VERSION, "command": "workdays count", "from": from.to_string(), "to": to.to_string(), "count": reckoned.value, "provisional": reckoned.provisional});
            (reckoned.value.to_string(), reckoned.provisional, json)
        }
    };
    if provisional {
        if session.strict {
            return Err(CliError::Unknown(format!(
                "{} (--strict)",
                session.provisional_note()
            )));
        }
        eprintln!("certplan: note: {}", session.provisional_note());
    }
    let text = match format {
        Format::Json => json_line(&json),
        _ => format!("{answer}\n"),
    };
    session.output.write(&text)?;
    Ok(Exit::Ok)
}

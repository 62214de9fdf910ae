//! `certplan quote [PROFILE…]`.

use crate::cli::args::{Format, QuoteArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::msg;
use certplan::quote::quote;
use certplan::render::Context;
use certplan::render::quote::{
    csv as quote_csv, json as quote_json, summary as quote_summary, table as quote_table,
};

/// Quotes every profile, streaming: each profile's output is written as soon as it is ready.
pub fn run(session: &mut Session, args: &QuoteArgs) -> Result<Exit, CliError> {
    let format = session.format("quote", &[Format::Table, Format::Json, Format::Csv])?;
    if args.summary && format != Format::Csv {
        return Err(CliError::Usage(msg!(
            session.lang,
            "quote-summary-needs-csv"
        )));
    }
    match (format, args.summary) {
        (Format::Csv, true) => session.output.header(quote_summary::header()),
        (Format::Csv, false) => session.output.header(quote_csv::header()),
        _ => {}
    }
    let mut first = true;
    session.for_each_profile(&args.profiles, |session, path, profile| {
        let quoted = quote(&profile, &session.rules, session.as_of, args.years);
        session.representable(path, &quoted)?;
        session.assumptions(path, &quoted.assumptions)?;
        let context = Context {
            profile_path: path,
            as_of: session.as_of,
            lang: session.lang,
            width: session.table_width,
        };
        let text = match format {
            Format::Json => quote_json::render(&context, &profile, &quoted, &session.rules),
            Format::Csv if args.summary => quote_summary::row(&context, &profile, &quoted),
            Format::Csv => quote_csv::rows(&context, &profile.org().name, &quoted),
            _ => {
                let separator = if first { "" } else { "\n" };
                format!(
                    "{separator}{}",
                    quote_table::render(&context, &profile, &quoted, &session.rules)
                )
            }
        };
        first = false;
        session.output.write(&text)?;
        Ok(Exit::Ok)
    })
}

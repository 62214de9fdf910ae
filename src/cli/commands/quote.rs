//! `certplan quote [PROFILE…]`.

use crate::cli::args::{Format, QuoteArgs};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::msg;
use certplan::quote::quote;
use certplan::render::quote::{
    csv as quote_csv, json as quote_json, summary as quote_summary, table as quote_table,
};
use certplan::render::xlsx::RecordsBook;

/// Quotes every profile, planning on both cores and writing each profile's output in name
/// order as soon as its chunk is ready.
pub fn run(session: &mut Session, args: &QuoteArgs) -> Result<Exit, CliError> {
    let format = session.format("quote")?;
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
    let mut book = match format {
        Format::Xlsx => Some(
            RecordsBook::new("quote", &quote_csv::HEADER, &quote_csv::KINDS, session.lang)
                .map_err(|error| session.workbook_error(error))?,
        ),
        _ => None,
    };
    let exit = session.for_each_planned(
        &args.profiles,
        |session, path, profile| {
            let quoted = quote(&profile, &session.rules, session.as_of, args.years);
            session.representable(path.label(), &quoted)?;
            let context = session.context(path);
            let text = match format {
                Format::Json => quote_json::render(&context, &profile, &quoted, &session.rules),
                Format::Csv if args.summary => quote_summary::row(&context, &profile, &quoted),
                Format::Csv => quote_csv::rows(&context, &profile, &quoted),
                Format::Xlsx => String::new(),
                _ => quote_table::render(&context, &profile, &quoted, &session.rules),
            };
            let records = match format {
                Format::Xlsx => quote_csv::records(&context, &profile, &quoted),
                _ => Vec::new(),
            };
            // The quote borrows from the rules; what the writer needs of it is owned.
            Ok((quoted.assumptions, text, records))
        },
        |session,
         path,
         (assumptions, text, records): (
            Vec<certplan::lang::Bilingual>,
            String,
            Vec<Vec<String>>,
        )| {
            session.assumptions(path.label(), &assumptions)?;
            if let Some(book) = book.as_mut() {
                book.add(&records)
                    .map_err(|error| session.workbook_error(error))?;
                return Ok(Exit::Ok);
            }
            session.write_result(format, &text)?;
            Ok(Exit::Ok)
        },
    )?;
    if let Some(book) = book.filter(|book| !book.is_empty()) {
        let bytes = book
            .into_bytes()
            .map_err(|error| session.workbook_error(error))?;
        session.output.write_bytes(&bytes)?;
    }
    Ok(exit)
}

//! `certplan forecast [PROFILE…]`: every dated payment in a window of months, as a table by
//! month, CSV, JSON Lines or an Excel workbook.

use crate::cli::args::{ForecastArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::session::Session;
use certplan::forecast::{Forecast, Options, PayOn, Window, forecast};
use certplan::msg;
use certplan::profile::Profile;
use certplan::render::forecast::{csv as forecast_csv, json as forecast_json, table};
use certplan::render::xlsx::ForecastBook;

/// A profile's forecast and, unless it goes to a workbook, its text.
struct Planned {
    profile: Profile,
    forecast: Forecast,
    text: String,
}

/// Forecasts every profile, planning on both cores and writing in name order.
pub fn run(session: &mut Session, args: &ForecastArgs) -> Result<Exit, CliError> {
    let format = session.format("forecast")?;
    let pay_on: PayOn = args.pay_on.parse().map_err(CliError::Usage)?;
    let window = Window::new(args.from.unwrap_or(session.as_of), args.months)
        .ok_or_else(|| CliError::Usage(format!("--months {} is out of range", args.months)))?;
    let options = Options {
        window,
        pay_on,
        include_free: args.include_free,
    };
    if format == Format::Csv {
        session.output.header(forecast_csv::header());
    }
    let mut book = match format {
        Format::Xlsx => {
            Some(ForecastBook::new(session.lang).map_err(|error| session.workbook_error(error))?)
        }
        _ => None,
    };
    let exit = session.for_each_planned(
        &args.profiles,
        |session, path, profile| {
            let planned = forecast(
                &profile,
                &session.rules,
                &session.calendar,
                session.as_of,
                options,
            );
            let context = session.context(path);
            let text = match format {
                Format::Json => forecast_json::render(&context, &profile, &planned),
                Format::Csv => forecast_csv::rows(&context, &profile, &planned),
                Format::Table => table::render(&context, &profile, &planned, &session.rules),
                _ => String::new(),
            };
            Ok(Planned {
                profile,
                forecast: planned,
                text,
            })
        },
        |session, path, planned| {
            if let Some(figure) = &planned.forecast.unrepresentable {
                return Err(CliError::Unrepresentable(msg!(
                    session.lang,
                    "money-unrepresentable",
                    profile = path.label(),
                    figure = figure.as_str()
                )));
            }
            session.assumptions(path.label(), &planned.forecast.assumptions)?;
            session.require_published(path.label(), &planned.forecast.spans)?;
            if let Some(book) = book.as_mut() {
                let context = session.context(path);
                return book
                    .add(&context, &planned.profile, &planned.forecast)
                    .map(|()| Exit::Ok)
                    .map_err(|error| session.workbook_error(error));
            }
            session.write_result(format, &planned.text)?;
            Ok(Exit::Ok)
        },
    )?;
    if let Some(book) = book.filter(|book| !book.is_empty()) {
        let bytes = book
            .into_bytes(&session.rules, &session.rules_origin)
            .map_err(|error| session.workbook_error(error))?;
        session.output.write_bytes(&bytes)?;
    }
    Ok(exit)
}

//! `forecast` as one JSON object per profile (JSON Lines), schema version 1: the window, the
//! payments with integer `amount_fen`, and the totals.

use crate::forecast::Forecast;
use crate::money::Fen;
use crate::profile::Profile;
use crate::render::workdays::{AssumedDayView, assumed_days};
use crate::render::{Context, Envelope, json_line};
use serde::Serialize;

/// Renders one profile's forecast as a single line of JSON (with its trailing newline).
pub fn render(context: &Context<'_>, profile: &Profile, forecast: &Forecast) -> String {
    let window = forecast.options.window;
    let view = ForecastView {
        envelope: Envelope::new("forecast", context, Some(profile)),
        currency: "CNY",
        from: window.first_day().format("%Y-%m").to_string(),
        to: window.last_day().format("%Y-%m").to_string(),
        months: window.months(),
        pay_on: forecast.options.pay_on.id(),
        payments: forecast
            .payments
            .iter()
            .map(|payment| PaymentView {
                platform: payment.platform.id(),
                date: payment.date.to_string(),
                month: payment.month(),
                event: payment.event.id(),
                amount_fen: payment.amount,
                amount: payment.amount.yuan_plain(),
                fact: &payment.fact,
                source: &payment.source,
            })
            .collect(),
        gross_fen: forecast.gross(),
        subsidy_fen: forecast.subsidy(),
        net_fen: forecast.net(),
        assumptions: crate::render::localized(&forecast.assumptions, context.lang),
        assumed_days_off: assumed_days(&forecast.assumed_days_off),
    };
    json_line(&view)
}

#[derive(Serialize)]
struct ForecastView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    currency: &'static str,
    from: String,
    to: String,
    months: u32,
    pay_on: &'static str,
    payments: Vec<PaymentView<'a>>,
    gross_fen: Fen,
    subsidy_fen: Fen,
    net_fen: Fen,
    assumptions: Vec<&'a str>,
    assumed_days_off: Vec<AssumedDayView>,
}

#[derive(Serialize)]
struct PaymentView<'a> {
    platform: &'static str,
    date: String,
    month: String,
    event: &'static str,
    amount_fen: Fen,
    amount: String,
    fact: &'a str,
    source: &'a str,
}

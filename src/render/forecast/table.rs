//! `forecast` as tables a finance person can hand on: the payments month by month with each
//! month's total and the grand total, then a subtotal per platform, the notes and the sources.

use super::event_label;
use crate::forecast::{Event, Forecast};
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{align_right, fit, new_table, shown};
use crate::render::workdays::assumed_days_text;
use crate::render::{Context, title_line};
use crate::rules::Rules;

/// Renders one profile's forecast.
pub fn render(
    context: &Context<'_>,
    profile: &Profile,
    forecast: &Forecast,
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let window = forecast.options.window;
    let title = msg!(
        lang,
        "forecast-title",
        from = window.first_day().format("%Y-%m").to_string(),
        to = window.last_day().format("%Y-%m").to_string(),
        as_of = context.as_of
    );
    let mut out = title_line(context, profile, &title);
    if forecast.payments.is_empty() {
        out.push_str(&msg!(lang, "forecast-none"));
        out.push('\n');
        return out;
    }
    let mut footnotes = Footnotes::default();
    let mut table = new_table([
        msg!(lang, "forecast-col-month"),
        msg!(lang, "forecast-col-date"),
        msg!(lang, "forecast-col-platform"),
        msg!(lang, "forecast-col-event"),
        msg!(lang, "forecast-col-amount"),
        msg!(lang, "forecast-col-source"),
    ]);
    let mut payments = forecast.payments.iter().peekable();
    while let Some(first) = payments.next() {
        let month = first.month();
        let mut total = Fen::ZERO;
        let mut label = month.clone();
        let mut payment = Some(first);
        while let Some(current) = payment {
            total += current.amount;
            let cited: Vec<String> = current
                .source
                .split("; ")
                .map(|source| footnotes.cite(source))
                .collect();
            table.add_row(vec![
                std::mem::take(&mut label),
                current.date.to_string(),
                current.platform.label(lang).to_owned(),
                event_label(current.event, lang),
                current.amount.yuan_grouped(),
                cited.concat(),
            ]);
            payment = payments.next_if(|next| next.month() == month);
        }
        table.add_row(vec![
            String::new(),
            String::new(),
            String::new(),
            msg!(lang, "forecast-month-total", month = month),
            total.yuan_grouped(),
            String::new(),
        ]);
    }
    for (label, amount) in totals(forecast, lang) {
        table.add_row(vec![
            String::new(),
            String::new(),
            String::new(),
            label,
            amount.yuan_grouped(),
            String::new(),
        ]);
    }
    align_right(&mut table, &[4]);
    fit(&mut table, context.width);
    out.push_str(&shown(&table));
    out.push('\n');
    out.push_str(&by_platform(forecast, context));
    out.push_str(&notes(forecast, context));
    out.push_str(&footnotes.section(rules, lang));
    out
}

/// The grand total, or paid, subsidies back and net when a subsidy is expected.
fn totals(forecast: &Forecast, lang: crate::lang::Lang) -> Vec<(String, Fen)> {
    if forecast.subsidy() == Fen::ZERO {
        return vec![(msg!(lang, "forecast-total"), forecast.net())];
    }
    vec![
        (msg!(lang, "forecast-gross"), forecast.gross()),
        (msg!(lang, "forecast-subsidy-total"), -forecast.subsidy()),
        (msg!(lang, "forecast-net"), forecast.net()),
    ]
}

/// Per platform: how many payments and their sum.
fn by_platform(forecast: &Forecast, context: &Context<'_>) -> String {
    let lang = context.lang;
    let mut table = new_table([
        msg!(lang, "forecast-col-platform"),
        msg!(lang, "forecast-col-count"),
        msg!(lang, "forecast-col-amount"),
    ]);
    for platform in Platform::ALL {
        let mine: Vec<_> = forecast
            .payments
            .iter()
            .filter(|payment| payment.platform == *platform)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let count = mine
            .iter()
            .filter(|payment| payment.event != Event::Subsidy)
            .count();
        table.add_row(vec![
            platform.label(lang).to_owned(),
            count.to_string(),
            mine.iter()
                .map(|payment| payment.amount)
                .sum::<Fen>()
                .yuan_grouped(),
        ]);
    }
    table.add_row(vec![
        msg!(lang, "forecast-total"),
        String::new(),
        forecast.net().yuan_grouped(),
    ]);
    align_right(&mut table, &[1, 2]);
    fit(&mut table, context.width);
    format!("{}\n", shown(&table))
}

/// How the dates were chosen, what is assumed, and the subsidy's timing.
fn notes(forecast: &Forecast, context: &Context<'_>) -> String {
    let lang = context.lang;
    let mut lines = vec![
        msg!(
            lang,
            "forecast-note-pay-on",
            pay_on = forecast.options.pay_on.id(),
            as_of = context.as_of
        ),
        msg!(lang, "forecast-note-renewal"),
    ];
    if forecast.subsidy() != Fen::ZERO {
        lines.push(msg!(lang, "forecast-note-subsidy"));
    }
    if !forecast.assumed_days_off.is_empty() {
        lines.push(msg!(
            lang,
            "forecast-note-assumed-days",
            days = assumed_days_text(&forecast.assumed_days_off, lang)
        ));
    }
    let mut out = msg!(lang, "forecast-notes");
    out.push('\n');
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
    for assumption in &forecast.assumptions {
        out.push_str(&format!("! {}\n", assumption.get(lang)));
    }
    out
}

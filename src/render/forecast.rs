//! `forecast`: dated payments as a table by month with totals, tidy CSV, or JSON Lines (the
//! workbook is in [`crate::render::xlsx`]).

pub mod csv;
pub mod json;
pub mod table;

use crate::forecast::Event;
use crate::lang::Lang;
use crate::msg;

/// What a payment is for, in words.
pub fn event_label(event: Event, lang: Lang) -> String {
    match event {
        Event::FirstCertification => msg!(lang, "forecast-event-first"),
        Event::Recertification => msg!(lang, "forecast-event-recertification"),
        Event::AnnualReview => msg!(lang, "forecast-event-review"),
        Event::Subsidy => msg!(lang, "forecast-event-subsidy"),
        Event::Refund => msg!(lang, "forecast-event-refund"),
    }
}

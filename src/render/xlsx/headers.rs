//! Column headers of the workbooks in the reader's language (the CSV keeps its snake_case
//! names): one catalogue message per column name.

use crate::lang::Lang;
use crate::msg;

/// The header of the CSV column `name` in `lang`; an unknown name is shown as it is.
pub fn header(name: &str, lang: Lang) -> String {
    match name {
        "profile" => msg!(lang, "xlsx-col-profile"),
        "client_id" => msg!(lang, "xlsx-col-client-id"),
        "sheet" => msg!(lang, "xlsx-col-sheet"),
        "sheet_row" => msg!(lang, "xlsx-col-sheet-row"),
        "org" => msg!(lang, "xlsx-col-org"),
        "platform" => msg!(lang, "xlsx-col-platform"),
        "date" => msg!(lang, "xlsx-col-date"),
        "month" => msg!(lang, "xlsx-col-month"),
        "event" => msg!(lang, "xlsx-col-event"),
        "amount_fen" => msg!(lang, "xlsx-col-amount-fen"),
        "amount_yuan" => msg!(lang, "xlsx-col-amount"),
        "fact" => msg!(lang, "xlsx-col-fact"),
        "source" => msg!(lang, "xlsx-col-source"),
        "row" => msg!(lang, "xlsx-col-row"),
        "item" => msg!(lang, "xlsx-col-item"),
        "rule" => msg!(lang, "xlsx-col-rule"),
        "refundable" => msg!(lang, "xlsx-col-refundable"),
        "annual_review" => msg!(lang, "xlsx-col-annual-review"),
        "years" => msg!(lang, "xlsx-col-years"),
        "certified_on" => msg!(lang, "xlsx-col-certified-on"),
        "expires_on" => msg!(lang, "xlsx-col-expires-on"),
        "window_opens_on" => msg!(lang, "xlsx-col-window-opens-on"),
        "remind_on" => msg!(lang, "xlsx-col-remind-on"),
        "grace_ends_on" => msg!(lang, "xlsx-col-grace-ends-on"),
        "days_left" => msg!(lang, "xlsx-col-days-left"),
        "status" => msg!(lang, "xlsx-col-status"),
        "fee_fen" => msg!(lang, "xlsx-col-fee-fen"),
        "fee_yuan" => msg!(lang, "xlsx-col-fee"),
        "review_days_min" => msg!(lang, "xlsx-col-review-days-min"),
        "review_days_max" => msg!(lang, "xlsx-col-review-days-max"),
        "start_by" => msg!(lang, "xlsx-col-start-by"),
        "provisional" => msg!(lang, "xlsx-col-provisional"),
        "assumed_days_off" => msg!(lang, "xlsx-col-assumed-days-off"),
        "late_start" => msg!(lang, "xlsx-col-late-start"),
        "earliest_done_on" => msg!(lang, "xlsx-col-earliest-done-on"),
        "latest_done_on" => msg!(lang, "xlsx-col-latest-done-on"),
        "within_grace" => msg!(lang, "xlsx-col-within-grace"),
        other => other.to_owned(),
    }
}

//! What an organisation will pay, and when: every dated payment of its certifications in a
//! window of months — first certifications, annual reviews, re-certifications after a lapse and
//! the Shenzhen subsidy coming back — for finance plans.
//!
//! Amounts come from [`crate::quote::quote`] and dates from [`crate::review::review_of`] and
//! [`crate::timeline::plan_timeline`]: a forecast never prices or dates anything a second way.

mod plan;
mod window;

pub use plan::forecast;
pub use window::Window;

use crate::calendar::law::LawDayOff;
use crate::money::Fen;
use crate::platform::Platform;
use chrono::NaiveDate;

/// Which day of a review cycle its fee is paid on (`--pay-on`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PayOn {
    /// The reminder day, `remind_on` (expiry − 60 days).
    #[default]
    Remind,
    /// The day the review window opens (3 calendar months before expiry).
    Window,
    /// The latest day to submit so that the slowest review ends by expiry.
    StartBy,
}

impl PayOn {
    /// Every choice.
    pub const ALL: [PayOn; 3] = [PayOn::Remind, PayOn::Window, PayOn::StartBy];

    /// The stable id, as typed after `--pay-on` and shown in JSON.
    pub fn id(self) -> &'static str {
        match self {
            PayOn::Remind => "remind",
            PayOn::Window => "window",
            PayOn::StartBy => "start-by",
        }
    }
}

impl std::str::FromStr for PayOn {
    type Err = String;

    fn from_str(text: &str) -> Result<PayOn, String> {
        PayOn::ALL
            .into_iter()
            .find(|choice| choice.id() == text)
            .ok_or_else(|| format!("expected one of remind, window, start-by; found `{text}`"))
    }
}

/// What a payment is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Event {
    /// A platform not certified yet is certified (the quote's `first_fen`).
    FirstCertification,
    /// A lapsed certification is certified again at the first-time price (X-LAPSE).
    Recertification,
    /// An annual review (the quote's `annual_review_fen`).
    AnnualReview,
    /// A subsidy reimbursed after the first certification (negative).
    Subsidy,
    /// A refundable fee coming back after a rejection, recorded in the history and not
    /// received yet (negative, like the subsidy: money back; WECOM-SCALE).
    Refund,
}

impl Event {
    /// Every event, in the order rows of one day are listed.
    pub const ALL: [Event; 5] = [
        Event::FirstCertification,
        Event::Recertification,
        Event::AnnualReview,
        Event::Subsidy,
        Event::Refund,
    ];

    /// The stable id (CSV `event`, JSON `event`).
    pub fn id(self) -> &'static str {
        match self {
            Event::FirstCertification => "first_certification",
            Event::Recertification => "recertification",
            Event::AnnualReview => "annual_review",
            Event::Subsidy => "subsidy",
            Event::Refund => "refund",
        }
    }
}

/// One dated payment (a subsidy or a refund is a negative one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    /// The platform it is for.
    pub platform: Platform,
    /// The day it is paid (or, for a subsidy, expected back).
    pub date: NaiveDate,
    /// What it is for.
    pub event: Event,
    /// Signed amount: negative for a subsidy or a refund.
    pub amount: Fen,
    /// Fact ids the amount rests on, `; `-separated.
    pub fact: String,
    /// Source ids, `; `-separated.
    pub source: String,
}

impl Payment {
    /// The payment's month, `YYYY-MM`.
    pub fn month(&self) -> String {
        self.date.format("%Y-%m").to_string()
    }
}

/// What to forecast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The months covered.
    pub window: Window,
    /// Which day of a review cycle its fee is paid on.
    pub pay_on: PayOn,
    /// Also list platforms that cost nothing.
    pub include_free: bool,
}

/// The payments of one profile in a window.
#[derive(Clone, Debug)]
pub struct Forecast {
    /// What was asked for.
    pub options: Options,
    /// The payments in the window, by date, then platform, then event.
    pub payments: Vec<Payment>,
    /// Rules used before their first known day, levels guessed.
    pub assumptions: Vec<crate::lang::Bilingual>,
    /// The stretches of working days reckoned over (first and last day).
    pub spans: Vec<(NaiveDate, NaiveDate)>,
    /// Days off taken from the holiday law, where a span reaches a year without a notice.
    pub assumed_days_off: Vec<LawDayOff>,
    /// A quote figure too large to represent (`wecom.first_fen`), if any: such a forecast must
    /// not be shown.
    pub unrepresentable: Option<String>,
}

impl Forecast {
    /// Σ payments that are not subsidies.
    pub fn gross(&self) -> Fen {
        self.payments
            .iter()
            .filter(|payment| payment.event != Event::Subsidy)
            .map(|payment| payment.amount)
            .sum()
    }

    /// Σ subsidies expected back, as a positive amount.
    pub fn subsidy(&self) -> Fen {
        -self
            .payments
            .iter()
            .filter(|payment| payment.event == Event::Subsidy)
            .map(|payment| payment.amount)
            .sum::<Fen>()
    }

    /// Σ every payment: gross minus subsidies.
    pub fn net(&self) -> Fen {
        self.payments.iter().map(|payment| payment.amount).sum()
    }
}

#[cfg(test)]
mod tests;

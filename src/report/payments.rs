//! The payments a report expects per month. Until a dated forecast exists, these are the annual
//! reviews due: each review's fee on its last day to submit (today when that day has passed).
//! This is the one place the portfolio's payments come from, so a forecast can replace it.

use super::OrgReport;
use crate::money::Fen;
use crate::platform::Platform;
use chrono::{Datelike, Months, NaiveDate};

/// One payment expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payment {
    /// When it is paid at the latest.
    pub date: NaiveDate,
    /// For which platform.
    pub platform: Platform,
    /// How much.
    pub amount: Fen,
}

/// One month's payments, by platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthPayments {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Per platform, in canonical order, only platforms with a payment.
    pub by_platform: Vec<(Platform, Fen)>,
}

impl MonthPayments {
    /// Everything paid in the month.
    pub fn total(&self) -> Fen {
        self.by_platform
            .iter()
            .fold(Fen::ZERO, |sum, (_, amount)| sum + *amount)
    }
}

/// The first day of `day`'s month.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("every month has a first day")
}

/// The months a report looks ahead: the as-of month and the eleven after it.
pub const MONTHS_AHEAD: u32 = 12;

/// The first day after the months a report looks ahead.
pub fn horizon_end(as_of: NaiveDate) -> NaiveDate {
    month_of(as_of)
        .checked_add_months(Months::new(MONTHS_AHEAD))
        .expect("a year after a four-digit year is in range")
}

/// The annual reviews of one organisation due in the months ahead, with a fee: each on its
/// last day to submit, or on `as_of` once that day has passed (late, expired or lapsed).
pub fn payments_due(report: &OrgReport<'_>, as_of: NaiveDate) -> Vec<Payment> {
    let end = horizon_end(as_of);
    let mut payments: Vec<Payment> = report
        .schedule
        .reviews
        .iter()
        .filter(|review| review.fee_fen > Fen::ZERO)
        .map(|review| Payment {
            date: review.start_by.max(as_of),
            platform: review.platform,
            amount: review.fee_fen,
        })
        .filter(|payment| payment.date < end)
        .collect();
    payments.sort_by_key(|payment| (payment.date, payment.platform));
    payments
}

/// `payments` summed per month over the months ahead of `as_of` (every month listed, empty
/// ones too).
pub fn by_month(payments: &[Payment], as_of: NaiveDate) -> Vec<MonthPayments> {
    (0..MONTHS_AHEAD)
        .map(|offset| {
            let month = month_of(as_of)
                .checked_add_months(Months::new(offset))
                .expect("in range");
            let mut by_platform: Vec<(Platform, Fen)> = Vec::new();
            for &platform in Platform::ALL {
                let sum = payments
                    .iter()
                    .filter(|payment| {
                        payment.platform == platform && month_of(payment.date) == month
                    })
                    .fold(Fen::ZERO, |sum, payment| sum + payment.amount);
                if sum > Fen::ZERO {
                    by_platform.push((platform, sum));
                }
            }
            MonthPayments { month, by_platform }
        })
        .collect()
}

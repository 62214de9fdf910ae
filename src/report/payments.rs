//! The payments a report expects per month: the payments out of `certplan forecast` for the
//! twelve months from the as-of month (annual reviews on their reminder day, first
//! certifications on `planned_on`, re-certifications), subsidies coming back left out of the
//! bars (they are not paid).

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

/// The payments out of one organisation in the months ahead, by date: its forecast's payments
/// without the subsidies coming back.
pub fn payments_due(report: &OrgReport<'_>) -> Vec<Payment> {
    report
        .forecast
        .payments
        .iter()
        .filter(|payment| payment.amount > Fen::ZERO)
        .map(|payment| Payment {
            date: payment.date,
            platform: payment.platform,
            amount: payment.amount,
        })
        .collect()
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

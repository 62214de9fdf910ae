//! Money as integer fen (1 CNY = 100 fen). No floats anywhere near money.
//!
//! Arithmetic saturates instead of wrapping: a sum beyond `i64` stops at the limit, where
//! [`Fen::is_saturated`] tells it, and the command reports that figure as an error rather than
//! print a wrong or negative amount. (With rule amounts bounded by [`Fen::MAX_RULE`] and at most
//! 100 years, no real sum gets there.)

use serde::{Deserialize, Serialize};
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount of Chinese yuan in fen. Signed, so that exemptions and subsidies can be lines
/// that subtract.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Fen(pub i64);

impl Fen {
    /// Zero yuan.
    pub const ZERO: Fen = Fen(0);

    /// The largest amount a rule may state: 100 million yuan. The rules loader refuses more, so
    /// that no sum certplan forms can come near the limits of `i64`.
    pub const MAX_RULE: Fen = Fen(10_000_000_000);

    /// True when arithmetic on this amount ran into the limits of `i64` (and stopped there
    /// rather than wrap): the figure cannot be represented and must not be shown.
    pub fn is_saturated(self) -> bool {
        self.0 == i64::MAX || self.0 == i64::MIN
    }

    /// The amount in yuan with two decimals and no grouping: `"3000.00"`, `"-150.00"`.
    /// This is the form machine outputs (JSON `amount`, CSV `amount_yuan`) use.
    pub fn yuan_plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }

    /// The amount in yuan with thousands separators, for people.
    ///
    /// ```
    /// use certplan::money::Fen;
    /// assert_eq!(Fen(2_970_000).yuan_grouped(), "29,700.00");
    /// assert_eq!(Fen(2_970_000).yuan_plain(), "29700.00");
    /// ```
    pub fn yuan_grouped(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let digits = (abs / 100).to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        format!("{sign}{grouped}.{:02}", abs % 100)
    }

    /// `percent` per cent of this amount, rounded down to the fen (towards zero).
    pub fn percent(self, percent: u32) -> Fen {
        match self.0.checked_mul(i64::from(percent)) {
            Some(product) => Fen(product / 100),
            None => self.saturated_like(),
        }
    }

    /// Multiplies by a count of years or attempts (saturating, see [`Fen::is_saturated`]).
    pub fn times(self, count: u32) -> Fen {
        Fen(self.0.saturating_mul(i64::from(count)))
    }

    fn saturated_like(self) -> Fen {
        if self.0 < 0 {
            Fen(i64::MIN)
        } else {
            Fen(i64::MAX)
        }
    }
}

impl Add for Fen {
    type Output = Fen;
    fn add(self, other: Fen) -> Fen {
        Fen(self.0.saturating_add(other.0))
    }
}

impl AddAssign for Fen {
    fn add_assign(&mut self, other: Fen) {
        *self = *self + other;
    }
}

impl Sub for Fen {
    type Output = Fen;
    fn sub(self, other: Fen) -> Fen {
        Fen(self.0.saturating_sub(other.0))
    }
}

impl Neg for Fen {
    type Output = Fen;
    fn neg(self) -> Fen {
        Fen(self.0.saturating_neg())
    }
}

impl std::iter::Sum for Fen {
    fn sum<I: Iterator<Item = Fen>>(iter: I) -> Fen {
        iter.fold(Fen::ZERO, Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_yuan_has_two_decimals_and_no_grouping() {
        assert_eq!(Fen(300_000).yuan_plain(), "3000.00");
        assert_eq!(Fen(5).yuan_plain(), "0.05");
        assert_eq!(Fen(-15_050).yuan_plain(), "-150.50");
        assert_eq!(Fen(0).yuan_plain(), "0.00");
    }

    #[test]
    fn grouped_yuan_separates_thousands() {
        assert_eq!(Fen(2_970_000).yuan_grouped(), "29,700.00");
        assert_eq!(Fen(30_000).yuan_grouped(), "300.00");
        assert_eq!(Fen(100_000_000).yuan_grouped(), "1,000,000.00");
        assert_eq!(Fen(-300_000).yuan_grouped(), "-3,000.00");
    }

    #[test]
    fn arithmetic_stops_at_the_limits_instead_of_wrapping() {
        let huge = Fen(i64::MAX - 1);
        assert!((huge + Fen(5)).is_saturated());
        assert!((Fen(i64::MIN + 1) - Fen(5)).is_saturated());
        assert!(huge.times(3).is_saturated());
        assert!(huge.percent(50).is_saturated());
        assert!(!Fen::MAX_RULE.times(100).is_saturated());
        assert_eq!(Fen::MAX_RULE.times(100).0, 1_000_000_000_000);
        assert!([huge, huge].into_iter().sum::<Fen>().is_saturated());
    }

    #[test]
    fn percent_rounds_down_to_the_fen() {
        assert_eq!(Fen(30_000).percent(50), Fen(15_000));
        assert_eq!(Fen(30_001).percent(50), Fen(15_000));
        assert_eq!(Fen(300_000).percent(100), Fen(300_000));
    }
}

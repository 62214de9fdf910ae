//! Money as integer fen (1 CNY = 100 fen). No floats anywhere near money.

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
        Fen(self.0 * i64::from(percent) / 100)
    }

    /// Multiplies by a count of years or attempts.
    pub fn times(self, count: u32) -> Fen {
        Fen(self.0 * i64::from(count))
    }
}

impl Add for Fen {
    type Output = Fen;
    fn add(self, other: Fen) -> Fen {
        Fen(self.0 + other.0)
    }
}

impl AddAssign for Fen {
    fn add_assign(&mut self, other: Fen) {
        self.0 += other.0;
    }
}

impl Sub for Fen {
    type Output = Fen;
    fn sub(self, other: Fen) -> Fen {
        Fen(self.0 - other.0)
    }
}

impl Neg for Fen {
    type Output = Fen;
    fn neg(self) -> Fen {
        Fen(-self.0)
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
    fn percent_rounds_down_to_the_fen() {
        assert_eq!(Fen(30_000).percent(50), Fen(15_000));
        assert_eq!(Fen(30_001).percent(50), Fen(15_000));
        assert_eq!(Fen(300_000).percent(100), Fen(300_000));
    }
}

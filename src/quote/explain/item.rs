//! What `explain` can be asked about: a platform, one figure of a platform's quote, or a
//! total, and the names a user may write for them (which the command's did-you-mean draws on).

use crate::platform::Platform;
use std::str::FromStr;

/// A figure of one platform's quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// `first_fen`.
    First,
    /// `failed_attempt_fen`.
    FailedAttempt,
    /// `annual_review_fen`.
    AnnualReview,
    /// `subsidy_fen`.
    Subsidy,
}

impl Figure {
    /// Every figure, in the order an explanation lists them.
    pub(super) const ALL: [Figure; 4] = [
        Figure::First,
        Figure::FailedAttempt,
        Figure::AnnualReview,
        Figure::Subsidy,
    ];

    /// The figure's field name (`first_fen`).
    pub(super) fn id(self) -> &'static str {
        match self {
            Figure::First => "first_fen",
            Figure::FailedAttempt => "failed_attempt_fen",
            Figure::AnnualReview => "annual_review_fen",
            Figure::Subsidy => "subsidy_fen",
        }
    }
}

/// What to explain: a platform, one of its figures, or a profile total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// Every figure of a platform.
    Platform(Platform),
    /// One figure of a platform.
    Figure(Platform, Figure),
    /// `total_fen`, `first_fen`, `subsidy_fen` or `net_first_fen` of the whole profile.
    Total(&'static str),
}

const TOTALS: [&str; 4] = ["first_fen", "subsidy_fen", "net_first_fen", "total_fen"];

/// Every item name `explain` accepts, for messages and suggestions.
pub fn item_names() -> Vec<String> {
    let mut names: Vec<String> = TOTALS.iter().map(|total| (*total).to_owned()).collect();
    for platform in Platform::ALL {
        names.push(platform.id().to_owned());
        names.extend(
            Figure::ALL
                .iter()
                .map(|figure| format!("{platform}.{}", figure.id())),
        );
    }
    names
}

impl FromStr for Item {
    type Err = String;
    fn from_str(text: &str) -> Result<Item, String> {
        if let Some(total) = TOTALS.iter().find(|total| **total == text) {
            return Ok(Item::Total(total));
        }
        let (platform, figure) = match text.split_once('.') {
            Some((platform, figure)) => (platform, Some(figure)),
            None => (text, None),
        };
        let platform: Platform = platform.parse()?;
        match figure {
            None => Ok(Item::Platform(platform)),
            Some(figure) => Figure::ALL
                .into_iter()
                .find(|candidate| candidate.id() == figure)
                .map(|figure| Item::Figure(platform, figure))
                .ok_or_else(|| format!("unknown figure `{figure}` (expected first_fen, failed_attempt_fen, annual_review_fen or subsidy_fen)")),
        }
    }
}

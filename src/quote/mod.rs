//! What certification will cost: per platform, fee lines after exemptions, the cost of a
//! rejected attempt, each annual review, the expected subsidy — and totals over N years.
//! Every line carries its rule, fact and source; every exemption or subsidy considered is kept
//! as a [`Decision`] (applied or not, and why), which is what `explain` shows.

mod compute;
pub mod explain;
mod reason;
mod standing;

pub use compute::{quote, quote_one};
pub use reason::Reason;

use crate::lang::Bilingual;
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::rules::Note;
use chrono::NaiveDate;
use std::borrow::Cow;

/// The cost plan for one profile. It borrows its rule ids, names, facts and sources from the
/// rules `'r` it was computed with: a batch quotes thousands of profiles against one set.
#[derive(Clone, Debug)]
pub struct Quote<'r> {
    /// One entry per chosen platform, in canonical order.
    pub platforms: Vec<PlatformQuote<'r>>,
    /// Σ first certification.
    pub first_fen: Fen,
    /// Σ expected subsidy.
    pub subsidy_fen: Fen,
    /// `first_fen − subsidy_fen`.
    pub net_first_fen: Fen,
    /// Years the total covers (≥ 1).
    pub years: u32,
    /// Σ first + (years − 1) × Σ annual review, whether or not a platform is certified
    /// already (its documented meaning since schema version 1).
    pub total_fen: Fen,
    /// Σ of every platform's `still_to_pay_fen`: what the years still cost.
    pub still_to_pay_fen: Fen,
    /// Rules used before their first known day (see [`crate::rules::Selected`]).
    pub assumptions: Vec<Bilingual>,
}

impl Quote<'_> {
    /// The first certifications still to come: of the platforms not certified, or whose
    /// certification lapsed (a platform certified and valid has paid its first one).
    pub fn first_still_to_come(&self) -> Fen {
        self.platforms
            .iter()
            .filter(|platform| !platform.is_certified())
            .map(|platform| platform.first_fen)
            .sum()
    }

    /// The first figure (`total_fen`, `wecom.first_fen`, …) too large to represent, if any: a
    /// command must refuse to print such a quote.
    pub fn unrepresentable_figure(&self) -> Option<String> {
        let totals = [
            ("first_fen", self.first_fen),
            ("subsidy_fen", self.subsidy_fen),
            ("net_first_fen", self.net_first_fen),
            ("total_fen", self.total_fen),
            ("still_to_pay_fen", self.still_to_pay_fen),
        ];
        let platforms = self.platforms.iter().flat_map(|platform| {
            [
                ("first_fen", platform.first_fen),
                ("failed_attempt_fen", platform.failed_attempt_fen),
                ("annual_review_fen", platform.annual_review_fen),
                ("subsidy_fen", platform.subsidy_fen),
                ("still_to_pay_fen", platform.still_to_pay_fen),
            ]
            .map(|(figure, amount)| (format!("{}.{figure}", platform.platform), amount))
        });
        totals
            .map(|(figure, amount)| (figure.to_owned(), amount))
            .into_iter()
            .chain(platforms)
            .find(|(_, amount)| amount.is_saturated())
            .map(|(figure, _)| figure)
    }
}

/// The cost plan for one platform.
#[derive(Clone, Debug)]
pub struct PlatformQuote<'r> {
    /// The platform.
    pub platform: Platform,
    /// Fee, exemption and subsidy lines.
    pub lines: Vec<Line<'r>>,
    /// First certification, one successful attempt: Σ fee and exemption lines.
    pub first_fen: Fen,
    /// What a rejected attempt costs: the non-refundable part of `first_fen`.
    pub failed_attempt_fen: Fen,
    /// Each later annual review.
    pub annual_review_fen: Fen,
    /// Expected reimbursement of `first_fen` (≥ 0): only for a first certification still to
    /// come (X-SUBSIDY), so 0 once `certified_on` is given.
    pub subsidy_fen: Fen,
    /// The day the profile says the platform was certified: its first certification is paid.
    pub certified_on: Option<NaiveDate>,
    /// The last day of grace, passed on the quote's day, of the certification of
    /// `certified_on`: it has lapsed and the years start with a full re-certification at the
    /// first-time price (X-LAPSE).
    pub lapsed_since: Option<NaiveDate>,
    /// Annual reviews the years of the quote still hold (0 without an annual review).
    pub renewals_in_window: u32,
    /// What the years still cost: the first certification unless already certified, plus
    /// `renewals_in_window` annual reviews (less an application already paid and in review,
    /// by the platform's history).
    pub still_to_pay_fen: Fen,
    /// What the platform's history has cost so far (paid minus refunds); `None` without
    /// events.
    pub spent_fen: Option<Fen>,
    /// The annual-review rule used, as (rule id, fact, source); `None` when none is known.
    pub annual_review_rule: Option<(&'r str, &'r str, &'r str)>,
    /// Every exemption and subsidy considered, applied or not.
    pub decisions: Vec<Decision<'r>>,
    /// Notes about the rules that contributed: the rules' own, and notes made for this
    /// profile.
    pub notes: Vec<Cow<'r, Note>>,
}

impl<'r> PlatformQuote<'r> {
    /// Whether the platform is certified and its certification has not lapsed.
    pub fn is_certified(&self) -> bool {
        self.certified_on.is_some() && self.lapsed_since.is_none()
    }

    /// The member tier of a tiered fee the profile is charged (after exemptions), if any: a
    /// waived fee, or a tier that costs nothing, is not charged.
    pub fn charged_tier(&self) -> Option<&'r str> {
        self.lines
            .iter()
            .filter(|line| line.kind == LineKind::Fee)
            .find_map(|fee| {
                let tier = fee.tier.as_ref()?;
                let charged: Fen = self
                    .lines
                    .iter()
                    .filter(|line| line.kind != LineKind::Subsidy && line.item == fee.item)
                    .map(|line| line.amount)
                    .sum();
                (charged > Fen::ZERO).then_some(tier.id)
            })
    }
}

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A fee charged.
    Fee,
    /// A fee waived (negative).
    Exemption,
    /// A reimbursement expected later (negative; not part of `first_fen`).
    Subsidy,
}

impl LineKind {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            LineKind::Fee => "fee",
            LineKind::Exemption => "exemption",
            LineKind::Subsidy => "subsidy",
        }
    }
}

/// One line of a platform's quote.
#[derive(Clone, Debug)]
pub struct Line<'r> {
    /// Fee, exemption or subsidy.
    pub kind: LineKind,
    /// The fee item it concerns (`review_fee`), or `subsidy`.
    pub item: &'r str,
    /// The rule id (`wecom.review_fee`, `wecom.exempt_full`, `shenzhen.sme_digital`).
    pub rule: &'r str,
    /// Label.
    pub name: &'r Bilingual,
    /// Signed amount.
    pub amount: Fen,
    /// Returned if the review fails.
    pub refundable: bool,
    /// Charged again at each annual review.
    pub annual: bool,
    /// The member tier chosen, for tiered fees.
    pub tier: Option<TierChoice<'r>>,
    /// Fact id.
    pub fact: &'r str,
    /// Source id.
    pub source: &'r str,
}

/// The tier a member count falls in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierChoice<'r> {
    /// Tier id.
    pub id: &'r str,
    /// Smallest member count in the tier.
    pub min_members: u64,
    /// Largest member count, if bounded.
    pub max_members: Option<u64>,
}

/// An exemption or subsidy that was considered.
#[derive(Clone, Debug)]
pub struct Decision<'r> {
    /// Rule id.
    pub rule: &'r str,
    /// Label.
    pub name: &'r Bilingual,
    /// The fee it concerns (`wecom.scale_fee`), or `wecom.first_fen` for subsidies.
    pub target: Cow<'r, str>,
    /// Whether it applied.
    pub applied: bool,
    /// Why it did or did not.
    pub reason: Reason<'r>,
    /// Fact id.
    pub fact: &'r str,
    /// Source id.
    pub source: &'r str,
}

/// The assumption said when a rule is applied to `as_of`, a day before the first day it is
/// known in force (the earliest version known stands in).
pub fn rule_assumed(rule: &str, effective: NaiveDate, as_of: NaiveDate) -> Bilingual {
    Bilingual::from_catalogue(|lang| {
        msg!(
            lang,
            "assumption-rule-before-effective",
            rule = rule,
            effective = effective,
            as_of = as_of
        )
    })
}

#[cfg(test)]
mod tests;

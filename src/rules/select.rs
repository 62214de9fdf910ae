//! Choosing, for each rule, the version in force on the as-of day. A rule id may have several
//! versions with non-overlapping dates (a fee change adds one and closes the old with `until`).
//! Before the earliest version, that version is used and marked `assumed`, so callers can say
//! so (and `--strict` can refuse).

use super::{
    AnnualReview, Benefit, DocumentRule, Exemption, Fee, Provenance, Rejection, Rules, Subsidy,
    TimelineStep, Tip, Validity,
};
use crate::platform::Platform;
use chrono::NaiveDate;

/// A rule chosen for a day.
#[derive(Debug)]
pub struct Selected<'a, T> {
    /// The version chosen.
    pub rule: &'a T,
    /// True when no version was in force yet on that day and the earliest was used.
    pub assumed: bool,
}

// Not derived: the derive would require `T: Copy`, but only the reference is copied.
impl<T> Clone for Selected<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Selected<'_, T> {}

trait Versioned {
    /// What tells the versions of one rule apart from other rules of the same type: borrowed,
    /// because selection runs for every platform of every profile of a batch.
    fn key(&self) -> (Option<Platform>, &str);
    fn provenance(&self) -> &Provenance;
}

/// Implements [`Versioned`] for rule types whose key expression is given.
macro_rules! versioned {
    ($($rule:ty => |$this:ident| $key:expr;)+) => {
        $(impl Versioned for $rule {
            fn key(&$this) -> (Option<Platform>, &str) {
                $key
            }
            fn provenance(&self) -> &Provenance {
                &self.provenance
            }
        })+
    };
}

versioned! {
    Fee => |self| (None, &self.id);
    Exemption => |self| (None, &self.id);
    AnnualReview => |self| (None, &self.id);
    Subsidy => |self| (None, &self.id);
    Validity => |self| (Some(self.platform), "");
    TimelineStep => |self| (Some(self.platform), &self.id);
    DocumentRule => |self| (None, &self.rule);
    Benefit => |self| (Some(self.platform), &self.id);
    Tip => |self| (Some(self.platform), &self.id);
    Rejection => |self| (Some(self.platform), "");
}

fn select<'a, T: Versioned>(
    items: impl IntoIterator<Item = &'a T>,
    day: NaiveDate,
) -> Vec<Selected<'a, T>> {
    let items: Vec<&T> = items.into_iter().collect();
    let mut keys: Vec<(Option<Platform>, &str)> = Vec::new();
    for item in &items {
        if !keys.contains(&item.key()) {
            keys.push(item.key());
        }
    }
    keys.iter()
        .filter_map(|key| {
            let versions = items.iter().copied().filter(|item| item.key() == *key);
            let mut earliest: Option<&T> = None;
            for version in versions {
                if version.provenance().in_force_on(day) {
                    return Some(Selected {
                        rule: version,
                        assumed: false,
                    });
                }
                if earliest
                    .is_none_or(|best| version.provenance().effective < best.provenance().effective)
                {
                    earliest = Some(version);
                }
            }
            earliest
                .filter(|first| day < first.provenance().effective)
                .map(|first| Selected {
                    rule: first,
                    assumed: true,
                })
        })
        .collect()
}

impl Rules {
    /// The benefits of certifying on `platform`, on `day`, in data order.
    pub fn benefits_for(&self, platform: Platform, day: NaiveDate) -> Vec<Selected<'_, Benefit>> {
        select(
            self.benefits
                .iter()
                .filter(|benefit| benefit.platform == platform),
            day,
        )
    }

    /// The document rules of `platform` on `day`, in data order.
    pub fn documents_for(
        &self,
        platform: Platform,
        day: NaiveDate,
    ) -> Vec<Selected<'_, DocumentRule>> {
        select(
            self.documents
                .iter()
                .filter(|document| document.platforms.contains(&platform)),
            day,
        )
    }

    /// The tips about `platform` on `day`, in data order.
    pub fn tips_for(&self, platform: Platform, day: NaiveDate) -> Vec<Selected<'_, Tip>> {
        select(self.tips.iter().filter(|tip| tip.platform == platform), day)
    }

    /// How long `platform`'s certification lasts, if known, on `day`.
    pub fn validity_for(
        &self,
        platform: Platform,
        day: NaiveDate,
    ) -> Option<Selected<'_, Validity>> {
        select(
            self.validity
                .iter()
                .filter(|validity| validity.platform == platform),
            day,
        )
        .into_iter()
        .next()
    }

    /// What follows a failed review of `platform`, if known, on `day`.
    pub fn rejection_for(
        &self,
        platform: Platform,
        day: NaiveDate,
    ) -> Option<Selected<'_, Rejection>> {
        select(
            self.rejections
                .iter()
                .filter(|rejection| rejection.platform == platform),
            day,
        )
        .into_iter()
        .next()
    }

    /// `platform`'s application steps on `day`, in order.
    pub fn steps_for(&self, platform: Platform, day: NaiveDate) -> Vec<Selected<'_, TimelineStep>> {
        select(
            self.timeline_steps
                .iter()
                .filter(|step| step.platform == platform),
            day,
        )
    }

    /// The fees `platform` charges on `day`, in data order.
    pub fn fees_for(&self, platform: Platform, day: NaiveDate) -> Vec<Selected<'_, Fee>> {
        select(self.fees.iter().filter(|fee| fee.platform == platform), day)
    }

    /// The exemptions of fee `fee_id` in force on `day`, highest precedence first.
    pub fn exemptions_for(&self, fee_id: &str, day: NaiveDate) -> Vec<Selected<'_, Exemption>> {
        let mut chosen = select(
            self.exemptions
                .iter()
                .filter(|e| e.fees.iter().any(|f| f == fee_id)),
            day,
        );
        chosen.sort_by_key(|selected| std::cmp::Reverse(selected.rule.precedence));
        chosen
    }

    /// The annual-review rule of `platform` on `day`, if it has one.
    pub fn annual_review_for(
        &self,
        platform: Platform,
        day: NaiveDate,
    ) -> Option<Selected<'_, AnnualReview>> {
        select(
            self.annual_reviews
                .iter()
                .filter(|review| review.platform == platform),
            day,
        )
        .into_iter()
        .next()
    }

    /// The subsidies that may reimburse `platform` on `day`.
    pub fn subsidies_for(&self, platform: Platform, day: NaiveDate) -> Vec<Selected<'_, Subsidy>> {
        select(
            self.subsidies
                .iter()
                .filter(|subsidy| subsidy.platforms.contains(&platform)),
            day,
        )
    }
}

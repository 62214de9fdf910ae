//! The rules certplan plans with — fees, tiers, exemptions, annual reviews, subsidies and the
//! notes that carry rulings — as data compiled into the binary (`src/rules/data/*.toml`) or
//! read from `--rules FILE`, validated equally strictly. Every value carries its provenance.

mod benefits;
pub mod causes;
mod documents;
mod load;
mod raw_schedule;
mod rejections;
mod schedule;
mod select;
mod tips;
mod validate;
mod validate_holidays;
mod validate_schedule;

pub use benefits::{Benefit, TierLimit};
pub use causes::RejectionCause;
pub use documents::{DocumentRule, FileFormat};
pub use load::{
    EMBEDDED_JSON, EMBEDDED_RULES, embedded_rules, load_holidays, load_holidays_in, load_rules,
    load_rules_in,
};
pub use rejections::{Rejection, Retry};
pub use schedule::{DayUnit, DaysOff, HolidayYear, StepRole, TimelineStep, Validity};
pub use select::Selected;
pub use tips::Tip;

use crate::entity_kind::EntityKind;
use crate::id_enum::id_enum;
use crate::lang::{Bilingual, Lang};
use crate::money::Fen;
use crate::platform::Platform;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The complete rule set.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Rules {
    /// Format version of the rules data.
    pub schema_version: u32,
    /// Where the values come from.
    pub sources: Vec<Source>,
    /// Fees per attempt.
    pub fees: Vec<Fee>,
    /// Exceptions to fees.
    pub exemptions: Vec<Exemption>,
    /// Which fees each annual review charges again.
    pub annual_reviews: Vec<AnnualReview>,
    /// Expected reimbursements.
    pub subsidies: Vec<Subsidy>,
    /// Rulings and caveats attached to rules.
    pub notes: Vec<Note>,
    /// The official working-day calendar, per year.
    pub holidays: Vec<HolidayYear>,
    /// How long certifications last.
    pub validity: Vec<Validity>,
    /// Application steps with durations.
    pub timeline_steps: Vec<TimelineStep>,
    /// Documents each platform needs.
    pub documents: Vec<DocumentRule>,
    /// What certification unlocks.
    pub benefits: Vec<Benefit>,
    /// Practical tips per platform (shown in checklists).
    #[serde(default)]
    pub tips: Vec<Tip>,
    /// Known rejection causes with their shares (listed by `check`).
    #[serde(default)]
    pub rejection_causes: Vec<RejectionCause>,
    /// What follows a failed review, per platform (read by `status`).
    #[serde(default)]
    pub rejections: Vec<Rejection>,
}

/// A fee tier's name for readers of `lang` (`medium` → 中型 / medium); an id the catalogue
/// does not know is shown as it is.
pub fn tier_name(id: &str, lang: Lang) -> String {
    match id {
        "small" => crate::msg!(lang, "tier-small"),
        "medium" => crate::msg!(lang, "tier-medium"),
        "large" => crate::msg!(lang, "tier-large"),
        other => other.to_owned(),
    }
}

/// Where a value comes from and when it is in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Fact id in the fact register (`WECOM-SCALE`).
    pub fact: String,
    /// Source id (`seed:000`).
    pub source: String,
    /// First day in force.
    pub effective: NaiveDate,
    /// First day no longer in force, if retired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

impl Provenance {
    /// Whether the value is in force on `day`.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.effective <= day && self.until.is_none_or(|until| day < until)
    }
}

id_enum! {
    /// How far a source can be trusted.
    pub enum Trust {
        /// The platform's own page or SDK.
        Official = "official",
        /// A faithful copy of an official page.
        OfficialCopy = "official_copy",
        /// An official page as quoted by a third party.
        OfficialQuoted = "official_quoted",
        /// A vendor or blog article.
        ThirdParty = "third_party",
        /// certplan's own inference where no stored source states the fact.
        Derived = "derived",
    }
}

/// A document or page the rules cite.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Source {
    /// Stable id (`seed:000`, `official-copy:wechat-verify`).
    pub id: String,
    /// Title, as published (Chinese for Chinese sources).
    pub title: String,
    /// Who published it, for Chinese readers.
    pub publisher: String,
    /// The title for English readers, when it is not English already.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Who published it, for English readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher_en: Option<String>,
    /// Publication day, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// How far to trust it.
    pub trust: Trust,
}

impl Source {
    /// Title and publisher for readers of `lang`.
    pub fn described(&self, lang: Lang) -> (&str, &str) {
        match lang {
            Lang::Zh => (&self.title, &self.publisher),
            Lang::En => (
                self.title_en.as_deref().unwrap_or(&self.title),
                self.publisher_en.as_deref().unwrap_or(&self.publisher),
            ),
        }
    }
}

/// A fee charged per attempt.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Fee {
    /// The rule id, `platform.item`: kept, not formatted when asked, because every line of
    /// every quote carries it.
    pub id: String,
    /// The platform that charges it.
    pub platform: Platform,
    /// The item id within the platform (`review_fee`).
    pub item: String,
    /// Label.
    pub name: Bilingual,
    /// Flat or by member tier.
    #[serde(flatten)]
    pub amount: FeeAmount,
    /// Returned when the review fails.
    pub refundable: bool,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// How much a fee is.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeAmount {
    /// The same for everyone.
    AmountFen(Fen),
    /// By the number of members, in ascending tiers.
    Tiers(Vec<Tier>),
}

/// One member tier: up to and including `max_members` (the last tier has no maximum).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Tier {
    /// Stable id (`small`, `medium`, `large`).
    pub id: String,
    /// Largest member count in the tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_members: Option<u64>,
    /// The fee in this tier.
    pub amount_fen: Fen,
}

/// An exception to one or more fees for some entity kinds: the fee is waived.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Exemption {
    /// Stable id.
    pub id: String,
    /// Label.
    pub name: Bilingual,
    /// Fee ids (`platform.item`) it waives.
    pub fees: Vec<String>,
    /// Kinds it applies to.
    pub kinds: Vec<EntityKind>,
    /// When set, applies only to profiles whose `poverty_county` equals it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poverty_county: Option<bool>,
    /// Order among overlapping exemptions (higher wins).
    pub precedence: u32,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// The fees a platform's annual review charges again.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AnnualReview {
    /// The rule id, `platform.annual_review`.
    pub id: String,
    /// The platform.
    pub platform: Platform,
    /// Fee ids charged again, with the same exemptions.
    pub charges: Vec<String>,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A regional reimbursement of part of the first certification.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Subsidy {
    /// Stable id.
    pub id: String,
    /// Label.
    pub name: Bilingual,
    /// Platforms whose first certification it reimburses.
    pub platforms: Vec<Platform>,
    /// Share of `first_fen` reimbursed, in per cent.
    pub percent: u32,
    /// When set, only for profiles whose `small_micro` equals it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small_micro: Option<bool>,
    /// The profile's region must contain one of these (ignoring case).
    pub region_contains: Vec<String>,
    /// Only for these kinds of organisation.
    pub kinds: Vec<EntityKind>,
    /// Kinds the programme does not cover but that may ask their local office: they get a note
    /// saying so where the other conditions hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ask_locally: Vec<EntityKind>,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A ruling or caveat shown wherever the rule it is about contributes to a figure.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Note {
    /// Stable id.
    pub id: String,
    /// The rule id it is about.
    pub about: String,
    /// When set, shown only to profiles whose `poverty_county` equals it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poverty_county: Option<bool>,
    /// The text.
    pub text: Bilingual,
    /// Fact id.
    pub fact: String,
    /// Source id.
    pub source: String,
}

impl Rules {
    /// The source with this id (every id the rules use exists: the loader checks).
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The notes about rule `about`.
    pub fn notes_about<'a>(&'a self, about: &'a str) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |note| note.about == about)
    }
}

#[cfg(test)]
mod tests;

//! Reading rules data: TOML text → private serde `Raw*` structs (strict: unknown keys are
//! errors) → [`Rules`], after the checks in `validate`. The embedded rules go through exactly
//! this path, and tests hold them to it.

use super::HolidayYear;
use super::causes::RawRejectionCause;
use super::raw_schedule::{RawBenefit, RawDocument, RawHolidayYear, RawTimelineStep, RawValidity};
use super::rejections::RawRejection;
use super::tips::RawTip;
use super::validate::validate;
use super::validate_holidays::validate_holiday_years;
use super::{
    AnnualReview, Exemption, Fee, FeeAmount, Note, Provenance, Rules, Source, Subsidy, Tier, Trust,
};
use crate::date_value::DateValue;
use crate::diagnostic::coded::{self, coded};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::entity_kind::EntityKind;
use crate::lang::Bilingual;
use crate::lang::Lang;
use crate::money::Fen;
use crate::platform::Platform;
use crate::toml_location::KeyPath;
use serde::Deserialize;

/// The embedded rules text: what `certplan rules --format toml` prints and `--rules` replaces.
pub const EMBEDDED_RULES: &str = concat!(
    include_str!("data/sources.toml"),
    include_str!("data/fees.toml"),
    include_str!("data/holidays.toml"),
    include_str!("data/schedule.toml"),
    include_str!("data/documents.toml"),
    include_str!("data/benefits.toml"),
    include_str!("data/tips.toml"),
    include_str!("data/causes.toml"),
);

/// The embedded rules pre-parsed: the JSON form of [`EMBEDDED_RULES`] after validation (the
/// `rules` object `certplan rules --format json` prints). Generated from the TOML and kept
/// equal to it by the test `the_embedded_json_is_the_validated_toml`; reading it at start-up
/// costs a third of parsing the TOML, and one quote costs little more than starting a process.
pub const EMBEDDED_JSON: &str = include_str!("data/embedded.json");

/// The embedded rules.
pub fn embedded_rules() -> Rules {
    serde_json::from_str(EMBEDDED_JSON)
        .expect("the embedded JSON is generated from the validated TOML and tested")
}

/// Parses and validates rules `text`, read from `file` (used only in diagnostics).
pub fn load_rules(file: &str, text: &str) -> Result<Rules, Diagnostics> {
    load_rules_in(file, text, Lang::En)
}

/// [`load_rules`] with its problems said in `lang` (keys and ids as typed).
pub fn load_rules_in(file: &str, text: &str, lang: Lang) -> Result<Rules, Diagnostics> {
    let raw: RawRules = toml::from_str(text)
        .map_err(|error| Diagnostics::one(Diagnostic::from_toml(file, text, &error, lang)))?;
    let mut problems = Vec::new();
    let rules = raw.into_rules(&mut problems);
    problems.extend(validate(&rules));
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(Diagnostics::capped(problems, |(path, message)| {
            Diagnostic::at_key(file, text, &path, coded::render(&message, lang)).in_lang(lang)
        }))
    }
}

/// Parses and validates a holidays file (`--holidays FILE`): `[[holidays]]` tables exactly as
/// `certplan rules --format toml` prints them, each a whole year, held to the same invariants
/// as the embedded years; `source` is free text (the notice's title or address).
pub fn load_holidays(file: &str, text: &str) -> Result<Vec<HolidayYear>, Diagnostics> {
    load_holidays_in(file, text, Lang::En)
}

/// [`load_holidays`] with its problems said in `lang`.
pub fn load_holidays_in(
    file: &str,
    text: &str,
    lang: Lang,
) -> Result<Vec<HolidayYear>, Diagnostics> {
    let raw: RawHolidaysFile = toml::from_str(text)
        .map_err(|error| Diagnostics::one(Diagnostic::from_toml(file, text, &error, lang)))?;
    let years: Vec<HolidayYear> = raw
        .holidays
        .into_iter()
        .map(RawHolidayYear::into_year)
        .collect();
    let mut problems = validate_holiday_years(&years, None);
    if years.is_empty() {
        problems.push(("holidays".to_owned(), coded("holidays-file-empty", &[])));
    }
    if problems.is_empty() {
        Ok(years)
    } else {
        Err(Diagnostics::capped(problems, |(path, message)| {
            let message = coded::render(&message, lang);
            Diagnostic::at_key(file, text, &KeyPath::parse(&path), message).in_lang(lang)
        }))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHolidaysFile {
    #[serde(default)]
    holidays: Vec<RawHolidayYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    schema_version: u32,
    sources: Vec<RawSource>,
    fees: Vec<RawFee>,
    exemptions: Vec<RawExemption>,
    annual_reviews: Vec<RawAnnualReview>,
    subsidies: Vec<RawSubsidy>,
    notes: Vec<RawNote>,
    holidays: Vec<RawHolidayYear>,
    validity: Vec<RawValidity>,
    timeline_steps: Vec<RawTimelineStep>,
    documents: Vec<RawDocument>,
    benefits: Vec<RawBenefit>,
    #[serde(default)]
    tips: Vec<RawTip>,
    #[serde(default)]
    rejection_causes: Vec<RawRejectionCause>,
    #[serde(default)]
    rejections: Vec<RawRejection>,
}

impl RawRules {
    fn into_rules(self, problems: &mut Vec<(KeyPath, String)>) -> Rules {
        Rules {
            schema_version: self.schema_version,
            sources: self
                .sources
                .into_iter()
                .map(RawSource::into_source)
                .collect(),
            fees: self
                .fees
                .into_iter()
                .enumerate()
                .map(|(i, fee)| fee.into_fee(i, problems))
                .collect(),
            exemptions: self
                .exemptions
                .into_iter()
                .map(RawExemption::into_exemption)
                .collect(),
            annual_reviews: self
                .annual_reviews
                .into_iter()
                .map(RawAnnualReview::into_rule)
                .collect(),
            subsidies: self
                .subsidies
                .into_iter()
                .map(RawSubsidy::into_subsidy)
                .collect(),
            notes: self.notes.into_iter().map(RawNote::into_note).collect(),
            holidays: self
                .holidays
                .into_iter()
                .map(RawHolidayYear::into_year)
                .collect(),
            validity: self
                .validity
                .into_iter()
                .map(RawValidity::into_rule)
                .collect(),
            timeline_steps: self
                .timeline_steps
                .into_iter()
                .map(RawTimelineStep::into_step)
                .collect(),
            documents: self
                .documents
                .into_iter()
                .map(RawDocument::into_rule)
                .collect(),
            benefits: self
                .benefits
                .into_iter()
                .map(RawBenefit::into_rule)
                .collect(),
            tips: self.tips.into_iter().map(RawTip::into_tip).collect(),
            rejection_causes: self
                .rejection_causes
                .into_iter()
                .map(RawRejectionCause::into_cause)
                .collect(),
            rejections: self
                .rejections
                .into_iter()
                .map(RawRejection::into_rule)
                .collect(),
        }
    }
}

/// The provenance every dated rule carries, from its raw keys.
pub(super) fn provenance(
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
) -> Provenance {
    Provenance {
        fact,
        source,
        effective: effective.0,
        until: until.map(|date| date.0),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    title: String,
    publisher: String,
    title_en: Option<String>,
    publisher_en: Option<String>,
    published: Option<DateValue>,
    trust: Trust,
}

impl RawSource {
    fn into_source(self) -> Source {
        let RawSource {
            id,
            title,
            publisher,
            title_en,
            publisher_en,
            published,
            trust,
        } = self;
        Source {
            id,
            title,
            publisher,
            title_en,
            publisher_en,
            published: published.map(|date| date.0),
            trust,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFee {
    platform: Platform,
    item: String,
    name_zh: String,
    name_en: String,
    amount_fen: Option<i64>,
    tiers: Option<Vec<RawTier>>,
    refundable: bool,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawFee {
    fn into_fee(self, index: usize, problems: &mut Vec<(KeyPath, String)>) -> Fee {
        let amount = match (self.amount_fen, self.tiers) {
            (Some(amount), None) => FeeAmount::AmountFen(Fen(amount)),
            (None, Some(tiers)) => {
                FeeAmount::Tiers(tiers.into_iter().map(RawTier::into_tier).collect())
            }
            (given, _) => {
                let key = if given.is_some() { "tiers" } else { "item" };
                let path = KeyPath::parse(&format!("fees[{index}].{key}"));
                problems.push((path, coded("rules-file-fee-amount", &[])));
                FeeAmount::AmountFen(Fen::ZERO)
            }
        };
        Fee {
            id: format!("{}.{}", self.platform, self.item),
            platform: self.platform,
            item: self.item,
            name: Bilingual {
                zh: self.name_zh,
                en: self.name_en,
            },
            amount,
            refundable: self.refundable,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    id: String,
    max_members: Option<u64>,
    amount_fen: i64,
}

impl RawTier {
    fn into_tier(self) -> Tier {
        Tier {
            id: self.id,
            max_members: self.max_members,
            amount_fen: Fen(self.amount_fen),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExemption {
    id: String,
    name_zh: String,
    name_en: String,
    fees: Vec<String>,
    kinds: Vec<EntityKind>,
    poverty_county: Option<bool>,
    precedence: Option<u32>,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawExemption {
    fn into_exemption(self) -> Exemption {
        Exemption {
            id: self.id,
            name: Bilingual {
                zh: self.name_zh,
                en: self.name_en,
            },
            fees: self.fees,
            kinds: self.kinds,
            poverty_county: self.poverty_county,
            precedence: self.precedence.unwrap_or(0),
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnnualReview {
    platform: Platform,
    charges: Vec<String>,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawAnnualReview {
    fn into_rule(self) -> AnnualReview {
        AnnualReview {
            id: format!("{}.annual_review", self.platform),
            platform: self.platform,
            charges: self.charges,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubsidy {
    id: String,
    name_zh: String,
    name_en: String,
    platforms: Vec<Platform>,
    percent: u32,
    small_micro: Option<bool>,
    region_contains: Vec<String>,
    kinds: Vec<EntityKind>,
    #[serde(default)]
    ask_locally: Vec<EntityKind>,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawSubsidy {
    fn into_subsidy(self) -> Subsidy {
        Subsidy {
            id: self.id,
            name: Bilingual {
                zh: self.name_zh,
                en: self.name_en,
            },
            platforms: self.platforms,
            percent: self.percent,
            small_micro: self.small_micro,
            region_contains: self.region_contains,
            kinds: self.kinds,
            ask_locally: self.ask_locally,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    id: String,
    about: String,
    poverty_county: Option<bool>,
    zh: String,
    en: String,
    fact: String,
    source: String,
}

impl RawNote {
    fn into_note(self) -> Note {
        Note {
            id: self.id,
            about: self.about,
            poverty_county: self.poverty_county,
            text: Bilingual {
                zh: self.zh,
                en: self.en,
            },
            fact: self.fact,
            source: self.source,
        }
    }
}

//! Serde shapes of the time, document and benefit rules (holidays, validity, timeline steps,
//! documents, benefits), strict like the rest.

use super::benefits::{Benefit, TierLimit};
use super::documents::{DocumentRule, FileFormat};
use super::load::provenance;
use super::schedule::{DayUnit, DaysOff, HolidayYear, StepRole, TimelineStep, Validity};
use crate::date_value::DateValue;
use crate::entity_kind::EntityKind;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::{AccountType, GovLevel};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHolidayYear {
    year: i32,
    source: String,
    days_off: Vec<RawDaysOff>,
    makeup_workdays: Vec<DateValue>,
    in_lieu_days: Vec<DateValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDaysOff {
    name: String,
    from: DateValue,
    to: DateValue,
    statutory_days: u32,
}

impl RawHolidayYear {
    pub(super) fn into_year(self) -> HolidayYear {
        HolidayYear {
            year: self.year,
            source: self.source,
            days_off: self
                .days_off
                .into_iter()
                .map(|off| DaysOff {
                    name: off.name,
                    from: off.from.0,
                    to: off.to.0,
                    statutory_days: off.statutory_days,
                })
                .collect(),
            makeup_workdays: self.makeup_workdays.into_iter().map(|day| day.0).collect(),
            in_lieu_days: self.in_lieu_days.into_iter().map(|day| day.0).collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawValidity {
    platform: Platform,
    months: u32,
    window_months: u32,
    grace_days: u32,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawValidity {
    pub(super) fn into_rule(self) -> Validity {
        Validity {
            platform: self.platform,
            months: self.months,
            window_months: self.window_months,
            grace_days: self.grace_days,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTimelineStep {
    platform: Platform,
    id: String,
    name_zh: String,
    name_en: String,
    role: StepRole,
    min_days: u32,
    max_days: u32,
    unit: Option<DayUnit>,
    gov_levels: Option<Vec<GovLevel>>,
    charged_tiers: Option<Vec<String>>,
    kinds: Option<Vec<EntityKind>>,
    max_times: Option<u32>,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawTimelineStep {
    pub(super) fn into_step(self) -> TimelineStep {
        TimelineStep {
            platform: self.platform,
            id: self.id,
            name: Bilingual {
                zh: self.name_zh,
                en: self.name_en,
            },
            role: self.role,
            min_days: self.min_days,
            max_days: self.max_days,
            unit: self.unit.unwrap_or(DayUnit::WorkingDays),
            gov_levels: self.gov_levels.unwrap_or_default(),
            charged_tiers: self.charged_tiers.unwrap_or_default(),
            kinds: self.kinds.unwrap_or_default(),
            max_times: self.max_times,
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDocument {
    rule: String,
    id: String,
    name_zh: String,
    name_en: String,
    platforms: Vec<Platform>,
    kinds: Option<Vec<EntityKind>>,
    industries: Option<Vec<String>>,
    gov_levels: Option<Vec<GovLevel>>,
    corporate_account: Option<bool>,
    required: bool,
    slots: Vec<String>,
    any_slot: Option<bool>,
    formats: Vec<FileFormat>,
    max_bytes: Option<u64>,
    constraints_zh: String,
    constraints_en: String,
    why_zh: String,
    why_en: String,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

impl RawDocument {
    pub(super) fn into_rule(self) -> DocumentRule {
        DocumentRule {
            rule: self.rule,
            id: self.id,
            name: Bilingual {
                zh: self.name_zh,
                en: self.name_en,
            },
            platforms: self.platforms,
            kinds: self.kinds.unwrap_or_default(),
            industries: self.industries.unwrap_or_default(),
            gov_levels: self.gov_levels.unwrap_or_default(),
            corporate_account: self.corporate_account,
            required: self.required,
            slots: self.slots,
            any_slot: self.any_slot.unwrap_or(false),
            formats: self.formats,
            max_bytes: self.max_bytes,
            constraints: Bilingual {
                zh: self.constraints_zh,
                en: self.constraints_en,
            },
            why: Bilingual {
                zh: self.why_zh,
                en: self.why_en,
            },
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBenefit {
    platform: Platform,
    id: String,
    name_zh: String,
    name_en: String,
    uncertified_zh: String,
    uncertified_en: String,
    certified_zh: String,
    certified_en: String,
    uncertified_limit: Option<u64>,
    tier_limits: Option<Vec<RawTierLimit>>,
    excluded_account_types: Option<Vec<AccountType>>,
    excluded_gov_levels: Option<Vec<GovLevel>>,
    needs_corporate_account: Option<bool>,
    required_for_kinds: Option<Vec<EntityKind>>,
    fact: String,
    source: String,
    effective: DateValue,
    until: Option<DateValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTierLimit {
    tier: String,
    max: Option<u64>,
}

impl RawBenefit {
    pub(super) fn into_rule(self) -> Benefit {
        Benefit {
            platform: self.platform,
            id: self.id,
            name: Bilingual {
                zh: self.name_zh,
                en: self.name_en,
            },
            uncertified: Bilingual {
                zh: self.uncertified_zh,
                en: self.uncertified_en,
            },
            certified: Bilingual {
                zh: self.certified_zh,
                en: self.certified_en,
            },
            uncertified_limit: self.uncertified_limit,
            tier_limits: self
                .tier_limits
                .unwrap_or_default()
                .into_iter()
                .map(|limit| TierLimit {
                    tier: limit.tier,
                    max: limit.max,
                })
                .collect(),
            excluded_account_types: self.excluded_account_types.unwrap_or_default(),
            excluded_gov_levels: self.excluded_gov_levels.unwrap_or_default(),
            needs_corporate_account: self.needs_corporate_account.unwrap_or(false),
            required_for_kinds: self.required_for_kinds.unwrap_or_default(),
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

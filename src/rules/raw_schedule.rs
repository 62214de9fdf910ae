//! Serde shapes of the time rules (holidays, validity, timeline steps), strict like the rest.

use super::Provenance;
use super::schedule::{DayUnit, DaysOff, HolidayYear, StepRole, TimelineStep, Validity};
use crate::date_value::DateValue;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::GovLevel;
use serde::Deserialize;

fn provenance(
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
            provenance: provenance(self.fact, self.source, self.effective, self.until),
        }
    }
}

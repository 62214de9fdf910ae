//! Rules about time: the official working-day calendar per year, how long certifications last,
//! and the steps of an application with their durations.

use super::Provenance;
use crate::entity_kind::EntityKind;
use crate::id_enum::id_enum;
use crate::lang::Bilingual;
use crate::platform::Platform;
use crate::profile::GovLevel;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One year of the State Council's holiday arrangement.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HolidayYear {
    /// The calendar year.
    pub year: i32,
    /// Source id of the notice.
    pub source: String,
    /// Ranges of days off (weekends inside them included).
    pub days_off: Vec<DaysOff>,
    /// Weekend days that are working days (调休上班).
    pub makeup_workdays: Vec<NaiveDate>,
    /// Weekdays off only because of the swap (inside `days_off`).
    pub in_lieu_days: Vec<NaiveDate>,
}

/// A holiday: every day from `from` to `to` inclusive is off.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DaysOff {
    /// The holiday's name.
    pub name: String,
    /// First day off.
    pub from: NaiveDate,
    /// Last day off.
    pub to: NaiveDate,
    /// Statutory holiday days (法定节假日) in the range.
    pub statutory_days: u32,
}

/// How long a platform's certification lasts and when its review can be done.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Validity {
    /// The platform.
    pub platform: Platform,
    /// Months a certification lasts (expiry is the day before the anniversary).
    pub months: u32,
    /// Calendar months before expiry that the annual-review window opens.
    pub window_months: u32,
    /// Days after expiry until the certification has lapsed.
    pub grace_days: u32,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Validity {
    /// The rule id, `platform.validity`.
    pub fn id(&self) -> String {
        format!("{}.validity", self.platform)
    }
}

id_enum! {
    /// How a timeline step counts towards the expected completion.
    pub enum StepRole {
        /// Adds its duration.
        Step = "step",
        /// Happens inside the preceding review period.
        Within = "within",
        /// Only on trouble; never added.
        IfNeeded = "if_needed",
    }
}

id_enum! {
    /// The unit of a step's duration.
    pub enum DayUnit {
        /// China working days.
        WorkingDays = "working_days",
        /// Calendar days.
        CalendarDays = "calendar_days",
    }
}

/// One step of an application.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TimelineStep {
    /// The platform.
    pub platform: Platform,
    /// Step id within the platform.
    pub id: String,
    /// Label.
    pub name: Bilingual,
    /// How it counts.
    pub role: StepRole,
    /// Shortest duration.
    pub min_days: u32,
    /// Longest duration.
    pub max_days: u32,
    /// Working or calendar days.
    pub unit: DayUnit,
    /// Government levels it applies to (empty: all).
    pub gov_levels: Vec<GovLevel>,
    /// Tiers of the platform's tiered fee it applies to, when the profile is charged that fee
    /// at one of them (empty: every profile). WeCom verifies the scale of medium and large
    /// enterprises by phone and credit check: those that pay the scale fee at those tiers.
    pub charged_tiers: Vec<String>,
    /// Kinds it applies to (empty: all): a step that names a business licence has a twin for
    /// the kinds that hold a registration certificate instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<EntityKind>,
    /// For a step on trouble that may recur: how many times it may happen before the order
    /// ends (a Mini Program's materials are refilled three times at most: MP-REFILL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_times: Option<u32>,
    /// Fact, source and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl TimelineStep {
    /// The rule id, `platform.id`.
    pub fn rule_id(&self) -> String {
        format!("{}.{}", self.platform, self.id)
    }
}

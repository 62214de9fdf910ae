//! An organisation profile, validated: once a [`Profile`] exists, it is well-formed (members
//! ≥ 1, at least one platform, a government account only for a kind that may hold one).
//! Content problems (a bad USCC check digit, an expired ID) are not validity problems: the
//! `check` command reports those.

pub mod append;
pub mod history;
mod parse;
pub mod typed_by_hand;
mod values;

pub use history::{Event, EventKind, History};
pub use parse::{parse_profile, parse_profile_in};
pub use values::{AccountType, DingtalkLevel, GovLevel};

use crate::date_value::IdExpiry;
use crate::entity_kind::EntityKind;
use crate::platform::Platform;
use chrono::NaiveDate;
use std::num::NonZeroU64;

/// The names a profile's `[documents]` table may use for prepared files.
pub const DOCUMENT_SLOTS: &[&str] = &[
    "business_license",
    "legal_rep_id_front",
    "legal_rep_id_back",
    "bank_account_proof",
    "industry_license",
    "authorization_letter",
    "registration_certificate",
    "operator_id_front",
    "operator_id_back",
    "superior_authorization",
    "red_header_document",
    "icp_filing",
    "staffing_approval",
    "institution_certificate",
    "org_code_certificate",
    "uscc_certificate",
    "affiliation_proof",
    "office_video",
];

/// A validated organisation profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    org: Org,
    legal_rep: Option<LegalRep>,
    documents: Vec<PreparedFile>,
    platforms: Vec<PlatformEntry>,
}

impl Profile {
    /// The organisation.
    pub fn org(&self) -> &Org {
        &self.org
    }

    /// The legal representative, if the profile describes one.
    pub fn legal_rep(&self) -> Option<&LegalRep> {
        self.legal_rep.as_ref()
    }

    /// Files prepared for upload, in [`DOCUMENT_SLOTS`] order.
    pub fn documents(&self) -> &[PreparedFile] {
        &self.documents
    }

    /// The platforms chosen, in canonical platform order; never empty.
    pub fn platforms(&self) -> &[PlatformEntry] {
        &self.platforms
    }

    /// The entry for `platform`, if chosen.
    pub fn platform(&self, platform: Platform) -> Option<&PlatformEntry> {
        self.platforms
            .iter()
            .find(|entry| entry.platform() == platform)
    }
}

/// The `[org]` table.
#[derive(Clone, Debug, PartialEq)]
pub struct Org {
    /// The user's own id for this client (a list's `client_id` column), carried into every
    /// record and calendar UID.
    pub client_id: Option<String>,
    /// Name as registered on the platform.
    pub name: String,
    /// Legal form.
    pub kind: EntityKind,
    /// People who will use the platform.
    pub members: NonZeroU64,
    /// 统一社会信用代码, as written (not checked here).
    pub uscc: Option<String>,
    /// The name exactly as printed on the licence.
    pub license_name: Option<String>,
    /// City or province, free text.
    pub region: Option<String>,
    /// Industry, free text (`education`, `medical`, `finance`, `construction` need licences).
    pub industry: Option<String>,
    /// 小微企业.
    pub small_micro: bool,
    /// In a poverty county (government-account fee waiver).
    pub poverty_county: bool,
    /// Administrative level, for government bodies and public institutions.
    pub gov_level: Option<GovLevel>,
    /// Has a corporate bank account (default true).
    pub corporate_account: bool,
    /// Address on the licence.
    pub registered_address: Option<String>,
    /// Where the organisation actually operates.
    pub office_address: Option<String>,
    /// Licence expiry; `None` for 长期 (no expiry).
    pub license_expires: Option<NaiveDate>,
}

impl Org {
    /// The user's own id for this client, if the profile gives one.
    pub fn client_id(&self) -> Option<&str> {
        self.client_id.as_deref()
    }
}

/// The `[legal_rep]` table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegalRep {
    /// Name.
    pub name: Option<String>,
    /// 公民身份号码, as written (not checked here).
    pub id_number: Option<String>,
    /// Expiry of the ID card (a day, or 长期).
    pub id_expires: Option<IdExpiry>,
}

/// One file listed under `[documents]`, with its path as written (relative to the profile).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedFile {
    /// One of [`DOCUMENT_SLOTS`].
    pub slot: &'static str,
    /// The path as written in the profile.
    pub path: String,
}

/// A chosen platform with its options.
#[derive(Clone, Debug, PartialEq)]
pub struct PlatformEntry {
    /// The day the last certification or annual review was approved.
    pub certified_on: Option<NaiveDate>,
    /// The day a platform not yet certified is planned to apply (and pay), if given.
    pub planned_on: Option<NaiveDate>,
    /// What happened to its applications (`[[platforms.<id>.events]]`); empty when none is
    /// recorded. `certified_on` is its latest approval when it has one.
    pub history: History,
    /// Platform-specific options.
    pub settings: PlatformSettings,
}

impl PlatformEntry {
    /// Which platform this is.
    pub fn platform(&self) -> Platform {
        self.settings.platform()
    }
}

impl PlatformSettings {
    /// The platform these options belong to.
    pub fn platform(&self) -> Platform {
        match self {
            PlatformSettings::Wecom { .. } => Platform::Wecom,
            PlatformSettings::OfficialAccount { .. } => Platform::OfficialAccount,
            PlatformSettings::MiniProgram => Platform::MiniProgram,
            PlatformSettings::Dingtalk { .. } => Platform::Dingtalk,
            PlatformSettings::GovAccount { .. } => Platform::GovAccount,
            PlatformSettings::Alipay => Platform::Alipay,
            PlatformSettings::Icp => Platform::Icp,
        }
    }
}

/// Options that only some platforms have.
#[derive(Clone, Debug, PartialEq)]
pub enum PlatformSettings {
    /// 企业微信.
    Wecom {
        /// WeCom organisations this licence already verifies (at most 5 may: WECOM-PER-LICENSE).
        organizations_on_license: Option<u32>,
    },
    /// 公众号, service or subscription.
    OfficialAccount {
        /// 服务号 or 订阅号.
        account_type: AccountType,
    },
    /// 小程序.
    MiniProgram,
    /// 钉钉, by certification level.
    Dingtalk {
        /// 初级 / 中级 / 高级.
        level: DingtalkLevel,
    },
    /// 政务微信 / 政务公众号.
    GovAccount {
        /// The account name to be checked.
        name: Option<String>,
        /// For a vertically managed unit (垂直管理单位): its parent body, which the name shows.
        parent: Option<String>,
        /// 服务号 or 订阅号.
        account_type: AccountType,
    },
    /// 支付宝 (comparison only).
    Alipay,
    /// ICP 备案 (comparison only).
    Icp,
}

#[cfg(test)]
mod tests;

//! Profile value types that check themselves while being read, so that a bad value is
//! reported at its own line and column: option enums, dates, member counts, names.

use crate::diagnostic::coded::coded;
use crate::id_enum::id_enum;
use serde::de::{Deserialize, Deserializer, Error};
use std::num::NonZeroU64;

id_enum! {
    /// Administrative level of a government body or public institution (GOV-LEVELS).
    pub enum GovLevel {
        /// 中央.
        Central = "central",
        /// 省级.
        Provincial = "provincial",
        /// 地市级.
        Prefecture = "prefecture",
        /// 区县级.
        County = "county",
        /// 乡镇级.
        Township = "township",
    }
}

id_enum! {
    /// Official Account type (OA-TYPES).
    pub enum AccountType {
        /// 服务号.
        Service = "service",
        /// 订阅号.
        Subscription = "subscription",
    }
}

id_enum! {
    /// DingTalk certification level (DT-LEVELS).
    pub enum DingtalkLevel {
        /// 初级 (SDK code 3).
        Primary = "primary",
        /// 中级 (SDK code 2).
        Intermediate = "intermediate",
        /// 高级 (SDK code 1).
        Advanced = "advanced",
    }
}

impl GovLevel {
    /// Other Chinese names people write for a level (the official ones are the labels).
    pub const CHINESE_ALIASES: &'static [(&'static str, GovLevel)] = &[
        ("国家级", GovLevel::Central),
        ("省", GovLevel::Provincial),
        ("省级", GovLevel::Provincial),
        ("地市", GovLevel::Prefecture),
        ("市级", GovLevel::Prefecture),
        ("地级市", GovLevel::Prefecture),
        ("区县", GovLevel::County),
        ("县级", GovLevel::County),
        ("区级", GovLevel::County),
        ("县", GovLevel::County),
        ("乡镇", GovLevel::Township),
        ("乡镇级", GovLevel::Township),
        ("街道", GovLevel::Township),
    ];
}

impl DingtalkLevel {
    /// Other Chinese names people write for a level (the official ones are the labels).
    pub const CHINESE_ALIASES: &'static [(&'static str, DingtalkLevel)] = &[
        ("初级认证", DingtalkLevel::Primary),
        ("中级认证", DingtalkLevel::Intermediate),
        ("高级认证", DingtalkLevel::Advanced),
    ];
}

/// `members`: an integer ≥ 1.
#[derive(Clone, Copy, Debug)]
pub(super) struct MemberCount(pub NonZeroU64);

impl<'de> Deserialize<'de> for MemberCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let count = i64::deserialize(deserializer)?;
        u64::try_from(count)
            .ok()
            .and_then(NonZeroU64::new)
            .map(MemberCount)
            .ok_or_else(|| {
                D::Error::custom(coded(
                    "profile-members-invalid",
                    &[("found", &count.to_string())],
                ))
            })
    }
}

/// A string that must contain something other than white space.
#[derive(Clone, Debug)]
pub(super) struct NonEmpty(pub String);

impl<'de> Deserialize<'de> for NonEmpty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.trim().is_empty() {
            return Err(D::Error::custom(coded("profile-empty", &[])));
        }
        Ok(NonEmpty(text))
    }
}

//! Values as people write them, and what TOML needs instead: numbers with separators, units or
//! full-width digits, dates with other separators or none, yes and no in words, and the
//! Chinese names of ids.

use crate::entity_kind::EntityKind;
use crate::lang::Lang;
use crate::platform::Platform;
use crate::profile::{AccountType, DingtalkLevel, GovLevel};
use chrono::NaiveDate;

/// `text` with full-width digits (０–９, as an input method in full-width mode types them) made
/// ASCII.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// `1,500`, `1 500`, `1500人`, `1500`: the digits, when that is all there is to them.
pub(super) fn as_plain_number(value: &str) -> Option<String> {
    let digits: String = ascii_digits(value)
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ',' | '，' | ' ' | '\u{3000}' | '_' | '人' | '名' | '个' | '家'
            )
        })
        .collect();
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && digits.len() <= 18)
        .then(|| digits.trim_start_matches('0').to_owned())
        .filter(|number| !number.is_empty())
}

/// `2031/06/30`, `2031.06.30`, `2031年6月30日`, `2031-6-30`: the calendar day, when it is one.
pub(super) fn as_date(value: &str) -> Option<NaiveDate> {
    let value = ascii_digits(value);
    // `20310630`: eight digits, as a date without separators.
    if value.len() == 8 && value.chars().all(|c| c.is_ascii_digit()) {
        let (year, rest) = value.split_at(4);
        let (month, day) = rest.split_at(2);
        return NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    }
    let parts: Vec<&str> = value
        .split(['/', '.', '-', '年', '月', '日'])
        .filter(|part| !part.is_empty())
        .collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// The id a Chinese name stands for, for the keys whose values are ids.
pub(super) fn id_of_chinese_name(key: &str, value: &str) -> Option<&'static str> {
    let named = |labels: Vec<(&'static str, &'static str)>| {
        labels
            .into_iter()
            .find(|(name, _)| *name == value)
            .map(|(_, id)| id)
    };
    match key {
        "kind" => named(
            EntityKind::ALL
                .iter()
                .map(|kind| (kind.label(Lang::Zh), kind.id()))
                .chain(
                    EntityKind::CHINESE_ALIASES
                        .iter()
                        .map(|(name, kind)| (*name, kind.id())),
                )
                .collect(),
        ),
        "gov_level" => named(
            GovLevel::ALL
                .iter()
                .map(|level| (level.label(Lang::Zh), level.id()))
                .chain(
                    GovLevel::CHINESE_ALIASES
                        .iter()
                        .map(|(name, level)| (*name, level.id())),
                )
                .collect(),
        ),
        "type" => named(
            AccountType::ALL
                .iter()
                .map(|account| (account.label(Lang::Zh), account.id()))
                .collect(),
        ),
        "level" => named(
            DingtalkLevel::ALL
                .iter()
                .map(|level| (level.label(Lang::Zh), level.id()))
                .chain(
                    DingtalkLevel::CHINESE_ALIASES
                        .iter()
                        .map(|(name, level)| (*name, level.id())),
                )
                .collect(),
        ),
        _ => None,
    }
}

/// `是`, `否`, `True`, `yes`…: the TOML boolean meant, when it is plain.
pub(super) fn as_boolean(value: &str) -> Option<bool> {
    match value {
        "是" | "真" | "对" | "有" | "True" | "TRUE" | "yes" | "Yes" | "YES" => Some(true),
        "否" | "假" | "错" | "无" | "没有" | "False" | "FALSE" | "no" | "No" | "NO" => {
            Some(false)
        }
        _ => None,
    }
}

/// The platform id a Chinese platform name in a table header stands for (`[platforms.企业微信]`).
pub(super) fn platform_of_chinese_name(name: &str) -> Option<&'static str> {
    Platform::ALL
        .iter()
        .find(|platform| platform.label(Lang::Zh) == name)
        .map(|platform| platform.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_as_people_write_them() {
        assert_eq!(as_plain_number("1,500").as_deref(), Some("1500"));
        assert_eq!(as_plain_number("1 500").as_deref(), Some("1500"));
        assert_eq!(as_plain_number("1500人").as_deref(), Some("1500"));
        assert_eq!(as_plain_number("一千五"), None);
        assert_eq!(as_date("2031/06/30"), NaiveDate::from_ymd_opt(2031, 6, 30));
        assert_eq!(
            as_date("2031年6月30日"),
            NaiveDate::from_ymd_opt(2031, 6, 30)
        );
        assert_eq!(as_date("2031-6-30"), NaiveDate::from_ymd_opt(2031, 6, 30));
        assert_eq!(as_date("2031/02/30"), None);
        assert_eq!(as_date("20310630"), NaiveDate::from_ymd_opt(2031, 6, 30));
        assert_eq!(as_plain_number("１５００").as_deref(), Some("1500"));
        assert_eq!(as_boolean("是"), Some(true));
        assert_eq!(as_boolean("False"), Some(false));
        assert_eq!(platform_of_chinese_name("企业微信"), Some("wecom"));
    }

    #[test]
    fn every_chinese_name_in_the_register_maps_to_its_id() {
        for (name, id) in [
            ("企业", "enterprise"),
            ("个体工商户", "individual_business"),
            ("个体户", "individual_business"),
            ("政府机关", "government"),
            ("事业单位", "public_institution"),
            ("社会团体", "social_group"),
            ("民办非企业单位", "private_non_enterprise"),
            ("基金会", "foundation"),
            ("其他非营利组织", "nonprofit_org"),
            ("其他营利组织", "for_profit_org"),
        ] {
            assert_eq!(id_of_chinese_name("kind", name), Some(id), "{name}");
        }
        assert_eq!(id_of_chinese_name("gov_level", "县级"), Some("county"));
        assert_eq!(
            id_of_chinese_name("gov_level", "地市级"),
            Some("prefecture")
        );
        assert_eq!(id_of_chinese_name("type", "服务号"), Some("service"));
        assert_eq!(id_of_chinese_name("level", "中级"), Some("intermediate"));
    }
}

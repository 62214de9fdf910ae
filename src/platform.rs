//! The platforms certplan plans for.

use crate::id_enum::id_enum;

id_enum! {
    /// A platform an organisation can certify on (or, for `alipay` and `icp`, compare with).
    pub enum Platform {
        /// 企业微信.
        Wecom = "wecom",
        /// 微信公众号.
        OfficialAccount = "official_account",
        /// 微信小程序.
        MiniProgram = "mini_program",
        /// 钉钉.
        Dingtalk = "dingtalk",
        /// 政务微信 / 政务公众号.
        GovAccount = "gov_account",
        /// 支付宝企业认证 (comparison only).
        Alipay = "alipay",
        /// ICP 备案 (comparison only).
        Icp = "icp",
    }
}

/// Names people type for a platform besides its id and its display names (which are
/// recognised from the catalogue): short forms and other spellings, in both languages.
const OTHER_NAMES: &[(&str, Platform)] = &[
    ("企微", Platform::Wecom),
    ("企业号", Platform::Wecom),
    ("WeChat Work", Platform::Wecom),
    ("Enterprise WeChat", Platform::Wecom),
    ("公众号", Platform::OfficialAccount),
    ("服务号", Platform::OfficialAccount),
    ("订阅号", Platform::OfficialAccount),
    ("Official Account", Platform::OfficialAccount),
    ("小程序", Platform::MiniProgram),
    ("Mini Program", Platform::MiniProgram),
    ("miniprogram", Platform::MiniProgram),
    ("Ding Talk", Platform::Dingtalk),
    ("政务微信", Platform::GovAccount),
    ("政务公众号", Platform::GovAccount),
    ("政务号", Platform::GovAccount),
    ("政务账号", Platform::GovAccount),
    ("Government account", Platform::GovAccount),
    ("gov", Platform::GovAccount),
    ("支付宝", Platform::Alipay),
    ("Alipay", Platform::Alipay),
    ("备案", Platform::Icp),
    ("ICP", Platform::Icp),
];

impl Platform {
    /// The platform `text` names: its id, its Chinese or English display name, or a common
    /// short form (`公众号`, `小程序`, `Official Account`), ignoring case, spaces, `-` and `_`.
    pub fn from_name(text: &str) -> Option<Platform> {
        let wanted = folded(text);
        names()
            .find(|(name, _)| folded(name) == wanted)
            .map(|(_, platform)| platform)
    }

    /// The platform whose name is nearest to `text`, when one is close enough to be a typo.
    pub fn nearest(text: &str) -> Option<Platform> {
        let wanted = folded(text);
        let names: Vec<(String, Platform)> = names()
            .map(|(name, platform)| (folded(&name), platform))
            .collect();
        let best =
            crate::diagnostic::nearest(&wanted, names.iter().map(|(name, _)| name.as_str()))?;
        names
            .iter()
            .find(|(name, _)| name == best)
            .map(|(_, platform)| *platform)
    }
}

/// Every name of every platform: ids, display names in both languages, other names.
fn names() -> impl Iterator<Item = (String, Platform)> {
    Platform::ALL
        .iter()
        .flat_map(|platform| {
            [
                platform.id().to_owned(),
                platform.label(crate::lang::Lang::Zh).to_owned(),
                platform.label(crate::lang::Lang::En).to_owned(),
            ]
            .map(|name| (name, *platform))
        })
        .chain(
            OTHER_NAMES
                .iter()
                .map(|(name, platform)| ((*name).to_owned(), *platform)),
        )
}

/// `text` without case, spaces, `-` and `_`, for comparing names.
pub(crate) fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_and_short_forms_name_platforms() {
        for (text, platform) in [
            ("政务微信", Platform::GovAccount),
            ("政务公众号", Platform::GovAccount),
            ("公众号", Platform::OfficialAccount),
            ("小程序", Platform::MiniProgram),
            ("钉钉", Platform::Dingtalk),
            ("WeCom", Platform::Wecom),
            ("Official Account", Platform::OfficialAccount),
            ("official-account", Platform::OfficialAccount),
            ("企业微信", Platform::Wecom),
            ("dingtalk", Platform::Dingtalk),
        ] {
            assert_eq!(Platform::from_name(text), Some(platform), "{text}");
        }
        assert_eq!(Platform::from_name("微博"), None);
    }

    #[test]
    fn a_near_name_suggests_its_platform() {
        assert_eq!(Platform::nearest("wecon"), Some(Platform::Wecom));
        assert_eq!(
            Platform::nearest("offical account"),
            Some(Platform::OfficialAccount)
        );
        assert_eq!(Platform::nearest("zzzzzz"), None);
    }
}

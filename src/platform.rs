//! The platforms certplan plans for.

use crate::id_enum::id_enum;

id_enum! {
    /// A platform an organisation can certify on (or, for `alipay` and `icp`, compare with).
    pub enum Platform {
        /// 企业微信.
        Wecom = "wecom" ("企业微信", "WeCom"),
        /// 微信公众号.
        OfficialAccount = "official_account" ("微信公众号", "WeChat Official Account"),
        /// 微信小程序.
        MiniProgram = "mini_program" ("微信小程序", "WeChat Mini Program"),
        /// 钉钉.
        Dingtalk = "dingtalk" ("钉钉", "DingTalk"),
        /// 政务微信 / 政务公众号.
        GovAccount = "gov_account" ("政务微信账号", "Government WeChat account"),
        /// 支付宝企业认证 (comparison only).
        Alipay = "alipay" ("支付宝企业认证", "Alipay enterprise certification"),
        /// ICP 备案 (comparison only).
        Icp = "icp" ("ICP备案", "ICP filing"),
    }
}

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

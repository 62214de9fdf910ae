//! The legal form of an organisation (profile `org.kind`), which decides fees and documents.

use crate::id_enum::id_enum;

id_enum! {
    /// The kind of entity that applies.
    pub enum EntityKind {
        /// 企业.
        Enterprise = "enterprise",
        /// 个体工商户 (certifies as an enterprise).
        IndividualBusiness = "individual_business",
        /// 政府机关.
        Government = "government",
        /// 事业单位.
        PublicInstitution = "public_institution",
        /// 社会团体.
        SocialGroup = "social_group",
        /// 民办非企业单位.
        PrivateNonEnterprise = "private_non_enterprise",
        /// 基金会.
        Foundation = "foundation",
        /// 其他非营利组织.
        NonprofitOrg = "nonprofit_org",
        /// 其他营利组织.
        ForProfitOrg = "for_profit_org",
    }
}

impl EntityKind {
    /// Other Chinese names people write for a kind (the official ones are the labels).
    pub const CHINESE_ALIASES: &'static [(&'static str, EntityKind)] = &[
        ("公司", EntityKind::Enterprise),
        ("个体户", EntityKind::IndividualBusiness),
        ("政府", EntityKind::Government),
        ("机关", EntityKind::Government),
        ("社团", EntityKind::SocialGroup),
        ("民非", EntityKind::PrivateNonEnterprise),
        ("非营利组织", EntityKind::NonprofitOrg),
        ("营利组织", EntityKind::ForProfitOrg),
    ];

    /// How a list of kinds names this one: its Chinese name for Chinese readers, its profile
    /// id (`public_institution`) for English readers, who match it to profiles.
    pub fn named(self, lang: crate::lang::Lang) -> &'static str {
        match lang {
            crate::lang::Lang::Zh => self.label(lang),
            crate::lang::Lang::En => self.id(),
        }
    }

    /// Kinds as a list of names ([`EntityKind::named`]), in `lang`'s list punctuation.
    pub fn list(kinds: &[EntityKind], lang: crate::lang::Lang) -> String {
        let names: Vec<_> = kinds.iter().map(|kind| kind.named(lang)).collect();
        names.join(lang.pick("、", ", "))
    }

    /// Whether this kind may hold a government WeChat account (GOV-WHO).
    pub fn may_hold_gov_account(self) -> bool {
        matches!(self, EntityKind::Government | EntityKind::PublicInstitution)
    }
}

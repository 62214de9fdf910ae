//! The legal form of an organisation (profile `org.kind`), which decides fees and documents.

use crate::id_enum::id_enum;
use crate::lang::Lang;
use crate::platform::folded;

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

    /// The kind `text` names: its id, its Chinese or English name, or another Chinese name
    /// people write ([`EntityKind::CHINESE_ALIASES`]), ignoring case, spaces, `-` and `_`.
    pub fn from_name(text: &str) -> Option<EntityKind> {
        let wanted = folded(text);
        names()
            .find(|(name, _)| folded(name) == wanted)
            .map(|(_, kind)| kind)
    }

    /// The kind whose name is nearest to `text`, when one is close enough to be a typo.
    pub fn nearest(text: &str) -> Option<EntityKind> {
        let wanted = folded(text);
        let names: Vec<(String, EntityKind)> =
            names().map(|(name, kind)| (folded(name), kind)).collect();
        let best =
            crate::diagnostic::nearest(&wanted, names.iter().map(|(name, _)| name.as_str()))?;
        names
            .iter()
            .find(|(name, _)| name == best)
            .map(|(_, kind)| *kind)
    }

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

/// Every name of every kind: ids, names in both languages, other Chinese names.
fn names() -> impl Iterator<Item = (&'static str, EntityKind)> {
    EntityKind::ALL
        .iter()
        .flat_map(|kind| {
            [kind.id(), kind.label(Lang::Zh), kind.label(Lang::En)].map(|name| (name, *kind))
        })
        .chain(EntityKind::CHINESE_ALIASES.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_chinese_and_english_names_name_kinds() {
        for kind in EntityKind::ALL {
            assert_eq!(EntityKind::from_name(kind.id()), Some(*kind));
            assert_eq!(EntityKind::from_name(kind.label(Lang::Zh)), Some(*kind));
            assert_eq!(EntityKind::from_name(kind.label(Lang::En)), Some(*kind));
        }
        for (alias, kind) in EntityKind::CHINESE_ALIASES {
            assert_eq!(EntityKind::from_name(alias), Some(*kind), "{alias}");
        }
        assert_eq!(
            EntityKind::from_name("Public Institution"),
            Some(EntityKind::PublicInstitution)
        );
        assert_eq!(EntityKind::from_name("合作社"), None);
    }

    #[test]
    fn a_near_name_suggests_its_kind() {
        assert_eq!(
            EntityKind::nearest("public_instituton"),
            Some(EntityKind::PublicInstitution)
        );
        assert_eq!(
            EntityKind::nearest("fundation"),
            Some(EntityKind::Foundation)
        );
        assert_eq!(EntityKind::nearest("zzzzzzzzzzzz"), None);
    }
}

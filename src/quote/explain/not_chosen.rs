//! An `explain` item naming a platform the profile does not choose, and how it is said: to the
//! one profile asked about, or naming the profile among several (a folder, a client list).

use crate::lang::Lang;
use crate::msg;
use crate::platform::Platform;

/// The item names `platform`, which the profile does not choose; it chooses `chosen`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotChosen {
    /// The platform the item names.
    pub platform: Platform,
    /// The platforms the profile chooses, in quote order.
    pub chosen: Vec<Platform>,
}

impl NotChosen {
    /// The refusal for the one profile asked about.
    pub fn message(&self, lang: Lang) -> String {
        // The ids are what an item is written with; Chinese readers also get names.
        let chosen: Vec<_> = self
            .chosen
            .iter()
            .map(|platform| match lang {
                Lang::Zh => format!("{}（{}）", platform.id(), platform.label(lang)),
                Lang::En => platform.id().to_owned(),
            })
            .collect();
        msg!(
            lang,
            "explain-platform-not-chosen",
            platform = self.platform.id(),
            label = self.platform.label(lang),
            chosen = chosen.join(lang.pick("、", ", "))
        )
    }

    /// What is said of one profile among several that `item` is not explained for: where it
    /// is (`source`: the file, or the list and its row), its organisation, and the platforms
    /// it chooses, by name.
    pub fn message_for(&self, lang: Lang, source: &str, org: &str, item: &str) -> String {
        let chosen: Vec<_> = self
            .chosen
            .iter()
            .map(|platform| platform.label(lang))
            .collect();
        msg!(
            lang,
            "explain-not-chosen-by",
            source = source,
            org = org,
            platform = self.platform.label(lang),
            item = item,
            chosen = chosen.join(lang.pick("、", ", "))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal() -> NotChosen {
        NotChosen {
            platform: Platform::Wecom,
            chosen: vec![Platform::Dingtalk],
        }
    }

    #[test]
    fn among_several_the_profile_and_the_platforms_are_named_in_chinese_under_zh() {
        let said = refusal().message_for(
            Lang::Zh,
            "clients.csv: 第 3 行",
            "蓝天基金会",
            "wecom.first_fen",
        );
        assert!(said.contains("clients.csv: 第 3 行"), "{said}");
        assert!(said.contains("蓝天基金会"), "{said}");
        assert!(said.contains("没有选择企业微信"), "{said}");
        assert!(said.contains("钉钉"), "{said}");
        assert!(
            !said.contains("dingtalk") && !said.contains("选择wecom"),
            "{said}"
        );
    }

    #[test]
    fn among_several_english_names_the_row_and_the_item() {
        let said = refusal().message_for(
            Lang::En,
            "clients.csv: row 3",
            "Blue Sky",
            "wecom.first_fen",
        );
        assert!(said.contains("clients.csv: row 3"), "{said}");
        assert!(said.contains("wecom.first_fen"), "{said}");
        assert!(said.contains("DingTalk"), "{said}");
    }
}

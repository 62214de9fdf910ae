//! Output language for labels. Keys, ids and enum values never change with it.

use std::str::FromStr;

/// The language labels are printed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Simplified Chinese.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Picks the text for this language from a Chinese and an English version.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The language a `--lang` value names: `zh`, `en` and the tags people type for them
    /// (`zh-CN`, `zh_CN`, `zh-Hans`, `cn`, `en-US`, `中文`, `English`), ignoring case.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_lowercase().replace('_', "-");
        let head = tag.split(['-', '.']).next().unwrap_or_default();
        match head {
            "zh" | "cn" | "chs" | "chinese" | "中文" | "简体中文" => Some(Lang::Zh),
            "en" | "english" | "英文" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a `LANG`-style locale value asks for: `zh*` → Chinese, anything else English.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(value) if value.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
            _ => Lang::En,
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(text: &str) -> Result<Lang, String> {
        match text {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (expected zh or en)")),
        }
    }
}

/// A text in both languages, as the rules data carries it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Bilingual {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }

    /// A text put into words once per language, usually a closure calling `msg!` with the language: for
    /// results that carry both languages (findings, limits) but say them from the catalogue.
    pub fn from_catalogue(text: impl Fn(Lang) -> String) -> Bilingual {
        Bilingual {
            zh: text(Lang::Zh),
            en: text(Lang::En),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_starting_with_zh_means_chinese() {
        assert_eq!(Lang::from_locale(Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(Lang::from_locale(Some("ZH_TW")), Lang::Zh);
        assert_eq!(Lang::from_locale(Some("en_US.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(Some("C")), Lang::En);
        assert_eq!(Lang::from_locale(None), Lang::En);
    }

    #[test]
    fn the_tags_people_type_name_the_language() {
        for tag in [
            "zh",
            "zh-CN",
            "zh_CN",
            "cn",
            "zh-Hans",
            "ZH-hans-CN",
            "中文",
        ] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::Zh), "{tag}");
        }
        for tag in ["en", "en-US", "en_GB", "English"] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
        }
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag("zhx"), None);
    }
}

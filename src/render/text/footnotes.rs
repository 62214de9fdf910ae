//! Source footnotes for tables: each source cited gets a number in order of first use, and the
//! table ends with the list `[1] seed:000 — title (publisher, date; trust)`.

use crate::lang::Lang;
use crate::rules::Rules;

/// Numbers the sources a table cites.
#[derive(Debug, Default)]
pub struct Footnotes {
    cited: Vec<String>,
}

impl Footnotes {
    /// The marker for `source`, numbering it on first use: `[2]`.
    pub fn cite(&mut self, source: &str) -> String {
        let number = match self.cited.iter().position(|cited| cited == source) {
            Some(index) => index + 1,
            None => {
                self.cited.push(source.to_owned());
                self.cited.len()
            }
        };
        format!("[{number}]")
    }

    /// `Sources:` and the footnote lines: how every table ends.
    pub fn section(&self, rules: &Rules, lang: Lang) -> String {
        format!(
            "{}{}",
            lang.pick("来源：\n", "Sources:\n"),
            self.render(rules, lang)
        )
    }

    /// The footnote lines, one per source cited.
    pub fn render(&self, rules: &Rules, lang: Lang) -> String {
        let mut out = String::new();
        for (index, id) in self.cited.iter().enumerate() {
            out.push_str(&format!("[{}] {id}", index + 1));
            if let Some(source) = rules.source(id) {
                let comma = if lang == Lang::Zh { "，" } else { ", " };
                let date = source
                    .published
                    .map(|day| format!("{comma}{day}"))
                    .unwrap_or_default();
                let (title, publisher) = source.described(lang);
                let (open, close, separator) = match lang {
                    Lang::Zh => ("（", "）", "；"),
                    Lang::En => (" (", ")", "; "),
                };
                out.push_str(&format!(
                    " — {title}{open}{publisher}{date}{separator}{}{close}",
                    source.trust.label(lang)
                ));
            }
            out.push('\n');
        }
        out
    }
}

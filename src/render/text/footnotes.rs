//! Source footnotes for tables: each source cited gets a number in order of first use, and the
//! table ends with the list `[1] seed:000 — title (publisher, date; trust)`.

use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
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

    /// `Sources:` and the footnote lines: how every table ends that cites one (a heading
    /// over nothing is left out).
    pub fn section(&self, rules: &Rules, lang: Lang) -> String {
        if self.cited.is_empty() {
            return String::new();
        }
        format!(
            "{}\n{}",
            message(lang, "footnotes-title"),
            self.render(rules, lang)
        )
    }

    /// The footnote lines, one per source cited.
    pub fn render(&self, rules: &Rules, lang: Lang) -> String {
        let mut out = String::new();
        for (index, id) in self.cited.iter().enumerate() {
            let number = index + 1;
            let line = match rules.source(id) {
                Some(source) => {
                    let (title, publisher) = source.described(lang);
                    let trust = source.trust.label(lang);
                    match source.published {
                        Some(day) => msg!(
                            lang,
                            "footnote-dated",
                            number = number,
                            id = id.as_str(),
                            title = title,
                            publisher = publisher,
                            date = day,
                            trust = trust
                        ),
                        None => msg!(
                            lang,
                            "footnote",
                            number = number,
                            id = id.as_str(),
                            title = title,
                            publisher = publisher,
                            trust = trust
                        ),
                    }
                }
                None => format!("[{number}] {id}"),
            };
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

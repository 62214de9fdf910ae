//! Footnotes for the report: every figure cites its fact id and source; each pair cited gets a
//! number in order of first use (across a whole portfolio, so numbers and anchors stay
//! unique), and the page ends with the list.

use crate::lang::Lang;
use crate::msg;
use crate::rules::Rules;
use maud::{Markup, html};

/// Numbers the (fact, source) pairs a page cites.
#[derive(Debug, Default)]
pub struct Citations {
    cited: Vec<(String, String)>,
}

impl Citations {
    /// The number of `fact` from `source`, numbering it on first use.
    fn number(&mut self, fact: &str, source: &str) -> usize {
        match self
            .cited
            .iter()
            .position(|(f, s)| f == fact && s == source)
        {
            Some(index) => index + 1,
            None => {
                self.cited.push((fact.to_owned(), source.to_owned()));
                self.cited.len()
            }
        }
    }

    /// A superscript marker linking to the footnote.
    pub fn cite(&mut self, fact: &str, source: &str) -> Markup {
        self.cite_all([(fact, source)])
    }

    /// One marker for several pairs (`1,2`), each once, in order.
    pub fn cite_all<'a>(&mut self, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Markup {
        let mut numbers: Vec<usize> = Vec::new();
        for (fact, source) in pairs {
            let number = self.number(fact, source);
            if !numbers.contains(&number) {
                numbers.push(number);
            }
        }
        html! {
            @if !numbers.is_empty() {
                sup.fn {
                    @for (index, number) in numbers.iter().enumerate() {
                        @if index > 0 { "," }
                        a href={ "#src-" (number) } { (number) }
                    }
                }
            }
        }
    }

    /// The numbered list of every pair cited: fact id, then the source's title, publisher,
    /// date and how far it is trusted.
    pub fn section(&self, rules: &Rules, lang: Lang) -> Markup {
        html! {
            section.major #sources {
                h2 { (msg!(lang, "report-sources-title")) }
                p.note { (msg!(lang, "report-sources-intro")) }
                ol.sources {
                    @for (index, (fact, source)) in self.cited.iter().enumerate() {
                        li id={ "src-" (index + 1) } {
                            code { (fact) } " · "
                            @match rules.source(source) {
                                Some(found) => {
                                    @let (title, publisher) = found.described(lang);
                                    (msg!(lang, "source-title", title = title))
                                    @match found.published {
                                        Some(date) => (msg!(lang, "report-source-dated",
                                            publisher = publisher, date = date, trust = found.trust.label(lang))),
                                        None => (msg!(lang, "report-source-undated",
                                            publisher = publisher, trust = found.trust.label(lang))),
                                    }
                                    " " span.muted { "(" (source) ")" }
                                }
                                None => { (source) }
                            }
                        }
                    }
                }
            }
        }
    }
}

//! Why an exemption or subsidy applied or not, as `explain` says it.

use crate::entity_kind::EntityKind;
use crate::lang::Lang;
use crate::msg;
use chrono::NaiveDate;

/// Why a rule applied or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason<'r> {
    /// The profile's kind is listed (and the poverty-county condition, if any, holds).
    KindListed(EntityKind, Option<bool>),
    /// The profile's kind is not among those listed.
    KindNotListed(EntityKind, &'r [EntityKind]),
    /// The rule requires `poverty_county` to have another value.
    PovertyCounty {
        /// Value required.
        required: bool,
    },
    /// A higher-precedence exemption already waived the fee.
    Superseded(&'r str),
    /// The rule requires `small_micro` to have another value.
    SmallMicro {
        /// Value required.
        required: bool,
    },
    /// The region does not match.
    Region {
        /// The profile's region.
        found: Option<String>,
        /// What it had to contain.
        wanted: &'r [String],
    },
    /// All conditions hold.
    ConditionsMet,
    /// The platform was certified on this day: its first certification is paid, so no
    /// subsidy of it is expected any more (a re-certification after a lapse is not a first
    /// certification).
    AlreadyCertified(NaiveDate),
}

impl Reason<'_> {
    /// The reason in words.
    pub fn describe(&self, lang: Lang) -> String {
        let list = |kinds: &[EntityKind]| EntityKind::list(kinds, lang);
        match self {
            Reason::KindListed(kind, None) => {
                msg!(lang, "reason-kind-listed", kind = kind.named(lang))
            }
            Reason::KindListed(kind, Some(poverty)) => msg!(
                lang,
                "reason-kind-listed-poverty",
                kind = kind.named(lang),
                poverty = poverty.to_string()
            ),
            Reason::KindNotListed(kind, listed) => msg!(
                lang,
                "reason-kind-not-listed",
                kind = kind.named(lang),
                listed = list(listed)
            ),
            Reason::PovertyCounty { required } => {
                msg!(
                    lang,
                    "reason-poverty-county",
                    required = required.to_string()
                )
            }
            Reason::Superseded(by) => msg!(lang, "reason-superseded", by = *by),
            Reason::SmallMicro { required } => {
                msg!(lang, "reason-small-micro", required = required.to_string())
            }
            Reason::Region { found, wanted } => {
                let wanted = wanted.join(" / ");
                match found {
                    Some(found) => msg!(
                        lang,
                        "reason-region-mismatch",
                        found = found.as_str(),
                        wanted = wanted
                    ),
                    None => msg!(lang, "reason-region-missing", wanted = wanted),
                }
            }
            Reason::ConditionsMet => msg!(lang, "reason-conditions-met"),
            Reason::AlreadyCertified(day) => {
                msg!(lang, "reason-already-certified", date = day.to_string())
            }
        }
    }
}

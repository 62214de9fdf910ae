//! Findings about the organisation and its legal representative: identifiers, the name as on
//! the licence, validity of the licence and the ID card, and addresses.

use super::identifiers::{IdentifierProblem, check_resident_id, check_uscc};
use super::names::{NameDifference, compare_names};
use super::{Finding, Severity};
use crate::date_value::IdExpiry;
use crate::lang::Bilingual;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use chrono::{Datelike, NaiveDate};

/// Which fact rules a name mismatch on `platform`, and what a mismatch costs there.
fn name_rule(platform: Platform, kind: &str) -> Option<(&'static str, &'static str, Bilingual)> {
    match platform {
        Platform::Wecom => Some((
            "WECOM-FAIL",
            "seed:000",
            Bilingual::from_catalogue(|lang| msg!(lang, "check-name-consequence-wecom")),
        )),
        Platform::Dingtalk => Some((
            "DT-NAME",
            "seed:002",
            Bilingual::from_catalogue(|lang| {
                msg!(lang, "check-name-consequence-dingtalk", kind = kind)
            }),
        )),
        Platform::GovAccount => Some((
            "GOV-NAME",
            "seed:003",
            Bilingual::from_catalogue(|lang| msg!(lang, "check-name-consequence-gov-account")),
        )),
        Platform::OfficialAccount | Platform::MiniProgram => Some((
            "X-FLOW",
            "seed:001",
            Bilingual::from_catalogue(|lang| msg!(lang, "check-name-consequence-wechat")),
        )),
        Platform::Alipay | Platform::Icp => None,
    }
}

/// Long-term (长期) ID cards are issued only to holders aged 46 or more (ID-LONGTERM).
const LONG_TERM_FROM_AGE: i32 = 46;

/// Full years of age on `day` for someone born on `birth`.
fn age_on(birth: NaiveDate, day: NaiveDate) -> i32 {
    let had_birthday = (day.month(), day.day()) >= (birth.month(), birth.day());
    day.year() - birth.year() - i32::from(!had_birthday)
}

fn finding(
    id: &'static str,
    severity: Severity,
    message: Bilingual,
    fix: Bilingual,
    fact: &str,
    source: &str,
) -> Finding {
    Finding::new(id, severity, None, (message, fix), (fact, source))
}

/// What is wrong with an identifier, to follow its name.
fn describe(problem: &IdentifierProblem) -> Bilingual {
    match problem {
        IdentifierProblem::Length(length) => Bilingual::from_catalogue(|lang| {
            msg!(lang, "check-identifier-length", length = *length)
        }),
        IdentifierProblem::Character(character, position) => Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "check-identifier-character",
                position = *position,
                character = character.to_string()
            )
        }),
        IdentifierProblem::CheckCharacter { expected, found } => {
            Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "check-identifier-check-character",
                    found = found.to_string(),
                    expected = expected.to_string()
                )
            })
        }
        IdentifierProblem::BirthDate(digits) => Bilingual::from_catalogue(|lang| {
            msg!(lang, "check-identifier-birth-date", digits = digits)
        }),
    }
}

/// Findings about the organisation and legal representative; `review_end` is the latest day
/// the slowest chosen review is expected to end.
pub(super) fn findings(profile: &Profile, as_of: NaiveDate, review_end: NaiveDate) -> Vec<Finding> {
    let org = profile.org();
    let mut found = Vec::new();
    // Named in hints: the certificate this kind holds instead of a business licence.
    let kind = org.kind.id();

    match org.uscc.as_deref() {
        None => found.push(finding(
            "uscc.missing",
            Severity::Info,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-uscc-missing")),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-uscc-missing-fix", kind = kind)),
            "DT-NAME",
            "seed:002",
        )),
        Some(code) => {
            if let Err(problem) = check_uscc(code) {
                let problem = describe(&problem);
                found.push(finding(
                    "uscc.invalid",
                    Severity::Critical,
                    Bilingual::from_catalogue(|lang| {
                        msg!(
                            lang,
                            "check-uscc-invalid",
                            code = code,
                            problem = problem.get(lang)
                        )
                    }),
                    Bilingual::from_catalogue(|lang| {
                        msg!(lang, "check-uscc-invalid-fix", kind = kind)
                    }),
                    "GOV-REJECT",
                    "standard:gb32100-2015",
                ));
            }
        }
    }

    if let Some(rep) = profile.legal_rep() {
        if let Some(number) = rep.id_number.as_deref()
            && let Err(problem) = check_resident_id(number, as_of)
        {
            let description = describe(&problem);
            let id = if matches!(problem, IdentifierProblem::BirthDate(_)) {
                "legal_rep.id_birth_date"
            } else {
                "legal_rep.id_invalid"
            };
            found.push(finding(
                id,
                Severity::Critical,
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-legal-rep-id-invalid",
                        problem = description.get(lang)
                    )
                }),
                Bilingual::from_catalogue(|lang| msg!(lang, "check-legal-rep-id-invalid-fix")),
                "X-REJECT",
                "standard:gb11643-1999",
            ));
        }
        if rep.id_expires == Some(IdExpiry::LongTerm)
            && let Some(birth) = rep
                .id_number
                .as_deref()
                .and_then(|number| check_resident_id(number, as_of).ok())
            && age_on(birth, as_of) < LONG_TERM_FROM_AGE
        {
            let age = age_on(birth, as_of);
            found.push(finding(
                "legal_rep.id_long_term_too_young",
                Severity::Warning,
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-id-long-term-too-young",
                        age = age,
                        birth = birth
                    )
                }),
                Bilingual::from_catalogue(|lang| msg!(lang, "check-id-long-term-too-young-fix")),
                "ID-LONGTERM",
                "law:id-card-art5",
            ));
        }
        if let Some(IdExpiry::On(expires)) = rep.id_expires {
            if expires < as_of {
                found.push(finding(
                    "legal_rep.id_expired",
                    Severity::Critical,
                    Bilingual::from_catalogue(|lang| {
                        msg!(lang, "check-legal-rep-id-expired", expires = expires)
                    }),
                    Bilingual::from_catalogue(|lang| msg!(lang, "check-legal-rep-id-expired-fix")),
                    "DT-REJECT",
                    "seed:002",
                ));
            } else if expires <= review_end {
                found.push(finding(
                    "legal_rep.id_expires_during_review",
                    Severity::Warning,
                    Bilingual::from_catalogue(|lang| {
                        msg!(
                            lang,
                            "check-legal-rep-id-expires-during-review",
                            expires = expires,
                            review_end = review_end
                        )
                    }),
                    Bilingual::from_catalogue(|lang| {
                        msg!(lang, "check-legal-rep-id-expires-during-review-fix")
                    }),
                    "DT-REJECT",
                    "seed:002",
                ));
            }
        }
    }

    match org
        .license_name
        .as_deref()
        .map(|licence| (licence, compare_names(&org.name, licence)))
    {
        None => found.push(finding(
            "name.unverified",
            Severity::Info,
            Bilingual::from_catalogue(|lang| msg!(lang, "check-name-unverified", kind = kind)),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-name-unverified-fix", kind = kind)),
            "DT-NAME",
            "seed:002",
        )),
        Some((_, None)) => {}
        Some((licence, Some(difference))) => {
            let name = org.name.as_str();
            let difference = match difference {
                NameDifference::WidthOnly => Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-name-width-only",
                        kind = kind,
                        name = name,
                        licence = licence
                    )
                }),
                NameDifference::At(position) => Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-name-differs-at",
                        kind = kind,
                        name = name,
                        licence = licence,
                        position = position
                    )
                }),
            };
            // Each platform reviews the name itself, with its own consequence of a mismatch.
            for entry in profile.platforms() {
                let platform = entry.platform();
                let Some((fact, source, consequence)) = name_rule(platform, kind) else {
                    continue;
                };
                found.push(Finding::new(
                    "name.mismatch",
                    Severity::Critical,
                    Some(platform),
                    (
                        Bilingual::from_catalogue(|lang| {
                            msg!(
                                lang,
                                "check-name-mismatch",
                                difference = difference.get(lang),
                                consequence = consequence.get(lang)
                            )
                        }),
                        Bilingual::from_catalogue(|lang| {
                            msg!(
                                lang,
                                "check-name-mismatch-fix",
                                kind = kind,
                                licence = licence
                            )
                        }),
                    ),
                    (fact, source),
                ));
            }
        }
    }

    if let Some(expires) = org.license_expires {
        if expires < as_of {
            found.push(finding(
                "license.expired",
                Severity::Critical,
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-license-expired",
                        kind = kind,
                        expires = expires
                    )
                }),
                Bilingual::from_catalogue(|lang| {
                    msg!(lang, "check-license-expired-fix", kind = kind)
                }),
                "DT-REJECT",
                "seed:002",
            ));
        } else if expires <= review_end {
            found.push(finding(
                "license.expires_during_review",
                Severity::Warning,
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-license-expires-during-review",
                        kind = kind,
                        expires = expires,
                        review_end = review_end
                    )
                }),
                Bilingual::from_catalogue(|lang| {
                    msg!(lang, "check-license-expires-during-review-fix", kind = kind)
                }),
                "DT-REJECT",
                "seed:002",
            ));
        }
    }

    if let (Some(registered), Some(office)) = (
        org.registered_address.as_deref(),
        org.office_address.as_deref(),
    ) {
        let squeeze = |text: &str| {
            text.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
        };
        if squeeze(registered) != squeeze(office) {
            found.push(finding(
                "address.mismatch",
                Severity::Warning,
                Bilingual::from_catalogue(|lang| {
                    msg!(
                        lang,
                        "check-address-mismatch",
                        registered = registered,
                        office = office
                    )
                }),
                Bilingual::from_catalogue(|lang| msg!(lang, "check-address-mismatch-fix")),
                "X-REJECT",
                "seed:001",
            ));
        }
    }
    found
}

//! Findings about the organisation and its legal representative: identifiers, the name as on
//! the licence, validity of the licence and the ID card, and addresses.

use super::identifiers::{IdentifierProblem, check_resident_id, check_uscc};
use super::names::{NameDifference, compare_names};
use super::{Finding, Severity, both};
use crate::date_value::IdExpiry;
use crate::lang::Bilingual;
use crate::lang::Lang;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use chrono::{Datelike, NaiveDate};

/// Which fact rules a name mismatch on `platform`, and what it costs there (zh, en).
fn name_rule(
    platform: Platform,
) -> Option<(&'static str, &'static str, &'static str, &'static str)> {
    match platform {
        Platform::Wecom => Some((
            "WECOM-FAIL",
            "seed:000",
            "；企业微信名称审核失败不能重新提交，须重新申请并再付审核费",
            "; a WeCom application failed on its name cannot be resubmitted: a new, paid application is needed",
        )),
        Platform::Dingtalk => Some((
            "DT-NAME",
            "seed:002",
            "；钉钉要求与执照逐字一致（括号、空格也算）",
            "; DingTalk requires the licence name character for character (brackets and spaces included)",
        )),
        Platform::GovAccount => Some((
            "GOV-NAME",
            "seed:003",
            "；政务账号名称须规范，且每年只能改名一次，改名须重新认证",
            "; a government-account name follows naming rules, and it can be changed once a year with re-certification",
        )),
        Platform::OfficialAccount | Platform::MiniProgram => Some((
            "X-FLOW",
            "seed:001",
            "；材料不一致是微信认证延误的主要原因",
            "; inconsistent materials are the main cause of delays in WeChat certification",
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

fn describe(problem: &IdentifierProblem) -> (String, String) {
    match problem {
        IdentifierProblem::Length(length) => (
            format!("长度为 {length} 位，应为 18 位"),
            format!("has {length} characters, not 18"),
        ),
        IdentifierProblem::Character(c, at) => (
            format!("第 {at} 位“{c}”不是允许的字符"),
            format!("character {at} `{c}` is not allowed"),
        ),
        IdentifierProblem::CheckCharacter { expected, found } => (
            format!("校验位为“{found}”，按前 17 位应为“{expected}”"),
            format!("check character is `{found}`; the first 17 call for `{expected}`"),
        ),
        IdentifierProblem::BirthDate(digits) => (
            format!("第 7–14 位“{digits}”不是合理的出生日期"),
            format!("characters 7–14 `{digits}` are not a plausible birth date"),
        ),
    }
}

/// Findings about the organisation and legal representative; `review_end` is the latest day
/// the slowest chosen review is expected to end.
pub(super) fn findings(profile: &Profile, as_of: NaiveDate, review_end: NaiveDate) -> Vec<Finding> {
    let org = profile.org();
    let mut found = Vec::new();

    match org.uscc.as_deref() {
        None => found.push(finding(
            "uscc.missing",
            Severity::Info,
            both(
                "未填写统一社会信用代码，无法核对",
                "no unified social credit code given: it cannot be checked",
            ),
            both(
                "在 [org] 中填写 uscc（营业执照上的 18 位代码）",
                "add uscc to [org] (the 18-character code on the licence)",
            ),
            "DT-NAME",
            "seed:002",
        )),
        Some(code) => {
            if let Err(problem) = check_uscc(code) {
                let (zh, en) = describe(&problem);
                found.push(finding(
                    "uscc.invalid",
                    Severity::Critical,
                    both(format!("统一社会信用代码 {code} {zh}"), format!("unified social credit code {code} {en}")),
                    both("对照营业执照逐位核对；主体信息不符是最常见的驳回原因", "copy it again from the licence, character by character: subject mismatch is the most common rejection"),
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
            let (zh, en) = describe(&problem);
            let id = if matches!(problem, IdentifierProblem::BirthDate(_)) {
                "legal_rep.id_birth_date"
            } else {
                "legal_rep.id_invalid"
            };
            found.push(finding(
                id,
                Severity::Critical,
                both(
                    format!("法定代表人身份证号 {zh}"),
                    format!("the legal representative's ID number {en}"),
                ),
                both(
                    "对照身份证原件核对号码",
                    "copy the number again from the ID card",
                ),
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
            let text = |lang| {
                (
                    msg!(
                        lang,
                        "check-id-long-term-too-young",
                        age = age,
                        birth = birth
                    ),
                    msg!(lang, "check-id-long-term-too-young-fix"),
                )
            };
            let ((zh, zh_fix), (en, en_fix)) = (text(Lang::Zh), text(Lang::En));
            found.push(finding(
                "legal_rep.id_long_term_too_young",
                Severity::Warning,
                both(zh, en),
                both(zh_fix, en_fix),
                "ID-LONGTERM",
                "law:id-card-art5",
            ));
        }
        if let Some(IdExpiry::On(expires)) = rep.id_expires {
            if expires < as_of {
                found.push(finding(
                    "legal_rep.id_expired",
                    Severity::Critical,
                    both(
                        format!("法定代表人身份证已于 {expires} 过期"),
                        format!("the legal representative's ID card expired on {expires}"),
                    ),
                    both(
                        "先换领身份证，再提交申请",
                        "renew the ID card before applying",
                    ),
                    "DT-REJECT",
                    "seed:002",
                ));
            } else if expires <= review_end {
                found.push(finding(
                    "legal_rep.id_expires_during_review",
                    Severity::Warning,
                    both(format!("法定代表人身份证 {expires} 到期，早于预计审核结束日 {review_end}"), format!("the legal representative's ID card expires on {expires}, before the review is expected to end ({review_end})")),
                    both("先换领身份证，或确保在到期前完成审核", "renew the ID card first, or make sure the review ends before it expires"),
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
            both(
                "未填写营业执照上的名称，无法核对名称是否一致",
                "no licence name given: the name cannot be compared",
            ),
            both(
                "在 [org] 中填写 license_name（与营业执照逐字一致）",
                "add license_name to [org], exactly as printed on the licence",
            ),
            "DT-NAME",
            "seed:002",
        )),
        Some((_, None)) => {}
        Some((licence, Some(difference))) => {
            let (zh, en) = match difference {
                NameDifference::WidthOnly => (
                    format!(
                        "名称“{}”与执照“{licence}”仅括号或空格的全角/半角不同，仍会被驳回",
                        org.name
                    ),
                    format!(
                        "name \"{}\" differs from the licence \"{licence}\" only in full-width vs half-width brackets or spaces, which still gets rejected",
                        org.name
                    ),
                ),
                NameDifference::At(position) => (
                    format!(
                        "名称“{}”与执照“{licence}”从第 {position} 个字起不同",
                        org.name
                    ),
                    format!(
                        "name \"{}\" differs from the licence \"{licence}\" from character {position}",
                        org.name
                    ),
                ),
            };
            // Each platform reviews the name itself, with its own consequence of a mismatch.
            for entry in profile.platforms() {
                let platform = entry.platform();
                let Some((fact, source, zh_why, en_why)) = name_rule(platform) else {
                    continue;
                };
                found.push(Finding::new(
                    "name.mismatch",
                    Severity::Critical,
                    Some(platform),
                    (
                        both(format!("{zh}{zh_why}"), format!("{en}{en_why}")),
                        both(
                            format!("在平台上登记的名称改为与执照完全一致：{licence}"),
                            format!("register exactly the licence text: {licence}"),
                        ),
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
                both(
                    format!("营业执照已于 {expires} 到期"),
                    format!("the licence expired on {expires}"),
                ),
                both("先办理执照延期或换发", "renew the licence first"),
                "DT-REJECT",
                "seed:002",
            ));
        } else if expires <= review_end {
            found.push(finding(
                "license.expires_during_review",
                Severity::Warning,
                both(format!("营业执照 {expires} 到期，早于预计审核结束日 {review_end}"), format!("the licence expires on {expires}, before the review is expected to end ({review_end})")),
                both("先办理执照延期", "renew the licence before applying"),
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
                both(format!("注册地址“{registered}”与实际经营地址“{office}”不同（占驳回原因的 32%）"), format!("registered address \"{registered}\" differs from the office \"{office}\" (32% of rejections)")),
                both("先在国家企业信用信息公示系统核对并办理地址变更，或准备实际经营地址证明", "check the business registry and update the registered address, or prepare proof of the actual premises"),
                "X-REJECT",
                "seed:001",
            ));
        }
    }
    found
}

//! Findings about the platforms chosen: a missing corporate account, government-account level
//! and name rules, WeCom's per-licence limit and member tier.

use super::{Finding, Severity, both};
use crate::entity_kind::EntityKind;
use crate::lang::Bilingual;
use crate::lang::Lang;
use crate::platform::Platform;
use crate::profile::{GovLevel, PlatformSettings, Profile};
use crate::rules::tier_name;

fn on(
    platform: Platform,
    id: &'static str,
    severity: Severity,
    message: Bilingual,
    fix: Bilingual,
    fact: &str,
    source: &str,
) -> Finding {
    Finding::new(id, severity, Some(platform), (message, fix), (fact, source))
}

/// Findings about the platforms `profile` chooses.
pub(super) fn findings(profile: &Profile) -> Vec<Finding> {
    let org = profile.org();
    let mut found = Vec::new();
    for entry in profile.platforms() {
        let platform = entry.platform();
        if !org.corporate_account {
            match platform {
                Platform::Wecom | Platform::OfficialAccount | Platform::MiniProgram => found.push(on(
                    platform,
                    "corporate_account.alternative",
                    Severity::Warning,
                    both("没有对公账户：无法进行打款验证，也不能开通收款", "no corporate account: the deposit check cannot be done and payments cannot be enabled"),
                    both("新公司可改用法定代表人扫码验证加办公场所视频；需要收款时先开立对公账户", "a new company may use legal-representative QR verification plus an office video; open a corporate account before enabling payments"),
                    "X-VERIFY",
                    "seed:001",
                )),
                Platform::Dingtalk => found.push(on(
                    platform,
                    "corporate_account.required",
                    Severity::Critical,
                    both("钉钉认证需要对公账户开户许可证或银行账户证明", "DingTalk certification needs the corporate account's opening permit or bank certificate"),
                    both("先开立对公账户，再申请", "open a corporate account, then apply"),
                    "DT-DOCS",
                    "seed:002",
                )),
                Platform::GovAccount => found.push(on(
                    platform,
                    "corporate_account.required",
                    Severity::Critical,
                    both("政务账号认证包含对公账户打款验证", "government-account certification includes a corporate-account deposit check"),
                    both("准备单位对公账户及开户许可证", "prepare the unit's corporate account and its opening permit"),
                    "GOV-STEPS",
                    "seed:003",
                )),
                Platform::Alipay | Platform::Icp => {}
            }
        }
        match &entry.settings {
            PlatformSettings::GovAccount { name, parent, .. } => {
                found.extend(gov_account(profile, name.as_deref(), parent.as_deref()))
            }
            PlatformSettings::Wecom {
                organizations_on_license,
            } => found.extend(wecom(profile, *organizations_on_license)),
            _ => {}
        }
    }
    found
}

/// The first place name of a region (`广东省` → `广东`, `河源市连平县` → `河源`).
fn places(region: &str) -> Vec<&str> {
    region
        .split(['省', '市', '县', '区', '州', '盟'])
        .map(str::trim)
        .filter(|place| place.chars().count() >= 2)
        .collect()
}

/// A name that follows GOV-NAME, from the one given: without 中国/国家; starting with the
/// region (except for central bodies, which may omit it — never a region such as 北京 for
/// them); showing the parent of a vertically managed unit.
fn compliant_name(name: &str, profile: &Profile, parent: Option<&str>) -> String {
    let org = profile.org();
    let mut suggested = name.replace("中国", "").replace("国家", "");
    if let Some(parent) = parent
        && !suggested.contains(parent)
    {
        suggested = format!("{parent}{suggested}");
    }
    if org.gov_level != Some(GovLevel::Central)
        && let Some(place) = org
            .region
            .as_deref()
            .and_then(|region| places(region).first().copied())
        && !suggested.contains(place)
    {
        suggested = format!("{place}{suggested}");
    }
    suggested
}

fn gov_account(
    profile: &Profile,
    account_name: Option<&str>,
    parent: Option<&str>,
) -> Vec<Finding> {
    let org = profile.org();
    let platform = Platform::GovAccount;
    let mut found = Vec::new();
    match org.gov_level {
        None => found.push(on(
            platform,
            "gov.level_missing",
            Severity::Warning,
            both("未填写 gov_level：材料和审核时间因级别而异", "gov_level is not given: documents and review time depend on the level"),
            both("在 [org] 中填写 gov_level（central | provincial | prefecture | county | township）", "add gov_level to [org] (central | provincial | prefecture | county | township)"),
            "GOV-LEVELS",
            "seed:003",
        )),
        Some(GovLevel::Township) if !profile.documents().iter().any(|file| file.slot == "superior_authorization") => found.push(on(
            platform,
            "gov.township_authorization",
            Severity::Critical,
            both("乡镇级单位须有上级主管部门授权函才能申请", "a township body cannot apply without its superior department's authorisation"),
            both("向上级主管部门申请授权函，并在 [documents] 中列为 superior_authorization", "obtain the superior department's letter and list it as superior_authorization under [documents]"),
            "GOV-WHO",
            "seed:003",
        )),
        Some(_) => {}
    }
    let name = account_name.unwrap_or(&org.name);
    if name.contains("中国") || name.contains("国家") {
        let severity = if org.gov_level == Some(GovLevel::Central) {
            Severity::Warning
        } else {
            Severity::Critical
        };
        found.push(on(
            platform,
            "gov.name_forbidden",
            severity,
            both(
                format!("账号名称“{name}”含“中国”或“国家”（占名称驳回的 38%）"),
                format!("account name \"{name}\" contains 中国 or 国家 (38% of name rejections)"),
            ),
            {
                let suggestion = compliant_name(name, profile, parent);
                both(
                    format!("去掉“中国”“国家”，例如：{suggestion}"),
                    format!("drop 中国 and 国家, for example: {suggestion}"),
                )
            },
            "GOV-NAME",
            "seed:003",
        ));
    }
    if let Some(parent) = parent
        && !name.contains(parent)
    {
        let suggestion = compliant_name(name, profile, Some(parent));
        found.push(on(
            platform,
            "gov.name_parent",
            Severity::Warning,
            both(
                format!("垂直管理单位的账号名称“{name}”未体现上级单位“{parent}”"),
                format!("the account name \"{name}\" of a vertically managed unit does not show its parent \"{parent}\""),
            ),
            both(
                format!("在名称中体现上级单位，例如：{suggestion}"),
                format!("show the parent in the name, for example: {suggestion}"),
            ),
            "GOV-NAME",
            "seed:003",
        ));
    }
    // Central bodies may omit the region; provincial names must contain the province; below
    // that, the name starts with the region too.
    if let Some(region) = org.region.as_deref() {
        let places = places(region);
        let central = org.gov_level == Some(GovLevel::Central);
        if !central && !places.is_empty() && !places.iter().any(|place| name.contains(place)) {
            let suggestion = compliant_name(name, profile, parent);
            let (zh, en) = if org.gov_level == Some(GovLevel::Provincial) {
                (
                    format!("省级账号名称“{name}”须包含省份“{}”", places[0]),
                    format!(
                        "a provincial account name must contain the province: \"{name}\" lacks \"{}\"",
                        places[0]
                    ),
                )
            } else {
                (
                    format!("账号名称“{name}”不含地区“{region}”"),
                    format!("account name \"{name}\" does not contain the region \"{region}\""),
                )
            };
            found.push(on(
                platform,
                "gov.name_region",
                Severity::Warning,
                both(zh, en),
                both(
                    format!("名称以地区开头（地区 + 部门简称 + 性质），例如：{suggestion}"),
                    format!("start the name with the region (region + department short name + nature), for example: {suggestion}"),
                ),
                "GOV-NAME",
                "seed:003",
            ));
        }
    }
    found.push(on(
        platform,
        "gov.rename_once",
        Severity::Info,
        both(
            "账号每年只能改名一次，改名后须重新认证",
            "an account may be renamed once a year, and a rename needs re-certification",
        ),
        both("提交前确定名称", "settle the name before applying"),
        "GOV-NAME",
        "seed:003",
    ));
    found
}

fn wecom(profile: &Profile, organizations_on_license: Option<u32>) -> Vec<Finding> {
    let org = profile.org();
    let platform = Platform::Wecom;
    let mut found = Vec::new();
    if let Some(count) = organizations_on_license.filter(|count| *count >= 5) {
        found.push(on(
            platform,
            "wecom.per_license_limit",
            Severity::Critical,
            both(
                format!("该执照已认证 {count} 个企业微信，上限为 5 个"),
                format!("this licence already verifies {count} WeCom organisations; at most 5 may"),
            ),
            both(
                "用其他主体的执照认证，或注销不用的企业微信",
                "certify with another entity's licence, or close an unused WeCom organisation",
            ),
            "WECOM-PER-LICENSE",
            "seed:000",
        ));
    }
    let members = org.members.get();
    let pays_scale = matches!(
        org.kind,
        EntityKind::Enterprise | EntityKind::IndividualBusiness
    );
    if pays_scale && members > 1_000 {
        let (tier, fee, cap_zh, cap_en) = if members > 10_000 {
            ("large", "29,700", "不限", "unlimited")
        } else {
            ("medium", "2,700", "10000 人", "10,000")
        };
        let (tier_zh, tier_en) = (tier_name(tier, Lang::Zh), tier_name(tier, Lang::En));
        found.push(on(
            platform,
            "wecom.scale_tier",
            Severity::Info,
            both(
                format!("{members} 名成员需按{tier_zh}规模认证（规模费 {fee} 元，成员上限 {cap_zh}）；中大型企业还有电话回访和征信核查"),
                format!("{members} members need the {tier_en} tier (scale fee {fee} CNY, member cap {cap_en}); medium and large applicants also get a phone callback and credit check"),
            ),
            both("按实际规模选择认证档位，预留接听回访电话的人", "choose the tier for the real size, and have someone ready for the callback"),
            "WECOM-SCALE",
            "seed:000",
        ));
    }
    found.push(on(
        platform,
        "wecom.super_admin",
        Severity::Info,
        both(
            "只有超级管理员能提交认证",
            "only the super administrator can apply",
        ),
        both(
            "由超级管理员登录管理后台提交",
            "have the super administrator submit from the admin console",
        ),
        "WECOM-WHO",
        "seed:000",
    ));
    found
}

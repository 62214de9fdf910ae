//! Every column a client list may have, in the order templates and exports write them.

use super::{Choice, Column, ValueKind};
use ValueKind::{Date, DateOrLongTerm, Text, WholeNumber, YesNo};

const fn c(
    header: &'static str,
    path: &'static str,
    kind: ValueKind,
    zh: &'static [&'static str],
) -> Column {
    Column {
        header,
        path,
        kind,
        zh,
    }
}

const KIND: ValueKind = ValueKind::Choice(Choice::EntityKind);
const GOV_LEVEL: ValueKind = ValueKind::Choice(Choice::GovLevel);
const ACCOUNT_TYPE: ValueKind = ValueKind::Choice(Choice::AccountType);
const DINGTALK_LEVEL: ValueKind = ValueKind::Choice(Choice::DingtalkLevel);
const EVENT: ValueKind = ValueKind::Choice(Choice::Event);

/// The columns of a client list.
#[rustfmt::skip]
pub static COLUMNS: &[Column] = &[
    c("name", "org.name", Text, &["名称", "机构名称", "单位名称", "企业名称", "客户名称", "主体名称", "组织名称"]),
    c("kind", "org.kind", KIND, &["主体类型", "机构类型", "单位类型", "组织类型"]),
    c("members", "org.members", WholeNumber, &["人数", "成员数", "成员人数", "员工人数", "使用人数"]),
    c("uscc", "org.uscc", Text, &["统一社会信用代码", "社会信用代码", "信用代码"]),
    c("license_name", "org.license_name", Text, &["执照名称", "营业执照名称", "证照名称"]),
    c("region", "org.region", Text, &["地区", "所在地区", "城市", "所在城市"]),
    c("industry", "org.industry", Text, &["行业", "所属行业"]),
    c("small_micro", "org.small_micro", YesNo, &["小微企业", "是否小微企业"]),
    c("poverty_county", "org.poverty_county", YesNo, &["贫困县", "是否贫困县", "脱贫县"]),
    c("gov_level", "org.gov_level", GOV_LEVEL, &["行政级别", "级别"]),
    c("corporate_account", "org.corporate_account", YesNo, &["对公账户", "有无对公账户", "是否有对公账户"]),
    c("registered_address", "org.registered_address", Text, &["注册地址", "住所"]),
    c("office_address", "org.office_address", Text, &["办公地址", "经营地址", "实际经营地址"]),
    c("license_expires", "org.license_expires", Date, &["执照有效期", "营业执照有效期", "执照到期日"]),
    c("client_id", "org.client_id", Text, &["客户编号", "客户编码", "客户ID", "编号"]),
    c("legal_rep.name", "legal_rep.name", Text, &["法定代表人", "法人", "法定代表人姓名", "法人姓名"]),
    c("legal_rep.id_number", "legal_rep.id_number", Text, &["法定代表人身份证号", "法人身份证号", "身份证号", "身份证号码"]),
    c("legal_rep.id_expires", "legal_rep.id_expires", DateOrLongTerm, &["身份证有效期", "法人身份证有效期", "身份证到期日"]),
    c("documents.business_license", "documents.business_license", Text, &["营业执照文件", "营业执照扫描件"]),
    c("documents.legal_rep_id_front", "documents.legal_rep_id_front", Text, &["法人身份证人像面", "法人身份证正面"]),
    c("documents.legal_rep_id_back", "documents.legal_rep_id_back", Text, &["法人身份证国徽面", "法人身份证反面"]),
    c("documents.bank_account_proof", "documents.bank_account_proof", Text, &["对公账户证明文件", "开户证明"]),
    c("documents.industry_license", "documents.industry_license", Text, &["行业许可证文件", "行业许可证"]),
    c("documents.authorization_letter", "documents.authorization_letter", Text, &["授权书文件", "授权书"]),
    c("documents.registration_certificate", "documents.registration_certificate", Text, &["登记证书文件", "登记证书"]),
    c("documents.operator_id_front", "documents.operator_id_front", Text, &["运营者身份证人像面", "运营者身份证正面"]),
    c("documents.operator_id_back", "documents.operator_id_back", Text, &["运营者身份证国徽面", "运营者身份证反面"]),
    c("documents.superior_authorization", "documents.superior_authorization", Text, &["上级授权文件", "上级单位授权书"]),
    c("documents.red_header_document", "documents.red_header_document", Text, &["红头文件"]),
    c("documents.icp_filing", "documents.icp_filing", Text, &["ICP备案证明文件", "备案证明"]),
    c("documents.staffing_approval", "documents.staffing_approval", Text, &["编制批复文件", "编制批复"]),
    c("documents.institution_certificate", "documents.institution_certificate", Text, &["事业单位法人证书文件", "事业单位法人证书"]),
    c("documents.org_code_certificate", "documents.org_code_certificate", Text, &["组织机构代码证文件", "组织机构代码证"]),
    c("documents.uscc_certificate", "documents.uscc_certificate", Text, &["统一社会信用代码证书文件", "信用代码证书"]),
    c("documents.affiliation_proof", "documents.affiliation_proof", Text, &["隶属关系证明文件", "隶属关系证明"]),
    c("documents.office_video", "documents.office_video", Text, &["办公场所视频文件", "办公场所视频"]),
    c("wecom", "platforms.wecom", YesNo, &["企业微信", "企微"]),
    c("wecom.certified_on", "platforms.wecom.certified_on", Date, &["企业微信认证日期", "企微认证日期"]),
    c("wecom.planned_on", "platforms.wecom.planned_on", Date, &["企业微信计划日期", "企微计划日期"]),
    c("wecom.status", "platforms.wecom.status", EVENT, &["企业微信进度", "企微进度"]),
    c("wecom.status_on", "platforms.wecom.status_on", Date, &["企业微信进度日期", "企微进度日期"]),
    c("wecom.organizations_on_license", "platforms.wecom.organizations_on_license", WholeNumber, &["同执照已认证企业数", "执照已认证企业数"]),
    c("official_account", "platforms.official_account", YesNo, &["公众号", "微信公众号"]),
    c("official_account.certified_on", "platforms.official_account.certified_on", Date, &["公众号认证日期"]),
    c("official_account.planned_on", "platforms.official_account.planned_on", Date, &["公众号计划日期"]),
    c("official_account.status", "platforms.official_account.status", EVENT, &["公众号进度"]),
    c("official_account.status_on", "platforms.official_account.status_on", Date, &["公众号进度日期"]),
    c("official_account.type", "platforms.official_account.type", ACCOUNT_TYPE, &["公众号类型"]),
    c("mini_program", "platforms.mini_program", YesNo, &["小程序", "微信小程序"]),
    c("mini_program.certified_on", "platforms.mini_program.certified_on", Date, &["小程序认证日期"]),
    c("mini_program.planned_on", "platforms.mini_program.planned_on", Date, &["小程序计划日期"]),
    c("mini_program.status", "platforms.mini_program.status", EVENT, &["小程序进度"]),
    c("mini_program.status_on", "platforms.mini_program.status_on", Date, &["小程序进度日期"]),
    c("dingtalk", "platforms.dingtalk", YesNo, &["钉钉"]),
    c("dingtalk.certified_on", "platforms.dingtalk.certified_on", Date, &["钉钉认证日期"]),
    c("dingtalk.planned_on", "platforms.dingtalk.planned_on", Date, &["钉钉计划日期"]),
    c("dingtalk.status", "platforms.dingtalk.status", EVENT, &["钉钉进度"]),
    c("dingtalk.status_on", "platforms.dingtalk.status_on", Date, &["钉钉进度日期"]),
    c("dingtalk.level", "platforms.dingtalk.level", DINGTALK_LEVEL, &["钉钉认证级别", "钉钉级别"]),
    c("gov_account", "platforms.gov_account", YesNo, &["政务号", "政务微信账号", "政务微信"]),
    c("gov_account.certified_on", "platforms.gov_account.certified_on", Date, &["政务号认证日期"]),
    c("gov_account.planned_on", "platforms.gov_account.planned_on", Date, &["政务号计划日期"]),
    c("gov_account.status", "platforms.gov_account.status", EVENT, &["政务号进度"]),
    c("gov_account.status_on", "platforms.gov_account.status_on", Date, &["政务号进度日期"]),
    c("gov_account.name", "platforms.gov_account.name", Text, &["政务号名称", "账号名称"]),
    c("gov_account.parent", "platforms.gov_account.parent", Text, &["政务号上级单位", "上级单位", "主管单位"]),
    c("gov_account.type", "platforms.gov_account.type", ACCOUNT_TYPE, &["政务号类型"]),
    c("alipay", "platforms.alipay", YesNo, &["支付宝", "支付宝企业认证"]),
    c("icp", "platforms.icp", YesNo, &["ICP备案", "网站备案", "备案"]),
];

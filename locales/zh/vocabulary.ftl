# 各类固定取值的名称（平台、主体类型、级别、状态……），每个 id 一条。

entity-kind-enterprise = 企业
entity-kind-individual_business = 个体工商户
entity-kind-government = 政府机关
entity-kind-public_institution = 事业单位
entity-kind-social_group = 社会团体
entity-kind-private_non_enterprise = 民办非企业单位
entity-kind-foundation = 基金会
entity-kind-nonprofit_org = 其他非营利组织
entity-kind-for_profit_org = 其他营利组织

gov-level-central = 中央
gov-level-provincial = 省级
gov-level-prefecture = 地市级
gov-level-county = 区县级
gov-level-township = 乡镇级

account-type-service = 服务号
account-type-subscription = 订阅号

dingtalk-level-primary = 初级
dingtalk-level-intermediate = 中级
dingtalk-level-advanced = 高级

evidence-address = 注册地址与实际经营地址
evidence-legal_rep = 法定代表人身份信息
evidence-subject = 统一社会信用代码与执照名称
evidence-name_words = 账号名称用词
evidence-nothing = 档案无从判断

trust-official = 官方
trust-official_copy = 官方页面副本
trust-official_quoted = 第三方转引官方
trust-third_party = 第三方
trust-derived = certplan 推定

step-role-step = 步骤
step-role-within = 审核期内
step-role-if_needed = 如遇问题

day-unit-working_days = 工作日
retry-new_application = 重新付费申请
retry-at_once = 修正后立即重新提交

day-unit-calendar_days = 自然日

file-format-jpg = JPG
file-format-png = PNG
file-format-pdf = PDF

review-status-no_review = 无年审
review-status-ok = 正常
review-status-due = 待年审
review-status-critical = 紧急
review-status-expired = 已过期
review-status-lapsed = 已失效

platform-wecom = 企业微信
platform-official_account = 微信公众号
platform-mini_program = 微信小程序
platform-dingtalk = 钉钉
platform-gov_account = 政务微信账号
platform-alipay = 支付宝企业认证
platform-icp = ICP备案

# 平台小节标题：中文读者只看名称。
platform-heading = { $name }

# 每个档案表格的第一行。
title-line = { $org } — { $title }（{ $path }）

# 各类主体证明资质所用的证照：非企业没有营业执照（$kind 是 org.kind）。
kind-licence = { $kind ->
    [government] 统一社会信用代码证书
    [public_institution] 事业单位法人证书
    [social_group] 社会团体法人登记证书
    [private_non_enterprise] 民办非企业单位登记证书
    [foundation] 基金会法人登记证书
    [nonprofit_org] 登记证书
   *[other] 营业执照
}

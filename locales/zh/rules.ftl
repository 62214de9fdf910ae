# rules 命令的表格。
rules-fees-per-attempt = 费用（每次申请）
rules-exemptions-exceptions-to-a-base = 减免（基础费用的例外）
rules-annual-reviews = 年审收费
rules-subsidies-reimbursed-later = 补贴（事后报销）
rules-notes-and-rulings = 注释与裁定
rules-sources = 来源
rules-rule = 规则
rules-name = 名称
rules-cny = 金额（元）
rules-refunded = 未通过退回
rules-fact = 依据
rules-source = 来源
rules-in-force = 有效期
rules-yes = 是
rules-no = 否
rules-waives = 免除
rules-kinds = 适用主体
rules-condition = 条件
rules-charges-again = 再次收取
rules-platforms = 平台
rules-share = 比例
rules-conditions = 条件
rules-note = 注释
rules-about = 关于
rules-text = 内容
rules-title = 标题
rules-publisher = 发布者
rules-published = 发布日期
rules-trust = 可信度
rules-condition-poverty-county = { $value ->
    [true] 贫困县
   *[other] 非贫困县
}
rules-condition-kinds = 仅限{ $kinds }
rules-condition-small-micro = { $value ->
    [true] 小微企业
   *[other] 非小微企业
}
rules-condition-quoted = “{ $text }”
rules-condition-region = 地区含{ $regions }
rules-condition-ask-locally = { $kinds }可向当地咨询

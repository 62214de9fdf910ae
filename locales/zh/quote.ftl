# quote 命令的表格、注释与 explain 说明树。
quote-notes = 注：
quote-platform = 平台
quote-item = 项目
quote-if-rejected = 审核未通过时
quote-reimbursed-later = 事后报销
quote-refunded = 退回
quote-not-refunded = 不退
quote-first-certification-one-attempt = 首次认证（一次通过）
quote-cost-of-one-rejected-attempt = 一次未通过的损失
quote-each-annual-review = 每次年审
quote-totals = 合计
quote-first-certification = 首次认证合计
quote-expected-subsidy-reimbursed-later = 预计补贴（事后报销）
quote-net-of-subsidy = 扣除补贴后净额
quote-small-micro-enterprise = 小微企业
quote-certification-costs-as-of = 认证费用，截至 { $date }
explain-each-annual-review-charges-again = 年审按 { $rule } 重新收费
explain-no-annual-review-fee-rule = 没有已知的年审收费规则
explain-not-counted-refunded-when-the = 不计入：审核未通过时退回
explain-not-counted-not-charged-at = 不计入：年审不再收取
explain-tier = 档位 { $tier }：{ $range }（成员数 = { $members }）
explain-reimbursed-later-does-not-reduce = { $label }（事后报销，不减少应缴金额）
explain-note = 注：{ $text }
explain-applied = { $what } { $rule } — 适用：{ $reason }
explain-not-applied = { $what } { $rule } — 不适用：{ $reason }
explain-inputs = 输入：主体类型为{ $kind }，成员 { $members } 人，地区 { $region }，{ $small_micro ->
    [true] 小微企业
   *[other] 非小微企业
}，{ $poverty_county ->
    [true] 贫困县
   *[other] 非贫困县
}
quote-years-total = { $years } 年合计（首次认证 + { $reviews } 次年审）
quote-years-total-first-only = { $years } 年合计（首次认证）
quote-years-total-reviews-only = { $years } 年合计（{ $years } 年内年审 { $reviews } 次，首次认证已付）
quote-years-total-paid-no-reviews = { $years } 年合计（首次认证已付，无年审）
quote-years-total-still-to-pay = { $years } 年内仍需支付
quote-still-to-pay-explained = 已认证的平台只计 { $years } 年内尚余的年审，首次认证费用已付。
quote-first-certification-paid = 首次认证（{ $date } 已通过，费用已付）
quote-first-certification-not-yet-certified = 尚未认证平台的首次认证
quote-reviews-in-window = { $years } 年内年审 { $reviews } 次
quote-no-annual-review = 无年审
quote-line-waived = { $name }：免收（{ $exemption }）
quote-members = { $members } 人
quote-line-with-tier = { $name }（{ $tier }档：{ $range } 人）
explain-exemption = 减免
explain-subsidy = 补贴

reason-kind-listed = 主体类型为{ $kind }，在适用范围内
reason-kind-listed-poverty = 主体类型为{ $kind }，在适用范围内，且{ $poverty ->
    [true] 位于贫困县
   *[other] 不在贫困县
}
reason-kind-not-listed = 主体类型为{ $kind }，不在适用范围（{ $listed }）内
reason-poverty-county = { $required ->
    [true] 仅限贫困县（poverty_county = true）
   *[other] 仅限非贫困县（poverty_county = false）
}
reason-superseded = 已由优先的 { $by } 免除
reason-small-micro = { $required ->
    [true] 仅限小微企业（small_micro = true）
   *[other] 仅限非小微企业（small_micro = false）
}
reason-region-mismatch = 地区“{ $found }”不含 { $wanted }
reason-region-missing = 未填写地区（需含 { $wanted }）
reason-conditions-met = 条件均满足

explain-usage = explain 的用法：[PROFILE] ITEM
explain-unknown-item = `{ $item }` 不是可解释的项目：可以是平台（wecom）、某项数字（wecom.first_fen）或合计（total_fen）
explain-unknown-item-nearest = `{ $item }` 不是可解释的项目；是不是要写 `{ $best }`？
explain-unknown-item-total = `{ $item }` 不是可解释的项目；是不是要写 `{ $platform }.first_fen`？（所有平台、所有年份的合计是 `total_fen`）
explain-unknown-item-chinese = `{ $item }` 用的是平台的中文名称；请写成 `{ $meant }`
quote-spent = 已支付（扣除已退款，据申请记录）
explain-platform-not-chosen = 档案没有选择{ $label }（{ $platform }）；档案选择的平台：{ $chosen }
explain-not-chosen-by = { $source }（{ $org }）没有选择{ $platform }，不对它解释 { $item }；它选择的平台：{ $chosen }
explain-applies-to-none = 所有档案都没有选择{ $platform }，{ $item } 无从解释
explain-title = { $item } 的计算过程
reason-already-certified = 已于 { $date } 认证：首次认证费用已付，不再预计补贴（失效后重新认证不算首次认证）
quote-recertification-lapsed = 重新完整认证（{ $date } 认证，{ $grace } 后已失效）
quote-recertification-in-window = { $years } 年内重新认证 1 次、年审 { $reviews } 次
quote-lapsed-explained = { $platform }：认证在宽限期最后一天 { $date } 之后已失效，须按首次认证价格重新完整认证（已计入上方合计），重新认证不享受补贴。

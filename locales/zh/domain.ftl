# 领域事实（领域真相第二轮）。
subsidy-ask-locally = { $subsidy }面向企业；{ $kind }可向当地中小企业主管部门咨询是否有类似扶持。
checklist-tips = 提示：
tier-small = 小型
tier-medium = 中型
tier-large = 大型
assumption-gov-level-county = 未填写 org.gov_level（政务账号级别）：政务微信账号的审核时间按区县级（最慢的一级）估算
assumption-rule-before-effective = 规则 { $rule } 已知自 { $effective } 起施行；{ $as_of } 早于此日，按已知最早的版本计算
assumption-no-annual-review-rule = 以下平台没有已知的年审规则：{ $platforms }

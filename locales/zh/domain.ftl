# 领域事实（领域真相第二轮）。
subsidy-ask-locally = { $subsidy }面向企业；{ $kind }可向当地中小企业主管部门咨询是否有类似扶持。
checklist-tips = 提示：
tier-small = 小型
tier-medium = 中型
tier-large = 大型

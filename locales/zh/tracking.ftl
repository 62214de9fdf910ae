# 申请记录（`[[platforms.<id>.events]]`）、`status` 与 `log`。
event-kind-ordered = 已下单
event-kind-paid = 已付款
event-kind-submitted = 已提交
event-kind-info_requested = 要求补充材料
event-kind-resubmitted = 已重新提交
event-kind-rejected = 未通过
event-kind-approved = 已通过
event-kind-refunded = 已退款
event-kind-cancelled = 已取消
history-date-before = { $on } 的事件“{ $event }”（{ $id }）早于前一个事件（{ $previous }）：事件须按时间先后排列
history-not-after = 事件“{ $event }”（{ $id }）不能接在“{ $previous }”之后
history-not-first = 事件“{ $event }”（{ $id }）不能作为第一个事件：一次申请从下单、付款或提交开始
history-allowed = 此处可填：{ $allowed }
history-certified-disagrees = certified_on 填的 { $given } 与最近一次“已通过”事件的日期 { $approved } 不一致
history-certified-disagrees-help = 删除 certified_on（事件已记下通过日期），或改正其中一个日期

stage-not_started = 未开始
stage-ordered = 已下单未付款
stage-paid = 已付款未提交
stage-in_review = 审核中
stage-info_requested = 待补充材料
stage-rejected = 未通过
stage-approved = 已通过
stage-refunded = 已退款
stage-cancelled = 已取消
stage-expired = 已过期
stage-lapsed = 已失效

attention-ok = 无需处理
attention-action = 需要处理
attention-overdue = 已逾期
attention-money_at_risk = 资金有风险

# certplan forecast：按月列出的付款计划。
forecast-title = { $from } 至 { $to } 付款计划，截至 { $as_of }
forecast-none = 此期间没有付款。
forecast-col-month = 月份
forecast-col-date = 日期
forecast-col-platform = 平台
forecast-col-event = 款项
forecast-col-amount = 金额（元）
forecast-col-source = 来源
forecast-col-count = 笔数
forecast-event-first = 首次认证
forecast-event-recertification = 重新认证（已失效）
forecast-event-review = 年审
forecast-event-subsidy = 补贴返还
forecast-event-refund = 应退款项
forecast-month-total = = { $month } 小计
forecast-total = = 合计
forecast-gross = = 支付合计
forecast-subsidy-total = = 补贴返还合计
forecast-net = = 扣除补贴后净额
forecast-notes = 注：
forecast-note-pay-on = 年审费用按{ $pay_on ->
    [window] 年审窗口开启日（到期前 3 个月）
    [start-by] 最迟提交日（最慢的审核也能在到期前完成）
   *[remind] 提醒日（到期前 60 天）
}支付；已到期或已过该日的年审按 { $as_of } 支付；尚未认证的平台在计划申请日（planned_on，未填写时为 { $as_of }）支付，并按时间表的最晚完成日预计通过。
forecast-note-renewal = 每次年审从原到期日次日起续期一年，因此年审日期逢周年；到期超过 30 天即失效，须按首次认证价格重新付费认证。
forecast-note-subsidy = 补贴为缴费后报销，以负数金额列在预计通过认证之日。
forecast-note-assumed-days = 按《全国年节及纪念日放假办法》推定的休息日：{ $days }
forecast-summary-title = 全部 { $count } 个档案：{ $from } 至 { $to } 按月付款
forecast-col-profiles = 档案数

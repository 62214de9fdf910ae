# 给人看的工作簿：工作表名称，以及按放假办法推定的休息日。
xlsx-sheet-payments = 付款
xlsx-sheet-by-month = 按月汇总
xlsx-sheet-about = 说明
xlsx-sheet-quote = 费用
xlsx-sheet-remind = 提醒
xlsx-assumed-day = { $date } { $name }（{ $kind }）
xlsx-day-statutory = 法定
xlsx-day-substitute = 补假
xlsx-day-separator = ；
xlsx-pay-on = { $pay_on ->
    [window] 年审窗口开启日
    [start-by] 最迟提交日
   *[remind] 提醒日
}
xlsx-row-fee = 费用
xlsx-row-exemption = 减免
xlsx-row-subsidy = 补贴
xlsx-row-summary = 平台小计
xlsx-row-total = 合计

# 工作日历：年份、特殊日期、节假日法定规则（HOLIDAY-LAW、HOLIDAY-NOTICE）。
holidays-list-title = { $year } 年特殊日期
holidays-column-date = 日期
holidays-column-weekday = 星期
holidays-column-kind = 类型
holidays-column-holiday = 节日
holidays-column-origin = 依据
holidays-kind-statutory = 法定假日
holidays-kind-substitute = 补假
holidays-kind-bridging = 调休放假
holidays-kind-workday = 调休上班
holidays-kind-weekend = 假期内周末
holidays-origin-embedded = 国务院通知 { $source }
holidays-origin-file = { $path }（{ $source }）
holidays-origin-law = 放假办法推算（暂定）
holidays-list-provisional = certplan 的数据中尚无 { $year } 年的国务院放假通知：以上为《全国年节及纪念日放假办法》规定的法定假日及补假。调休放假和调休上班日须待通知公布后才能确定；通知公布当天即可用 --holidays FILE 补充。
holidays-list-empty = certplan 不掌握 { $year } 年的特殊日期：该年没有放假通知，放假办法也只推算 { $first }–{ $last } 年。周一至周五均按工作日计算。
holidays-years-title = 工作日历
holidays-column-year = 年份
holidays-column-status = 状态
holidays-column-source = 来源
holidays-status-official = 正式公布
holidays-status-file = 正式公布，来自 { $path }
holidays-status-law = 按放假办法推算（暂定）
holidays-years-later = { $year } 年之后至 { $last } 年：同样按放假办法推算（暂定）。
holidays-note-provisional = { $years } 年的国务院放假通知尚未公布：已按放假办法假定法定假日及补假（{ $days }）；调休日期须待通知公布，因此相关日期为暂定。通知公布当天即可用 --holidays FILE 补充。
holidays-note-unknown = { $years } 年的节假日未知（既无通知，也不在放假办法推算范围内）：按周一至周五计算，日期为暂定。
holidays-assumed = 假定的放假日（按放假办法）：{ $days }
holidays-strict = { $note }（--strict）
holidays-weekday = { $day ->
    [1] 周一
    [2] 周二
    [3] 周三
    [4] 周四
    [5] 周五
    [6] 周六
   *[7] 周日
}
workdays-past-the-end = { $from } 之后第 { $n } 个工作日超出了日历范围
holidays-assumed-none = 此期间内没有
holidays-festival-new-year = 元旦
holidays-festival-spring-festival = 春节
holidays-festival-qingming = 清明节
holidays-festival-labour-day = 劳动节
holidays-festival-dragon-boat = 端午节
holidays-festival-mid-autumn = 中秋节
holidays-festival-national-day = 国庆节
holidays-year-twice = { $year } 年列了两次
holidays-unknown-source = 来源 `{ $source }` 不在 [[sources]] 之中
holidays-no-source = 须写明所依据的通知（标题或网址）
holidays-range-backwards = 结束日 { $to } 早于开始日 { $from }
holidays-range-outside = 这段假期不在 { $year } 年之内
holidays-range-overlap = 这段假期与另一段在 { $day } 重叠
holidays-makeup-not-weekend = { $day } 不是周六或周日，不能作为调休上班日
holidays-makeup-outside = { $day } 不在 { $year } 年之内，或落在假期之中
holidays-in-lieu-outside = { $day } 须为假期之中的工作日（周一至周五）
holidays-weekdays-off = 放假的工作日共 { $off } 天，但法定假日 { $statutory } 天加调休 { $in_lieu } 天应为 { $expected } 天
holidays-statutory-count = 各段假期的法定假日合计 { $statutory } 天；放假办法规定自 { $since } 年起每年 { $law } 天
holidays-swaps-unpaired = 调休放假 { $in_lieu } 天，调休上班却有 { $makeup } 天：两者须一一对应
holidays-file-empty = 文件中没有 [[holidays]] 表，没有增加任何年份

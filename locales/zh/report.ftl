# certplan report：单个组织或客户组合的 HTML 页面。
report-needs-output = report 生成 HTML 页面：请用 -o 文件名 指定输出文件（或加 --format html 输出到管道）
report-page-title = { $org } — 认证计划
report-eyebrow = 认证计划
report-kind = 主体类型
report-members = 成员数
report-members-count = { $count } 人
report-client-id = 客户编号
report-region = 地区
report-as-of = 计划日期
report-rules = 规则
report-rules-embedded = 内置（certplan { $version }），最近变更 { $changed }
report-rules-file = { $file }，最近变更 { $changed }
report-language = 语言
report-footer = 由 certplan { $version } 按 { $as_of } 生成。金额为依据所引来源的规划估算，付款前请以平台官方页面为准。
report-assumed-days = 按《全国年节及纪念日放假办法》推定的休息日（国务院通知尚未发布）：{ $days }。涉及这些日期的结果为暂定。
report-list-separator = ；
report-separator = ：
report-today = 今天

# 概览卡片。
report-card-first = 首次认证
report-card-first-still = 尚未认证平台的首次认证
report-card-net = 扣除预计补贴后 { $amount } 元
report-card-platforms = 共 { $count } 个平台
report-card-total = { $years } 年合计
report-card-total-note = 首次认证加 { $reviews } 次年审
report-card-deadline = 最近截止日
report-card-no-deadline = 暂无已认证平台需要年审
report-card-findings = 待处理问题
report-card-findings-note = 警告和严重问题
report-card-critical = 其中严重 { $count } 项
report-card-renewals = 年审状态
report-card-renewals-note = 跟踪 { $count } 项认证
report-deadline-submit = { $platform }：年审最迟提交日
report-deadline-expires = { $platform }：已来不及在到期前完成年审
report-deadline-grace = { $platform }：宽限期结束

# 费用。
report-costs-title = 费用
report-col-platform = 平台
report-col-first = 首次认证
report-col-failed = 未通过时损失
report-col-annual = 每次年审
report-col-subsidy = 补贴
report-col-total = { $years } 年合计
report-col-all = 全部平台
report-no-annual-review = 无年审
report-line-annual = 年审再收
report-line-refunded = 退回
report-line-not-refunded = 不退
report-costs-note = 金额单位：元。{ $years } 年合计为首次认证加 { $reviews } 次年审；“未通过时损失”为一次审核未通过时不退回的部分。
report-costs-net = 扣除预计补贴（事后报销）后净额：{ $amount } 元。
report-costs-chart-title = 各平台首次认证与年审费用
report-costs-chart-row = { $platform }：首次认证 { $first } 元，每次年审 { $annual } 元
report-costs-chart-caption = 金额单位：元；下表列出相同数字及其来源。

# 时间表。
report-timeline-title = 时间表
report-timeline-intro = 若于 { $start } 开始申请，各平台的申请步骤，按中国工作日计算。
report-col-workdays = 工作日
report-col-done = 预计完成
report-col-start-by = 最迟提交日
report-start-by-review = （年审）
report-start-by-none = 无截止日：尚未认证
report-only-if-needed = 仅在需要时
report-done-by = { $date } 前完成
report-submit-by = 最迟 { $date } 提交
report-timeline-chart-title = 未来工作日内的申请步骤
report-timeline-chart-row = { $platform }：预计 { $earliest } 至 { $latest } 完成
report-legend-earliest = 最短用时
report-legend-latest = 至最长用时
report-legend-weekend = 周末
report-legend-holiday = 法定节假日
report-legend-submit-by = 年审最迟提交日

# 年审。
report-renewals-title = 年审
report-renewals-none = 暂无已认证的平台需要年审。
report-not-certified = 尚未认证
report-col-certified = 认证日期
report-col-window = 窗口开启
report-col-remind = 提醒日
report-col-expires = 到期日
report-col-grace = 宽限期至
report-col-days-left = 剩余天数
report-col-status = 状态
report-col-fee = 费用（元）
report-renewals-chart-title = 未来十二个月的年审安排
report-renewals-chart-row = { $platform }：窗口 { $window } 开启，{ $remind } 提醒，{ $expires } 到期，宽限期至 { $grace }，状态：{ $status }
report-legend-window = 年审窗口
report-legend-remind = 提醒日
report-legend-start-by = 最迟提交日
report-legend-expiry = 到期日
report-legend-grace = 宽限期
report-legend-today = 今天
report-month = { $number }月
report-month-year = { $year }年{ $month }

# 材料与检查。
report-checklist-title = 需准备的材料
report-checklist-legend = ✓ 已备齐 · ! 有问题需处理 · 空框：尚待准备。
report-doc-provided = 已备齐
report-doc-problem = 有问题需处理
report-doc-todo = 尚待准备
report-doc-optional = · 视情况
report-findings-title = 申请前检查
report-findings-none = 未发现需要处理的问题
report-col-severity = 级别
report-col-finding = 问题
report-col-fix = 处理
report-severity-critical = 严重
report-severity-warning = 警告
report-severity-info = 提示

# 来源。
report-sources-title = 来源
report-sources-intro = 每个数字旁的编号指向这里：该数字依据的事实编号及其出处。
report-source-dated = （{ $publisher }，{ $date }；{ $trust }）
report-source-undated = （{ $publisher }；{ $trust }）

# 客户组合。
report-portfolio-eyebrow = 认证客户组合
report-portfolio-title = { $count } 个客户
report-card-clients = 客户
report-card-first-all = 所选全部平台的首次认证
report-card-due = 未来 12 个月应付
report-card-due-note = { $count } 笔付款
report-card-attention = 需关注的年审
report-card-attention-note = 待年审 { $due } · 已过期 { $expired } · 已失效 { $lapsed }
report-payments-title = 每月付款
report-payments-intro = 未来十二个月的付款，与 certplan forecast 一致：年审按提醒日计（提醒日已过则计入本月），首次认证按计划申请日计；事后退回的补贴不计入。
report-payments-chart-title = 各平台每月付款
report-col-month = 月份
report-col-month-total = 合计（元）
report-status-title = 各状态的认证
report-status-intro = 共 { $count } 项需年审的认证，按查询日的状态统计。
report-status-chart-title = 各状态的认证数量
report-col-certifications = 认证数
report-attention-title = 需处理的客户（{ $count } 家）
report-attention-intro = 有待年审、紧急、已过期或已失效认证的客户：先按最严重的状态，再按最近的截止日，再按涉及金额从高到低排列。点击列标题可排序。
report-attention-none = 没有需要处理的客户。
report-col-at-stake = 涉及金额（元）
report-clients-title-count = 其他客户（{ $count } 家）
report-clients-intro = 其余客户每家一行，按读取顺序排列。点击列标题可排序。如需每家客户的详细页面（费用、时间表、年审、材料、检查结果），请运行 certplan report 文件夹 -o 输出文件夹/
report-clients-pages-intro = 其余客户每家一行，按读取顺序排列。点击列标题可排序，点击客户名称可打开其详细页面。
report-col-client = 客户
report-col-next-payment = 下次付款
report-col-next-deadline = 最近截止日
report-col-open-findings = 待处理问题
report-open-findings = { $count } 项待处理
report-clients-detail-title = 各客户详情
report-clients-detail-intro = 展开客户可查看其费用、时间表、年审、材料与检查结果。
report-application = { $stage }——{ $action }
report-start-by-lapsed = 无：已失效（宽限期已于 { $grace_ended_on } 结束），须重新认证
report-start-by-late = 已过，请立即提交：预计 { $earliest } 至 { $latest } 完成
report-certified-no-review = 已认证；无年审
report-costs-note-no-review = 金额单位：元。所列平台均无年审，{ $years } 年合计即首次认证费用；“未通过时损失”为一次审核未通过时不退回的部分。
report-costs-chart-row-no-review = { $platform }：首次认证 { $first } 元，无年审
report-card-total-note-certified = 仍需支付：已认证平台只计今后的年审，新平台计首次认证和年审
report-costs-note-certified = 金额单位：元。{ $years } 年合计为仍需支付的费用：已认证的平台首次认证已付，只计这几年内的年审；尚未认证的平台计首次认证加 { $reviews } 次年审。“未通过时损失”为一次审核未通过时不退回的部分。

# Benefits.
report-benefits-title = 认证后可获得的权益
report-benefits-intro = 按所选平台列出认证前后可用的功能（与 certplan benefits 一致）；先列出已经限制本单位的事项及解决办法。
report-benefits-cost = （费用 { $cost } 元）

# 申请前检查：发现列表所在的表格（发现本身见 findings.ftl）。
check-title = 申请前检查，截至 { $date }
check-heading-severity = 级别
check-heading-platform = 平台
check-heading-finding = 问题
check-heading-fix = 处理
check-heading-source = 来源
check-severity-critical = 严重
check-severity-warning = 警告
check-severity-info = 提示
# 中文读者只看文字，不显示英文编号。
check-finding-cell = { $message }
check-verdict-critical = 结论：按现有材料申请很可能被驳回或无法提交（退出码 2）。
check-verdict-warning = 结论：存在已知的驳回风险（退出码 1）。
check-verdict-ok = 结论：未发现需要处理的问题。
check-causes-title = 已知的驳回原因（占驳回的比例）：
check-cause-ruled-out = 档案数据已排除
check-cause-at-risk = 档案数据显示有风险
check-cause-unknown = 档案无从判断，请自行核对
check-cause-line = { $platform } { $share }%：{ $text }——{ $status }

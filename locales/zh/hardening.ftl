# 保证输出可信的拒绝提示（加固第二轮）。
money-unrepresentable = { $profile }：{ $figure } 数额过大，无法精确计算；请检查规则文件中的金额（每项最多 1 亿元）
date-certified-in-future = { $key } = { $date } 晚于今天（{ $today }）：认证不可能在未来通过。
date-certified-in-future-fix = 请核对年份，是否应为 { $likely }？请填写认证实际通过的日期。

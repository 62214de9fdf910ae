# 保证输出可信的拒绝提示（加固第二轮）。
money-unrepresentable = { $profile }：{ $figure } 数额过大，无法精确计算；请检查规则文件中的金额（每项最多 1 亿元）
date-certified-in-future = { $key } = { $date } 晚于今天（{ $today }）：认证不可能在未来通过。
date-certified-in-future-fix = 请核对年份，是否应为 { $likely }？请填写认证实际通过的日期。
format-unsupported = `{ $command }` 没有 --format { $format }（可用格式：{ $formats }）
format-unsupported-nearest = `{ $command }` 没有 --format { $format }（可用格式：{ $formats }）；是否想用 `{ $nearest }`？
option-unused = `{ $command }` 不使用 { $options }：请去掉
option-output-is-input = -o { $path } 指向本命令的输入文件：certplan 绝不覆盖自己的输入，请换一个文件名

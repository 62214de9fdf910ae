# 保证输出可信的拒绝提示（加固第二轮）。
money-unrepresentable = { $profile }：{ $figure } 数额过大，无法精确计算；请检查规则文件中的金额（每项最多 1 亿元）
date-certified-in-future = { $key } = { $date } 晚于今天（{ $today }）：认证不可能在未来通过。
date-certified-in-future-fix = 请核对年份，是否应为 { $likely }？请填写认证实际通过的日期。
date-certified-in-future-fix-no-hint = 请核对年份，填写认证实际通过的日期。
format-unsupported = `{ $command }` 没有 --format { $format }（可用格式：{ $formats }）
format-unsupported-nearest = `{ $command }` 没有 --format { $format }（可用格式：{ $formats }）；是否想用 `{ $nearest }`？
option-unused = `{ $command }` 不使用 { $options }：请去掉
error-output-is-input = -o { $output } 就是本次运行读取的输入文件 { $input }（同一个文件）：certplan 绝不覆盖自己读取的文件，加 --force 也不行，请换一个文件名
error-output-in-input-folder = -o { $output } 是本次运行读取的文件夹 { $folder } 里的文件：certplan 绝不覆盖自己读取的文件，加 --force 也不行，请把输出放到这个文件夹之外
error-output-is-named-input = -o { $output } 是本次运行读取的输入文件：certplan 绝不覆盖自己读取的文件，加 --force 也不行，请换一个文件名
format-unsupported-by-name = -o { $file } 的扩展名对应 { $format } 格式，但 `{ $command }` 不输出这种格式（可用格式：{ $formats }）：请换一个扩展名，或用 --format 指定

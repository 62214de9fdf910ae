# 诊断：档案或规则文件中的问题，附行号与列号。
diagnostic-help = 提示：
diagnostic-more = …… { $file } 中还有 { $count } 个问题
diagnostic-did-you-mean = 是不是要写 `{ $best }`？可用的有：{ $allowed }
diagnostic-allowed = 可用的有：{ $allowed }
diagnostic-no-keys-here = 此处不能写任何键
diagnostic-no-values-here = 此处不能写任何值
diagnostic-unknown-key = 不认识的键 `{ $found }`
diagnostic-unknown-value = 不认识的取值 `{ $found }`
diagnostic-missing-key = 缺少必填的键 `{ $key }`
diagnostic-too-deep = 表或数组嵌套过深
diagnostic-too-deep-help = certplan 档案最多三层（如 [platforms.wecom]）
diagnostic-number-too-large = 数字 { $number } 太大
diagnostic-an-integer = 整数
diagnostic-a-boolean = 布尔值（true 或 false）
diagnostic-an-array = 数组
diagnostic-a-string = 字符串
diagnostic-a-table = 表
diagnostic-expected = 应为{ $expected }，实际为{ $found }
diagnostic-found-float = 小数 { $value }
diagnostic-found-integer = 整数 { $value }
diagnostic-found-string = 字符串 { $value }
diagnostic-found-boolean = 布尔值 { $value }
diagnostic-found-table = 表
diagnostic-found-array = 数组
profile-members-invalid = 须为不小于 1 的整数，实际为 { $found }
profile-empty = 不能为空
profile-unknown-document = 不认识的材料 `{ $slot }`
profile-no-platform = 档案没有选择任何平台
profile-no-platform-help = 请至少添加一个平台表，如 [platforms.wecom]；可选平台：{ $platforms }
profile-gov-account-kind = 政务微信账号只面向政府机关和事业单位，主体类型 `{ $kind }` 不能申请
profile-gov-account-kind-help = 删除 [platforms.gov_account]，或更正 org.kind（government 或 public_institution）
date-expected = 应为 YYYY-MM-DD 格式的日期，实际为 { $found }
date-not-calendar = { $date } 不是真实存在的日期
date-out-of-range = { $date } 超出 certplan 规划的日期范围 { $first } … { $last }
diagnostic-day-of-month = 不是真实存在的日期：该月只有 01 至 { $last } 日
diagnostic-duplicate-key = 同一个键写了两次，请只保留一处
diagnostic-toml-syntax = TOML 格式错误：{ $detail }
date-expected-time = 应为 YYYY-MM-DD 格式的日期（不带时间），实际为 { $found }
date-expected-kind = 应为 YYYY-MM-DD 格式的日期，实际为{ $kind ->
    [integer] 整数
    [float] 小数
    [boolean] 布尔值
    [string] 字符串
    [array] 数组
    [table] 表
   *[other] { $kind }
  } `{ $found }`
date-month-expected = 应为 YYYY-MM 格式的月份，如 2027-01；实际为 `{ $found }`
date-expected-write = 应为 YYYY-MM-DD 格式的日期，实际为 { $found }：请写成 { $date }

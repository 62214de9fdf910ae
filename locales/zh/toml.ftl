# TOML 语法错误的说明。
toml-with-expected = { $problem }，应为 { $expected }
toml-expected-separator = 或
toml-expected-key = 键名
toml-expected-value = 值
toml-expected-newline = 换行
toml-expected-nothing = 行尾
toml-other = 这里的写法不符合格式，请对照模板检查这一行
toml-unclosed-table = 表头没有闭合
toml-unclosed-array = 数组没有闭合
toml-unclosed-inline-table = 花括号没有闭合
toml-key-without-value = 这一行只有键名，没有“=”和值
toml-missing-value = 等号后面缺少值
toml-unquoted-string = 文字须用英文双引号括起来
toml-invalid-string = 引号里的文字有误（引号须成对，且为英文引号）
toml-invalid-escape = 反斜杠后的转义写法有误
toml-invalid-key = 键名有误（只能用字母、数字、下划线和连字符）
toml-invalid-line = 这一行无法识别
toml-one-per-line = 一行只能写一个“键 = 值”
toml-missing-comma = 缺少逗号
toml-extra-comma = 多了一个逗号
toml-extra-equals = 多了一个等号
toml-invalid-value = 等号后面的值无法识别
toml-invalid-number = 数字写法有误
toml-invalid-date = 日期或时间写法有误
toml-invalid-comment = 注释中有不允许的控制字符
toml-lone-carriage-return = 回车符后须紧跟换行符
toml-redefined = 这个表或键已经定义过，不能再次扩展

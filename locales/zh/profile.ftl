# 用中文输入法手工填写的档案。
ime-full-width = 发现全角字符 { $found }（{ $code }），TOML 需要英文半角的 { $ascii }
ime-full-width-help = 请改用英文半角符号 { $ascii }（把输入法切换到英文标点）
ime-number = { $found } 不是 TOML 能读的数字：不要千位分隔符、空格、单位或引号
ime-date = { $found } 不是 TOML 能读的日期：日期写作“年-月-日”，月和日各两位
ime-chinese-name = “{ $found }”是中文名称；{ $key } 需要填写英文标识
ime-write = 请写成 { $text }
init-wrote = 已写入 { $path }；编辑后运行：certplan quote { $path }
ime-number-quoted = { $found } 带了引号，是文字；{ $key } 需要不带引号的数字
ime-space = 空格
ime-trailing-comma = 请删掉它：TOML 的行末不加逗号
ime-boolean = { $found } 不是 TOML 的布尔值：{ $key } 只能填 true 或 false
ime-unquoted = { $found } 是文字：文字要用英文双引号括起来
ime-full-width-space-help = 请改用英文半角空格（把输入法切换到半角）

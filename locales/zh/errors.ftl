# certplan 写到标准错误的内容。
report-error = certplan：错误：{ $message }
report-warning = certplan：警告：{ $message }
report-note = certplan：提示：{ $message }
error-unreadable = 无法读取 { $path }：{ $why }
error-not-a-file = { $path }：这是{ $kind }，不是普通文件；certplan 只从普通文件读取档案、规则和节假日文件
error-too-large = { $path }：超过 { $limit } KiB，超出 certplan 对此类文件的读取上限（档案通常只有几 KB）
error-no-default-profile = 没有指定档案，当前目录下也没有 certplan.toml：请指定档案或档案所在的文件夹，或用 `certplan init` 创建一个
error-no-profiles = { $path }：该目录下没有 *.toml 档案
error-output-exists = { $path } 已存在；除非加上 --force，certplan 不会覆盖文件
error-cannot-write = 无法写入 { $path }：{ $why }
error-not-regular-output = { $path } 是{ $kind }，不是普通文件：certplan 只写普通文件（即使加了 --force）；请换一个新文件名或已有的普通文件
error-stdout = 无法写入标准输出：{ $why }
io-not-found = 文件或目录不存在
io-permission = 没有权限
io-closed = 已关闭
io-full = 磁盘空间不足
# 每次运行只说一次的提示（src/cli/notes.rs）。
notes-profiles = 涉及 { $count } 份档案（{ $first } 等）：{ $note }
notes-more-errors = 另有 { $count } 个错误未列出（共 { $total } 个）
output-held-back = 未写入 { $path }：有档案或名单行无法读取（见上文）；请改正或移除后重新运行
client-id-repeated = { $profile } 的客户编号 { $id } 与 { $first } 相同，两者都会计算；如果同一份名单被导入了两次，请删除重复的文件

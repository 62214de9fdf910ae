# 读取输入文件：不是 UTF-8 编码的文本。
file-not-utf8 = 文件不是 UTF-8 编码（无法识别的字节 0x{ $byte }）
file-not-utf8-gbk = 文件不是 UTF-8 编码：检测到 GBK 编码（中文 Windows 默认的保存格式）
file-not-utf8-utf16 = 文件不是 UTF-8 编码：检测到 UTF-16 编码（记事本中称为“Unicode”）
file-save-as-utf8 = 请另存为 UTF-8（记事本：“另存为”，编码选“UTF-8”）
file-kind-directory = 文件夹
file-kind-fifo = 命名管道
file-kind-device = 设备文件
file-kind-socket = 套接字
file-kind-link = 符号链接
file-kind-link-elsewhere = 指向非普通文件的链接
file-kind-special = 特殊文件
general-lists-filters = { $filters } 用于筛选通用清单：请不要同时指定档案
io-is-directory = 这是一个文件夹
io-read-only = 文件系统是只读的
nagios-invalid-arguments = 参数有误（详见标准错误输出中的说明）

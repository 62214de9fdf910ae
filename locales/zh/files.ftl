# 已准备的文件（[documents] 中的路径），按文件内容判断。
file-missing = { $path } 不存在
file-unreadable = { $path } 无法读取：{ $why }
file-not-a-document = { $path } 不是 JPG、PNG 或 PDF 文件（按文件内容判断）
file-misnamed = { $path } 实际是 { $actual } 文件，扩展名却是 .{ $claimed }
file-format-not-accepted = { $path } 是 { $actual } 格式，此处只接受 { $accepted }
file-too-large = { $path } 大小为 { $size }，超过上限 { $limit }
checklist-slot-or = { " 或 " }
checklist-slot-and = 、
checklist-not-listed = [documents] 中未列出：{ $slots }

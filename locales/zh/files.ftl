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
file-broken = { $path } 已损坏或不完整：任何阅读器都打不开
file-pdf-password = { $path } 需要密码才能打开：审核人员无法查看
file-pdf-restricted = { $path } 是加密的 PDF，设有权限限制（无需密码即可打开，但可能禁止打印或复制）
file-pdf-no-pages = { $path } 是没有页面的 PDF
file-pdf-small-page = { $path }：第 { $page } 页（共 { $pages } 页）为 { $width } × { $height } 毫米，比身份证还小，不是按原件实际尺寸扫描的
file-too-few-pixels = { $path } 为 { $width } × { $height } 像素：短边不足 { $minimum } 像素，印章和数字无法辨认
file-few-pixels = { $path } 为 { $width } × { $height } 像素：短边不足 { $minimum } 像素，较小的印章和数字可能看不清

# `check`：档案尚未列出任何已准备的文件。
check-documents-unlisted = 尚未列出任何材料：档案中没有 [documents] 表，需准备的必备材料共 { $count } 份
check-documents-unlisted-fix = 在 [documents] 下逐项写明已准备的文件（键名见 `certplan checklist`），再运行 `certplan check`

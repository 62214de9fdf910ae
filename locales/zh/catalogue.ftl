# 目录本身：供文档示例与测试使用。
catalogue-language = 中文
catalogue-example = { $days } 个工作日

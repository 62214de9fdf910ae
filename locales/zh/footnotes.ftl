# 每张表下方的编号来源。
footnotes-title = 来源：
footnote = [{ $number }] 《{ $title }》（{ $publisher }；{ $trust }）
footnote-dated = [{ $number }] 《{ $title }》（{ $publisher }，{ $date }；{ $trust }）
source-title = 《{ $title }》

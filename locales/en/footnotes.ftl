# Numbered sources under every table.
footnotes-title = Sources:
footnote = [{ $number }] { $id } — { $title } ({ $publisher }; { $trust })
footnote-dated = [{ $number }] { $id } — { $title } ({ $publisher }, { $date }; { $trust })
source-title = { $title }

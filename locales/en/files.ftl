# Prepared files (paths in [documents]) judged by their content.
file-missing = { $path } does not exist
file-unreadable = { $path } cannot be read: { $why }
file-not-a-document = { $path } is not a JPG, PNG or PDF file (judged by its content)
file-misnamed = { $path } is really a { $actual } file but is named .{ $claimed }
file-format-not-accepted = { $path } is { $actual }, but only { $accepted } is accepted here
file-too-large = { $path } is { $size }, over the { $limit } limit
checklist-slot-or = { " or " }
checklist-slot-and = { ", " }
checklist-not-listed = { $slots } not listed under [documents]

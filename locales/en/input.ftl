# Reading input files: text that is not UTF-8.
file-not-utf8 = the file is not UTF-8 text (invalid byte 0x{ $byte })
file-not-utf8-gbk = the file is not UTF-8 text: it is GBK, the encoding Chinese Windows saves by default
file-not-utf8-utf16 = the file is not UTF-8 text: it is UTF-16 (what Notepad calls “Unicode”)
file-save-as-utf8 = save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)
file-kind-directory = directory
file-kind-fifo = FIFO
file-kind-device = device
file-kind-socket = socket
file-kind-link = symbolic link
file-kind-link-elsewhere = link to something other than a file
file-kind-special = special file
general-lists-filters = { $filters } filter the general lists: give them without a PROFILE
io-is-directory = it is a directory
io-read-only = the file system is read-only
nagios-invalid-arguments = invalid arguments (see the message on stderr)

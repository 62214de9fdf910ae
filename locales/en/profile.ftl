# Profiles typed by hand with a Chinese input method.
ime-full-width = found the full-width { $found } ({ $code }) where TOML needs the ASCII { $ascii }
ime-full-width-help = type the half-width (ASCII) { $ascii } instead: switch the input method to English punctuation
ime-number = { $found } is not a number TOML reads: no thousands separators, spaces, units or quotes
ime-date = { $found } is not a date TOML reads: dates are year-month-day with two-digit month and day
ime-chinese-name = `{ $found }` is the Chinese name; { $key } takes the id
ime-write = write { $text }
init-wrote = wrote { $path }; edit it, then run: certplan quote { $path }
ime-number-quoted = { $found } is text in quotes; { $key } takes a plain number
ime-space = space
ime-trailing-comma = delete it: a TOML line ends without a comma
ime-boolean = { $found } is not a TOML boolean: { $key } takes true or false
ime-unquoted = { $found } is text: text needs double quotes
ime-full-width-space-help = type an ASCII space instead: switch the input method to half-width

# The TOML parser's syntax errors in words.
toml-with-expected = { $problem }, expected { $expected }
toml-expected-separator = { " or " }
toml-expected-key = a key
toml-expected-value = a value
toml-expected-newline = a new line
toml-expected-nothing = the end of the line
toml-other = this cannot be read
toml-unclosed-table = the table header is not closed
toml-unclosed-array = the array is not closed
toml-unclosed-inline-table = the braces are not closed
toml-key-without-value = a key with no `=` and no value
toml-missing-value = no value after `=`
toml-unquoted-string = text must be in double quotes
toml-invalid-string = the quoted text is not valid (quotes come in pairs, ASCII quotes only)
toml-invalid-escape = the escape after a backslash is not valid
toml-invalid-key = the key is not valid (letters, digits, `_` and `-` only)
toml-invalid-line = this line cannot be read
toml-one-per-line = one `key = value` per line
toml-missing-comma = a comma is missing
toml-extra-comma = one comma too many
toml-extra-equals = one `=` too many
toml-invalid-value = the value after `=` cannot be read
toml-invalid-number = the number is not written as TOML writes numbers
toml-invalid-date = the date or time is not valid
toml-invalid-comment = the comment holds a control character
toml-lone-carriage-return = a carriage return must be followed by a line feed
toml-redefined = this table or key is already defined and cannot be extended
toml-missing-key = a key is missing

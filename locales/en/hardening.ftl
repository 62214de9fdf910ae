# Refusals that keep output honest (issue: hardening round 2).
money-unrepresentable = { $profile }: { $figure } is too large to compute exactly; check the amounts in the rules file (each at most 100 million CNY)
date-certified-in-future = { $key } = { $date } is after today ({ $today }): a certification cannot be approved in the future.
date-certified-in-future-fix = Check the year: did you mean { $likely }? Write the day the certification was approved.
date-certified-in-future-fix-no-hint = Check the year, and write the day the certification was approved.
format-unsupported = `{ $command }` has no --format { $format } (it has: { $formats })
format-unsupported-nearest = `{ $command }` has no --format { $format } (it has: { $formats }); did you mean `{ $nearest }`?
option-unused = `{ $command }` does not use { $options }: leave { $count ->
    [one] it
   *[other] them
} out
error-output-is-input = -o { $output } is { $input }, an input of this run (the same file): certplan never writes over what it reads, even with --force; choose another file
error-output-in-input-folder = -o { $output } is a file in { $folder }, a folder this run reads: certplan never writes over what it reads, even with --force; choose a file outside it
error-output-is-named-input = -o { $output } is an input of this run: certplan never writes over what it reads, even with --force; choose another file
format-unsupported-by-name = -o { $file } asks for { $format } by its name, which `{ $command }` does not write (it has: { $formats }): name the file for one of them, or give --format

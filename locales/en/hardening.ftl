# Refusals that keep output honest (issue: hardening round 2).
money-unrepresentable = { $profile }: { $figure } is too large to compute exactly; check the amounts in the rules file (each at most 100 million CNY)
date-certified-in-future = { $key } = { $date } is after today ({ $today }): a certification cannot be approved in the future.
date-certified-in-future-fix = Check the year: did you mean { $likely }? Write the day the certification was approved.
format-unsupported = `{ $command }` has no --format { $format } (it has: { $formats })
format-unsupported-nearest = `{ $command }` has no --format { $format } (it has: { $formats }); did you mean `{ $nearest }`?
option-unused = `{ $command }` does not use { $options }: leave { $count ->
    [one] it
   *[other] them
} out
option-output-is-input = -o { $path } names an input of this command: certplan never writes over its own input; choose another file

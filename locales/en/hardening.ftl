# Refusals that keep output honest (issue: hardening round 2).
money-unrepresentable = { $profile }: { $figure } is too large to compute exactly; check the amounts in the rules file (each at most 100 million CNY)
date-certified-in-future = { $key } = { $date } is after today ({ $today }): a certification cannot be approved in the future.
date-certified-in-future-fix = Check the year: did you mean { $likely }? Write the day the certification was approved.

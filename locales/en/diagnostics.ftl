# Diagnostics: problems in a profile or rules file, at their line and column.
diagnostic-help = help:{" "}
diagnostic-more = … and { $count } more { $count ->
    [one] problem
   *[other] problems
  } in { $file }
diagnostic-did-you-mean = did you mean `{ $best }`? allowed: { $allowed }
diagnostic-allowed = allowed: { $allowed }
diagnostic-no-keys-here = no keys are allowed here
diagnostic-no-values-here = no values are allowed here
diagnostic-unknown-key = unknown key `{ $found }`
diagnostic-unknown-value = unknown value `{ $found }`
diagnostic-missing-key = missing required key `{ $key }`
diagnostic-too-deep = tables or arrays are nested too deeply
diagnostic-too-deep-help = certplan profiles are at most three levels deep ([platforms.wecom])
diagnostic-number-too-large = the number { $number } is too large
diagnostic-an-integer = an integer
diagnostic-a-boolean = true or false
diagnostic-an-array = an array
diagnostic-a-string = a string
diagnostic-a-table = a table
diagnostic-expected = expected { $expected }, found { $found }
diagnostic-found-float = floating point { $value }
diagnostic-found-integer = integer { $value }
diagnostic-found-string = string { $value }
diagnostic-found-boolean = boolean { $value }
diagnostic-found-table = a table
diagnostic-found-array = an array
profile-members-invalid = must be an integer ≥ 1, found { $found }
profile-empty = must not be empty
profile-unknown-document = unknown document `{ $slot }`
profile-no-platform = the profile chooses no platform
profile-no-platform-help = add at least one table such as [platforms.wecom]; platforms: { $platforms }
profile-gov-account-kind = a government account is only for government bodies and public institutions, not for kind `{ $kind }`
profile-gov-account-kind-help = remove [platforms.gov_account], or correct org.kind (government | public_institution)
date-expected = expected a date YYYY-MM-DD, found { $found }
date-not-calendar = { $date } is not a calendar date
date-out-of-range = { $date } is outside { $first } … { $last }, the days certplan plans for
diagnostic-day-of-month = invalid date: that month has days 01 to { $last }
diagnostic-duplicate-key = duplicate key: it is set twice; keep one
diagnostic-toml-syntax = { $detail }
date-expected-time = expected a date YYYY-MM-DD, found date-time { $found }
date-expected-kind = expected a date YYYY-MM-DD, found { $kind } `{ $found }`
date-month-expected = expected a month as YYYY-MM, e.g. 2027-01; found `{ $found }`
date-expected-write = expected a date YYYY-MM-DD, found { $found }: write { $date }

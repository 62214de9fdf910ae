# Monitoring (remind --nagios).
nagios-unreadable = { $count ->
    [one] 1 profile could not be read
   *[other] { $count } profiles could not be read
}
nagios-nothing = no certification dates to watch
nagios-nearest = nearest { $org } { $platform } expires { $expires } ({ $days ->
    [one] 1 day left
   *[other] { $days } days left
})
nagios-nearest-past = nearest { $org } { $platform } expired { $expires } ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
})
remind-not-certified = not certified
remind-not-certified-advice = not certified yet: nothing to renew; `certplan quote` gives the first certification's cost and `certplan timeline` its dates.
quote-summary-needs-csv = --summary is for --format csv (one row per profile)
bom-needs-csv = --bom is for CSV output: add --format csv

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

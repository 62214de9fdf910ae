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
remind-late = too late to finish before expiry on { $expires } (the last day to submit was { $start_by }); submitted today, the review ends between { $earliest } and { $latest }, { $grace }; fee { $fee } CNY.
remind-late-maybe = { $start_by } was the last day to be sure of finishing before expiry on { $expires }; submitted today, the review ends between { $earliest } and { $latest }, { $grace }; fee { $fee } CNY.
remind-late-within-grace = within the grace period (until { $grace }): submit now
remind-late-grace-at-risk = possibly after the grace period ends on { $grace }, when the certification lapses: submit now
remind-late-after-grace = after the grace period ends on { $grace }: expect the certification to lapse and a full re-certification
nagios-too-late = too late to finish its review before expiry
timeline-late-start = the start day { $start } has passed: starting today ({ $today }), it is done between { $earliest } and { $latest }
nagios-count = { $count } { $id }
nagios-unsure = { $count ->
    [one] 1 profile rests
   *[other] { $count } profiles rest
  } on data certplan does not have (--strict)
remind-crit-above-warn = --crit-days { $crit } is more than --warn-days { $warn }
remind-nagios-format = --nagios prints one monitoring line and takes no --format ({ $format } was given)
nagios-separator = {"; "}
remind-certified-in-future = certified_on in the future?
remind-certified-in-future-advice = certified on { $date }, after { $as_of }: a certification cannot be approved in the future, so no review is planned from it; check the year of certified_on.
remind-application-under-way = not certified yet; its application is on record (latest step: { $event }, { $on }): `certplan status` follows it — what is due, by when, and the money.

# The remind command's table, to-do list and calendar.
remind-no-platform-has-certified-on = No platform has certified_on: nothing to remind.
remind-to-do = To do:
remind-annual-reviews-as-of = annual reviews as of { $date }
remind-certified = Certified
remind-expires = Expires
remind-window-opens = Window opens
remind-remind-on = Remind on
remind-grace-ends = Grace ends
remind-days-left = Days left
remind-no-review-advice = no annual review: nothing to renew.
ics-certification-reviews = Certification reviews
ics-annual-review-window-opens = annual review window opens
ics-annual-review-reminder = annual review reminder
ics-certification-expires = certification expires
remind-advice-lapsed = lapsed (grace ended { $grace }): certify again in full — pay the review fee again and have every document reviewed again (the same holds after cancelling certification yourself): { $fee } CNY, { $min }–{ $max } working days of review.
remind-advice-expired = expired on { $expires }: review now, before { $grace } at the latest; fee { $fee } CNY.
remind-advice-upcoming = review window opens { $opens }; submit by { $start_by } (review takes { $min }–{ $max } working days) to finish before expiry on { $expires }; fee { $fee } CNY.
remind-advice-refresh = { $advice } Refresh: { $documents }.
list-separator = {", "}
remind-todo = - { $platform }: { $text }
remind-todo-provisional = - { $platform }: { $text } (dates provisional)
remind-profile-note = - { $text } { $cite }
remind-notes-title = Notes:
ics-last-day-to-submit = last day to submit the annual review
ics-grace-period-ends = grace period ends (the certification lapses after it)
ics-platform-notice = platform expiry notice ({ $before } before expiry)
ics-months-before = { $months ->
    [one] 1 month
   *[other] { $months } months
  }
ics-days-before = { $days } days
ics-summary = { $platform } { $what }: { $org }
ics-source = Source: { $fact } · { $source }

# The timeline command.
timeline-certification-timeline-starting = certification timeline starting { $start }
timeline-step = Step
timeline-duration = Duration
timeline-done-between = Done between
timeline-only-if-needed = only if needed
timeline-expected-done = Expected done: { $earliest } to { $latest } ({ $min }–{ $max } working days)
timeline-expected-done-provisional = Expected done: { $earliest } to { $latest } ({ $min }–{ $max } working days; provisional: reaches a year whose holidays are not published)
timeline-legend = ↳ happens within the review period above; ? happens only on trouble and is not counted.
timeline-days = { $range } { $unit }
timeline-days-about = about { $days } { $unit }
timeline-days-at-most = ≤ { $days } { $unit }
timeline-basis-annual-review = Certified on { $certified_on }, expiring { $expires_on }: these are the annual review's steps, submitted from { $start } (the review window opens { $window_opens_on }).
timeline-basis-recertification = Certified on { $certified_on }, but the grace period ended { $grace_ended_on } (lapsed): these are the steps of a full certification again.
timeline-certified-without-review = { $platform }: certified on { $certified_on }; no annual review, nothing to plan.
timeline-basis-annual-review-expired = Certified on { $certified_on }, expired { $expires_on }; the grace period lasts until { $grace_ends_on }: these are the annual review's steps, submitted from { $start }.

# Application history (`[[platforms.<id>.events]]`), `status` and `log`.
event-kind-ordered = ordered
event-kind-paid = paid
event-kind-submitted = submitted
event-kind-info_requested = information requested
event-kind-resubmitted = resubmitted
event-kind-rejected = rejected
event-kind-approved = approved
event-kind-refunded = refunded
event-kind-cancelled = cancelled
history-date-before = event `{ $id }` on { $on } is dated before the event before it ({ $previous }): events are listed oldest first
history-not-after = event `{ $id }` cannot follow `{ $previous }`
history-not-first = event `{ $id }` cannot be the first event: an application starts with ordered, paid or submitted
history-allowed = allowed here: { $allowed }
history-certified-disagrees = certified_on { $given } disagrees with the latest `approved` event ({ $approved })
history-certified-disagrees-help = delete certified_on (the events already say when it was approved), or correct one of the two dates

stage-not_started = not started
stage-ordered = ordered, unpaid
stage-paid = paid, not submitted
stage-in_review = in review
stage-info_requested = information requested
stage-rejected = rejected
stage-approved = approved
stage-refunded = refunded
stage-cancelled = cancelled
stage-expired = expired
stage-lapsed = lapsed

attention-ok = nothing to do
attention-action = action needed
attention-overdue = overdue
attention-money_at_risk = money at risk

# `remind --format prometheus`: the HELP line of each metric.
prometheus-help-certplan-review-expiry-timestamp-seconds = End of the last valid day of the certification (next midnight, China time, UTC+8), in Unix seconds.
prometheus-help-certplan-review-start-by-timestamp-seconds = End of the last day to submit the annual review so that the slowest review ends by expiry (China time), in Unix seconds.
prometheus-help-certplan-review-days-left = Days from the as-of day to expiry (negative once past).
prometheus-help-certplan-review-status = Status of the certification on the as-of day: 1 for the current status, 0 for the others.
prometheus-help-certplan-reviews = Platforms applied for, per status.
prometheus-help-certplan-profiles-failed = Profiles that could not be read or were invalid.
prometheus-help-certplan-calendar-provisional = 1 when a date rests on a year without a State Council holiday notice (provisional), else 0.
prometheus-duplicate = client { $client } has { $platform } in more than one profile: the metrics keep the first (give each profile its own client_id).

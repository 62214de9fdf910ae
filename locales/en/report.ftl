# certplan report: the HTML page for one organisation or a portfolio.
report-needs-output = report writes an HTML page: give -o FILE (or --format html to send it into a pipe)
report-page-title = { $org } — certification plan
report-eyebrow = Certification plan
report-kind = Kind
report-members = Members
report-members-count = { $count }
report-client-id = Client id
report-region = Region
report-as-of = As of
report-rules = Rules
report-rules-embedded = built in (certplan { $version }), last change { $changed }
report-rules-file = { $file }, last change { $changed }
report-language = Language
report-footer = Made by certplan { $version } for { $as_of }. Figures are planning estimates from the cited sources; check the platform's own page before paying.
report-assumed-days = Assumed days off (holiday law, no State Council notice yet): { $days }. Dates that reach them are provisional.
report-list-separator = { "; " }
report-separator = :{ " " }
report-today = today

# Summary cards.
report-card-first = First certification
report-card-first-still = First certification still to come
report-card-net = { $amount } after the expected subsidy
report-card-platforms = { $count ->
    [one] 1 platform
   *[other] { $count } platforms
}
report-card-total = { $years }-year total
report-card-total-note = first certification and { $reviews } annual reviews
report-card-deadline = Next deadline
report-card-no-deadline = nothing certified to renew
report-card-findings = Open findings
report-card-findings-note = warnings and critical findings
report-card-critical = { $count ->
    [one] 1 critical
   *[other] { $count } critical
}
report-card-renewals = Renewals
report-card-renewals-note = { $count ->
    [one] 1 certification tracked
   *[other] { $count } certifications tracked
}
report-deadline-submit = { $platform }: last day to submit the annual review
report-deadline-expires = { $platform }: too late to finish the review before this expiry
report-deadline-grace = { $platform }: the grace period ends

# Costs.
report-costs-title = Costs
report-col-platform = Platform
report-col-first = First certification
report-col-failed = If rejected
report-col-annual = Each annual review
report-col-subsidy = Subsidy
report-col-total = { $years }-year total
report-col-all = All platforms
report-no-annual-review = no review
report-line-annual = charged again
report-line-refunded = refunded
report-line-not-refunded = not refunded
report-costs-note = Amounts in CNY. The { $years }-year total is the first certification and { $reviews } annual reviews; "If rejected" is what a failed attempt costs (the part not refunded).
report-costs-net = Net of the expected subsidy (reimbursed later): { $amount } CNY.
report-costs-chart-title = First certification and annual review per platform
report-costs-chart-row = { $platform }: first certification { $first } CNY, each annual review { $annual } CNY
report-costs-chart-caption = Amounts in CNY; the table below holds the same figures with their sources.

# Timeline.
report-timeline-title = Timeline
report-timeline-intro = The application steps of each platform if started on { $start }, counted in China working days.
report-col-workdays = Working days
report-col-done = Expected completion
report-col-start-by = Last day to submit
report-start-by-review = (annual review)
report-start-by-none = no deadline: not certified yet
report-only-if-needed = only if needed
report-done-by = done by { $date }
report-submit-by = submit by { $date }
report-timeline-chart-title = Application steps over the working days ahead
report-timeline-chart-row = { $platform }: done between { $earliest } and { $latest }
report-legend-earliest = shortest duration
report-legend-latest = up to the longest duration
report-legend-weekend = weekend
report-legend-holiday = public holiday
report-legend-submit-by = last day to submit the annual review

# Renewals.
report-renewals-title = Renewals
report-renewals-none = No certified platform to renew yet.
report-not-certified = not certified yet
report-col-certified = Certified
report-col-window = Window opens
report-col-remind = Reminder
report-col-expires = Expires
report-col-grace = Grace ends
report-col-days-left = Days left
report-col-status = Status
report-col-fee = Fee (CNY)
report-renewals-chart-title = Annual reviews over the next twelve months
report-renewals-chart-row = { $platform }: window opens { $window }, reminder { $remind }, expires { $expires }, grace ends { $grace }, status { $status }
report-legend-window = review window
report-legend-remind = reminder day
report-legend-start-by = last day to submit
report-legend-expiry = expiry
report-legend-grace = grace period
report-legend-today = today
report-month = { $month ->
    [jan] Jan
    [feb] Feb
    [mar] Mar
    [apr] Apr
    [may] May
    [jun] Jun
    [jul] Jul
    [aug] Aug
    [sep] Sep
    [oct] Oct
    [nov] Nov
   *[dec] Dec
}
report-month-year = { $month } { $year }

# Checklist and findings.
report-checklist-title = Documents to prepare
report-checklist-legend = ✓ provided · ! a problem to fix · empty box: still to prepare.
report-doc-provided = provided
report-doc-problem = a problem to fix
report-doc-todo = still to prepare
report-doc-optional = (if applicable)
report-findings-title = Pre-flight check
report-findings-none = nothing needs attention
report-col-severity = Severity
report-col-finding = Finding
report-col-fix = Fix
report-severity-critical = critical
report-severity-warning = warning
report-severity-info = info

# Sources.
report-sources-title = Sources
report-sources-intro = Each figure's number leads here: the fact it rests on and where that fact comes from.
report-source-dated = { " " }({ $publisher }, { $date }; { $trust })
report-source-undated = { " " }({ $publisher }; { $trust })

# Portfolio.
report-portfolio-eyebrow = Certification portfolio
report-portfolio-title = { $count ->
    [one] 1 client
   *[other] { $count } clients
}
report-card-clients = Clients
report-card-first-all = first certification of every platform chosen
report-card-due = Due in the next 12 months
report-card-due-note = { $count ->
    [one] 1 payment
   *[other] { $count } payments
}
report-card-attention = Renewals needing attention
report-card-attention-note = { $due } due · { $expired } expired · { $lapsed } lapsed
report-payments-title = Payments per month
report-payments-intro = Payments in the next twelve months, as certplan forecast gives them: annual reviews on their reminder day (this month once that day has passed), first certifications on their planned day; subsidies coming back are not counted.
report-payments-chart-title = Payments per month by platform
report-col-month = Month
report-col-month-total = Total (CNY)
report-status-title = Certifications by status
report-status-intro = { $count ->
    [one] 1 certification with an annual review, by its status on the as-of day.
   *[other] { $count } certifications with an annual review, by their status on the as-of day.
}
report-status-chart-title = Certifications by status
report-col-certifications = Certifications
report-attention-title = { $count ->
    [one] 1 client needs action
   *[other] { $count } clients need action
}
report-attention-intro = Clients with a review due, critical, expired or lapsed: the worst status first, then the nearest deadline, then the most money at stake. Click a column heading to sort.
report-attention-none = No client needs action.
report-col-at-stake = At stake (CNY)
report-clients-title-count = { $count ->
    [one] 1 other client
   *[other] { $count } other clients
}
report-clients-intro = Every other client, one row each, in the order read. Click a column heading to sort. Each client's own page (costs, timeline, renewals, documents, findings): certplan report DIR -o FOLDER/
report-clients-pages-intro = Every other client, one row each, in the order read. Click a column heading to sort, a name to open the client's own page.
report-col-client = Client
report-col-next-payment = Next payment
report-col-next-deadline = Next deadline
report-col-open-findings = Open findings
report-open-findings = { $count ->
    [one] 1 open finding
   *[other] { $count } open findings
}
report-clients-detail-title = Each client
report-clients-detail-intro = Open a client to see its costs, timeline, renewals, documents and findings.
report-application = { $stage } — { $action }
report-start-by-lapsed = none: lapsed (grace period ended { $grace_ended_on }), certify again
report-start-by-late = passed: submit today, done { $earliest } to { $latest }
report-certified-no-review = certified; no annual review
report-costs-note-no-review = Amounts in CNY. None of these platforms has an annual review: the { $years }-year total is the first certification; "If rejected" is what a failed attempt costs (the part not refunded).
report-costs-chart-row-no-review = { $platform }: first certification { $first } CNY, no annual review
report-card-total-note-certified = still to pay: a certified platform's reviews ahead, a new one's first certification and reviews
report-costs-note-certified = Amounts in CNY. The { $years }-year total is what is still to pay: for a platform already certified, its annual reviews in those years (its first certification is paid); for a new one, the first certification and { $reviews } annual reviews. "If rejected" is what a failed attempt costs (the part not refunded).

# Benefits.
report-benefits-title = What certification unlocks
report-benefits-intro = Per platform chosen, what an organisation can do without and with certification (as certplan benefits gives it); first, what already binds this organisation, with the fix.
report-benefits-cost = (costs { $cost } CNY)

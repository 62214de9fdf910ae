# certplan forecast: dated payments by month.
forecast-title = payments { $from } to { $to }, as of { $as_of }
forecast-none = No payments in this window.
forecast-col-month = Month
forecast-col-date = Date
forecast-col-platform = Platform
forecast-col-event = Payment
forecast-col-amount = CNY
forecast-col-source = Source
forecast-col-count = Payments
forecast-event-first = First certification
forecast-event-recertification = Re-certification (lapsed)
forecast-event-review = Annual review
forecast-event-subsidy = Subsidy back
forecast-event-refund = Refund due back
forecast-month-total = = { $month } total
forecast-total = = Total
forecast-gross = = Paid
forecast-subsidy-total = = Subsidies back
forecast-net = = Net of subsidies
forecast-notes = Notes:
forecast-note-pay-on = Reviews are paid on { $pay_on ->
    [window] the day the review window opens (3 months before expiry)
    [start-by] the latest day to submit so that the slowest review ends by expiry
   *[remind] the reminder day (60 days before expiry)
}; a review already due or past that day is paid on { $as_of }; a platform not certified yet pays on its planned_on (or { $as_of }) and is expected approved at the timeline's latest completion.
forecast-note-renewal = Each annual review renews the certification from the day after its expiry, so reviews fall on the anniversaries; more than 30 days after expiry a certification has lapsed and is paid again at the first-time price.
forecast-note-subsidy = A subsidy is reimbursed after payment: it is listed as a negative payment on the day of the expected approval.
forecast-note-assumed-days = Assumed days off (holiday law): { $days }
forecast-summary-title = All { $count } profiles: payments by month, { $from } to { $to }
forecast-col-profiles = Profiles

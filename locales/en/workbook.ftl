# Workbooks for people: sheet names, and the days off assumed from the holiday law.
xlsx-sheet-payments = payments
xlsx-sheet-by-month = by month
xlsx-sheet-about = about
xlsx-sheet-quote = quote
xlsx-sheet-remind = remind
xlsx-assumed-day = { $date } { $name } ({ $chinese }), { $kind }
xlsx-day-statutory = statutory
xlsx-day-substitute = substitute day off
xlsx-day-separator = {"; "}
xlsx-pay-on = { $pay_on ->
    [window] the day the review window opens (window)
    [start-by] the latest day to submit (start-by)
   *[remind] the reminder day (remind)
}
xlsx-row-fee = fee
xlsx-row-exemption = exemption
xlsx-row-subsidy = subsidy
xlsx-row-summary = platform total
xlsx-row-total = total

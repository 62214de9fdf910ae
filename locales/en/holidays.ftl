# Working-day calendar: years, special days, the holiday law (HOLIDAY-LAW, HOLIDAY-NOTICE).
holidays-list-title = Special days of { $year }
holidays-column-date = Date
holidays-column-weekday = Day
holidays-column-kind = Kind
holidays-column-holiday = Holiday
holidays-column-origin = From
holidays-kind-statutory = statutory holiday
holidays-kind-substitute = substitute day off
holidays-kind-bridging = bridging day off
holidays-kind-workday = make-up working day
holidays-kind-weekend = weekend in the holiday
holidays-origin-embedded = notice { $source }
holidays-origin-file = { $path } ({ $source })
holidays-origin-law = holiday law (provisional)
holidays-list-provisional = { $year } has no State Council notice in certplan's data: these are the statutory days and substitute days the holiday law fixes. Bridging days and make-up Saturdays (调休) are unknown until the notice; when it appears, add it with --holidays FILE.
holidays-list-empty = certplan knows no special days of { $year }: there is no notice for it and the holiday law is computed for { $first }–{ $last } only. Monday to Friday count as working days.
holidays-years-title = Working-day calendar
holidays-column-year = Year
holidays-column-status = Status
holidays-column-source = Source
holidays-status-official = official
holidays-status-file = official, from { $path }
holidays-status-law = provisional by law
holidays-years-later = Years after { $year } up to { $last }: provisional by law as well.
holidays-note-provisional = { $years } { $count ->
    [one] has
   *[other] have
} no State Council holiday notice yet: certplan assumed the statutory and substitute days of the holiday law ({ $days }); bridging days (调休) are unknown until the notice, so the dates are provisional. Add the notice the day it appears with --holidays FILE.
holidays-note-unknown = the holidays of { $years } are not known (no notice, outside the holiday law's years): Monday–Friday counted, dates provisional.
holidays-assumed = Assumed days off (holiday law): { $days }
holidays-strict = { $note } (--strict)
holidays-weekday = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
workdays-past-the-end = { $n } working days after { $from } is past the end of the calendar
holidays-assumed-none = none of them falls in this period
holidays-festival-new-year = New Year's Day
holidays-festival-spring-festival = Spring Festival
holidays-festival-qingming = Qingming Festival
holidays-festival-labour-day = Labour Day
holidays-festival-dragon-boat = Dragon Boat Festival
holidays-festival-mid-autumn = Mid-Autumn Festival
holidays-festival-national-day = National Day
holidays-year-twice = year { $year } is listed twice
holidays-unknown-source = unknown source `{ $source }` (not among [[sources]])
holidays-no-source = must name the notice (its title or address)
holidays-range-backwards = { $to } is before { $from }
holidays-range-outside = the range is not inside { $year }
holidays-range-overlap = the range overlaps another one on { $day }
holidays-makeup-not-weekend = { $day } is a { $weekday }, not a weekend day
holidays-makeup-outside = { $day } is outside { $year } or inside a holiday
holidays-in-lieu-outside = { $day } must be a weekday inside a holiday range
holidays-weekdays-off = { $off } weekdays are off, but statutory days ({ $statutory }) plus in-lieu days ({ $in_lieu }) make { $expected }
holidays-statutory-count = the ranges hold { $statutory } statutory days; the holiday law gives { $law } a year since { $since }
holidays-swaps-unpaired = { $in_lieu } in-lieu days but { $makeup } adjusted working days: each swap needs both
holidays-file-empty = no [[holidays]] table: the file adds no year

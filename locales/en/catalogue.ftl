# The catalogue itself: used by its documentation example and tests.
catalogue-language = English
catalogue-example = { $days ->
    [one] { $days } working day
   *[other] { $days } working days
}

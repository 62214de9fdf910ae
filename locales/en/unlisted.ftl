# `check` of a profile that lists no prepared file yet.
check-documents-unlisted = no documents listed yet: the profile has no [documents] table, and { $count ->
    [one] one document is
   *[other] { $count } documents are
  } required
check-documents-unlisted-fix = list each prepared file under [documents] (`certplan checklist` shows the keys), then run `certplan check` again

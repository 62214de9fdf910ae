# The quote command's table, notes and explain trees.
quote-notes = Notes:
quote-platform = Platform
quote-item = Item
quote-if-rejected = If rejected
quote-reimbursed-later = reimbursed later
quote-refunded = refunded
quote-not-refunded = not refunded
quote-first-certification-one-attempt = First certification (one attempt)
quote-cost-of-one-rejected-attempt = Cost of one rejected attempt
quote-each-annual-review = Each annual review
quote-totals = Totals
quote-first-certification = First certification
quote-expected-subsidy-reimbursed-later = Expected subsidy (reimbursed later)
quote-net-of-subsidy = Net of subsidy
quote-small-micro-enterprise = small/micro enterprise
quote-certification-costs-as-of = certification costs as of { $date }
explain-each-annual-review-charges-again = each annual review charges again, per { $rule }
explain-no-annual-review-fee-rule = no annual-review fee rule is known
explain-not-counted-refunded-when-the = not counted: refunded when the review fails
explain-not-counted-not-charged-at = not counted: not charged at annual reviews
explain-tier = tier { $tier }: { $range } (members = { $members })
explain-reimbursed-later-does-not-reduce = { $label } (reimbursed later; does not reduce what is paid)
explain-note = note: { $text }
explain-applied = { $what } { $rule } — applied: { $reason }
explain-not-applied = { $what } { $rule } — not applied: { $reason }
explain-inputs = inputs: kind = { $kind_id } ({ $kind }), members = { $members }, region = { $region }, small_micro = { $small_micro }, poverty_county = { $poverty_county }
quote-years-total = { $years }-year total (first certification + { $reviews } annual { $reviews ->
    [one] review
   *[other] reviews
  })
quote-years-total-first-only = { $years }-year total (first certification)
quote-years-total-reviews-only = { $years }-year total ({ $reviews } annual { $reviews ->
    [one] review
   *[other] reviews
  }; first certification already paid)
quote-years-total-paid-no-reviews = { $years }-year total (first certification already paid; no annual review)
quote-years-total-still-to-pay = Still to pay over { $years } { $years ->
    [one] year
   *[other] years
  }
quote-still-to-pay-explained = Platforms already certified count only the annual reviews still ahead in these { $years } { $years ->
    [one] year
   *[other] years
  }; their first certification is paid.
quote-first-certification-paid = First certification (passed { $date }, paid)
quote-first-certification-not-yet-certified = First certification of platforms not yet certified
quote-reviews-in-window = { $reviews } annual { $reviews ->
    [one] review
   *[other] reviews
  } in { $years } { $years ->
    [one] year
   *[other] years
  }
quote-no-annual-review = No annual review
quote-line-waived = { $name }: waived ({ $exemption })
quote-members = { $members ->
    [one] 1 member
   *[other] { $members } members
  }
quote-line-with-tier = { $name } ({ $tier } tier: { $range } members)
explain-exemption = exemption
explain-subsidy = subsidy

reason-kind-listed = kind { $kind } is listed
reason-kind-listed-poverty = kind { $kind } is listed and poverty_county = { $poverty }
reason-kind-not-listed = kind { $kind } is not among { $listed }
reason-poverty-county = requires poverty_county = { $required }
reason-superseded = already waived by { $by }, which takes precedence
reason-small-micro = requires small_micro = { $required }
reason-region-mismatch = region "{ $found }" does not contain { $wanted }
reason-region-missing = no region given (needs { $wanted })
reason-conditions-met = all conditions hold

explain-usage = explain takes [PROFILE] ITEM
explain-unknown-item = `{ $item }` is not an item: a platform (wecom), a figure (wecom.first_fen) or a total (total_fen)
explain-unknown-item-nearest = `{ $item }` is not an item; did you mean `{ $best }`?
explain-unknown-item-total = `{ $item }` is not an item; did you mean `{ $platform }.first_fen`? (the total over every platform and year is `total_fen`)
explain-unknown-item-chinese = `{ $item }` names the platform in Chinese; write `{ $meant }`
quote-spent = Paid so far, less refunds (recorded events)
explain-platform-not-chosen = the profile does not choose { $platform } (it chooses: { $chosen })
explain-not-chosen-by = { $source } ({ $org }) does not choose { $platform }: { $item } is not explained for it (it chooses { $chosen })
explain-applies-to-none = { $item } is explained for none of the profiles: none of them chooses { $platform }
explain-title = how { $item } comes about
reason-already-certified = already certified on { $date }: the first certification is paid, so no subsidy is expected (a re-certification after a lapse is not a first certification)
quote-recertification-lapsed = Full re-certification (certified { $date }, lapsed after { $grace })
quote-recertification-in-window = Re-certification + { $reviews } annual { $reviews ->
    [one] review
   *[other] reviews
  } in { $years } { $years ->
    [one] year
   *[other] years
  }
quote-lapsed-explained = { $platform }: the certification lapsed after { $date }, the last day of grace; it must be certified again in full at the first-time price (counted above), and a re-certification brings no subsidy.

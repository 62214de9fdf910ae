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
explain-inputs = inputs: { $values }
quote-years-total = { $years }-year total (first + { $reviews } annual { $reviews ->
    [one] review
   *[other] reviews
  })
quote-members = { $members ->
    [one] 1 member
   *[other] { $members } members
  }
quote-line-with-tier = { $name } ({ $tier } tier: { $range } members)
explain-exemption = exemption
explain-subsidy = subsidy

# Domain facts reaching users (domain truth round 2).
subsidy-ask-locally = The { $subsidy } is for enterprises; as { $kind } you may still ask the local SME office whether a similar programme covers you.
checklist-tips = Tips:
tier-small = small
tier-medium = medium
tier-large = large
assumption-gov-level-county = org.gov_level is not given: the government-account review is timed as for a county (the slowest level)
assumption-rule-before-effective = rule `{ $rule }` is known in force from { $effective }; it was applied to { $as_of } as the earliest version known
assumption-no-annual-review-rule = no annual-review rule is known for { $platforms }

# The rules command's tables.
rules-fees-per-attempt = Fees (per attempt)
rules-exemptions-exceptions-to-a-base = Exemptions (exceptions to a base fee)
rules-annual-reviews = Annual reviews
rules-subsidies-reimbursed-later = Subsidies (reimbursed later)
rules-notes-and-rulings = Notes and rulings
rules-sources = Sources
rules-rule = Rule
rules-name = Name
rules-cny = CNY
rules-refunded = Refunded
rules-fact = Fact
rules-source = Source
rules-in-force = In force
rules-yes = yes
rules-no = no
rules-waives = Waives
rules-kinds = Kinds
rules-condition = Condition
rules-charges-again = Charges again
rules-platforms = Platforms
rules-share = Share
rules-conditions = Conditions
rules-note = Note
rules-about = About
rules-text = Text
rules-title = Title
rules-publisher = Publisher
rules-published = Published
rules-trust = Trust
rules-condition-poverty-county = poverty_county = { $value }
rules-condition-kinds = kind = { $kinds }
rules-condition-small-micro = small_micro = { $value }
rules-condition-quoted = "{ $text }"
rules-condition-region = region contains { $regions }
rules-condition-ask-locally = { $kinds }: may ask locally

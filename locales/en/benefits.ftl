# The benefits command.
benefits-already-binding-for-this-organisation = Already binding for this organisation:
benefits-what-certification-unlocks = what certification unlocks
benefits-uncertified = Uncertified
benefits-certified = Certified
benefits-general-title = What certification unlocks
benefits-note-line = Note: { $text } { $cite }
benefits-binding = - { $problem } → { $fix } { $cite }
benefits-binding-with-cost = - { $problem } → { $fix } (cost { $cost } CNY) { $cite }
benefits-exceeded = { $members } members exceed the { $limit } { $benefit } available uncertified
benefits-fix-tier-up-to = certify at the { $tier } tier (up to { $max })
benefits-fix-tier-unlimited = certify at the { $tier } tier (unlimited)
benefits-fix-certify = certify
benefits-ruled-out-by-type = a { $account_type } cannot have { $benefit }
benefits-fix-service-account = use a service account (type = "service")
benefits-ruled-out-by-level = a { $level } government account has no { $benefit }
benefits-fix-other-channel = use another channel for payments (or the superior body's service account)
benefits-needs-corporate-account = without a corporate account there is no { $benefit }
benefits-fix-open-account = open a corporate bank account
benefits-certification-required = as a { $kind }, uncertified: { $uncertified }
benefits-fix-certify-first = certify first
benefits-fix-renew-expired = the certification expired on { $expired }: pass the annual review by { $grace }, the last day of grace
benefits-fix-recertify-lapsed = the certification lapsed after { $grace }: certify again in full at the first-time price

# Names of the closed sets of values (platforms, kinds, levels, statuses, …), one per id.

entity-kind-enterprise = enterprise
entity-kind-individual_business = individual business
entity-kind-government = government body
entity-kind-public_institution = public institution
entity-kind-social_group = social group
entity-kind-private_non_enterprise = private non-enterprise unit
entity-kind-foundation = foundation
entity-kind-nonprofit_org = other non-profit organisation
entity-kind-for_profit_org = other for-profit organisation

gov-level-central = central
gov-level-provincial = provincial
gov-level-prefecture = prefecture
gov-level-county = county
gov-level-township = township

account-type-service = service account
account-type-subscription = subscription account

dingtalk-level-primary = primary
dingtalk-level-intermediate = intermediate
dingtalk-level-advanced = advanced

evidence-address = registered and actual address
evidence-legal_rep = legal representative's identity data
evidence-subject = credit code and licence name
evidence-name_words = words in the account name
evidence-nothing = nothing in a profile

trust-official = official
trust-official_copy = official copy
trust-official_quoted = official, quoted by a third party
trust-third_party = third party
trust-derived = certplan ruling

step-role-step = step
step-role-within = within review
step-role-if_needed = if needed

day-unit-working_days = working days
retry-new_application = new paid application
retry-at_once = resubmit at once

day-unit-calendar_days = calendar days

file-format-jpg = JPG
file-format-png = PNG
file-format-pdf = PDF

review-status-no_review = no annual review
review-status-ok = ok
review-status-due = due
review-status-critical = critical
review-status-expired = expired
review-status-lapsed = lapsed

platform-wecom = WeCom
platform-official_account = WeChat Official Account
platform-mini_program = WeChat Mini Program
platform-dingtalk = DingTalk
platform-gov_account = Government WeChat account
platform-alipay = Alipay enterprise certification
platform-icp = ICP filing

# A platform's section heading: English readers match the id to JSON and profiles.
platform-heading = { $name } ({ $id })

# The first line of every profile's table.
title-line = { $org } — { $title } ({ $path })

# The document that proves an organisation's existence: non-enterprises hold no business
# licence ($kind is org.kind).
kind-licence = { $kind ->
    [government] unified social credit code certificate
    [public_institution] public-institution legal-person certificate
    [social_group] social-group registration certificate
    [private_non_enterprise] private non-enterprise unit registration certificate
    [foundation] foundation registration certificate
    [nonprofit_org] registration certificate
   *[other] business licence
}

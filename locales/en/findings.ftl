# check findings: what is wrong (check-…) and what to do (check-…-fix).

## The organisation and its legal representative.
check-uscc-missing = no unified social credit code given: it cannot be checked
check-uscc-missing-fix = add uscc to [org] (the 18-character code on the { kind-licence })
check-uscc-invalid = unified social credit code { $code } { $problem }
check-uscc-invalid-fix = copy it again from the { kind-licence }, character by character: subject mismatch is the most common rejection
check-identifier-length = has { $length ->
    [one] 1 character
   *[other] { $length } characters
}, not 18
check-identifier-character = character { $position } `{ $character }` is not allowed
check-identifier-check-character = check character is `{ $found }`; the first 17 call for `{ $expected }`
check-identifier-birth-date = characters 7–14 `{ $digits }` are not a plausible birth date
check-legal-rep-id-invalid = the legal representative's ID number { $problem }
check-legal-rep-id-invalid-fix = copy the number again from the ID card
check-id-long-term-too-young = legal_rep.id_expires = "长期", but the ID number gives a birth date of { $birth }: the holder is { $age }, and long-term cards are issued only from 46
check-id-long-term-too-young-fix = copy the expiry date printed on the card (cards issued at 26–45 are valid 20 years, at 16–25 10 years)
check-legal-rep-id-expired = the legal representative's ID card expired on { $expires }
check-legal-rep-id-expired-fix = renew the ID card before applying
check-legal-rep-id-expires-during-review = the legal representative's ID card expires on { $expires }, before the review is expected to end ({ $review_end })
check-legal-rep-id-expires-during-review-fix = renew the ID card first, or make sure the review ends before it expires
check-name-unverified = no license_name given: the name on the { kind-licence } cannot be compared
check-name-unverified-fix = add license_name to [org], exactly as printed on the { kind-licence }
check-name-width-only = name "{ $name }" differs from the { kind-licence } "{ $licence }" only in full-width vs half-width brackets or spaces, which still gets rejected
check-name-differs-at = name "{ $name }" differs from the { kind-licence } "{ $licence }" from character { $position }
# A name difference, then what it costs on the platform.
check-name-mismatch = { $difference }; { $consequence }
check-name-consequence-wecom = a WeCom application failed on its name cannot be resubmitted: a new, paid application is needed
check-name-consequence-dingtalk = DingTalk requires the { kind-licence } name character for character (brackets and spaces included)
check-name-consequence-gov-account = a government-account name follows naming rules, and it can be changed once a year with re-certification
check-name-consequence-wechat = inconsistent materials are the main cause of delays in WeChat certification
check-name-mismatch-fix = register exactly the { kind-licence } text: { $licence }
check-license-expired = the { kind-licence } expired on { $expires }
check-license-expired-fix = renew the { kind-licence } first
check-license-expires-during-review = the { kind-licence } expires on { $expires }, before the review is expected to end ({ $review_end })
check-license-expires-during-review-fix = renew the { kind-licence } before applying
check-address-mismatch = registered address "{ $registered }" differs from the office "{ $office }" (32% of rejections)
check-address-mismatch-fix = check the business registry and update the registered address, or prepare proof of the actual premises
check-small-micro-unusual = small_micro = true with { $members } members: China's SME size standard (工信部联企业〔2011〕300号) puts small enterprises below 300 employees in the sectors that count staff, micro ones far lower
check-small-micro-unusual-fix = check the classification for your sector (some count only revenue or assets); every reduction or subsidy for small and micro enterprises rests on it

## The platforms chosen.
check-no-corporate-account = no corporate account: the deposit check cannot be done and payments cannot be enabled
check-no-corporate-account-fix = a new company may use legal-representative QR verification plus an office video; open a corporate account before enabling payments
check-dingtalk-corporate-account = DingTalk certification needs the corporate account's opening permit or bank certificate
check-dingtalk-corporate-account-fix = open a corporate account, then apply
check-gov-corporate-account = government-account certification includes a corporate-account deposit check
check-gov-corporate-account-fix = prepare the unit's corporate account and its opening permit
check-gov-level-missing = gov_level is not given: documents and review time depend on the level
check-gov-level-missing-fix = add gov_level to [org] (central | provincial | prefecture | county | township)
check-gov-township-authorization = a township body cannot apply without its superior department's authorisation
check-gov-township-authorization-fix = obtain the superior department's letter and list it as superior_authorization under [documents]
check-gov-name-forbidden = account name "{ $name }" contains 中国 or 国家 (38% of name rejections)
check-gov-name-forbidden-fix = drop 中国 and 国家, for example: { $suggestion }
check-gov-name-parent = the account name "{ $name }" of a vertically managed unit does not show its parent "{ $parent }"
check-gov-name-parent-fix = show the parent in the name, for example: { $suggestion }
check-gov-name-province = a provincial account name must contain the province: "{ $name }" lacks "{ $province }"
check-gov-name-region = account name "{ $name }" does not contain the region "{ $region }"
check-gov-name-region-fix = start the name with the region (region + department short name + nature), for example: { $suggestion }
check-gov-rename-once = an account may be renamed once a year, and a rename needs re-certification
check-gov-rename-once-fix = settle the name before applying
check-wecom-per-license-limit = this { kind-licence } already verifies { $count ->
    [one] 1 WeCom organisation
   *[other] { $count } WeCom organisations
}; at most 5 may
check-wecom-per-license-limit-fix = certify with another entity's { kind-licence }, or close an unused WeCom organisation
# $tier is the tier's name; $tier_id (medium, large) chooses the member cap.
check-wecom-scale-tier = { $members ->
    [one] 1 member needs
   *[other] { $members } members need
} the { $tier } tier (scale fee { $fee } CNY, member cap { $tier_id ->
    [large] unlimited
   *[other] { $cap }
}); medium and large applicants also get a phone callback and credit check
check-wecom-scale-tier-fix = choose the tier for the real size, and have someone ready for the callback
check-wecom-super-admin = only the super administrator can apply
check-wecom-super-admin-fix = have the super administrator submit from the admin console

## Documents (the problem itself comes from the checklist).
check-document = { $document } ({ $platforms }): { $problem }
check-document-problem-fix = replace it with a clear JPG/PNG/PDF scan of the original within the size limit, and check the path
check-document-missing-fix = prepare { $name } and list it under [documents] as { $slots }
check-file-misnamed-fix = rename it to .{ $extension }: the platform reads the content, the wrong name only confuses people
check-file-unopenable-fix = scan or export it again, and open it once in a PDF reader or image viewer before uploading
check-file-pdf-protected-fix = save a copy without a password or restrictions (print it to a new PDF, or remove the protection in the program that made it)
check-file-small-page-fix = scan the original at its real size (100 %), not shrunk to fit a small page
check-file-low-resolution-fix = scan the original again at 300 dpi or more, at least { $legible } px across its shorter side, with a scanner rather than a phone
# Between the names of the platforms that need a document.
check-list-separator = {", "}
check-document-unused = [documents] lists { $slot } ({ $path }), which none of the platforms applied for ({ $platforms }) asks for
check-document-unused-fix = check [org] (industry, government level, corporate account) if it should be needed; otherwise remove { $slot } from [documents] and do not send it

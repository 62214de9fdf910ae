# check: the table around the findings (the findings themselves are in findings.ftl).
check-title = pre-flight check as of { $date }
check-heading-severity = Severity
check-heading-platform = Platform
check-heading-finding = Finding
check-heading-fix = Fix
check-heading-source = Source
check-severity-critical = CRITICAL
check-severity-warning = warning
check-severity-info = info
# A finding's cell: its id helps English readers match the JSON output and docs/checks.md.
check-finding-cell =
    { $message }
    ({ $id })
check-verdict-critical = Verdict: as prepared, the application will likely be rejected or cannot be made (exit 2).
check-verdict-warning = Verdict: known rejection risks (exit 1).
check-verdict-ok = Verdict: nothing needs attention.
check-causes-title = Known rejection causes (share of rejections):
check-cause-ruled-out = ruled out by the profile
check-cause-at-risk = AT RISK in the profile
check-cause-unknown = a profile cannot tell: check it yourself
check-cause-line = { $platform } { $share }%: { $text } — { $status }

# `--help`: every command and argument, and the words clap adds around them.
help-heading-usage = Usage:{" "}
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-value-command = COMMAND
help-flag-help = Print help
help-flag-version = Print version
help-possible-values = [possible values: { $values }]
help-default = [default: { $value }]

help-certplan = Plan certification of WeCom, WeChat Official Accounts and Mini Programs, DingTalk and government WeChat accounts: cost, documents, benefits, timeline and annual reviews
help-global-format = Output format: table, json, csv, ics (remind), toml (rules); each command lists its own
help-global-as_of = The day the plan is made for, YYYY-MM-DD [default: today]
help-global-lang = Label language: zh or en [default: from LC_ALL, LC_MESSAGES or LANG: zh* → zh, else en]
help-global-rules = Use this rules file instead of the embedded rules (same format as `certplan rules --format toml`)
help-global-holidays = Add or replace holiday years from FILE: `[[holidays]]` tables as `certplan rules --format toml` prints them, e.g. a State Council notice the day it appears (repeatable; the environment variable CERTPLAN_HOLIDAYS may name one more)
help-global-output = Write output to FILE instead of stdout (atomically; an existing file needs --force)
help-global-bom = Start CSV output with a UTF-8 byte-order mark, so that Excel on Chinese Windows shows the Chinese text correctly
help-global-width = Fit tables to N columns [default: the terminal's width; piped output is never wrapped]
help-global-wide = Never wrap tables, even at a terminal
help-global-force = Allow overwriting an existing output file
help-global-strict = Exit 3 when an answer rests on data certplan does not have (e.g. rules not yet in force)

help-quote = Cost per platform: first certification, a rejected attempt, annual review, subsidy, N-year total
help-quote-profiles = Profiles or directories of profiles [default: ./certplan.toml]
help-quote-years = Years the total covers: the first certification plus YEARS − 1 annual reviews
help-quote-summary = With --format csv: one row per profile (totals a spreadsheet can SUM) instead of one per fact
help-explain = How one figure was computed: rules applied, values, exemptions, sources
help-explain-args = [PROFILE] ITEM, where ITEM is a platform (wecom), a figure (wecom.first_fen) or a total (total_fen)
help-explain-years = Years the totals cover
help-checklist = Documents to prepare per platform (with no profile: general lists, --platform/--kind filters)
help-checklist-profile = The profile [default: ./certplan.toml if it exists, else the general lists]
help-checklist-platform = General lists for this platform only (repeatable)
help-checklist-kind = General lists for this kind of organisation
help-check = Pre-flight review of a profile and its prepared files against known rejection causes
help-check-profiles = Profiles or directories of profiles [default: ./certplan.toml]
help-benefits = Certified vs uncertified per platform; with a profile, the limits that bind it today
help-benefits-profile = The profile [default: ./certplan.toml if it exists, else the general comparison]
help-benefits-platform = General comparison for this platform only (repeatable)
help-timeline = Application steps and expected completion dates in China working days
help-timeline-profiles = Profiles or directories of profiles [default: ./certplan.toml]
help-timeline-start = The day the application starts [default: --as-of]
help-remind = Annual-review schedule and status; --format ics for calendars; exit 1/2 for monitoring
help-remind-profiles = Profiles or directories of profiles [default: ./certplan.toml]
help-remind-warn_days = A review is due (exit 1) with this many days or fewer left; the reminder day is this many days before expiry
help-remind-crit_days = A review is critical (exit 2) with fewer days left than this
help-remind-nagios = Print one monitoring line for all profiles: `STATUS: text | days_left=N;warn;crit`
help-workdays = China working-day arithmetic (holidays and adjusted working days included)
help-workdays-add = The N-th working day after DATE (DATE itself not counted)
help-workdays-add-n = How many working days (0 to 10000)
help-workdays-add-from = The day to count from
help-workdays-list = Every day off and make-up working day of YEAR, with its kind, holiday and origin
help-workdays-list-year = The calendar year (1900 to 2199)
help-workdays-count = The number of working days d with FROM < d ≤ TO
help-workdays-count-from = The day before the first day counted
help-workdays-count-to = The last day counted
help-rules = The embedded rules (fees, exemptions, subsidies, sources) with effective dates
help-init = Write a commented profile template (never overwrites without --force)
help-init-path = Where to write the template
help-completions = Print shell completions
help-completions-shell = The shell
help-man = Print the man page (roff)

# Usage errors (English is clap's own wording; these are the catalogue's).
usage-prefix = error:{" "}
usage-unknown-argument = unexpected argument '{ $argument }'
usage-unknown-command = unrecognized command '{ $argument }'
usage-invalid-value = invalid value '{ $value }' for '{ $argument }' (possible values: { $detail })
usage-value-rejected = invalid value '{ $value }' for '{ $argument }': { $detail }
usage-missing-argument = required arguments were not provided: { $argument }
usage-conflict = '{ $argument }' cannot be used with '{ $detail }'
usage-wrong-values = wrong number of values for '{ $argument }'
usage-other = invalid arguments ({ $detail })
usage-did-you-mean = tip: a similar one exists: '{ $suggestion }'
usage-line = Usage: { $usage }
usage-more = For more information, try '--help'.
usage-out-of-range = { $value } is not in { $low }..={ $high }

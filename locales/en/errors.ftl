# What certplan writes on stderr.
report-error = certplan: error: { $message }
report-warning = certplan: warning: { $message }
report-note = certplan: note: { $message }
error-unreadable = cannot read { $path }: { $why }
error-not-a-file = { $path }: is a { $kind }, not a regular file; certplan reads profiles, rules and holiday files only from regular files
error-too-large = { $path }: larger than { $limit } KiB, the most certplan reads from such a file (a profile is a few kilobytes)
error-no-default-profile = no profile given and ./certplan.toml does not exist: name a profile or a folder of profiles, or create one with `certplan init`
error-no-profiles = { $path }: no *.toml profiles in this directory
error-output-exists = { $path } exists; certplan does not overwrite files unless --force is given
error-cannot-write = cannot write { $path }: { $why }
error-not-regular-output = { $path } is a { $kind }, not a regular file: certplan writes only regular files (even with --force); name a new file or an existing regular one
error-stdout = cannot write to standard output: { $why }
io-not-found = no such file or directory
io-permission = permission denied
io-closed = it is closed
io-full = no space left on the device
# Notes said once per run (src/cli/notes.rs).
notes-profiles = { $count } profiles (the first { $first }): { $note }
notes-more-errors = { $count } more { $count ->
    [one] error
   *[other] errors
    } not shown ({ $total } in all)
output-held-back = { $path } was not written: some profiles or rows could not be read (above); fix them, or leave them out, and run again
client-id-repeated = { $profile } has client_id { $id }, as { $first } has: both are planned; if a list was imported twice into one folder, delete the copies

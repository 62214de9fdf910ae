# Prepared files (paths in [documents]) judged by their content.
file-missing = { $path } does not exist
file-unreadable = { $path } cannot be read: { $why }
file-not-a-document = { $path } is not a JPG, PNG or PDF file (judged by its content)
file-misnamed = { $path } is really a { $actual } file but is named .{ $claimed }
file-format-not-accepted = { $path } is { $actual }, but only { $accepted } is accepted here
file-too-large = { $path } is { $size }, over the { $limit } limit
checklist-slot-or = { " or " }
checklist-slot-and = { ", " }
checklist-not-listed = { $slots } not listed under [documents]
file-broken = { $path } is damaged or cut short: no reader can open it
file-pdf-password = { $path } opens only with a password: the reviewer cannot read it
file-pdf-restricted = { $path } is an encrypted PDF with restrictions (it opens without a password, but printing or copying may be refused)
file-pdf-no-pages = { $path } is a PDF without pages
file-pdf-small-page = { $path }: page { $page } of { $pages } is { $width } × { $height } mm, smaller than an ID card: not a scan of the original at its real size
file-too-few-pixels = { $path } is { $width } × { $height } px: under { $minimum } px across its shorter side, seals and digits cannot be read
file-few-pixels = { $path } is { $width } × { $height } px: under { $minimum } px across its shorter side, small seals and digits may not be legible
file-seen-image = { $path }: { $format }, { $width } × { $height } px
file-seen-pdf = { $path }: PDF, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}

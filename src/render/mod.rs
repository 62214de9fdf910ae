//! Renderers: pure functions from a plan to the bytes users see, one module per command and
//! format family. They return strings; the CLI decides where those go.
pub mod benefits;
pub mod check;
pub mod checklist;
pub mod explain;
pub mod forecast;
pub mod html;
pub mod ics;
pub mod list;
pub mod provisional;
pub mod quote;
pub mod remind;
pub mod rules;
pub mod status;
pub mod text;
pub mod timeline;
pub mod workdays;
pub mod xlsx;

use crate::lang::Lang;
use crate::profile::Profile;
use chrono::NaiveDate;
use serde::Serialize;

/// The JSON schema version of every machine output. Bump it only to rename or remove a field.
pub const SCHEMA_VERSION: u32 = 1;

/// The schema version of `command`'s JSON and CSV: [`SCHEMA_VERSION`], raised for a command
/// whose fields or columns were renamed (docs/cli-contract.md, "Changes"): `forecast` 2, its
/// CSV column `amount` renamed `amount_yuan`.
pub fn schema_version(command: &str) -> u32 {
    match command {
        "forecast" => 2,
        _ => SCHEMA_VERSION,
    }
}

/// What every rendering of a profile's plan needs besides the plan.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The profile path as the user gave it.
    pub profile_path: &'a str,
    /// The day the plan is made for.
    pub as_of: NaiveDate,
    /// Label language.
    pub lang: Lang,
    /// The terminal's width to fit tables to; `None` (a pipe, a file, `--wide`) never wraps.
    pub width: Option<u16>,
    /// The sheet of the client list the profile is a row of (xlsx, xls, ods); `None` for a
    /// profile file or a CSV list.
    pub sheet: Option<&'a str>,
    /// The row of the client list the profile is, as the spreadsheet numbers it; `None` for a
    /// profile file.
    pub sheet_row: Option<u32>,
}

impl Context<'_> {
    /// Where the profile came from, for people: its file, or the list file and the row
    /// (`clients.xlsx: sheet 客户, row 6`).
    pub fn source(&self) -> String {
        let place = match (self.sheet, self.sheet_row) {
            (Some(sheet), Some(row)) => {
                crate::msg!(self.lang, "list-sheet-row", sheet = sheet, row = row)
            }
            (None, Some(row)) => crate::msg!(self.lang, "list-row", row = row),
            _ => return self.profile_path.to_owned(),
        };
        crate::msg!(
            self.lang,
            "list-source",
            file = self.profile_path,
            row = place
        )
    }
}

/// The columns every CSV of a profile command ends with: where its records came from
/// (the profile's `client_id`, and the sheet and row of a client list; empty otherwise).
pub const PROVENANCE: [&str; 3] = ["client_id", "sheet", "sheet_row"];

/// How the [`PROVENANCE`] columns are written to a workbook.
pub const PROVENANCE_KINDS: [xlsx::CellKind; 3] = [
    xlsx::CellKind::Text,
    xlsx::CellKind::Text,
    xlsx::CellKind::Integer,
];

/// The [`PROVENANCE`] cells of the records of `profile` (none: the general lists).
pub fn provenance(context: &Context<'_>, profile: Option<&Profile>) -> [String; 3] {
    [
        profile
            .and_then(|profile| profile.org().client_id())
            .unwrap_or_default()
            .to_owned(),
        context.sheet.unwrap_or_default().to_owned(),
        context
            .sheet_row
            .map_or_else(String::new, |row| row.to_string()),
    ]
}

/// `header` followed by the [`PROVENANCE`] columns.
pub const fn with_provenance<const N: usize, const M: usize>(
    header: [&'static str; N],
) -> [&'static str; M] {
    appended(header, PROVENANCE)
}

/// `kinds` followed by the [`PROVENANCE_KINDS`].
pub const fn kinds_with_provenance<const N: usize, const M: usize>(
    kinds: [xlsx::CellKind; N],
) -> [xlsx::CellKind; M] {
    appended(kinds, PROVENANCE_KINDS)
}

/// `first` followed by `last`, as one array (`M` = `N` + 3, checked when compiled).
const fn appended<T: Copy, const N: usize, const M: usize>(first: [T; N], last: [T; 3]) -> [T; M] {
    assert!(M == N + 3);
    let mut all = [last[0]; M];
    let mut i = 0;
    while i < M {
        all[i] = if i < N { first[i] } else { last[i - N] };
        i += 1;
    }
    all
}

/// Records with the [`PROVENANCE`] cells of `profile` appended to each.
pub fn records_with_provenance(
    context: &Context<'_>,
    profile: Option<&Profile>,
    mut records: Vec<Vec<String>>,
) -> Vec<Vec<String>> {
    let trailer = provenance(context, profile);
    for record in &mut records {
        record.extend(trailer.iter().cloned());
    }
    records
}

/// The first line of every profile's table: `name — title (path)`.
pub fn title_line(context: &Context<'_>, profile: &Profile, title: &str) -> String {
    let mut line = crate::msg!(
        context.lang,
        "title-line",
        org = profile.org().name.as_str(),
        title = title,
        path = context.source()
    );
    line.push('\n');
    line
}

/// `value` as one line of JSON with its newline. Views hold only strings, integers, booleans
/// and dates, which always serialize.
pub fn json_line<T: serde::Serialize>(value: &T) -> String {
    let mut line = serde_json::to_string(value).expect("output views always serialize");
    line.push('\n');
    line
}

/// Rows as CSV text, quoted where needed, every cell made safe for spreadsheets
/// ([`spreadsheet_safe`]).
pub fn csv_lines<R, S>(rows: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    csv_lines_ending(rows, &[])
}

/// The rows of `profile`'s records as CSV text ([`csv_lines`]), each ending with the
/// [`PROVENANCE`] cells.
pub fn profile_csv_lines<R, S>(
    context: &Context<'_>,
    profile: Option<&Profile>,
    rows: impl IntoIterator<Item = R>,
) -> String
where
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    csv_lines_ending(rows, &provenance(context, profile))
}

/// Rows as CSV text, each followed by the cells of `trailer`.
fn csv_lines_ending<R, S>(rows: impl IntoIterator<Item = R>, trailer: &[String]) -> String
where
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    // One profile's rows are a few hundred bytes: the default 8 KiB buffer, allocated and
    // zeroed per profile, cost more than the rows themselves in a batch.
    let mut writer = csv::WriterBuilder::new()
        .buffer_capacity(1024)
        .from_writer(Vec::with_capacity(1024));
    for row in rows {
        // A field at a time, borrowed unless it must change: no allocation per row or cell.
        for cell in row {
            writer
                .write_field(spreadsheet_safe(cell.as_ref()).as_bytes())
                .expect("writing CSV to memory cannot fail");
        }
        for cell in trailer {
            writer
                .write_field(spreadsheet_safe(cell).as_bytes())
                .expect("writing CSV to memory cannot fail");
        }
        writer
            .write_record(None::<&[u8]>)
            .expect("writing CSV to memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8")
}

/// A CSV cell a spreadsheet will not run as a formula: text that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'` (OWASP's advice against CSV injection);
/// numbers, negative ones included, stay numbers.
///
/// ```
/// use certplan::render::spreadsheet_safe;
/// assert_eq!(spreadsheet_safe("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(spreadsheet_safe("-150.00"), "-150.00");
/// assert_eq!(spreadsheet_safe("星河科技"), "星河科技");
/// ```
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        return std::borrow::Cow::Borrowed(cell);
    }
    // A plain decimal number (`-150.00`, `-30000`): what certplan's own numeric columns hold.
    let unsigned = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let numeric = !whole.is_empty()
        && !fraction.is_empty()
        && whole
            .chars()
            .chain(fraction.chars())
            .all(|c| c.is_ascii_digit());
    if !numeric {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Texts carried in both languages, in `lang` (assumptions in JSON records).
pub fn localized(texts: &[crate::lang::Bilingual], lang: Lang) -> Vec<&str> {
    texts.iter().map(|text| text.get(lang)).collect()
}

/// A platform's section heading: its name, with its id for English readers (who match it to
/// JSON and profiles); Chinese readers get the name alone.
pub fn platform_heading(platform: crate::platform::Platform, lang: Lang) -> String {
    crate::msg!(
        lang,
        "platform-heading",
        name = platform.label(lang),
        id = platform.id()
    )
}

/// Owned cells from string slices.
pub fn cells<const N: usize>(values: [&str; N]) -> Vec<String> {
    values.iter().map(|value| (*value).to_owned()).collect()
}

/// The fields every JSON object of a profile command starts with.
#[derive(Serialize)]
pub struct Envelope<'a> {
    schema_version: u32,
    command: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sheet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sheet_row: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    org: Option<OrgView<'a>>,
    as_of: String,
}

impl<'a> Envelope<'a> {
    /// The envelope of `command`'s output; `profile` and `org` are left out when there is no
    /// profile (general lists).
    pub fn new(command: &'static str, context: &Context<'a>, profile: Option<&'a Profile>) -> Self {
        Envelope {
            schema_version: schema_version(command),
            command,
            profile: Some(context.profile_path).filter(|path| !path.is_empty()),
            client_id: profile.and_then(|profile| profile.org().client_id()),
            sheet: context.sheet,
            sheet_row: context.sheet_row,
            org: profile.map(OrgView::new),
            as_of: context.as_of.to_string(),
        }
    }
}

/// The `org` object shared by every command's JSON.
#[derive(Serialize)]
pub struct OrgView<'a> {
    name: &'a str,
    kind: &'static str,
    members: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
}

impl<'a> OrgView<'a> {
    /// The `org` object of `profile`.
    pub fn new(profile: &'a Profile) -> Self {
        let org = profile.org();
        OrgView {
            name: &org.name,
            kind: org.kind.id(),
            members: org.members.get(),
            region: org.region.as_deref(),
        }
    }
}

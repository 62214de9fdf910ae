//! The command line, declared once with clap: parsing, `--help`, completions and the man page
//! all come from these definitions.

use super::input::DEFAULT_PROFILE;
use certplan::date_value::{parse_iso_date, within_supported_years};
use certplan::diagnostic::coded::{coded, render};
use certplan::entity_kind::EntityKind;
use certplan::lang::Lang;
use certplan::platform::Platform;
use certplan::profile::EventKind;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Plan certification of WeCom, WeChat Official Accounts and Mini Programs, DingTalk and
/// government WeChat accounts: cost, documents, benefits, timeline and annual reviews.
#[derive(Debug, Parser)]
#[command(
    name = "certplan",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Output format: table, json, csv, xlsx (forecast, quote, remind; with -o), ics (remind),
    /// toml (rules), html (report), nagios (status); each command lists its own.
    #[arg(long, global = true, value_name = "FORMAT")]
    pub format: Option<String>,
    /// The day the plan is made for, YYYY-MM-DD [default: today].
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_cli_date)]
    pub as_of: Option<NaiveDate>,
    /// Label language [default: from LANG: zh* → zh, else en].
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Use this rules file instead of the embedded rules (same format as `certplan rules --format toml`).
    #[arg(long, global = true, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Add or replace holiday years from FILE: `[[holidays]]` tables as `certplan rules --format
    /// toml` prints them, e.g. a State Council notice the day it appears (repeatable; the
    /// environment variable CERTPLAN_HOLIDAYS may name one more).
    #[arg(long, global = true, value_name = "FILE")]
    pub holidays: Vec<PathBuf>,
    /// Write output to FILE instead of stdout (atomically; an existing file needs --force).
    #[arg(short = 'o', long = "output", global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Start CSV output with a UTF-8 byte-order mark, so that Excel on Chinese Windows shows the
    /// Chinese text correctly.
    #[arg(long, global = true)]
    pub bom: bool,
    /// Fit tables to N columns [default: the terminal's width; piped output is never wrapped].
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(40..=1000))]
    pub width: Option<u16>,
    /// Never wrap tables, even at a terminal.
    #[arg(long, global = true, conflicts_with = "width")]
    pub wide: bool,
    /// Allow overwriting an existing output file.
    #[arg(long, global = true)]
    pub force: bool,
    /// Exit 3 when an answer rests on data certplan does not have (e.g. rules not yet in force).
    #[arg(long, global = true)]
    pub strict: bool,
    /// Say only errors on stderr: no notes, no warnings (exit codes unchanged).
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// The sheet of a workbook client list to read [default: the first].
    #[arg(long, global = true, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Map a client list's own headers to certplan's columns: a TOML file with a `[columns]`
    /// table of `"header" = "column"` lines.
    #[arg(long, global = true, value_name = "MAP.toml")]
    pub columns: Option<PathBuf>,
}

/// `--lang`: `zh`, `en`, or a tag naming one of them (`zh-CN`, `cn`, `en-US`).
fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_tag(text).ok_or_else(|| {
        render(
            &coded("cli-unknown-lang", &[("found", text)]),
            super::report::language(),
        )
    })
}

/// A date on the command line: `YYYY-MM-DD`, within the years certplan plans for.
fn parse_cli_date(text: &str) -> Result<NaiveDate, String> {
    parse_iso_date(text)
        .and_then(within_supported_years)
        .map_err(|problem| render(&problem, super::report::language()))
}

impl Global {
    /// The label language: `--lang`, else from the `LANG` value given.
    pub fn lang(&self, locale: Option<&str>) -> Lang {
        self.lang.unwrap_or_else(|| Lang::from_locale(locale))
    }
}

/// Output formats; each command accepts a subset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Human-readable tables.
    Table,
    /// JSON Lines: one object per profile, `schema_version` 1.
    Json,
    /// CSV with one header row, one row per fact.
    Csv,
    /// iCalendar (remind only).
    Ics,
    /// TOML (rules only).
    Toml,
    /// A self-contained HTML page (report only).
    Html,
    /// An Excel workbook (forecast, quote, remind; to a file given with -o).
    Xlsx,
    /// One Monitoring Plugins line for a whole batch (status).
    Nagios,
    /// The Prometheus text exposition format (remind only).
    Prometheus,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 9] = [
        Format::Table,
        Format::Json,
        Format::Csv,
        Format::Ics,
        Format::Toml,
        Format::Html,
        Format::Xlsx,
        Format::Nagios,
        Format::Prometheus,
    ];

    /// The formats `command` (`quote`, `workdays list`) writes, its default first: what it
    /// accepts and what its `--help` lists.
    pub fn of(command: &str) -> &'static [Format] {
        use Format::{Csv, Html, Ics, Json, Nagios, Prometheus, Table, Toml, Xlsx};
        match command {
            "quote" | "forecast" => &[Table, Json, Csv, Xlsx],
            "remind" => &[Table, Json, Csv, Ics, Xlsx, Prometheus],
            "status" => &[Table, Json, Csv, Nagios],
            "timeline" | "checklist" | "check" | "benefits" | "workdays list" => {
                &[Table, Json, Csv]
            }
            "explain" | "workdays" | "workdays add" | "workdays count" => &[Table, Json],
            "rules" => &[Table, Json, Toml],
            "report" => &[Html],
            "init" => &[Toml, Xlsx, Csv],
            "export" => &[Csv, Xlsx],
            _ => &[],
        }
    }

    /// The format spelled `name`.
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// The format a file's extension names (`plan.xlsx`, `renewals.ics`, `metrics.prom`), if
    /// it names one: what `-o FILE` asks for when `--format` is not given.
    pub fn of_extension(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(Format::Csv),
            "json" | "jsonl" | "ndjson" => Some(Format::Json),
            "ics" => Some(Format::Ics),
            "xlsx" => Some(Format::Xlsx),
            "html" | "htm" => Some(Format::Html),
            "prom" => Some(Format::Prometheus),
            _ => None,
        }
    }

    /// The flag's spelling.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Toml => "toml",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
            Format::Nagios => "nagios",
            Format::Prometheus => "prometheus",
        }
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cost per platform: first certification, a rejected attempt, annual review, subsidy, N-year total.
    Quote(QuoteArgs),
    /// How one figure was computed: rules applied, values, exemptions, sources.
    Explain(ExplainArgs),
    /// Documents to prepare per platform (with no profile: general lists, --platform/--kind filters).
    Checklist(ChecklistArgs),
    /// Pre-flight review of a profile and its prepared files against known rejection causes.
    Check(CheckArgs),
    /// Certified vs uncertified per platform; with a profile, the limits that bind it today.
    Benefits(BenefitsArgs),
    /// Application steps and expected completion dates in China working days.
    Timeline(TimelineArgs),
    /// Annual-review schedule and status; --format ics for calendars; exit 1/2 for monitoring.
    Remind(RemindArgs),
    /// Where each application stands after it was planned: stage, expected end, overdue, next
    /// action, money paid, lost, due back and still to pay (from the platforms' events).
    Status(StatusArgs),
    /// Append one event to a TOML profile's history, keeping the rest of the file byte for byte.
    Log(LogArgs),
    /// One self-contained HTML page to look at, mail or print: a profile's costs, timeline,
    /// renewals, checklist and findings, or a folder's portfolio (-o FILE).
    Report(ReportArgs),
    /// Dated payments month by month: first certifications, annual reviews, subsidies.
    Forecast(ForecastArgs),
    /// China working-day arithmetic (holidays and adjusted working days included).
    Workdays {
        /// What to compute.
        #[command(subcommand)]
        job: WorkdaysJob,
    },
    /// The embedded rules (fees, exemptions, subsidies, sources) with effective dates.
    Rules,
    /// Write a commented profile template (never overwrites without --force).
    Init(InitArgs),
    /// Turn client lists into one profile file per row.
    Import(ImportArgs),
    /// Write profiles or client lists as one client list (CSV or xlsx).
    Export(ExportArgs),
    /// Print shell completions.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

/// `quote` arguments.
#[derive(Debug, Args)]
pub struct QuoteArgs {
    /// Profiles or directories of profiles [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// Years the total covers: the first certification plus YEARS − 1 annual reviews.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub years: u32,
    /// With --format csv: one row per profile (totals a spreadsheet can SUM) instead of one per fact.
    #[arg(long)]
    pub summary: bool,
}

/// `explain` arguments: `[PROFILE] ITEM`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// [PROFILE] ITEM, where ITEM is a platform (wecom), a figure (wecom.first_fen) or a total (total_fen).
    #[arg(value_name = "ARGS", num_args = 1..=2, required = true)]
    pub args: Vec<String>,
    /// Years the totals cover.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub years: u32,
}

/// `init` arguments.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the template (or -o) [default: certplan.toml; clients.xlsx or clients.csv
    /// with --format xlsx or csv].
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// `import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Client lists (or profiles) to turn into profile files.
    #[arg(value_name = "LIST", required = true)]
    pub lists: Vec<PathBuf>,
    /// The folder the profiles are written to (made if missing; no file in it is replaced).
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Profiles, folders of profiles or client lists [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
}

/// `timeline` arguments.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Profiles or directories of profiles [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// The day the application starts [default: --as-of].
    #[arg(long, value_name = "DATE", value_parser = parse_cli_date)]
    pub start: Option<NaiveDate>,
}

/// `remind` arguments.
#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Profiles or directories of profiles [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// A review is due (exit 1) with this many days or fewer left; the reminder day is this many days before expiry.
    #[arg(long, default_value_t = 60, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=3650))]
    pub warn_days: u32,
    /// A review is critical (exit 2) when its last day to submit (start_by) is fewer than this many days away, or has passed; that day is never after expiry.
    #[arg(long, default_value_t = 7, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=3650))]
    pub crit_days: u32,
    /// Print one monitoring line for all profiles: `STATUS: text | days_left=N;warn;crit`.
    #[arg(long)]
    pub nagios: bool,
    /// `--exit-zero`.
    #[command(flatten)]
    pub findings: FindingsExit,
}

/// `status` arguments.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Profiles or directories of profiles [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// `--exit-zero`.
    #[command(flatten)]
    pub findings: FindingsExit,
}

/// `log` arguments: `PROFILE PLATFORM EVENT`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The TOML profile to append the event to.
    #[arg(value_name = "PROFILE", display_order = 1)]
    pub profile: PathBuf,
    /// The platform (wecom, official_account, mini_program, dingtalk, gov_account, …).
    #[arg(value_name = "PLATFORM", value_parser = parse_platform, display_order = 2)]
    pub platform: Platform,
    /// What happened: ordered, paid, submitted, info_requested, resubmitted, rejected, approved, refunded or cancelled.
    #[arg(value_name = "EVENT", value_parser = parse_event, display_order = 3)]
    pub event: EventKind,
    /// The day it happened, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE", value_parser = parse_cli_date)]
    pub on: Option<NaiveDate>,
    /// Free text kept with the event (an order number, a reason).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// How findings become the exit code, for every command that exits 1/2 on what it finds
/// (remind, check, status): flatten it into the command's arguments.
#[derive(Clone, Copy, Debug, Args)]
pub struct FindingsExit {
    /// Exit 0 whatever the findings (due, critical); input and output errors keep their codes.
    #[arg(long)]
    pub exit_zero: bool,
}

impl FindingsExit {
    /// The exit for `exit`: a warning or critical finding is 0 with `--exit-zero`.
    pub fn apply(self, exit: super::exit::Exit) -> super::exit::Exit {
        use super::exit::Exit;
        match exit {
            Exit::Warning | Exit::Critical if self.exit_zero => Exit::Ok,
            other => other,
        }
    }
}

/// `report` arguments.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A profile (one organisation's page), or a directory or several profiles (a portfolio)
    /// [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// The day the applications start, as `timeline --start` [default: --as-of].
    #[arg(long, value_name = "DATE", value_parser = parse_cli_date)]
    pub start: Option<NaiveDate>,
}

/// `forecast` arguments.
#[derive(Debug, Args)]
pub struct ForecastArgs {
    /// Profiles or directories of profiles [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// The first month, YYYY-MM [default: the month of --as-of].
    #[arg(long, value_name = "MONTH", value_parser = parse_cli_month)]
    pub from: Option<NaiveDate>,
    /// How many months (1–120).
    #[arg(long, default_value_t = 12, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=120))]
    pub months: u32,
    /// The day of each review cycle its fee is paid: the reminder day (60 days before expiry),
    /// the day the review window opens, or the latest day to submit.
    #[arg(long, default_value = "remind", value_name = "DAY", value_parser = ["remind", "window", "start-by"])]
    pub pay_on: String,
    /// Also list platforms that cost nothing.
    #[arg(long)]
    pub include_free: bool,
}

/// A month on the command line, `YYYY-MM`: its first day, within the years certplan plans for.
fn parse_cli_month(text: &str) -> Result<NaiveDate, String> {
    let first = format!("{text}-01");
    let month = match (text.len(), NaiveDate::parse_from_str(&first, "%Y-%m-%d")) {
        (7, Ok(day)) => within_supported_years(day),
        _ => Err(coded("date-month-expected", &[("found", text)])),
    };
    month.map_err(|problem| render(&problem, super::report::language()))
}

/// `workdays` jobs.
#[derive(Debug, Subcommand)]
pub enum WorkdaysJob {
    /// The N-th working day after DATE (DATE itself not counted).
    Add {
        /// How many working days (0 to 10000).
        #[arg(value_parser = clap::value_parser!(u32).range(0..=10_000))]
        n: u32,
        /// The day to count from.
        #[arg(long, value_name = "DATE", value_parser = parse_cli_date)]
        from: NaiveDate,
    },
    /// Every day off and make-up working day of YEAR, with its kind, holiday and origin.
    List {
        /// The calendar year.
        #[arg(value_parser = clap::value_parser!(i32).range(1900..=2199))]
        year: i32,
    },
    /// The number of working days d with FROM < d ≤ TO.
    Count {
        /// The day before the first day counted.
        #[arg(value_parser = parse_cli_date)]
        from: NaiveDate,
        /// The last day counted.
        #[arg(value_parser = parse_cli_date)]
        to: NaiveDate,
    },
}

/// `checklist` arguments.
#[derive(Debug, Args)]
pub struct ChecklistArgs {
    /// The profile [default: ./certplan.toml if it exists, else the general lists].
    #[arg(value_name = "PROFILE")]
    pub profile: Option<PathBuf>,
    /// General lists for this platform only (repeatable).
    #[arg(long, value_name = "PLATFORM", value_parser = parse_platform)]
    pub platform: Vec<Platform>,
    /// General lists for this kind of organisation: its id or its name (public_institution, 事业单位, public institution).
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    pub kind: Option<EntityKind>,
}

/// `check` arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Profiles or directories of profiles [default: ./certplan.toml].
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// `--exit-zero`.
    #[command(flatten)]
    pub findings: FindingsExit,
}

/// A platform by its id, display name or a common short form; a near miss names the id.
fn parse_platform(text: &str) -> Result<Platform, String> {
    if let Some(platform) = Platform::from_name(text) {
        return Ok(platform);
    }
    let problem = match Platform::nearest(text) {
        Some(near) => coded(
            "cli-platform-near",
            &[
                ("found", text),
                ("id", near.id()),
                ("name", near.label(super::report::language())),
            ],
        ),
        None => coded(
            "cli-unknown-value",
            &[("found", text), ("allowed", &Platform::IDS.join(", "))],
        ),
    };
    Err(render(&problem, super::report::language()))
}

fn parse_event(text: &str) -> Result<EventKind, String> {
    let chinese = EventKind::ALL
        .iter()
        .find(|kind| kind.label(Lang::Zh) == text)
        .map(|kind| kind.id());
    text.parse()
        .map_err(|_| unknown_value(text, EventKind::IDS, chinese))
}

/// A kind by its id, its Chinese or English name or another Chinese name people write; a near
/// miss names the id, as for `--platform`.
fn parse_kind(text: &str) -> Result<EntityKind, String> {
    if let Some(kind) = EntityKind::from_name(text) {
        return Ok(kind);
    }
    let lang = super::report::language();
    let problem = match EntityKind::nearest(text) {
        Some(near) => coded(
            "cli-kind-near",
            &[
                ("found", text),
                ("id", near.id()),
                ("name", near.label(lang)),
            ],
        ),
        None => coded(
            "cli-unknown-value",
            &[("found", text), ("allowed", &EntityKind::IDS.join(", "))],
        ),
    };
    Err(render(&problem, lang))
}

/// Why `text` is not one of `ids`, in the reader's language: the id a Chinese name stands for,
/// the id a near miss (`refund`) most likely meant, or the ids there are.
fn unknown_value(text: &str, ids: &[&str], chinese: Option<&str>) -> String {
    let allowed = ids.join(", ");
    let near = certplan::diagnostic::nearest(&text.to_lowercase(), ids.iter().copied());
    let problem = match (chinese, near) {
        (Some(id), _) => coded("cli-chinese-name", &[("found", text), ("id", id)]),
        (None, Some(id)) => coded(
            "cli-value-near",
            &[("found", text), ("id", id), ("allowed", &allowed)],
        ),
        (None, None) => coded(
            "cli-unknown-value",
            &[("found", text), ("allowed", &allowed)],
        ),
    };
    render(&problem, super::report::language())
}

/// `benefits` arguments.
#[derive(Debug, Args)]
pub struct BenefitsArgs {
    /// The profile [default: ./certplan.toml if it exists, else the general comparison].
    #[arg(value_name = "PROFILE")]
    pub profile: Option<PathBuf>,
    /// General comparison for this platform only (repeatable).
    #[arg(long, value_name = "PLATFORM", value_parser = parse_platform)]
    pub platform: Vec<Platform>,
}

impl Command {
    /// The command's name, as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Quote(_) => "quote",
            Command::Explain(_) => "explain",
            Command::Checklist(_) => "checklist",
            Command::Check(_) => "check",
            Command::Benefits(_) => "benefits",
            Command::Timeline(_) => "timeline",
            Command::Remind(_) => "remind",
            Command::Status(_) => "status",
            Command::Log(_) => "log",
            Command::Report(_) => "report",
            Command::Forecast(_) => "forecast",
            Command::Workdays { .. } => "workdays",
            Command::Rules => "rules",
            Command::Init(_) => "init",
            Command::Import(_) => "import",
            Command::Export(_) => "export",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
        }
    }
}

impl Cli {
    /// The global options given that this command does not use (`init` writes its own PATH;
    /// `completions` and `man` print fixed text): each is a usage error, not silently ignored.
    pub fn unused_options(&self) -> Vec<&'static str> {
        let global = &self.global;
        let plans = !matches!(
            self.command,
            Command::Init(_) | Command::Completions { .. } | Command::Man | Command::Log(_)
        );
        // `init` writes to PATH or to -o, not both; it chooses its --format (a profile or a list).
        let writes_output = !matches!(&self.command, Command::Init(args) if args.path.is_some())
            && !matches!(self.command, Command::Import(_) | Command::Log(_));
        let ignores_format = !plans && !matches!(self.command, Command::Init(_));
        let mut unused = Vec::new();
        if !plans {
            for (given, flag) in [
                (global.format.is_some() && ignores_format, "--format"),
                (global.as_of.is_some(), "--as-of"),
                (global.rules.is_some(), "--rules"),
                (!global.holidays.is_empty(), "--holidays"),
                (global.strict, "--strict"),
            ] {
                if given {
                    unused.push(flag);
                }
            }
        }
        if !writes_output && global.output.is_some() {
            unused.push("-o/--output");
        }
        unused
    }

    /// The input files and folders the command will read: profiles as named (or the default
    /// profile when none is), rules and holidays files — listed before any output is opened,
    /// so that `-o` can never name one of them.
    pub fn input_files(&self) -> Vec<PathBuf> {
        let profiles: Option<Vec<PathBuf>> = match &self.command {
            Command::Quote(args) => Some(args.profiles.clone()),
            Command::Timeline(args) => Some(args.profiles.clone()),
            Command::Remind(args) => Some(args.profiles.clone()),
            Command::Status(args) => Some(args.profiles.clone()),
            Command::Log(args) => Some(vec![args.profile.clone()]),
            Command::Report(args) => Some(args.profiles.clone()),
            Command::Forecast(args) => Some(args.profiles.clone()),
            Command::Check(args) => Some(args.profiles.clone()),
            Command::Import(args) => Some(args.lists.clone()),
            Command::Export(args) => Some(args.profiles.clone()),
            Command::Checklist(args) => Some(args.profile.iter().cloned().collect()),
            Command::Benefits(args) => Some(args.profile.iter().cloned().collect()),
            Command::Explain(args) if args.args.len() == 2 => {
                Some(vec![PathBuf::from(&args.args[0])])
            }
            Command::Explain(_) => Some(Vec::new()),
            _ => None,
        };
        let mut files = match profiles {
            Some(named) if named.is_empty() => vec![PathBuf::from(DEFAULT_PROFILE)],
            Some(named) => named,
            None => Vec::new(),
        };
        files.extend(self.global.rules.iter().cloned());
        files.extend(self.global.holidays.iter().cloned());
        files
    }
}

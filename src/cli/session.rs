//! One run's settings and resources: the day, the language, the rules in force, the output —
//! and the batch loop every profile command shares.

use super::args::{Format, Global};
use super::error::CliError;
use super::input::{ListOptions, Origin, load_column_map, load_notices, load_rule_set};
use super::notes::Notes;
use super::output::Output;
use certplan::calendar::WorkCalendar;
use certplan::diagnostic::nearest;
use certplan::lang::Lang;
use certplan::msg;
use certplan::quote::Quote;
use certplan::render::Context;
use certplan::render::provisional::Provisional;
use certplan::render::xlsx::XlsxError;
use certplan::rules::Rules;
use chrono::NaiveDate;
use std::borrow::Cow;

/// Profiles planned in parallel before they are written in order: enough to keep both cores
/// busy, few enough that memory stays flat on folders of any size.
const CHUNK: usize = 1024;

mod batch;

/// Settings and resources for one run.
pub struct Session {
    /// `--format`, if given, as typed.
    format: Option<String>,
    /// `--bom`.
    bom: bool,
    /// The day the plan is made for.
    pub as_of: NaiveDate,
    /// Label language.
    pub lang: Lang,
    /// `--strict`.
    pub strict: bool,
    /// The rules in use.
    pub rules: Rules,
    /// The rules text in use (for `rules --format toml`).
    pub rules_text: Cow<'static, str>,
    /// Which rules are in use, for people: the embedded ones, or the `--rules` file.
    pub rules_origin: String,
    /// Where output goes.
    pub output: Output,
    /// The working-day calendar of the rules.
    pub calendar: WorkCalendar,
    /// Profiles reported as unreadable or invalid so far.
    pub failures: usize,
    /// Profiles read whose answer rests on data certplan does not have (`--strict`).
    pub unsure: usize,
    /// The width to fit tables to: `--width`, else the terminal's; `None` in a pipe, a file or
    /// with `--wide`.
    pub table_width: Option<u16>,
    /// What the run says on stderr: notes gathered to be said once, warnings, errors.
    pub notes: Notes,
    /// How client lists are read: `--sheet`, `--columns`.
    pub lists: ListOptions,
    /// Whether the run stops before the next profile (`--strict` met an invalid one).
    stopped: bool,
    /// The `client_id`s of the profiles written so far, with where each was first.
    client_ids: std::collections::HashMap<String, String>,
}

/// The width tables fit: `--wide` never wraps; `--width N`; else a terminal's width when the
/// output is one (a pipe or `-o` file is never wrapped).
fn table_width(global: &Global) -> Option<u16> {
    use std::io::IsTerminal;
    if global.wide {
        return None;
    }
    global.width.or_else(|| {
        (global.output.is_none() && std::io::stdout().is_terminal())
            .then(terminal_size::terminal_size)
            .flatten()
            .map(|(width, _)| width.0)
    })
}

impl Session {
    /// Loads the rules and opens the output. The clock (`today`) is read only when `--as-of`
    /// is not given: reading it loads the time-zone database.
    pub fn open(
        global: &Global,
        locale: Option<&str>,
        today: impl FnOnce() -> NaiveDate,
    ) -> Result<Session, CliError> {
        let (rules_text, rules) = load_rule_set(global.rules.as_deref())?;
        let notices = load_notices(&global.holidays)?;
        let lang = global.lang(locale);
        let lists = ListOptions {
            sheet: global.sheet.clone(),
            columns: load_column_map(global.columns.as_deref(), lang)?,
        };
        let output = Output::open(global.output.as_deref(), global.force)?;
        let rules_origin = match &global.rules {
            Some(path) => path.display().to_string(),
            None => msg!(lang, "xlsx-rules-embedded", version = rules.schema_version),
        };
        Ok(Session {
            rules_origin,
            format: global.format.clone(),
            bom: global.bom,
            as_of: global.as_of.unwrap_or_else(today),
            lang,
            strict: global.strict,
            calendar: WorkCalendar::with_notices(&rules, notices),
            rules,
            rules_text,
            output,
            failures: 0,
            unsure: 0,
            table_width: table_width(global),
            notes: Notes::new(lang, global.quiet),
            lists,
            stopped: false,
            client_ids: std::collections::HashMap::new(),
        })
    }

    /// `--format` as typed, if given (for a command that also chooses by the `-o` file's name).
    pub fn format_asked(&self) -> Option<String> {
        self.format.clone()
    }

    /// The format asked for — `--format`, else the one the `-o` file's extension names
    /// ([`Format::of_extension`]) — if `command` writes it ([`Format::of`]); its first by
    /// default. An unknown or unsupported name is a usage error listing `command`'s own formats
    /// and suggesting the nearest of them only.
    pub fn format(&mut self, command: &str) -> Result<Format, CliError> {
        // Without --format, `-o plan.xlsx` asks for a workbook: a file named for one format is
        // never written in another.
        let path = self.output.path();
        let named = path.as_deref().and_then(Format::of_extension);
        let format = match (self.format.as_deref(), named) {
            (None, Some(named)) if !Format::of(command).contains(&named) => {
                let formats: Vec<&str> = Format::of(command).iter().map(|f| f.name()).collect();
                let file = path.unwrap_or_default().display().to_string();
                return Err(CliError::Usage(msg!(
                    self.lang,
                    "format-unsupported-by-name",
                    command = command,
                    file = file,
                    format = named.name(),
                    formats = formats.join(", ")
                )));
            }
            (asked, named) => choose_format(command, asked.or(named.map(Format::name)), self.lang)?,
        };
        match format {
            Format::Table => self.output.escape_controls(),
            Format::Csv if self.bom => self.output.byte_order_mark(),
            _ => {}
        }
        if self.bom && format != Format::Csv {
            return Err(CliError::Usage(msg!(self.lang, "bom-needs-csv")));
        }
        if format == Format::Xlsx && !self.output.is_file() {
            return Err(CliError::Usage(msg!(self.lang, "xlsx-needs-output")));
        }
        Ok(format)
    }

    /// Writes one profile's result; at a table format, a blank line separates it from the
    /// profile before.
    pub fn write_result(&mut self, format: Format, text: &str) -> Result<(), CliError> {
        if format == Format::Table && self.output.has_results() {
            self.output.write(&format!("\n{text}"))
        } else {
            self.output.write(text)
        }
    }

    /// What a renderer needs to know of this run for the profile from `origin`.
    pub fn context<'a>(&self, origin: &'a Origin) -> Context<'a> {
        Context {
            profile_path: &origin.file,
            as_of: self.as_of,
            lang: self.lang,
            width: self.table_width,
            sheet: origin.sheet.as_deref(),
            sheet_row: origin.row,
        }
    }

    /// A workbook that could not be made: the `-o` file cannot be written (exit 73).
    pub fn workbook_error(&self, error: XlsxError) -> CliError {
        CliError::CannotWrite {
            path: self.output.path().unwrap_or_default(),
            cause: std::io::Error::other(error.to_string()),
        }
    }

    /// A quote with a figure too large to represent is an error for this profile (exit 65),
    /// never printed as a wrong amount.
    pub fn representable(&self, profile_path: &str, quoted: &Quote) -> Result<(), CliError> {
        match quoted.unrepresentable_figure() {
            Some(figure) => Err(CliError::Unrepresentable(msg!(
                self.lang,
                "money-unrepresentable",
                profile = profile_path,
                figure = figure
            ))),
            None => Ok(()),
        }
    }

    /// Reports assumptions (rules used before their first known day): as notes said once at
    /// the end of the run, or with `--strict` as an error for this profile.
    pub fn assumptions(
        &self,
        profile_path: &str,
        assumptions: &[certplan::lang::Bilingual],
    ) -> Result<(), CliError> {
        if assumptions.is_empty() {
            return Ok(());
        }
        let texts = certplan::render::localized(assumptions, self.lang);
        if self.strict {
            return Err(CliError::Unknown(format!(
                "{profile_path}: {} (--strict)",
                texts.join("; ")
            )));
        }
        for assumption in texts {
            self.notes.assumption(profile_path, assumption);
        }
        Ok(())
    }

    /// A result reckoned over `spans` (first and last day each) that reaches a year without a
    /// holiday notice: with `--strict` an error for this profile (exit 3); otherwise a note,
    /// said once at the end of the run, naming the years and the days the holiday law made
    /// certplan assume over every profile.
    pub fn require_published(
        &self,
        profile_path: &str,
        spans: &[(NaiveDate, NaiveDate)],
    ) -> Result<(), CliError> {
        let Some(provisional) = Provisional::of(&self.calendar, spans) else {
            return Ok(());
        };
        if self.strict {
            let prefix = if profile_path.is_empty() {
                String::new()
            } else {
                format!("{profile_path}: ")
            };
            let note = provisional.note(self.lang);
            return Err(CliError::Unknown(format!(
                "{prefix}{}",
                msg!(self.lang, "holidays-strict", note = note)
            )));
        }
        self.notes.provisional(profile_path, provisional);
        Ok(())
    }

    /// Completes the output: an `-o` file is moved into place only when `keep`; returns
    /// whether a file was written.
    pub fn finish(self, keep: bool) -> Result<bool, CliError> {
        self.notes.flush();
        self.output.finish(keep)
    }
}

/// The format `asked` (`--format`, as typed) if `command` writes it ([`Format::of`]), its
/// first by default. An unknown or unsupported name is a usage error listing `command`'s own
/// formats and suggesting the nearest of them only.
pub fn choose_format(command: &str, asked: Option<&str>, lang: Lang) -> Result<Format, CliError> {
    let supported = Format::of(command);
    let Some(name) = asked else {
        return Ok(supported[0]);
    };
    if let Some(format) = Format::parse(name).filter(|format| supported.contains(format)) {
        return Ok(format);
    }
    let names: Vec<_> = supported.iter().map(|format| format.name()).collect();
    Err(CliError::Usage(
        match nearest(name, names.iter().copied()) {
            Some(nearest) => msg!(
                lang,
                "format-unsupported-nearest",
                command = command,
                format = name,
                formats = names.join(", "),
                nearest = nearest
            ),
            None => msg!(
                lang,
                "format-unsupported",
                command = command,
                format = name,
                formats = names.join(", ")
            ),
        },
    ))
}

//! Reading inputs: expanding profile arguments (a directory means its `*.toml` files in name
//! order), reading text (unreadable → 66, not UTF-8 → 65 with the position), and loading the
//! profile and the rules.
//!
//! Every file certplan reads is read here — [`read_text`], [`read_bytes`], [`read_head`] —
//! and each registers what it reads ([`known`]), so that `-o` can never name an input: a new
//! kind of input read through these functions is protected without another line.

use super::error::CliError;
use certplan::diagnostic::{Diagnostic, Diagnostics};
use certplan::lang::Lang;
use certplan::list::column_map::ColumnMap;
use certplan::profile::{Profile, parse_profile_in};
use certplan::rules::{
    EMBEDDED_RULES, HolidayYear, Rules, embedded_rules, load_holidays, load_rules,
};
use std::borrow::Cow;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

mod csv_rows;
mod decode;
mod entries;
mod known;
mod list;
mod workbook;

pub use entries::{Entry, Origin, expand};
pub use known::{announce, refuse_output};
pub use list::{ListOptions, is_list};

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "certplan.toml";

/// The largest profile certplan reads (real ones are a few kilobytes).
pub const MAX_PROFILE_BYTES: u64 = 1 << 20;
/// The largest rules file certplan reads (the embedded rules are about 60 KiB).
pub const MAX_RULES_BYTES: u64 = 8 << 20;

/// The text of the regular file at `path`, read with a limit of `limit` bytes: a FIFO or device
/// is refused before it is opened for reading (it could block or never end), a larger file
/// after reading at most `limit` + 1 bytes. Bytes that are not UTF-8 are an input error at
/// their position.
pub fn read_text(path: &Path, limit: u64) -> Result<String, CliError> {
    let bytes = read_bytes(path, limit)?;
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(error.as_bytes());
        let message = format!(
            "the file is not UTF-8 text (invalid byte 0x{:02X})",
            error.as_bytes()[offset]
        );
        let diagnostic = Diagnostic::at_offset(
            &path.display().to_string(),
            &lossy,
            offset,
            String::new(),
            message,
        )
        .with_help("save the file as UTF-8");
        CliError::Invalid(Diagnostics::one(diagnostic))
    })
}

/// The bytes of the regular file at `path`, at most `limit` of them (a larger file is an
/// input error after reading `limit` + 1 bytes); a FIFO or device is refused before it is
/// opened. The file is registered as an input of the run, which `-o` can never name.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, CliError> {
    use entries::file_kind;
    use std::io::Read;
    let unreadable = |cause| CliError::Unreadable {
        path: path.to_owned(),
        cause,
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(CliError::NotAFile {
            path: path.to_owned(),
            kind: file_kind(&metadata.file_type()),
        });
    }
    known::register(path, &metadata);
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(CliError::TooLarge {
            path: path.to_owned(),
            limit,
        });
    }
    Ok(bytes)
}

/// The metadata of the file at `path` and its first bytes, as many as fit `head` (fewer when
/// the file is shorter; none read from anything but a regular file). The file is registered as
/// an input of the run.
pub fn read_head(path: &Path, head: &mut [u8]) -> std::io::Result<(Metadata, usize)> {
    use std::io::Read;
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Ok((metadata, 0));
    }
    known::register(path, &metadata);
    let mut file = std::fs::File::open(path)?;
    let mut filled = 0;
    while filled < head.len() {
        match file.read(&mut head[filled..])? {
            0 => break,
            count => filled += count,
        }
    }
    Ok((metadata, filled))
}

/// Reads and validates one profile.
pub fn load_profile(path: &Path, lang: Lang) -> Result<Profile, CliError> {
    let text = read_text(path, MAX_PROFILE_BYTES)?;
    parse_profile_in(&path.display().to_string(), &text, lang).map_err(CliError::Invalid)
}

/// The rules text and rules: from `--rules FILE` (parsed and validated), or the embedded ones
/// (validated when built, read from their pre-parsed form).
pub fn load_rule_set(file: Option<&Path>) -> Result<(Cow<'static, str>, Rules), CliError> {
    let Some(path) = file else {
        return Ok((Cow::Borrowed(EMBEDDED_RULES), embedded_rules()));
    };
    let text = read_text(path, MAX_RULES_BYTES)?;
    let rules = load_rules(&path.display().to_string(), &text).map_err(CliError::Invalid)?;
    Ok((Cow::Owned(text), rules))
}

/// The `--columns` map, if given (read strictly, as a profile is).
pub fn load_column_map(file: Option<&Path>, lang: Lang) -> Result<ColumnMap, CliError> {
    let Some(path) = file else {
        return Ok(ColumnMap::default());
    };
    let text = read_text(path, MAX_PROFILE_BYTES)?;
    ColumnMap::parse(&path.display().to_string(), &text, lang).map_err(CliError::Invalid)
}

/// The holiday years of `--holidays` files (and `CERTPLAN_HOLIDAYS`), each with the file it
/// came from, in the order given.
pub fn load_notices(files: &[PathBuf]) -> Result<Vec<(String, HolidayYear)>, CliError> {
    let mut notices = Vec::new();
    for path in files {
        let text = read_text(path, MAX_PROFILE_BYTES)?;
        let name = path.display().to_string();
        let years = load_holidays(&name, &text).map_err(CliError::Invalid)?;
        notices.extend(years.into_iter().map(|year| (name.clone(), year)));
    }
    Ok(notices)
}

/// The profile of a command that also has general lists (`checklist`, `benefits`): PROFILE
/// when given (a usage error together with filters); else `./certplan.toml` when it exists and
/// no filter is given; else none — the general lists.
pub fn profile_or_general(
    given: Option<&Path>,
    filters: &[&str],
) -> Result<Option<PathBuf>, CliError> {
    match given {
        Some(_) if !filters.is_empty() => Err(CliError::Usage(format!(
            "{} filter the general lists: give them without a PROFILE",
            filters.join(" and ")
        ))),
        Some(path) => Ok(Some(path.to_owned())),
        None if filters.is_empty() && Path::new(DEFAULT_PROFILE).exists() => {
            Ok(Some(PathBuf::from(DEFAULT_PROFILE)))
        }
        None => Ok(None),
    }
}

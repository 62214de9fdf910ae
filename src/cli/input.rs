//! Reading inputs: expanding profile arguments (a directory means its `*.toml` files in name
//! order), reading text (unreadable → 66, not UTF-8 → 65 with the position), and loading the
//! profile and the rules.

use super::error::CliError;
use certplan::diagnostic::{Diagnostic, Diagnostics};
use certplan::profile::{Profile, parse_profile};
use certplan::rules::{
    EMBEDDED_RULES, HolidayYear, Rules, embedded_rules, load_holidays, load_rules,
};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "certplan.toml";

/// The profile files the arguments name, in order; a directory contributes its `*.toml` files
/// sorted by name, or an error when it has none. No arguments means `./certplan.toml`.
pub fn expand(arguments: &[PathBuf]) -> Vec<Result<PathBuf, CliError>> {
    if arguments.is_empty() {
        let default = PathBuf::from(DEFAULT_PROFILE);
        return vec![if default.exists() {
            Ok(default)
        } else {
            Err(CliError::NoDefaultProfile)
        }];
    }
    let mut files = Vec::new();
    for argument in arguments {
        if !argument.is_dir() {
            files.push(Ok(argument.clone()));
            continue;
        }
        match profiles_in(argument) {
            Ok(found) if found.is_empty() => {
                files.push(Err(CliError::NoProfiles(argument.clone())))
            }
            Ok(found) => files.extend(found.into_iter().map(Ok)),
            Err(source) => files.push(Err(CliError::Unreadable {
                path: argument.clone(),
                source,
            })),
        }
    }
    files
}

fn profiles_in(directory: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(directory)? {
        let entry = entry?;
        let path = entry.path();
        // file_type() comes from the directory listing itself on most file systems: no stat per
        // file, which matters for folders of 10 000 profiles. Links are followed to their target.
        let is_file = match entry.file_type()? {
            kind if kind.is_symlink() => path.is_file(),
            kind => kind.is_file(),
        };
        if is_file
            && path
                .extension()
                .is_some_and(|extension| extension == "toml")
        {
            found.push(path);
        }
    }
    found.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(found)
}

/// The file's text; bytes that are not UTF-8 are an input error at their position.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|source| CliError::Unreadable {
        path: path.to_owned(),
        source,
    })?;
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
        CliError::Invalid(Diagnostics(vec![diagnostic]))
    })
}

/// Reads and validates one profile.
pub fn load_profile(path: &Path) -> Result<Profile, CliError> {
    let text = read_text(path)?;
    parse_profile(&path.display().to_string(), &text).map_err(CliError::Invalid)
}

/// The rules text and rules: from `--rules FILE` (parsed and validated), or the embedded ones
/// (validated when built, read from their pre-parsed form).
pub fn load_rule_set(file: Option<&Path>) -> Result<(Cow<'static, str>, Rules), CliError> {
    let Some(path) = file else {
        return Ok((Cow::Borrowed(EMBEDDED_RULES), embedded_rules()));
    };
    let text = read_text(path)?;
    let rules = load_rules(&path.display().to_string(), &text).map_err(CliError::Invalid)?;
    Ok((Cow::Owned(text), rules))
}

/// The holiday years of `--holidays` files (and `CERTPLAN_HOLIDAYS`), each with the file it
/// came from, in the order given.
pub fn load_notices(files: &[PathBuf]) -> Result<Vec<(String, HolidayYear)>, CliError> {
    let mut notices = Vec::new();
    for path in files {
        let text = read_text(path)?;
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

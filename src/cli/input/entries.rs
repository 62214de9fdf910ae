//! What the profile arguments name, one profile at a time: a profile file, each `*.toml` of a
//! folder (in name order), or each row of a client list — with where each came from. A row
//! stays cells until it is planned, so lists are read as they are planned, on both cores.

use super::list::{self, ListOptions, ListRow};
use super::{CliError, DEFAULT_PROFILE, load_profile};
use crate::cli::notes::Notes;
use certplan::lang::Lang;
use certplan::list::row_profile::profile_of_row;
use certplan::profile::Profile;
use std::path::{Path, PathBuf};

/// One profile to read: a file, or a row of a list.
#[derive(Debug)]
pub enum Entry {
    /// A profile file.
    File(PathBuf),
    /// A row of a client list.
    Row(ListRow),
}

/// Where a profile came from: the file as the user named it, and for a list row its sheet
/// and row, with how people are told of it.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The profile file or the list file.
    pub file: String,
    /// The sheet of a workbook list.
    pub sheet: Option<String>,
    /// The row of a list, as the spreadsheet numbers it.
    pub row: Option<u32>,
    /// A warning about this profile to say when it is written (a repeated row).
    pub warning: Option<String>,
    /// The profile's `client_id`, once it is read.
    pub client_id: Option<String>,
    label: String,
}

impl Origin {
    /// A profile file.
    pub fn of_file(file: String) -> Origin {
        Origin {
            label: file.clone(),
            file,
            sheet: None,
            row: None,
            warning: None,
            client_id: None,
        }
    }

    /// How messages name the profile: its file, or the list file and the row.
    pub fn label(&self) -> &str {
        &self.label
    }
}

impl Entry {
    /// Where the entry is, before it is read.
    pub fn origin(&self, lang: Lang) -> Origin {
        match self {
            Entry::File(path) => Origin::of_file(path.display().to_string()),
            Entry::Row(row) => {
                let place = row.list.place(row.row);
                Origin {
                    label: certplan::msg!(
                        lang,
                        "list-source",
                        file = row.list.file.as_str(),
                        row = place.row_words(lang)
                    ),
                    file: row.list.file.clone(),
                    sheet: row.list.sheet.clone(),
                    row: Some(row.row),
                    warning: row.warning.clone(),
                    client_id: None,
                }
            }
        }
    }

    /// Reads and validates the profile, saying where it came from.
    pub fn load(self, lang: Lang) -> Result<(Origin, Profile), CliError> {
        let mut origin = self.origin(lang);
        let profile = match &self {
            Entry::File(path) => load_profile(path, lang)?,
            Entry::Row(row) => {
                let place = row.list.place(row.row);
                profile_of_row(&place, &row.list.header, &row.cells, lang)
                    .map_err(CliError::Invalid)?
                    .1
            }
        };
        origin.client_id = profile.org().client_id().map(str::to_owned);
        Ok((origin, profile))
    }

    /// The profile file's table (what `import` writes), validated as a profile.
    pub fn table(self, lang: Lang) -> Result<(Origin, toml::Table), CliError> {
        let origin = self.origin(lang);
        let table = match &self {
            Entry::File(path) => crate::cli::tables::table_of_file(path, lang)?,
            Entry::Row(row) => {
                let place = row.list.place(row.row);
                profile_of_row(&place, &row.list.header, &row.cells, lang)
                    .map_err(CliError::Invalid)?
                    .0
            }
        };
        Ok((origin, table))
    }
}

/// The profiles the arguments name, in order: a file as it is; a directory's `*.toml` files
/// sorted by name, or an error when it has none; a client list's rows. No arguments means
/// `./certplan.toml`. A list is opened (read, decoded, its header checked) here, in argument
/// order; what is said of it (an encoding detected) goes to `notes`.
pub fn expand(
    arguments: &[PathBuf],
    options: &ListOptions,
    lang: Lang,
    notes: &Notes,
) -> impl Iterator<Item = Result<Entry, CliError>> + use<> {
    let mut sources: Vec<Box<dyn Iterator<Item = Result<Entry, CliError>>>> = Vec::new();
    let one = |entry: Result<Entry, CliError>| -> Box<dyn Iterator<Item = _>> {
        Box::new(std::iter::once(entry))
    };
    if arguments.is_empty() {
        let default = PathBuf::from(DEFAULT_PROFILE);
        sources.push(one(if default.exists() {
            Ok(Entry::File(default))
        } else {
            Err(CliError::NoDefaultProfile)
        }));
    }
    for argument in arguments {
        if argument.is_dir() {
            if let Ok(metadata) = std::fs::metadata(argument) {
                super::known::register(argument, &metadata);
            }
            let found = match profiles_in(argument) {
                Ok(found) if found.is_empty() => vec![Err(CliError::NoProfiles(argument.clone()))],
                Ok(found) => found,
                Err(cause) => vec![Err(CliError::Unreadable {
                    path: argument.clone(),
                    cause,
                })],
            };
            sources.push(Box::new(found.into_iter().map(|f| f.map(Entry::File))));
        } else if list::is_list(argument) {
            match list::open(argument, options, lang) {
                Ok((said, rows)) => {
                    for note in said {
                        notes.input_note(&note);
                    }
                    sources.push(Box::new(rows.map(|row| Ok(Entry::Row(row)))));
                }
                Err(error) => sources.push(one(Err(error))),
            }
        } else {
            sources.push(one(Ok(Entry::File(argument.clone()))));
        }
    }
    sources.into_iter().flatten()
}

/// The `*.toml` files of `directory` in name order, and an error for each `*.toml` entry that
/// cannot be a profile (a dangling link, a directory, FIFO or device named `.toml`), so that a
/// scan never skips anything silently.
fn profiles_in(directory: &Path) -> std::io::Result<Vec<Result<PathBuf, CliError>>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(directory)? {
        let entry = entry?;
        let path = entry.path();
        if path.extension().is_none_or(|extension| extension != "toml") {
            continue;
        }
        // file_type() comes from the directory listing itself on most file systems: no stat per
        // file, which matters for folders of 10 000 profiles. Links are followed to their target.
        let kind = entry.file_type()?;
        let outcome = if kind.is_file() {
            Ok(path)
        } else if kind.is_symlink() {
            match std::fs::metadata(&path) {
                Ok(target) if target.is_file() => Ok(path),
                Ok(_) => Err(CliError::NotAFile {
                    path,
                    kind: "link to something other than a file",
                }),
                Err(cause) => Err(CliError::Unreadable { path, cause }),
            }
        } else {
            Err(CliError::NotAFile {
                path,
                kind: file_kind(&kind),
            })
        };
        found.push(outcome);
    }
    let name = |outcome: &Result<PathBuf, CliError>| match outcome {
        Ok(path) => path.file_name().map(|name| name.to_owned()),
        Err(CliError::NotAFile { path, .. } | CliError::Unreadable { path, .. }) => {
            path.file_name().map(|name| name.to_owned())
        }
        Err(_) => None,
    };
    found.sort_by_key(name);
    Ok(found)
}

/// What a file type is, in words.
pub(super) fn file_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_dir() {
        "directory"
    } else if kind.is_fifo() {
        "FIFO"
    } else if kind.is_char_device() || kind.is_block_device() {
        "device"
    } else if kind.is_socket() {
        "socket"
    } else {
        "special file"
    }
}

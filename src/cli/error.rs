//! The errors the command line reports, each with its exit code.

use super::exit::Exit;
use certplan::diagnostic::Diagnostics;
use std::path::PathBuf;

/// An error the user can act on.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad flags, arguments or combinations.
    #[error("{0}")]
    Usage(String),
    /// A profile or rules file that does not parse or validate.
    #[error("{0}")]
    Invalid(Diagnostics),
    /// An input file that cannot be read.
    #[error("cannot read {path}: {source}")]
    Unreadable {
        /// The path as given.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// No profile named, and no `./certplan.toml`.
    #[error(
        "no profile given and ./certplan.toml does not exist: name a profile or a folder of profiles, or create one with `certplan init`"
    )]
    NoDefaultProfile,
    /// A directory with no profile in it.
    #[error("{0}: no *.toml profiles in this directory")]
    NoProfiles(PathBuf),
    /// A figure too large to represent (only reachable with absurd rules amounts).
    #[error("{0}")]
    Unrepresentable(String),
    /// The answer depends on data certplan does not have, and `--strict` was given.
    #[error("{0}")]
    Unknown(String),
    /// An output file that exists and `--force` was not given.
    #[error("{0} exists; certplan does not overwrite files unless --force is given")]
    OutputExists(PathBuf),
    /// An output file that could not be written.
    #[error("cannot write {path}: {source}")]
    CannotWrite {
        /// The path as given.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl CliError {
    /// The exit code this error means.
    pub fn exit(&self) -> Exit {
        match self {
            CliError::Usage(_) => Exit::Usage,
            CliError::Invalid(_) | CliError::Unrepresentable(_) => Exit::InvalidInput,
            CliError::Unreadable { .. } | CliError::NoProfiles(_) | CliError::NoDefaultProfile => {
                Exit::Unreadable
            }
            CliError::Unknown(_) => Exit::Unknown,
            CliError::OutputExists(_) | CliError::CannotWrite { .. } => Exit::CannotWrite,
        }
    }
}

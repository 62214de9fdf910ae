//! Exit codes, named in one place (the contract's table), and how errors map to them.

use super::error::CliError;

/// What the process reports to its caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// Success; for `remind`/`check`, nothing needs attention.
    Ok = 0,
    /// `remind`/`check`: a warning.
    Warning = 1,
    /// `remind`/`check`: something critical.
    Critical = 2,
    /// The answer depends on data certplan does not have, and `--strict` was given.
    Unknown = 3,
    /// Bad flags or arguments.
    Usage = 64,
    /// Invalid profile or rules file.
    InvalidInput = 65,
    /// An input file cannot be read.
    Unreadable = 66,
    /// A bug.
    Internal = 70,
    /// The output file cannot be written (exists without `--force`, not a regular file, or an
    /// I/O error).
    CannotWrite = 73,
    /// Standard output cannot be written (a full disk, an I/O error; not a closed pipe).
    IoError = 74,
}

impl Exit {
    /// The code for an error: the first [`CliError`] in its chain decides; anything else is a bug.
    pub fn for_error(error: &anyhow::Error) -> Exit {
        error
            .chain()
            .find_map(|cause| cause.downcast_ref::<CliError>())
            .map_or(Exit::Internal, CliError::exit)
    }

    /// The worse of two outcomes: with several profiles, the highest code wins.
    pub fn worst(self, other: Exit) -> Exit {
        self.max(other)
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit as u8)
    }
}

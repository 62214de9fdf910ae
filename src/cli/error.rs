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
    /// A client list that cannot be read as one (its encoding, its sheet, its size), in the
    /// reader's language.
    #[error("{0}")]
    List(String),
    /// An input file that cannot be read.
    #[error("cannot read {}: {}", path.display(), describe_io(cause))]
    Unreadable {
        /// The path as given.
        path: PathBuf,
        /// Why (shown in the message; not a `source`, so that it is not printed twice).
        cause: std::io::Error,
    },
    /// An input path that is not a regular file (a directory, FIFO, device, dangling link).
    #[error(
        "{}: is a {kind}, not a regular file; certplan reads profiles, rules and holiday files only from regular files",
        path.display()
    )]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// An input file larger than certplan reads.
    #[error(
        "{}: larger than {} KiB, the most certplan reads from such a file (a profile is a few kilobytes)",
        path.display(),
        limit / 1024
    )]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
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
    /// An output path that is not a regular file.
    #[error(
        "{path} is a {kind}, not a regular file: certplan writes only regular files (even with --force); name a new file or an existing regular one"
    )]
    NotRegularOutput {
        /// The path as given.
        path: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// An output path that is a file this run reads (the same device and inode, however spelled).
    #[error(
        "-o {} is {}, an input of this run (the same file): certplan never writes over what it reads, even with --force; choose another file",
        output.display(),
        input.display()
    )]
    OutputIsInput {
        /// The output path as given.
        output: PathBuf,
        /// The input as it was named.
        input: PathBuf,
    },
    /// An output path that is an existing file in a folder this run reads.
    #[error(
        "-o {} is a file in {}, a folder this run reads: certplan never writes over what it reads, even with --force; choose a file outside it",
        output.display(),
        folder.display()
    )]
    OutputInInputFolder {
        /// The output path as given.
        output: PathBuf,
        /// The folder as it was named.
        folder: PathBuf,
    },
    /// Standard output failed (other than a closed pipe).
    #[error("cannot write to standard output: {}", describe_io(.0))]
    StdoutFailed(std::io::Error),
    /// An output file that could not be written.
    #[error("cannot write {}: {}", path.display(), describe_io(cause))]
    CannotWrite {
        /// The path as given.
        path: PathBuf,
        /// Why (shown in the message; not a `source`, so that it is not printed twice).
        cause: std::io::Error,
    },
}

/// The error number of writing to a closed descriptor (`>&-`).
pub const EBADF: i32 = 9;

/// An I/O error in words, without the OS error number.
pub fn describe_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => "no such file or directory".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::IsADirectory => "it is a directory".to_owned(),
        ErrorKind::StorageFull => "no space left on the device".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_owned(),
        _ if error.raw_os_error() == Some(EBADF) => "it is closed".to_owned(),
        _ => {
            let text = error.to_string();
            // "… (os error 28)" is for programmers; the words before it are for people.
            match text.find(" (os error") {
                Some(at) => text[..at].to_lowercase(),
                None => text,
            }
        }
    }
}

impl CliError {
    /// The exit code this error means.
    pub fn exit(&self) -> Exit {
        match self {
            CliError::Usage(_) => Exit::Usage,
            CliError::Invalid(_)
            | CliError::List(_)
            | CliError::Unrepresentable(_)
            | CliError::TooLarge { .. } => Exit::InvalidInput,
            CliError::Unreadable { .. }
            | CliError::NotAFile { .. }
            | CliError::NoProfiles(_)
            | CliError::NoDefaultProfile => Exit::Unreadable,
            CliError::Unknown(_) => Exit::Unknown,
            CliError::OutputExists(_)
            | CliError::CannotWrite { .. }
            | CliError::NotRegularOutput { .. }
            | CliError::OutputIsInput { .. }
            | CliError::OutputInInputFolder { .. } => Exit::CannotWrite,
            CliError::StdoutFailed(_) => Exit::IoError,
        }
    }
}

//! Where output goes: stdout (a closed pipe ends output quietly, not as an error) or `-o FILE`,
//! written to a temporary file beside it and renamed into place only when complete, so a
//! failure never leaves half a file; an existing file is replaced only with `--force`.

use super::error::CliError;
use std::io::{BufWriter, ErrorKind, Stdout, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// An output destination.
pub struct Output {
    target: Target,
    closed: bool,
}

enum Target {
    Stdout(BufWriter<Stdout>),
    File {
        temp: BufWriter<NamedTempFile>,
        path: PathBuf,
        force: bool,
    },
}

impl Output {
    /// Stdout, or a temporary file that becomes `path` at [`Output::finish`].
    pub fn open(path: Option<&Path>, force: bool) -> Result<Output, CliError> {
        let target = match path {
            None => Target::Stdout(BufWriter::new(std::io::stdout())),
            Some(path) => {
                if path.exists() && !force {
                    return Err(CliError::OutputExists(path.to_owned()));
                }
                let directory = match path.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => parent,
                    _ => Path::new("."),
                };
                let temp =
                    NamedTempFile::new_in(directory).map_err(|source| CliError::CannotWrite {
                        path: path.to_owned(),
                        source,
                    })?;
                Target::File {
                    temp: BufWriter::new(temp),
                    path: path.to_owned(),
                    force,
                }
            }
        };
        Ok(Output {
            target,
            closed: false,
        })
    }

    /// Whether the reader went away (stdout pipe closed): stop producing.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Writes `text`.
    pub fn write(&mut self, text: &str) -> Result<(), CliError> {
        if self.closed {
            return Ok(());
        }
        let result = match &mut self.target {
            Target::Stdout(out) => out.write_all(text.as_bytes()),
            Target::File { temp, .. } => temp.write_all(text.as_bytes()),
        };
        self.settle(result)
    }

    /// Flushes, and for a file moves it into place.
    pub fn finish(mut self) -> Result<(), CliError> {
        let result = match &mut self.target {
            Target::Stdout(out) => out.flush(),
            Target::File { temp, .. } => temp.flush(),
        };
        self.settle(result)?;
        match self.target {
            Target::Stdout(_) => Ok(()),
            Target::File { temp, path, force } => {
                let temp = temp.into_inner().map_err(|error| CliError::CannotWrite {
                    path: path.clone(),
                    source: error.into_error(),
                })?;
                let persisted = if force {
                    temp.persist(&path)
                } else {
                    temp.persist_noclobber(&path)
                };
                persisted
                    .map(drop)
                    .map_err(|error| match error.error.kind() {
                        ErrorKind::AlreadyExists => CliError::OutputExists(path),
                        _ => CliError::CannotWrite {
                            path,
                            source: error.error,
                        },
                    })
            }
        }
    }

    fn settle(&mut self, result: std::io::Result<()>) -> Result<(), CliError> {
        match (result, &self.target) {
            (Ok(()), _) => Ok(()),
            (Err(error), Target::Stdout(_)) if error.kind() == ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            (Err(source), Target::Stdout(_)) => Err(CliError::CannotWrite {
                path: PathBuf::from("<stdout>"),
                source,
            }),
            (Err(source), Target::File { path, .. }) => Err(CliError::CannotWrite {
                path: path.clone(),
                source,
            }),
        }
    }
}

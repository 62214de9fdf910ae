//! Where output goes: stdout, or `-o FILE`.
//!
//! - A closed pipe (`| head`) ends output quietly; any other stdout failure (`/dev/full`, EIO,
//!   a stdout closed with `>&-`) is an error of its own (exit 74). A closed descriptor cannot
//!   be seen by writing: Rust's runtime puts `/dev/null`, opened for reading and writing, in
//!   its place before `main` — that is what [`stdout_was_closed`] looks for (a shell's
//!   `>/dev/null` opens it for writing only).
//! - `-o FILE` is written to a temporary file beside it, created with the mode a shell
//!   redirect gives (0666 minus the umask; an existing file's own mode when replacing it), and
//!   renamed into place only when the command succeeded with at least one result: a failed run
//!   never replaces a file. Ctrl-C removes the temporary file.
//! - Never a file the run reads, by device and inode (`input::refuse_output`), checked when
//!   the output is opened and again before it replaces a file; not even with `--force`.
//! - Only regular files are written: a directory, symlink, FIFO or device is refused even with
//!   `--force`; an existing file is replaced only with `--force`.
//! - A header (CSV) is held back until the first result, so a batch where every profile fails
//!   prints nothing.

use super::error::CliError;
use super::input::refuse_output;
use certplan::render::text::visible::visible;
use std::borrow::Cow;
use std::fs::Permissions;
use std::io::{BufWriter, ErrorKind, Stdout, Write};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tempfile::NamedTempFile;

/// The temporary files being written (a portfolio's index and a client's page may be open
/// together), for the Ctrl-C handler to remove.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// An output destination.
pub struct Output {
    target: Target,
    closed: bool,
    /// Stdout was closed when certplan started: every write to it fails.
    stdout_gone: bool,
    /// Show control characters as visible escapes (text for terminals, not JSON or CSV).
    escape_controls: bool,
    header: Option<String>,
    results: usize,
}

enum Target {
    Stdout(BufWriter<Stdout>),
    File {
        temp: BufWriter<NamedTempFile>,
        path: PathBuf,
        force: bool,
    },
}

/// What a path that exists is, when it is not a regular file.
fn not_regular(path: &Path) -> Option<&'static str> {
    let kind = std::fs::symlink_metadata(path).ok()?.file_type();
    if kind.is_file() {
        None
    } else if kind.is_symlink() {
        Some("symbolic link")
    } else if kind.is_dir() {
        Some("directory")
    } else if kind.is_fifo() {
        Some("FIFO")
    } else if kind.is_char_device() || kind.is_block_device() {
        Some("device")
    } else {
        Some("special file")
    }
}

impl Output {
    /// Stdout, or a temporary file that becomes `path` at [`Output::finish`].
    pub fn open(path: Option<&Path>, force: bool) -> Result<Output, CliError> {
        let target = match path {
            None => Target::Stdout(BufWriter::new(std::io::stdout())),
            Some(path) => Target::File {
                temp: BufWriter::new(temporary_beside(path, force)?),
                path: path.to_owned(),
                force,
            },
        };
        Ok(Output {
            stdout_gone: path.is_none() && stdout_was_closed(),
            target,
            closed: false,
            escape_controls: false,
            header: None,
            results: 0,
        })
    }

    /// Whether the reader went away (stdout pipe closed): stop producing.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// From now on, show control and bidirectional-override characters as visible escapes
    /// (for text meant for a terminal).
    pub fn escape_controls(&mut self) {
        self.escape_controls = true;
    }

    /// Holds `text` back until the first result (a CSV header), after a byte-order mark if one
    /// was asked for.
    pub fn header(&mut self, text: String) {
        let mark = self.header.take().unwrap_or_default();
        self.header = Some(mark + &text);
    }

    /// Starts the output with a UTF-8 byte-order mark (held back like a header).
    pub fn byte_order_mark(&mut self) {
        let rest = self.header.take().unwrap_or_default();
        self.header = Some(format!("\u{feff}{rest}"));
    }

    /// Writes one result (after the header, if one is held back).
    pub fn write(&mut self, text: &str) -> Result<(), CliError> {
        if let Some(header) = self.header.take() {
            self.write_raw(&header)?;
        }
        self.results += 1;
        self.write_raw(text)
    }

    /// Writes a whole binary result (a workbook): never escaped, no header.
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<(), CliError> {
        self.results += 1;
        if self.closed {
            return Ok(());
        }
        let result = match &mut self.target {
            Target::Stdout(_) if self.stdout_gone => Err(closed_descriptor()),
            Target::Stdout(out) => out.write_all(bytes),
            Target::File { temp, .. } => temp.write_all(bytes),
        };
        self.settle(result)
    }

    fn write_raw(&mut self, text: &str) -> Result<(), CliError> {
        if self.closed {
            return Ok(());
        }
        let text = if self.escape_controls {
            visible(text)
        } else {
            Cow::Borrowed(text)
        };
        let result = match &mut self.target {
            Target::Stdout(_) if self.stdout_gone => Err(closed_descriptor()),
            Target::Stdout(out) => out.write_all(text.as_bytes()),
            Target::File { temp, .. } => temp.write_all(text.as_bytes()),
        };
        self.settle(result)
    }

    /// Whether any result was written.
    pub fn has_results(&self) -> bool {
        self.results > 0
    }

    /// The file written (`-o`), if any.
    pub fn path(&self) -> Option<PathBuf> {
        match &self.target {
            Target::File { path, .. } => Some(path.clone()),
            Target::Stdout(_) => None,
        }
    }

    /// Whether the output is a file (`-o`).
    pub fn is_file(&self) -> bool {
        matches!(self.target, Target::File { .. })
    }

    /// Ends the output of a run: stdout is flushed; a file is moved into place when `keep` (the
    /// run succeeded with at least one result), and otherwise removed, leaving any existing
    /// file untouched. Returns whether a file was written.
    pub fn finish(mut self, keep: bool) -> Result<bool, CliError> {
        if !keep && let Target::File { temp, .. } = &self.target {
            forget_pending(temp.get_ref().path());
            return Ok(false);
        }
        let result = match &mut self.target {
            Target::Stdout(out) => out.flush(),
            Target::File { temp, .. } => temp.flush(),
        };
        self.settle(result)?;
        match self.target {
            Target::Stdout(_) => Ok(false),
            Target::File { temp, path, force } => {
                let temp = temp.into_inner().map_err(|error| CliError::CannotWrite {
                    path: path.clone(),
                    cause: error.into_error(),
                })?;
                let temp_path = temp.path().to_owned();
                // Inputs read since the output was opened (every profile of a folder) count
                // too; the target may have become a link or device since the run began.
                if let Err(refused) = refuse_output(&path) {
                    forget_pending(&temp_path);
                    return Err(refused);
                }
                if let Some(kind) = not_regular(&path) {
                    return Err(CliError::NotRegularOutput { path, kind });
                }
                let persisted = if force {
                    temp.persist(&path)
                } else {
                    temp.persist_noclobber(&path)
                };
                forget_pending(&temp_path);
                persisted
                    .map(|_| true)
                    .map_err(|error| match error.error.kind() {
                        ErrorKind::AlreadyExists => CliError::OutputExists(path),
                        _ => CliError::CannotWrite {
                            path,
                            cause: error.error,
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
            (Err(source), Target::Stdout(_)) => Err(CliError::StdoutFailed(source)),
            (Err(source), Target::File { path, .. }) => Err(CliError::CannotWrite {
                path: path.clone(),
                cause: source,
            }),
        }
    }
}

/// Whether file descriptor 1 was closed when certplan started (`certplan quote P >&-`): it is
/// then `/dev/null` opened for reading and writing, put there by Rust's runtime so that no file
/// opened later can take the descriptor. A redirect to `/dev/null` opens it for writing only.
/// Linux shows this in `/proc`; elsewhere a closed stdout is not detected.
fn stdout_was_closed() -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(stdout), Ok(null)) = (
        std::fs::metadata("/proc/self/fd/1"),
        std::fs::metadata("/dev/null"),
    ) else {
        return false;
    };
    if !stdout.file_type().is_char_device() || stdout.rdev() != null.rdev() {
        return false;
    }
    let Ok(info) = std::fs::read_to_string("/proc/self/fdinfo/1") else {
        return false;
    };
    info.lines()
        .find_map(|line| line.strip_prefix("flags:"))
        .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
        .is_some_and(|flags| flags & 0o3 == 0o2)
}

/// The error of writing to a closed descriptor.
fn closed_descriptor() -> std::io::Error {
    std::io::Error::from_raw_os_error(super::error::EBADF)
}

/// A temporary file in `path`'s directory, with the mode the finished file should have.
fn temporary_beside(path: &Path, force: bool) -> Result<NamedTempFile, CliError> {
    refuse_output(path)?;
    if let Some(kind) = not_regular(path) {
        return Err(CliError::NotRegularOutput {
            path: path.to_owned(),
            kind,
        });
    }
    let existing = std::fs::metadata(path).ok();
    if existing.is_some() && !force {
        return Err(CliError::OutputExists(path.to_owned()));
    }
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let cannot = |source| CliError::CannotWrite {
        path: path.to_owned(),
        cause: source,
    };
    // The Ctrl-C handler is in place before the temporary file exists, so that an interrupt
    // can never leave one behind.
    install_interrupt_handler();
    // The handler waits for this lock: an interrupt while the file is being made still finds
    // its name once it exists.
    let mut pending = PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Created 0666 (the umask applies, as for a shell redirect); a replaced file keeps its mode.
    let temp = tempfile::Builder::new()
        .prefix(".certplan-")
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(directory)
        .map_err(cannot)?;
    pending.push(temp.path().to_owned());
    drop(pending);
    if let Some(metadata) = existing {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .map_err(cannot)?;
    }
    Ok(temp)
}

fn install_interrupt_handler() {
    // Installed once; a second `-o` in one process (tests) reuses it.
    let _ = ctrlc::set_handler(|| {
        if let Ok(pending) = PENDING.lock() {
            for path in pending.iter() {
                let _ = std::fs::remove_file(path);
            }
        }
        // 128 + SIGINT, as a shell reports an interrupted command.
        std::process::exit(130);
    });
}

fn forget_pending(temp: &Path) {
    if let Ok(mut pending) = PENDING.lock() {
        pending.retain(|path| path != temp);
    }
}

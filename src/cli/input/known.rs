//! The files this run reads, by device and inode, so that `-o` can never write over one of
//! them however it is spelled: a symbolic link, a hard link, `./x`, `../dir/x` or another case
//! on a case-insensitive file system all name the same inode.
//!
//! Files are registered as they are read (every reading function of [`super`] does it) and
//! listed up front by the session ([`announce`]: the profile arguments, folders and the default
//! profile), so an output is refused before any work and checked again just before it replaces
//! a file. A folder read counts for every file in it. [`refuse_output`] is called by
//! `output.rs`, the one place outputs are opened; `--force` never overrides it.

use crate::cli::error::CliError;
use std::collections::BTreeMap;
use std::fs::Metadata;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A file's identity: device and inode.
type Identity = (u64, u64);

/// What the run reads: files, and folders whose every file counts as read.
struct Known {
    files: BTreeMap<Identity, PathBuf>,
    folders: BTreeMap<Identity, PathBuf>,
}

static KNOWN: Mutex<Known> = Mutex::new(Known {
    files: BTreeMap::new(),
    folders: BTreeMap::new(),
});

fn identity(metadata: &Metadata) -> Identity {
    (metadata.dev(), metadata.ino())
}

fn known() -> std::sync::MutexGuard<'static, Known> {
    KNOWN
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Records that the file at `path` (with its `metadata`, links followed) is read by this run.
pub fn register(path: &Path, metadata: &Metadata) {
    let mut known = known();
    let slot = if metadata.is_dir() {
        &mut known.folders
    } else {
        &mut known.files
    };
    slot.entry(identity(metadata))
        .or_insert_with(|| path.to_owned());
}

/// Lists inputs the run will read, before it reads them: files and folders (a path that does
/// not exist is not an input yet, and is left out).
pub fn announce<'p>(paths: impl IntoIterator<Item = &'p Path>) {
    for path in paths {
        if let Ok(metadata) = std::fs::metadata(path) {
            register(path, &metadata);
        }
    }
}

/// Refuses `output` when it is a file this run reads, or an existing file in a folder it reads
/// (exit 73, naming both). An output that does not exist yet cannot be an input.
pub fn refuse_output(output: &Path) -> Result<(), CliError> {
    let Ok(target) = std::fs::metadata(output) else {
        return Ok(());
    };
    let known = known();
    if let Some(input) = known.files.get(&identity(&target)) {
        return Err(CliError::OutputIsInput {
            output: output.to_owned(),
            input: input.clone(),
        });
    }
    let folder = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if let Ok(folder) = std::fs::metadata(folder)
        && let Some(input) = known.folders.get(&identity(&folder))
    {
        return Err(CliError::OutputInInputFolder {
            output: output.to_owned(),
            folder: input.clone(),
        });
    }
    Ok(())
}

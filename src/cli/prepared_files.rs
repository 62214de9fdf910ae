//! Looking at the files a profile lists under `[documents]`, relative to the profile's folder:
//! existence, size and first bytes. This is the only place `check` and `checklist` touch the
//! file system; the library judges the facts gathered here.

use crate::cli::input::read_head;
use certplan::prepared::{FileState, PreparedFileFacts, sniff_format};
use certplan::profile::Profile;
use std::path::Path;

/// Facts about every prepared file of `profile` (read from `profile_path`); `None` when the
/// profile has no `[documents]` table.
pub fn inspect(profile: &Profile, profile_path: &Path) -> Option<Vec<PreparedFileFacts>> {
    if profile.documents().is_empty() {
        return None;
    }
    let folder = profile_path.parent().unwrap_or(Path::new(""));
    Some(
        profile
            .documents()
            .iter()
            .map(|file| PreparedFileFacts {
                slot: file.slot.to_owned(),
                path: file.path.clone(),
                state: state_of(&folder.join(&file.path)),
            })
            .collect(),
    )
}

fn state_of(path: &Path) -> FileState {
    let mut head = [0u8; 8];
    match read_head(path, &mut head) {
        Ok((metadata, _)) if !metadata.is_file() => {
            FileState::Unreadable("not a regular file".to_owned())
        }
        Ok((metadata, filled)) => FileState::Read {
            size: metadata.len(),
            format: sniff_format(&head[..filled]),
        },
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => FileState::Missing,
        Err(error) => FileState::Unreadable(error.to_string()),
    }
}

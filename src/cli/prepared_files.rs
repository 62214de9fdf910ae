//! Looking at the files a profile lists under `[documents]`, relative to the profile's folder:
//! existence, size, first bytes, and what is inside — an image's size from its header
//! (`imagesize`), a PDF's pages and protection ([`pdf`]). This is the only place `check` and
//! `checklist` touch the file system, always through `input::read_head`/`read_bytes`; the
//! library judges the facts gathered here.

use crate::cli::input::{read_bytes, read_head};
use certplan::prepared::{Content, FileState, PreparedFileFacts, sniff_format};
use certplan::profile::Profile;
use certplan::rules::FileFormat;
use std::path::Path;

mod pdf;

/// How much of an image is read for its size: JPEG's frame header follows its metadata
/// segments (EXIF, ICC profiles), each at most 64 KiB; a megabyte holds them in practice.
const IMAGE_HEAD_BYTES: u64 = 1 << 20;
/// The largest PDF opened (the platforms take at most 5 MB; a larger one is reported by its
/// size alone). Opening stays bounded in time and memory whatever the file holds.
const MAX_PDF_BYTES: u64 = 16 << 20;

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
        Ok((metadata, filled)) => {
            let format = sniff_format(&head[..filled]);
            FileState::Read {
                size: metadata.len(),
                format,
                content: format.map_or(Content::NotExamined, |format| {
                    content_of(path, format, metadata.len())
                }),
            }
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => FileState::Missing,
        Err(error) => FileState::Unreadable(error.to_string()),
    }
}

/// What is inside the file at `path`, whose first bytes show `format`.
fn content_of(path: &Path, format: FileFormat, size: u64) -> Content {
    match format {
        FileFormat::Jpg | FileFormat::Png => {
            let mut head = vec![0u8; size.min(IMAGE_HEAD_BYTES) as usize];
            let Ok((_, filled)) = read_head(path, &mut head) else {
                return Content::NotExamined;
            };
            match imagesize::blob_size(&head[..filled]) {
                Ok(found) => Content::Image {
                    width: u32::try_from(found.width).unwrap_or(u32::MAX),
                    height: u32::try_from(found.height).unwrap_or(u32::MAX),
                },
                // The whole file was read and holds no size: a damaged or cut-short image.
                Err(_) if size <= IMAGE_HEAD_BYTES => Content::Broken,
                Err(_) => Content::NotExamined,
            }
        }
        FileFormat::Pdf if size <= MAX_PDF_BYTES => match read_bytes(path, MAX_PDF_BYTES) {
            Ok(bytes) => pdf::facts(&bytes),
            Err(_) => Content::NotExamined,
        },
        FileFormat::Pdf => Content::NotExamined,
    }
}

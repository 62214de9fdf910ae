//! What is known about the files a profile lists under `[documents]`. The CLI looks at the
//! files (existence, size, first bytes, and what is inside: [`content`]) and hands these values
//! to the library, which never touches the file system itself.

pub mod content;

use crate::check::Severity;
use crate::lang::{Bilingual, Lang};
use crate::msg;
use crate::rules::FileFormat;
pub use content::{Content, Encryption, PdfFacts};

/// What was found at a prepared file's path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileState {
    /// Nothing at the path.
    Missing,
    /// Something there that cannot be read (a directory, no permission…), with the reason.
    Unreadable(String),
    /// A readable file.
    Read {
        /// Size in bytes.
        size: u64,
        /// The format its first bytes show, if one certplan recognises.
        format: Option<FileFormat>,
        /// What is inside, as far as the CLI looked.
        content: Content,
    },
}

/// One prepared file: the profile's slot, the path as written, and what was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedFileFacts {
    /// The `[documents]` key.
    pub slot: String,
    /// The path as written in the profile.
    pub path: String,
    /// What was found.
    pub state: FileState,
}

/// The format `head` (a file's first bytes) shows: `%PDF-`, JPEG's `FF D8 FF`, PNG's signature.
pub fn sniff_format(head: &[u8]) -> Option<FileFormat> {
    if head.starts_with(b"%PDF-") {
        Some(FileFormat::Pdf)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileFormat::Jpg)
    } else if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(FileFormat::Png)
    } else {
        None
    }
}

/// The format a file name's extension claims (`.jpeg` counts as JPG).
pub fn claimed_format(path: &str) -> Option<FileFormat> {
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "jpg" | "jpeg" => Some(FileFormat::Jpg),
        "png" => Some(FileFormat::Png),
        "pdf" => Some(FileFormat::Pdf),
        _ => None,
    }
}

/// One problem of a prepared file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    /// The finding's stable id (`document.problem`, `document.misnamed`…).
    pub id: &'static str,
    /// How serious.
    pub severity: Severity,
    /// What is wrong.
    pub text: Bilingual,
    /// What to do.
    pub fix: Bilingual,
    /// The fact and source it rests on, when not the document's own.
    pub basis: Option<(&'static str, &'static str)>,
}

/// Problems with one prepared file against the accepted formats and a size limit;
/// `id_or_licence` when the document is an ID card or licence, whose scans must be legible.
pub fn file_problems(
    file: &PreparedFileFacts,
    formats: &[FileFormat],
    max_bytes: Option<u64>,
    id_or_licence: bool,
) -> Vec<FileProblem> {
    let mut problems = Vec::new();
    let path = file.path.as_str();
    // The file cannot be used as it is: replace it.
    let replace = |text: &dyn Fn(Lang) -> String| FileProblem {
        id: "document.problem",
        severity: Severity::Critical,
        text: Bilingual::from_catalogue(text),
        fix: Bilingual::from_catalogue(|lang| msg!(lang, "check-document-problem-fix")),
        basis: None,
    };
    match &file.state {
        FileState::Missing => {
            problems.push(replace(&|lang| msg!(lang, "file-missing", path = path)));
        }
        FileState::Unreadable(why) => problems.push(replace(&|lang| {
            msg!(lang, "file-unreadable", path = path, why = why.as_str())
        })),
        FileState::Read {
            size,
            format,
            content,
        } => {
            let accepted = |format: &FileFormat| formats.is_empty() || formats.contains(format);
            match (format, claimed_format(&file.path)) {
                (None, _) if !formats.is_empty() => {
                    problems.push(replace(&|lang| {
                        msg!(lang, "file-not-a-document", path = path)
                    }));
                }
                (Some(actual), _) if !accepted(actual) => problems.push(replace(&|lang| {
                    msg!(
                        lang,
                        "file-format-not-accepted",
                        path = path,
                        actual = actual.id(),
                        accepted = ids(formats)
                    )
                })),
                (Some(actual), claimed) => {
                    // The platforms read the content; a name that lies only confuses people.
                    if let Some(claimed) = claimed.filter(|claimed| claimed != actual) {
                        problems.push(misnamed(path, *actual, claimed));
                    }
                    problems.extend(content::content_problems(path, content, id_or_licence));
                }
                (None, _) => {}
            }
            if let Some(limit) = max_bytes.filter(|limit| size > limit) {
                problems.push(replace(&|lang| {
                    msg!(
                        lang,
                        "file-too-large",
                        path = path,
                        size = megabytes(*size),
                        limit = megabytes(limit)
                    )
                }));
            }
        }
    }
    problems
}

/// A file whose extension names another format than its content: a warning, fixed by renaming.
fn misnamed(path: &str, actual: FileFormat, claimed: FileFormat) -> FileProblem {
    FileProblem {
        id: "document.misnamed",
        severity: Severity::Warning,
        text: Bilingual::from_catalogue(|lang| {
            msg!(
                lang,
                "file-misnamed",
                path = path,
                actual = actual.label(lang),
                claimed = claimed.id()
            )
        }),
        fix: Bilingual::from_catalogue(|lang| {
            msg!(lang, "check-file-misnamed-fix", extension = actual.id())
        }),
        basis: None,
    }
}

fn ids(formats: &[FileFormat]) -> String {
    formats
        .iter()
        .map(|format| format.id())
        .collect::<Vec<_>>()
        .join("/")
}

fn megabytes(bytes: u64) -> String {
    format!(
        "{}.{} MB",
        bytes / 1_048_576,
        bytes % 1_048_576 * 10 / 1_048_576
    )
}

#[cfg(test)]
mod tests;

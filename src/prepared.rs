//! What is known about the files a profile lists under `[documents]`. The CLI looks at the
//! files (existence, size, first bytes) and hands these values to the library, which never
//! touches the file system itself.

use crate::lang::Lang;
use crate::msg;
use crate::rules::FileFormat;

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

/// Problems with one prepared file against the accepted formats and a size limit, in words
/// (Chinese, English).
pub fn file_problems(
    file: &PreparedFileFacts,
    formats: &[FileFormat],
    max_bytes: Option<u64>,
) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let path = file.path.as_str();
    let both = |text: &dyn Fn(Lang) -> String| (text(Lang::Zh), text(Lang::En));
    match &file.state {
        FileState::Missing => {
            problems.push(both(&|lang| msg!(lang, "file-missing", path = path)));
        }
        FileState::Unreadable(why) => problems.push(both(&|lang| {
            msg!(lang, "file-unreadable", path = path, why = why.as_str())
        })),
        FileState::Read { size, format } => {
            let claimed = claimed_format(&file.path);
            match (format, claimed) {
                (None, _) if !formats.is_empty() => {
                    problems.push(both(&|lang| msg!(lang, "file-not-a-document", path = path)));
                }
                (Some(actual), Some(claimed)) if *actual != claimed => {
                    problems.push(both(&|lang| {
                        msg!(
                            lang,
                            "file-misnamed",
                            path = path,
                            actual = actual.label(lang),
                            claimed = claimed.id()
                        )
                    }));
                }
                (Some(actual), _) if !formats.is_empty() && !formats.contains(actual) => {
                    problems.push(both(&|lang| {
                        msg!(
                            lang,
                            "file-format-not-accepted",
                            path = path,
                            actual = actual.id(),
                            accepted = ids(formats)
                        )
                    }));
                }
                _ => {}
            }
            if let Some(limit) = max_bytes.filter(|limit| size > limit) {
                problems.push(both(&|lang| {
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
mod tests {
    use super::*;

    #[test]
    fn formats_are_judged_by_content() {
        assert_eq!(sniff_format(b"%PDF-1.7\n"), Some(FileFormat::Pdf));
        assert_eq!(
            sniff_format(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(FileFormat::Jpg)
        );
        assert_eq!(
            sniff_format(b"\x89PNG\r\n\x1a\n...."),
            Some(FileFormat::Png)
        );
        assert_eq!(sniff_format(b"hello"), None);
        assert_eq!(sniff_format(b""), None);
    }

    #[test]
    fn a_lying_extension_and_an_oversized_file_are_problems() {
        let file = |path: &str, size, format| PreparedFileFacts {
            slot: "x".into(),
            path: path.into(),
            state: FileState::Read { size, format },
        };
        let all = [FileFormat::Jpg, FileFormat::Png, FileFormat::Pdf];
        assert!(
            file_problems(&file("a.pdf", 10, Some(FileFormat::Pdf)), &all, Some(100)).is_empty()
        );
        assert!(file_problems(&file("a.jpeg", 10, Some(FileFormat::Jpg)), &all, None).is_empty());
        let lying = file_problems(&file("a.pdf", 10, Some(FileFormat::Jpg)), &all, None);
        assert!(
            lying[0].1.contains("really a JPG file but is named .pdf"),
            "{lying:?}"
        );
        let text = file_problems(&file("a.pdf", 10, None), &all, None);
        assert!(text[0].1.contains("not a JPG, PNG or PDF"), "{text:?}");
        let big = file_problems(
            &file("a.pdf", 6 * 1_048_576, Some(FileFormat::Pdf)),
            &all,
            Some(5 * 1_048_576),
        );
        assert_eq!(big[0].1, "a.pdf is 6.0 MB, over the 5.0 MB limit");
        let pdf_for_images = file_problems(
            &file("id.pdf", 10, Some(FileFormat::Pdf)),
            &[FileFormat::Jpg, FileFormat::Png],
            None,
        );
        assert!(
            pdf_for_images[0].1.contains("only jpg/png is accepted"),
            "{pdf_for_images:?}"
        );
    }
}

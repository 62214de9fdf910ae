//! The files listed for a document, as `checklist` shows what it found in them: a line for
//! people (`docs/l.pdf: PDF, 1 page`) and the facts for machines (format, size, pixels, pages).

use crate::lang::Lang;
use crate::prepared::content::seen;
use crate::prepared::{Content, FileState, PreparedFileFacts};
use serde::Serialize;

/// What was seen inside a listed file, in words.
pub(super) fn seen_in(file: &PreparedFileFacts, lang: Lang) -> Option<String> {
    match &file.state {
        FileState::Read {
            format: Some(format),
            content,
            ..
        } => seen(&file.path, format.label(lang), content, lang),
        _ => None,
    }
}

/// A listed file as found: its format by content, size, and what is inside.
#[derive(Serialize)]
pub(super) struct FileView<'a> {
    slot: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size_bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    width_px: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    height_px: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pages: Option<u32>,
}

impl<'a> FileView<'a> {
    /// The view of `file`.
    pub(super) fn of(file: &'a PreparedFileFacts) -> FileView<'a> {
        let mut view = FileView {
            slot: &file.slot,
            path: &file.path,
            format: None,
            size_bytes: None,
            width_px: None,
            height_px: None,
            pages: None,
        };
        if let FileState::Read {
            size,
            format,
            content,
        } = &file.state
        {
            view.format = format.map(|format| format.id());
            view.size_bytes = Some(*size);
            match content {
                Content::Image { width, height } => {
                    (view.width_px, view.height_px) = (Some(*width), Some(*height));
                }
                Content::Pdf(pdf) => view.pages = Some(pdf.pages),
                Content::NotExamined | Content::Broken => {}
            }
        }
        view
    }
}

//! Opening a PDF from its bytes with `lopdf`: whether it opens at all, whether a password or
//! restrictions protect it, how many pages it has, and the size of its smallest page.
//!
//! Bounded: the bytes were read with a limit, and no stream may decompress to more than
//! [`MAX_DECOMPRESSED_BYTES`] (a small file cannot inflate into gigabytes). A parser panic on a
//! hostile file is caught and counts as a file no reader opens.

use certplan::prepared::{Content, Encryption, PdfFacts};
use lopdf::{Document, LoadOptions, ObjectId};

/// The most any one stream of a PDF may decompress to while it is opened.
const MAX_DECOMPRESSED_BYTES: usize = 64 << 20;
/// How far up the page tree a page's size is looked for (inherited `/MediaBox`).
const MAX_TREE_DEPTH: usize = 32;

/// What the PDF `bytes` show.
pub fn facts(bytes: &[u8]) -> Content {
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_DECOMPRESSED_BYTES),
        ..LoadOptions::default()
    };
    let opened = std::panic::catch_unwind(|| {
        let document = Document::load_mem_with_options(bytes, options).ok()?;
        Some(facts_of(&document))
    });
    match opened {
        Ok(Some(facts)) => Content::Pdf(facts),
        _ => Content::Broken,
    }
}

fn facts_of(document: &Document) -> PdfFacts {
    // lopdf opens with the empty password when it can: a document still encrypted afterwards
    // needs a real one; one that was encrypted and opened only carries restrictions.
    let encryption = if document.is_encrypted() {
        Encryption::Password
    } else if document.encryption_state.is_some() {
        Encryption::Restricted
    } else {
        Encryption::None
    };
    let pages = document.get_pages();
    let smallest_page = pages
        .iter()
        .filter_map(|(number, id)| {
            let (width, height) = page_size(document, *id)?;
            Some((*number, width, height))
        })
        .min_by_key(|(_, width, height)| (*width).min(*height));
    PdfFacts {
        pages: u32::try_from(pages.len()).unwrap_or(u32::MAX),
        encryption,
        smallest_page,
    }
}

/// A page's width and height in points, from its own or an inherited `/MediaBox`.
fn page_size(document: &Document, page: ObjectId) -> Option<(u32, u32)> {
    let mut node = document.get_dictionary(page).ok()?;
    for _ in 0..MAX_TREE_DEPTH {
        if let Ok(found) = node.get(b"MediaBox") {
            let (_, found) = document.dereference(found).ok()?;
            let corners: Vec<f32> = found
                .as_array()
                .ok()?
                .iter()
                .map(|value| document.dereference(value).ok()?.1.as_float().ok())
                .collect::<Option<_>>()?;
            let [left, bottom, right, top] = corners[..] else {
                return None;
            };
            let side = |length: f32| length.abs().min(u32::MAX as f32) as u32;
            return Some((side(right - left), side(top - bottom)));
        }
        let parent = node.get(b"Parent").ok()?;
        node = document.dereference(parent).ok()?.1.as_dict().ok()?;
    }
    None
}

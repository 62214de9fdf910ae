//! What is inside a prepared file, beyond its first bytes — an image's size in pixels from its
//! header, whether a PDF opens, its pages and their size — and the problems that content shows.
//! The CLI reads the files and fills in [`Content`]; this module only judges it.
//!
//! Thresholds (docs/checks.md says the same):
//! - an ID card or licence image under [`LEGIBLE_PX`] across its shorter side is a warning,
//!   under [`MINIMUM_PX`] critical: unclear scans are the first rejection cause the sources
//!   name (DT-REJECT · seed:002), and every seal and digit must be legible (DT-DOCS);
//! - a PDF page whose shorter side is under [`MIN_PAGE_SIDE_PT`] is smaller than an ID card,
//!   the smallest document any platform asks for: not a scan of the original at full size.

use super::FileProblem;
use crate::check::Severity;
use crate::lang::Bilingual;
use crate::msg;

/// Below this many pixels across its shorter side an ID card or licence image is a warning:
/// an A4 licence is then scanned under 72 dpi, where its 18-character credit code and the
/// seal's ring of text are about 10 px high, the least a reviewer reads reliably.
pub const LEGIBLE_PX: u32 = 600;
/// Below this many pixels across its shorter side an ID card or licence image is critical:
/// a licence's characters are about 5 px high, a thumbnail rather than a scan.
pub const MINIMUM_PX: u32 = 300;
/// The shorter side of an ID card (ISO/IEC 7810 ID-1, 53.98 mm) in PDF points (1/72 inch):
/// a page under it cannot hold any document at its real size.
pub const MIN_PAGE_SIDE_PT: u32 = 153;
/// The fact and source that unclear scans rest on.
pub const UNCLEAR_SCANS: (&str, &str) = ("DT-REJECT", "seed:002");

/// The documents whose images are scans of an ID card or a licence (certificate), judged by
/// their size in pixels.
const ID_OR_LICENCE: [&str; 7] = [
    "legal_rep_id",
    "operator_id",
    "business_license",
    "registration_certificate",
    "institution_certificate",
    "uscc_certificate",
    "industry_license",
];

/// Whether the document `id` is an ID card or licence, whose scans must be legible.
pub fn is_id_or_licence(id: &str) -> bool {
    ID_OR_LICENCE.contains(&id)
}

/// What the CLI saw inside a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Content {
    /// Not looked into: not an image or PDF, or too large to open.
    #[default]
    NotExamined,
    /// An image whose header gives its size.
    Image {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// An image or PDF that no reader can open (its header is damaged or cut short).
    Broken,
    /// A PDF that opened.
    Pdf(PdfFacts),
}

/// What an opened PDF shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfFacts {
    /// Number of pages.
    pub pages: u32,
    /// Whether and how it is encrypted.
    pub encryption: Encryption,
    /// The page with the shortest side: its number (from 1), width and height in points.
    pub smallest_page: Option<(u32, u32, u32)>,
}

/// A PDF's protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encryption {
    /// Not encrypted.
    None,
    /// Encrypted with restrictions (printing, copying…), but opens without a password.
    Restricted,
    /// Opens only with a password.
    Password,
}

/// What was seen inside the file at `path` of `format`, in words (`docs/l.pdf: PDF, 1 page`,
/// `docs/id.jpg: JPG, 1011 × 638 px`), when something was.
pub fn seen(
    path: &str,
    format: &str,
    content: &Content,
    lang: crate::lang::Lang,
) -> Option<String> {
    match content {
        Content::Image { width, height } => Some(msg!(
            lang,
            "file-seen-image",
            path = path,
            format = format,
            width = *width,
            height = *height
        )),
        Content::Pdf(pdf) => Some(msg!(lang, "file-seen-pdf", path = path, pages = pdf.pages)),
        Content::NotExamined | Content::Broken => None,
    }
}

/// A problem of the file's content, resting on the document's own fact.
fn problem(id: &'static str, severity: Severity, text: Bilingual, fix: Bilingual) -> FileProblem {
    FileProblem {
        id,
        severity,
        text,
        fix,
        basis: None,
    }
}

/// The problems `content` shows in the file at `path`; `id_or_licence` when it is an ID card
/// or licence scan.
pub(super) fn content_problems(
    path: &str,
    content: &Content,
    id_or_licence: bool,
) -> Vec<FileProblem> {
    let unopenable_fix =
        || Bilingual::from_catalogue(|lang| msg!(lang, "check-file-unopenable-fix"));
    match content {
        Content::NotExamined => Vec::new(),
        Content::Broken => vec![problem(
            "document.unopenable",
            Severity::Critical,
            Bilingual::from_catalogue(|lang| msg!(lang, "file-broken", path = path)),
            unopenable_fix(),
        )],
        Content::Image { width, height } => {
            let shorter = (*width).min(*height);
            if !id_or_licence || shorter >= LEGIBLE_PX {
                return Vec::new();
            }
            let (severity, minimum) = if shorter < MINIMUM_PX {
                (Severity::Critical, MINIMUM_PX)
            } else {
                (Severity::Warning, LEGIBLE_PX)
            };
            let text = Bilingual::from_catalogue(|lang| match severity {
                Severity::Critical => msg!(
                    lang,
                    "file-too-few-pixels",
                    path = path,
                    width = *width,
                    height = *height,
                    minimum = minimum
                ),
                _ => msg!(
                    lang,
                    "file-few-pixels",
                    path = path,
                    width = *width,
                    height = *height,
                    minimum = minimum
                ),
            });
            let fix = Bilingual::from_catalogue(|lang| {
                msg!(lang, "check-file-low-resolution-fix", legible = LEGIBLE_PX)
            });
            vec![FileProblem {
                basis: Some(UNCLEAR_SCANS),
                ..problem("document.low_resolution", severity, text, fix)
            }]
        }
        Content::Pdf(pdf) => pdf_problems(path, pdf),
    }
}

fn pdf_problems(path: &str, pdf: &PdfFacts) -> Vec<FileProblem> {
    let protected_fix =
        || Bilingual::from_catalogue(|lang| msg!(lang, "check-file-pdf-protected-fix"));
    let mut problems = Vec::new();
    match pdf.encryption {
        Encryption::None => {}
        // Without the password its pages cannot be read either: nothing more to say.
        Encryption::Password => {
            return vec![problem(
                "document.unopenable",
                Severity::Critical,
                Bilingual::from_catalogue(|lang| msg!(lang, "file-pdf-password", path = path)),
                protected_fix(),
            )];
        }
        Encryption::Restricted => problems.push(problem(
            "document.protected",
            Severity::Warning,
            Bilingual::from_catalogue(|lang| msg!(lang, "file-pdf-restricted", path = path)),
            protected_fix(),
        )),
    }
    if pdf.pages == 0 {
        problems.push(problem(
            "document.unopenable",
            Severity::Critical,
            Bilingual::from_catalogue(|lang| msg!(lang, "file-pdf-no-pages", path = path)),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-file-unopenable-fix")),
        ));
    }
    if let Some((page, width, height)) = pdf.smallest_page
        && width.min(height) < MIN_PAGE_SIDE_PT
    {
        let millimetres = |points: u32| u64::from(points) * 254 / 720;
        problems.push(problem(
            "document.page_small",
            Severity::Warning,
            Bilingual::from_catalogue(|lang| {
                msg!(
                    lang,
                    "file-pdf-small-page",
                    path = path,
                    page = page,
                    pages = pdf.pages,
                    width = millimetres(width),
                    height = millimetres(height)
                )
            }),
            Bilingual::from_catalogue(|lang| msg!(lang, "check-file-small-page-fix")),
        ));
    }
    problems
}

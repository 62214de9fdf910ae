//! Prepared files judged from their facts: formats by content, names that lie, sizes, and what
//! is inside (images' pixels, PDFs that do not open, are protected or have tiny pages).

use super::*;

const ALL: [FileFormat; 3] = [FileFormat::Jpg, FileFormat::Png, FileFormat::Pdf];

fn file(path: &str, size: u64, format: Option<FileFormat>, content: Content) -> PreparedFileFacts {
    PreparedFileFacts {
        slot: "x".into(),
        path: path.into(),
        state: FileState::Read {
            size,
            format,
            content,
        },
    }
}

fn plain(path: &str, size: u64, format: Option<FileFormat>) -> PreparedFileFacts {
    file(path, size, format, Content::NotExamined)
}

/// (id, severity, English text) of each problem.
fn judged(
    file: &PreparedFileFacts,
    formats: &[FileFormat],
    limit: Option<u64>,
) -> Vec<(&'static str, Severity, String)> {
    file_problems(file, formats, limit, true)
        .into_iter()
        .map(|problem| (problem.id, problem.severity, problem.text.en))
        .collect()
}

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
fn a_lying_extension_is_a_warning_to_rename_and_an_oversized_file_critical() {
    assert!(judged(&plain("a.pdf", 10, Some(FileFormat::Pdf)), &ALL, Some(100)).is_empty());
    assert!(judged(&plain("a.jpeg", 10, Some(FileFormat::Jpg)), &ALL, None).is_empty());
    let lying = file_problems(
        &plain("id.jpg", 10, Some(FileFormat::Png)),
        &ALL,
        None,
        true,
    );
    assert_eq!(lying.len(), 1, "{lying:?}");
    assert_eq!(
        (lying[0].id, lying[0].severity),
        ("document.misnamed", Severity::Warning)
    );
    assert_eq!(
        lying[0].text.en,
        "id.jpg is really a PNG file but is named .jpg"
    );
    assert!(
        lying[0].fix.en.starts_with("rename it to .png"),
        "{:?}",
        lying[0].fix
    );
    assert!(lying[0].fix.zh.contains(".png"), "{:?}", lying[0].fix);
    let text = judged(&plain("a.pdf", 10, None), &ALL, None);
    assert_eq!(text[0].1, Severity::Critical);
    assert!(text[0].2.contains("not a JPG, PNG or PDF"), "{text:?}");
    let big = judged(
        &plain("a.pdf", 6 * 1_048_576, Some(FileFormat::Pdf)),
        &ALL,
        Some(5 * 1_048_576),
    );
    assert_eq!(big[0].2, "a.pdf is 6.0 MB, over the 5.0 MB limit");
    // A format the document does not take is critical, whatever the name says.
    let pdf_for_images = judged(
        &plain("id.jpg", 10, Some(FileFormat::Pdf)),
        &[FileFormat::Jpg, FileFormat::Png],
        None,
    );
    assert_eq!(pdf_for_images.len(), 1, "{pdf_for_images:?}");
    assert_eq!(pdf_for_images[0].1, Severity::Critical);
    assert!(
        pdf_for_images[0].2.contains("only jpg/png is accepted"),
        "{pdf_for_images:?}"
    );
}

#[test]
fn id_and_licence_scans_are_judged_by_their_shorter_side() {
    let image = |width, height| {
        plain("id.png", 1_000, Some(FileFormat::Png)).with_content(Content::Image { width, height })
    };
    let tiny = judged(&image(20, 20), &ALL, None);
    assert_eq!(tiny.len(), 1);
    assert_eq!(
        (tiny[0].0, tiny[0].1),
        ("document.low_resolution", Severity::Critical)
    );
    assert_eq!(
        tiny[0].2,
        "id.png is 20 × 20 px: under 300 px across its shorter side, seals and digits cannot be read"
    );
    let small = judged(&image(500, 700), &ALL, None);
    assert_eq!(
        (small[0].0, small[0].1),
        ("document.low_resolution", Severity::Warning)
    );
    assert!(small[0].2.contains("under 600 px"), "{small:?}");
    // The thresholds are exact: 300 is a warning, 600 is fine, in either orientation.
    assert_eq!(
        judged(&image(300, 2000), &ALL, None)[0].1,
        Severity::Warning
    );
    assert_eq!(
        judged(&image(299, 2000), &ALL, None)[0].1,
        Severity::Critical
    );
    assert!(judged(&image(1011, 600), &ALL, None).is_empty());
    // Only ID cards and licences: a screenshot of a bank page is not judged by its pixels.
    let screenshot = file_problems(&image(20, 20), &ALL, None, false);
    assert!(screenshot.is_empty(), "{screenshot:?}");
    let basis = file_problems(&image(20, 20), &ALL, None, true)[0].basis;
    assert_eq!(basis, Some(("DT-REJECT", "seed:002")));
}

#[test]
fn pdfs_that_do_not_open_are_critical_and_protection_and_tiny_pages_are_reported() {
    let pdf = |content| plain("l.pdf", 1_000, Some(FileFormat::Pdf)).with_content(content);
    let fine = PdfFacts {
        pages: 1,
        encryption: Encryption::None,
        smallest_page: Some((1, 595, 842)),
    };
    assert!(judged(&pdf(Content::Pdf(fine.clone())), &ALL, None).is_empty());
    let broken = judged(&pdf(Content::Broken), &ALL, None);
    assert_eq!(
        (broken[0].0, broken[0].1),
        ("document.unopenable", Severity::Critical)
    );
    assert!(broken[0].2.contains("no reader can open it"), "{broken:?}");
    let empty = judged(
        &pdf(Content::Pdf(PdfFacts {
            pages: 0,
            smallest_page: None,
            ..fine.clone()
        })),
        &ALL,
        None,
    );
    assert_eq!(
        (empty[0].0, empty[0].1),
        ("document.unopenable", Severity::Critical)
    );
    let password = judged(
        &pdf(Content::Pdf(PdfFacts {
            encryption: Encryption::Password,
            ..fine.clone()
        })),
        &ALL,
        None,
    );
    assert_eq!(
        (password[0].0, password[0].1),
        ("document.unopenable", Severity::Critical)
    );
    let restricted = judged(
        &pdf(Content::Pdf(PdfFacts {
            encryption: Encryption::Restricted,
            ..fine.clone()
        })),
        &ALL,
        None,
    );
    assert_eq!(
        (restricted[0].0, restricted[0].1),
        ("document.protected", Severity::Warning)
    );
    let stamp = judged(
        &pdf(Content::Pdf(PdfFacts {
            pages: 3,
            smallest_page: Some((2, 144, 100)),
            ..fine
        })),
        &ALL,
        None,
    );
    assert_eq!(
        (stamp[0].0, stamp[0].1),
        ("document.page_small", Severity::Warning)
    );
    assert!(
        stamp[0].2.contains("page 2 of 3 is 50 × 35 mm"),
        "{stamp:?}"
    );
}

impl PreparedFileFacts {
    fn with_content(mut self, new: Content) -> PreparedFileFacts {
        if let FileState::Read { content, .. } = &mut self.state {
            *content = new;
        }
        self
    }
}

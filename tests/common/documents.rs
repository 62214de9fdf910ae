//! Prepared documents made in the test, so that no opaque binary is checked in: PNG and JPEG
//! images of a given size (the `png` and `jpeg-encoder` crates), PDFs with given pages and
//! protection (`lopdf`), and a JPEG frame header (certplan reads only an image's header).

use lopdf::{
    Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream, dictionary,
};

/// A grey PNG image of `width` × `height` pixels.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer
        .write_image_data(&vec![0xC0; (width * height) as usize])
        .unwrap();
    writer.finish().unwrap();
    bytes
}

/// A grey baseline JPEG image of `width` × `height` pixels.
pub fn jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut bytes = Vec::new();
    let encoder = jpeg_encoder::Encoder::new(&mut bytes, 80);
    let pixels = vec![0xC0; usize::from(width) * usize::from(height)];
    encoder
        .encode(&pixels, width, height, jpeg_encoder::ColorType::Luma)
        .unwrap();
    bytes
}

/// The start of a baseline JPEG of `width` × `height` pixels: the start-of-image marker and
/// the frame header that holds the size (what certplan reads), then the end-of-image marker.
pub fn jpeg_header(width: u16, height: u16) -> Vec<u8> {
    let [w1, w2] = width.to_be_bytes();
    let [h1, h2] = height.to_be_bytes();
    let mut bytes = vec![
        0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, h1, h2, w1, w2, 0x03,
    ];
    bytes.extend([0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
    bytes.extend([0xFF, 0xD9]);
    bytes
}

/// A PDF with one page of each (width, height) in points, each showing a line of text.
pub fn pdf(pages: &[(i64, i64)]) -> Vec<u8> {
    pdf_showing("certplan test document", pages)
}

/// A PDF with one page of each (width, height) in points, each showing `text` (ASCII).
pub fn pdf_showing(text: &str, pages: &[(i64, i64)]) -> Vec<u8> {
    save(document(text, pages))
}

/// A one-page A4 PDF encrypted with `owner` and `user` passwords (an empty user password opens
/// it; the owner password only guards its restrictions).
pub fn encrypted_pdf(owner: &str, user: &str) -> Vec<u8> {
    let mut document = document("certplan test document", &[(595, 842)]);
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &document,
        owner_password: owner,
        user_password: user,
        key_length: 128,
        permissions: Permissions::PRINTABLE,
    })
    .unwrap();
    document.encrypt(&state).unwrap();
    save(document)
}

fn save(mut document: Document) -> Vec<u8> {
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).unwrap();
    bytes
}

fn document(text: &str, pages: &[(i64, i64)]) -> Document {
    let mut document = Document::with_version("1.5");
    // Encryption needs the file identifier.
    document.trailer.set(
        "ID",
        Object::Array(vec![
            Object::string_literal(b"certplan-example"),
            Object::string_literal(b"certplan-example"),
        ]),
    );
    let tree = document.new_object_id();
    let font = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let kids: Vec<Object> = pages
        .iter()
        .map(|(width, height)| {
            let shown = format!("BT /F1 12 Tf 36 36 Td ({text}) Tj ET").into_bytes();
            let contents = document.add_object(Stream::new(dictionary! {}, shown));
            document
                .add_object(dictionary! {
                    "Type" => "Page",
                    "Parent" => tree,
                    "MediaBox" => vec![0.into(), 0.into(), (*width).into(), (*height).into()],
                    "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
                    "Contents" => contents,
                })
                .into()
        })
        .collect();
    let count = kids.len() as i64;
    document.objects.insert(
        tree,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => tree });
    document.trailer.set("Root", catalog);
    document
}

//! The example profiles' documents (`profiles/docs/`) are made here, not checked in as opaque
//! files: every file there is what this list generates, and nothing else is there.
//! `CERTPLAN_BLESS=1 cargo test --test example_documents` writes them.
//!
//! Most are what a careful applicant uploads: one-page A4 PDFs and ID card scans of
//! 1011 × 638 px (85.6 × 54 mm at 300 dpi). The Guangzhou chain's are not, so that the
//! README's `check` sample shows what `check` catches: its ID card front is a 280 × 176 px
//! chat thumbnail (critical), its back 512 × 323 px (a warning), and its "PDF" bank proof a
//! PNG phone screenshot (a warning to rename it).

mod common;

use common::documents::{jpeg, pdf_showing, png};
use std::path::Path;

const A4: (i64, i64) = (595, 842);

fn examples() -> Vec<(&'static str, Vec<u8>)> {
    let a4 = |text: &str| pdf_showing(&format!("certplan example: {text}"), &[A4]);
    vec![
        ("association/authorization.pdf", a4("authorization letter")),
        (
            "association/registration.pdf",
            a4("registration certificate"),
        ),
        ("beijing/id-back.png", png(1011, 638)),
        ("beijing/id-front.png", png(1011, 638)),
        ("beijing/license.pdf", a4("business licence")),
        ("guangdong/account-permit.pdf", a4("account opening permit")),
        ("guangdong/icp.pdf", a4("ICP filing")),
        (
            "guangdong/org-code.pdf",
            a4("organisation code certificate"),
        ),
        ("guangdong/red-header.pdf", a4("red-header document")),
        ("guangzhou/bank.pdf", png(750, 1334)),
        ("guangzhou/id-back.jpg", jpeg(512, 323)),
        ("guangzhou/id-front.jpg", jpeg(280, 176)),
        ("guangzhou/license.pdf", a4("business licence")),
        ("lianping/account-permit.pdf", a4("account opening permit")),
        ("lianping/id-back.jpg", jpeg(1011, 638)),
        ("lianping/id-front.jpg", jpeg(1011, 638)),
        (
            "lianping/institution-certificate.pdf",
            a4("institution certificate"),
        ),
        ("lianping/staffing-approval.pdf", a4("staffing approval")),
        ("qiming/id-back.jpg", jpeg(1011, 638)),
        ("qiming/id-front.jpg", jpeg(1011, 638)),
        ("qiming/registration.pdf", a4("registration certificate")),
        ("qiming/school-permit.pdf", a4("school permit")),
        ("shenzhen/bank.pdf", a4("bank account certificate")),
        ("shenzhen/id-back.jpg", jpeg(1011, 638)),
        ("shenzhen/id-front.jpg", jpeg(1011, 638)),
        ("shenzhen/license.pdf", a4("business licence")),
    ]
}

/// Every file under `dir`, as paths relative to it, in name order.
fn files_under(dir: &Path, prefix: &str, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            files_under(&entry.path(), &format!("{name}/"), found);
        } else {
            found.push(name);
        }
    }
    found.sort();
}

#[test]
fn the_example_documents_are_the_generated_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/docs");
    let examples = examples();
    if std::env::var_os("CERTPLAN_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&root);
        for (path, bytes) in &examples {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
    let mut found = Vec::new();
    files_under(&root, "", &mut found);
    let listed: Vec<_> = examples.iter().map(|(path, _)| path.to_string()).collect();
    assert_eq!(
        found, listed,
        "profiles/docs holds exactly the generated files"
    );
    for (path, bytes) in &examples {
        assert!(
            std::fs::read(root.join(path)).unwrap() == *bytes,
            "profiles/docs/{path} is not the generated file: CERTPLAN_BLESS=1 cargo test --test example_documents"
        );
    }
}

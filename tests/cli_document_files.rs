//! `check` looks inside the files to be uploaded (issue 25, items 9–11): an ID or licence scan
//! with too few pixels, a PNG named `.jpg`, a PDF no reader opens, a protected PDF, a page
//! smaller than an ID card — each made here with `png` and `lopdf`, judged through the binary.

mod common;

use common::documents::{encrypted_pdf, jpeg_header, pdf, png};
use common::{AS_OF, certplan, temp_dir, write};
use serde_json::Value;
use std::path::Path;

/// A DingTalk profile in `dir` whose licence, ID scans and bank proof are the files given
/// (written under `docs/`), with nothing else to find.
fn profile_with(dir: &Path, files: [(&str, Vec<u8>); 4]) -> std::path::PathBuf {
    let slots = [
        "business_license",
        "legal_rep_id_front",
        "legal_rep_id_back",
        "bank_account_proof",
    ];
    let mut documents = String::new();
    for (slot, (name, bytes)) in slots.iter().zip(files) {
        write(dir, &format!("docs/{name}"), bytes);
        documents += &format!("{slot} = \"docs/{name}\"\n");
    }
    write(
        dir,
        "p.toml",
        format!(
            "[org]\nname = \"杭州云帆科技有限公司\"\nkind = \"enterprise\"\nmembers = 30\n\
             uscc = \"913301087458306077\"\nlicense_name = \"杭州云帆科技有限公司\"\n\n\
             [legal_rep]\nid_number = \"321083197812162119\"\nid_expires = 2035-01-01\n\n\
             [documents]\n{documents}\n[platforms.dingtalk]\n"
        ),
    )
}

/// The good files: an A4 licence, ID scans of 1011 × 638 px (300 dpi), an A4 bank proof.
fn good() -> [(&'static str, Vec<u8>); 4] {
    [
        ("license.pdf", pdf(&[(595, 842)])),
        ("front.png", png(1011, 638)),
        ("back.jpg", jpeg_header(1011, 638)),
        ("bank.pdf", pdf(&[(595, 842)])),
    ]
}

/// Exit code and (id, severity, message, fix) of each finding of `check --format json`.
fn checked(profile: &Path, lang: &str) -> (i32, Vec<(String, String, String, String)>) {
    let output = certplan()
        .args([
            "check", "--format", "json", "--as-of", AS_OF, "--lang", lang,
        ])
        .arg(profile)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let text = |finding: &Value, key: &str| finding[key].as_str().unwrap_or_default().to_owned();
    let findings = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                text(f, "id"),
                text(f, "severity"),
                text(f, "message"),
                text(f, "fix"),
            )
        })
        .collect();
    (output.status.code().unwrap(), findings)
}

#[test]
fn a_valid_one_page_pdf_and_300_dpi_scans_are_fine() {
    let dir = temp_dir();
    let profile = profile_with(dir.path(), good());
    assert_eq!(checked(&profile, "en"), (0, vec![]));
}

#[test]
fn an_id_scan_of_20_px_is_critical_and_one_of_500_by_700_a_warning() {
    let dir = temp_dir();
    let [license, _, _, bank] = good();
    let files = [
        license,
        ("front.png", png(20, 20)),
        ("back.png", png(500, 700)),
        bank,
    ];
    let (code, findings) = checked(&profile_with(dir.path(), files), "en");
    assert_eq!(code, 2);
    assert_eq!(findings.len(), 2, "{findings:?}");
    let (id, severity, message, fix) = &findings[0];
    assert_eq!(
        (id.as_str(), severity.as_str()),
        ("document.low_resolution", "critical")
    );
    assert!(
        message.ends_with("docs/front.png is 20 × 20 px: under 300 px across its shorter side, seals and digits cannot be read"),
        "{message}"
    );
    assert!(fix.contains("300 dpi") && fix.contains("600 px"), "{fix}");
    let (id, severity, message, _) = &findings[1];
    assert_eq!(
        (id.as_str(), severity.as_str()),
        ("document.low_resolution", "warning")
    );
    assert!(
        message.contains("docs/back.png is 500 × 700 px: under 600 px"),
        "{message}"
    );
    // In Chinese, with the same thresholds.
    let (_, findings) = checked(&dir.path().join("p.toml"), "zh");
    assert!(
        findings[0]
            .2
            .ends_with("docs/front.png 为 20 × 20 像素：短边不足 300 像素，印章和数字无法辨认"),
        "{findings:?}"
    );
}

#[test]
fn a_png_named_jpg_is_a_warning_to_rename_it() {
    let dir = temp_dir();
    let [license, front, _, bank] = good();
    let files = [license, front, ("back.jpg", png(1011, 638)), bank];
    let (code, findings) = checked(&profile_with(dir.path(), files), "en");
    assert_eq!(code, 1, "{findings:?}");
    let (id, severity, message, fix) = &findings[0];
    assert_eq!(
        (id.as_str(), severity.as_str()),
        ("document.misnamed", "warning")
    );
    assert!(
        message.ends_with("docs/back.jpg is really a PNG file but is named .jpg"),
        "{message}"
    );
    assert!(fix.starts_with("rename it to .png"), "{fix}");
    let (_, findings) = checked(&dir.path().join("p.toml"), "zh");
    assert!(
        findings[0].3.starts_with("将扩展名改为 .png"),
        "{findings:?}"
    );
}

#[test]
fn a_pdf_no_reader_opens_is_critical() {
    let dir = temp_dir();
    let [_, front, back, bank] = good();
    // 34 bytes that start like a PDF and hold nothing more.
    let broken = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj".to_vec();
    assert_eq!(broken.len(), 34);
    let files = [("license.pdf", broken), front, back, bank];
    let (code, findings) = checked(&profile_with(dir.path(), files), "en");
    assert_eq!(code, 2);
    let (id, severity, message, _) = &findings[0];
    assert_eq!(
        (id.as_str(), severity.as_str()),
        ("document.unopenable", "critical")
    );
    assert!(
        message.contains("docs/license.pdf is damaged or cut short"),
        "{message}"
    );
}

#[test]
fn protected_pdfs_and_pages_smaller_than_an_id_card_are_reported() {
    let dir = temp_dir();
    let [_, front, back, _] = good();
    let files = [
        ("license.pdf", encrypted_pdf("owner", "user")),
        front,
        back,
        ("bank.pdf", encrypted_pdf("owner", "")),
    ];
    let (code, findings) = checked(&profile_with(dir.path(), files), "en");
    assert_eq!(code, 2, "{findings:?}");
    let kinds: Vec<_> = findings
        .iter()
        .map(|f| (f.0.as_str(), f.1.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("document.unopenable", "critical"),
            ("document.protected", "warning")
        ]
    );
    assert!(
        findings[0]
            .2
            .contains("license.pdf opens only with a password"),
        "{findings:?}"
    );
    assert!(
        findings[1]
            .2
            .contains("bank.pdf is an encrypted PDF with restrictions")
    );

    let [license, front, back, _] = good();
    let files = [
        license,
        front,
        back,
        ("bank.pdf", pdf(&[(595, 842), (144, 100)])),
    ];
    let (code, findings) = checked(&profile_with(dir.path(), files), "en");
    assert_eq!(code, 1, "{findings:?}");
    assert_eq!(findings[0].0, "document.page_small");
    assert!(
        findings[0]
            .2
            .contains("docs/bank.pdf: page 2 of 2 is 50 × 35 mm, smaller than an ID card"),
        "{findings:?}"
    );
}

#[test]
fn hostile_pdfs_are_findings_never_crashes() {
    let dir = temp_dir();
    let valid = pdf(&[(595, 842)]);
    let text = String::from_utf8_lossy(&valid).into_owned();
    let mut noise = b"%PDF-1.7\n".to_vec();
    noise.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let hostile = [
        // The page is its own parent and has no size.
        text.replace("/MediaBox[0 0 595 842]", "")
            .replace("/Parent 1 0 R", "/Parent 4 0 R"),
        // The page tree claims two billion pages; a size no paper has.
        text.replace("/Count 1", "/Count 2147483647"),
        text.replace("[0 0 595 842]", "[0 0 1e38 -1e38]"),
    ]
    .map(String::into_bytes);
    assert!(
        hostile.iter().all(|bytes| *bytes != valid),
        "every case changes the file"
    );
    let truncated = valid[..valid.len() / 2].to_vec();
    for (index, bytes) in hostile.into_iter().chain([truncated, noise]).enumerate() {
        let [_, front, back, bank] = good();
        let profile = profile_with(dir.path(), [("license.pdf", bytes), front, back, bank]);
        let started = std::time::Instant::now();
        let (code, findings) = checked(&profile, "en");
        assert!((0..=2).contains(&code), "case {index}: exit {code}");
        assert!(
            started.elapsed().as_secs() < 10,
            "case {index} took too long"
        );
        assert!(
            findings.iter().all(|f| f.0.starts_with("document.")),
            "case {index}: {findings:?}"
        );
    }
}

#[test]
fn checklist_says_what_it_saw_in_each_file() {
    let dir = temp_dir();
    let profile = profile_with(dir.path(), good());
    let output = certplan()
        .args(["checklist", "--format", "json", "--as-of", AS_OF])
        .arg(&profile)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let files: Vec<&Value> = value["platforms"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|document| document["files"].as_array().unwrap())
        .collect();
    assert_eq!(files[0]["path"], "docs/license.pdf");
    assert_eq!(
        (&files[0]["format"], &files[0]["pages"]),
        (&"pdf".into(), &1.into())
    );
    assert_eq!(files[1]["slot"], "legal_rep_id_front");
    assert_eq!(
        (&files[1]["width_px"], &files[1]["height_px"]),
        (&1011.into(), &638.into())
    );
    let table = certplan()
        .args([
            "checklist",
            "--as-of",
            AS_OF,
            "--lang",
            "zh",
            "--width",
            "200",
        ])
        .arg(&profile)
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("✓ docs/license.pdf：PDF，共 1 页"), "{text}");
    assert!(
        text.contains("✓ docs/back.jpg：JPG，1011 × 638 像素"),
        "{text}"
    );
}

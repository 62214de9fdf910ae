//! A folder of new clients, none with `[documents]` yet: `check` says once per client that
//! nothing is listed yet, and the report counts one thing to do per client for it.

mod common;

use common::{AS_OF, certplan, profile, stdout_of, temp_dir, write};

#[test]
fn a_folder_without_documents_gives_one_finding_per_client() {
    let dir = temp_dir();
    for n in 0..5 {
        write(
            dir.path(),
            &format!("c{n}.toml"),
            profile("enterprise", 50 + n),
        );
    }
    let output = certplan()
        .args(["check", "--format", "csv", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    // An export succeeds once written: the warnings are its rows.
    assert_eq!(output.status.code(), Some(0));
    let csv = stdout_of(&output);
    let documents: Vec<&str> = csv
        .lines()
        .filter(|line| {
            line.split(',')
                .nth(2)
                .is_some_and(|id| id.starts_with("document"))
        })
        .collect();
    assert_eq!(documents.len(), 5, "{csv}");
    assert!(
        documents
            .iter()
            .all(|line| line.contains(",documents.unlisted,warning,"))
    );
}

#[test]
fn the_report_counts_an_unlisted_client_once_for_its_documents() {
    let dir = temp_dir();
    let file = write(dir.path(), "c.toml", profile("enterprise", 50));
    let check = stdout_of(
        &certplan()
            .args(["check", "--format", "json", "--as-of", AS_OF])
            .arg(&file)
            .output()
            .unwrap(),
    );
    let json: serde_json::Value = serde_json::from_str(check.trim()).unwrap();
    let open = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["severity"] != "info")
        .count();
    let page = dir.path().join("r.html");
    certplan()
        .args(["report", "--as-of", AS_OF, "--lang", "en", "-o"])
        .arg(&page)
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    let card = html.find("Open findings").expect("the open-findings card");
    let after = &html[card..card + 400];
    assert!(
        after.contains(&format!(">{open}<")),
        "{open} open findings (as check counts them) in: {after}"
    );
    assert!(
        open <= 3,
        "one for the documents, not one per document: {open}"
    );
}

//! `-o` never writes over a file the run reads, however it was reached — a file of a folder
//! being read, the default profile, the `CERTPLAN_HOLIDAYS` notice, `--rules` and `--holidays`
//! files, a hard link, a symbolic link, `../dir/x`, a prepared document — with or without
//! `--force`: exit 73 naming both paths, every file as it was, no temporary file left.
//! Hardening round 3, item 1.

mod common;

use common::{AS_OF, certplan, profile, temp_dir, write};
use std::path::Path;

const NOTICE_2027: &str = "tests/holidays/notice-2027.toml";

/// Every file under `dir` with its bytes, to see that nothing changed.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
            if kind.is_dir() {
                folders.push(path);
            } else {
                let bytes = if kind.is_symlink() {
                    std::fs::read_link(&path)
                        .unwrap()
                        .into_os_string()
                        .into_encoded_bytes()
                } else {
                    std::fs::read(&path).unwrap()
                };
                files.push((path.display().to_string(), bytes));
            }
        }
    }
    files.sort();
    files
}

/// A folder with `clients/a.toml`, `clients/b.toml`, `certplan.toml`, `hard.toml` (a hard link
/// of `clients/a.toml`), `soft.toml` (a symbolic link to it), a notice and a document.
fn setup() -> tempfile::TempDir {
    let dir = temp_dir();
    let root = dir.path();
    write(root, "clients/a.toml", profile("enterprise", 5));
    write(root, "clients/b.toml", profile("enterprise", 50));
    write(root, "certplan.toml", profile("enterprise", 7));
    std::fs::hard_link(root.join("clients/a.toml"), root.join("hard.toml")).unwrap();
    std::os::unix::fs::symlink("clients/a.toml", root.join("soft.toml")).unwrap();
    let notice = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(NOTICE_2027)).unwrap();
    write(root, "notice.toml", notice);
    write(root, "docs/license.pdf", "%PDF-1.4 a scan");
    write(
        root,
        "with-documents.toml",
        profile("enterprise", 9) + "[documents]\nbusiness_license = \"docs/license.pdf\"\n",
    );
    write(root, "sub/.keep", "");
    dir
}

/// `certplan ARGS` in `dir/cwd` refuses with 73 naming `output` and `input`, with and
/// without `--force`, leaving every file of `dir` as it was.
fn refused(
    dir: &Path,
    cwd: &str,
    env: Option<(&str, &str)>,
    args: &[&str],
    output: &str,
    input: &str,
) {
    refused_from(dir, cwd, env, args, output, input, true);
}

/// Like [`refused`]; with `up_front` false, the input is known only once read (a document a
/// profile names), so without `--force` the refusal is the one for an existing file (73 too).
fn refused_from(
    dir: &Path,
    cwd: &str,
    env: Option<(&str, &str)>,
    args: &[&str],
    output: &str,
    input: &str,
    up_front: bool,
) {
    let before = snapshot(dir);
    for force in [false, true] {
        let mut command = certplan();
        command
            .current_dir(dir.join(cwd))
            .args(args)
            .args(["--as-of", AS_OF]);
        if force {
            command.arg("--force");
        }
        if let Some((name, value)) = env {
            command.env(name, value);
        }
        let result = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(
            result.status.code(),
            Some(73),
            "{args:?} force={force}: {stderr}"
        );
        if force || up_front {
            assert!(
                stderr.contains(&format!("-o {output} ")) && stderr.contains(input),
                "{args:?}: names both paths: {stderr}"
            );
            assert!(stderr.contains("even with --force"), "{stderr}");
        } else {
            assert!(stderr.contains("unless --force"), "{stderr}");
        }
        assert!(result.stdout.is_empty());
        assert_eq!(
            snapshot(dir),
            before,
            "{args:?} force={force}: nothing changed"
        );
    }
}

#[test]
fn a_file_of_a_folder_being_read() {
    let dir = setup();
    let root = dir.path();
    refused(
        root,
        "",
        None,
        &["quote", "clients/", "-o", "clients/a.toml"],
        "clients/a.toml",
        "clients/",
    );
    // Any existing file of the folder counts, spelled any way.
    write(root, "clients/old.csv", "old");
    refused(
        root,
        "",
        None,
        &[
            "quote",
            "--format",
            "csv",
            "clients",
            "-o",
            "./clients/old.csv",
        ],
        "./clients/old.csv",
        "clients",
    );
    refused(
        root,
        "sub",
        None,
        &["remind", "../clients", "-o", "../clients/b.toml"],
        "../clients/b.toml",
        "../clients",
    );
    refused(
        root,
        "",
        None,
        &["report", "clients/", "-o", "clients/old.csv"],
        "clients/old.csv",
        "clients/",
    );
}

#[test]
fn the_default_profile() {
    let dir = setup();
    refused(
        dir.path(),
        "",
        None,
        &["quote", "-o", "certplan.toml"],
        "certplan.toml",
        "an input of this run",
    );
    refused(
        dir.path(),
        "",
        None,
        &["timeline", "-o", "./certplan.toml"],
        "./certplan.toml",
        "certplan.toml",
    );
    refused(
        dir.path(),
        "",
        None,
        &["explain", "total_fen", "-o", "certplan.toml"],
        "certplan.toml",
        "an input",
    );
    refused(
        dir.path(),
        "sub",
        None,
        &["quote", "../certplan.toml", "-o", "../certplan.toml"],
        "../certplan.toml",
        "an input",
    );
}

#[test]
fn holidays_and_rules_files_from_flags_and_the_environment() {
    let dir = setup();
    let root = dir.path();
    refused(
        root,
        "",
        Some(("CERTPLAN_HOLIDAYS", "notice.toml")),
        &["quote", "certplan.toml", "-o", "notice.toml"],
        "notice.toml",
        "an input",
    );
    let absolute = root.join("notice.toml").display().to_string();
    refused(
        root,
        "sub",
        Some(("CERTPLAN_HOLIDAYS", &absolute)),
        &["workdays", "list", "2027", "-o", "../notice.toml"],
        "../notice.toml",
        &absolute,
    );
    refused(
        root,
        "",
        None,
        &[
            "quote",
            "certplan.toml",
            "--holidays",
            "./notice.toml",
            "-o",
            "notice.toml",
        ],
        "notice.toml",
        "./notice.toml",
    );
    let rules = certplan()
        .args(["rules", "--format", "toml"])
        .output()
        .unwrap();
    write(root, "rules.toml", rules.stdout);
    refused(
        root,
        "sub",
        None,
        &[
            "quote",
            "../certplan.toml",
            "--rules",
            "../rules.toml",
            "-o",
            "../sub/../rules.toml",
        ],
        "../sub/../rules.toml",
        "../rules.toml",
    );
}

#[test]
fn hard_and_symbolic_links_and_relative_spellings() {
    let dir = setup();
    let root = dir.path();
    refused(
        root,
        "",
        None,
        &["quote", "hard.toml", "-o", "clients/a.toml"],
        "clients/a.toml",
        "hard.toml",
    );
    refused(
        root,
        "",
        None,
        &["quote", "clients/a.toml", "-o", "hard.toml"],
        "hard.toml",
        "clients/a.toml",
    );
    refused(
        root,
        "",
        None,
        &["quote", "soft.toml", "-o", "clients/a.toml"],
        "clients/a.toml",
        "soft.toml",
    );
    refused(
        root,
        "sub",
        None,
        &[
            "check",
            "../clients/a.toml",
            "-o",
            "../clients/../hard.toml",
        ],
        "../clients/../hard.toml",
        "../clients/a.toml",
    );
}

#[test]
fn a_prepared_document_a_check_looked_at() {
    let dir = setup();
    refused_from(
        dir.path(),
        "",
        None,
        &["check", "with-documents.toml", "-o", "docs/license.pdf"],
        "docs/license.pdf",
        "license.pdf",
        false,
    );
    refused_from(
        dir.path(),
        "",
        None,
        &["checklist", "with-documents.toml", "-o", "docs/license.pdf"],
        "docs/license.pdf",
        "license.pdf",
        false,
    );
}

#[test]
fn outputs_that_are_not_inputs_are_still_written() {
    let dir = setup();
    let root = dir.path();
    // A new file, even in the folder being read, is not an input.
    certplan()
        .current_dir(root)
        .args([
            "quote",
            "--format",
            "csv",
            "clients/",
            "-o",
            "clients/new.csv",
            "--as-of",
            AS_OF,
        ])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(root.join("clients/new.csv"))
            .unwrap()
            .starts_with("profile,org,platform")
    );
    // An existing file elsewhere, with --force.
    write(root, "out.csv", "old");
    certplan()
        .current_dir(root)
        .args([
            "quote", "--format", "csv", "clients/", "-o", "out.csv", "--force", "--as-of", AS_OF,
        ])
        .assert()
        .success();
    assert_ne!(
        std::fs::read_to_string(root.join("out.csv")).unwrap(),
        "old"
    );
    // The default profile is an input only when it is read.
    certplan()
        .current_dir(root)
        .args([
            "quote",
            "clients/a.toml",
            "-o",
            "certplan.toml",
            "--force",
            "--as-of",
            AS_OF,
        ])
        .assert()
        .success();
}

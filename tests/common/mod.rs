//! Helpers shared by the CLI tests: a `certplan` command with a fixed environment, and files
//! in a temporary directory.

#![allow(dead_code)]

pub mod browser;
pub mod documents;
pub mod english;
pub mod history;
pub mod workbook;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The day every golden output is made for.
pub const AS_OF: &str = "2026-11-22";

/// `certplan` run from the repository root, English labels unless asked, no colours.
pub fn certplan() -> Command {
    let mut command = Command::cargo_bin("certplan").expect("the certplan binary is built");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C")
        .env_remove("LC_ALL");
    command
}

/// A temporary directory that lives as long as the value.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// Writes `text` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path
}

/// A minimal valid profile for `kind` with `members` on WeCom.
pub fn profile(kind: &str, members: u64) -> String {
    format!(
        "[org]\nname = \"测试组织\"\nkind = \"{kind}\"\nmembers = {members}\n\n[platforms.wecom]\n"
    )
}

/// Stdout of a finished command as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// What `certplan ARGS FILE` prints on stdout.
pub fn printed(args: &[&str], file: &Path) -> String {
    stdout_of(&certplan().args(args).arg(file).output().unwrap())
}

/// Stderr of a finished command as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// The profile `text` (written as `p.toml`) quoted with `--lang lang`: its stderr. The quote
/// must be refused as an invalid profile (65).
pub fn refusal_of(text: &str, lang: &str) -> String {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", text);
    let output = certplan()
        .args(["quote", "--lang", lang])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65), "{}", stderr_of(&output));
    stderr_of(&output)
}

/// Runs `python3 -c SCRIPT` with `input` on its stdin (a real parser or hash as the reference
/// a test compares with).
pub fn python3(script: &str, input: &str) -> std::process::Output {
    use std::io::Write as _;
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("a stdin pipe")
        .write_all(input.as_bytes())
        .expect("python3 reads its input");
    child.wait_with_output().expect("python3 finishes")
}

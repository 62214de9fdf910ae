//! Watched by monitoring: `--exit-zero`, notes once per run, `remind --format prometheus`, and
//! every platform applied for in `remind`.

mod common;

use common::{certplan, stderr_of, temp_dir, write};

fn with_certified(certified_on: &str) -> String {
    format!(
        "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = {certified_on}\n"
    )
}

#[test]
fn exit_zero_keeps_findings_out_of_the_exit_code_but_not_errors() {
    let dir = temp_dir();
    // Expires 2026-12-19: due on 2026-11-22, critical on 2026-12-13.
    let profile = write(dir.path(), "p.toml", with_certified("2025-12-20"));
    for (as_of, code) in [("2026-11-22", 1), ("2026-12-13", 2)] {
        for args in [&["--format", "json"][..], &[], &["--nagios"]] {
            certplan()
                .args(["remind", "--as-of", as_of])
                .args(args)
                .arg(&profile)
                .assert()
                .code(code);
            certplan()
                .args(["remind", "--exit-zero", "--as-of", as_of])
                .args(args)
                .arg(&profile)
                .assert()
                .code(0);
        }
    }
    let bad = write(dir.path(), "bad.toml", "[org]\nname = 1\n");
    let output = certplan()
        .args(["remind", "--exit-zero", "--as-of", "2026-12-13"])
        .arg(&profile)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65), "{}", stderr_of(&output));
    // check: documents not listed and a certification in the future are warnings.
    let finding = write(
        dir.path(),
        "check.toml",
        "[org]\nname = \"测试\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = 2030-01-01\n",
    );
    let code = certplan()
        .args(["check", "--as-of", "2026-11-22"])
        .arg(&finding)
        .output()
        .unwrap()
        .status
        .code();
    assert_eq!(code, Some(1));
    certplan()
        .args(["check", "--exit-zero", "--as-of", "2026-11-22"])
        .arg(&finding)
        .assert()
        .code(0);
}

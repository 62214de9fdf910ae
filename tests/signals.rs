//! Hardening round 3, item 2: a terminating signal during a long `-o` write leaves the folder
//! as it was — no `.certplan-XXXXXX` temporary file, an existing target untouched — and the
//! exit code is 128 + the signal's number, for each of INT, TERM and HUP.

mod common;

use common::{AS_OF, temp_dir, write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The names and contents of the files directly in `dir`, in name order.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(entry.path()).unwrap_or_default())
        })
        .collect();
    files.sort();
    files
}

fn temporary_file_in(dir: &Path) -> bool {
    listing(dir)
        .iter()
        .any(|(name, _)| name.starts_with(".certplan-"))
}

#[test]
fn every_terminating_signal_removes_the_temporary_file_and_exits_128_plus_n() {
    let dir = temp_dir();
    let clients = dir.path().join("clients");
    for i in 0..3000 {
        write(
            &clients,
            &format!("c{i:05}.toml"),
            format!(
                "[org]\nname = \"测试组织{i}\"\nkind = \"enterprise\"\nmembers = {}\n\n\
                 [platforms.wecom]\ncertified_on = 2026-01-05\n",
                5 + i
            ),
        );
    }
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // Each signal during a different long write: a CSV, a workbook, a portfolio page.
    let cases = [
        ("INT", 2, &["remind", "--format", "csv"][..], "plan.csv"),
        (
            "TERM",
            15,
            &["forecast", "--format", "xlsx"][..],
            "plan.xlsx",
        ),
        ("HUP", 1, &["report"][..], "plan.html"),
    ];
    for (signal, number, command, name) in cases {
        // An earlier result that `--force` would replace: it must survive the signal.
        write(&out, name, format!("the {signal} run's earlier result\n"));
        let before = listing(&out);
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("certplan"))
            .args(command)
            .args(["--as-of", AS_OF, "--force", "-o"])
            .arg(out.join(name))
            .arg(&clients)
            .env("LANG", "C")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !temporary_file_in(&out) {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "{signal}: the temporary file never appeared"
            );
            assert!(
                child.try_wait().unwrap().is_none(),
                "{signal}: the run ended before its temporary file was seen"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        let sent = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(sent.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(128 + number), "{signal}: {status:?}");
        assert_eq!(listing(&out), before, "{signal}: the folder is as it was");
    }
}

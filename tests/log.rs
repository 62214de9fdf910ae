//! `certplan log` as a user runs it: the event appended after the platform's last, every
//! byte before it kept; a refused event leaves the file byte for byte as it was.

mod common;

use common::history::with_events;
use common::{certplan, stderr_of, stdout_of, temp_dir, write};

#[test]
fn log_appends_an_event_keeping_every_byte_before_it() {
    let dir = temp_dir();
    let before = "# 某公司 — 认证档案\n[org]\nname = \"某公司\"   # 与执照一致\nkind = \"enterprise\"\nmembers = 2000\n\n[platforms.wecom]  # 企业微信\n[[platforms.wecom.events]]\non = 2026-09-15\nevent = \"paid\"     # 对公转账\n";
    let file = write(dir.path(), "p.toml", before);
    let output = certplan()
        .args(["log", "--on", "2026-09-16", "--note", "单号 A-1"])
        .arg(&file)
        .args(["wecom", "submitted"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.starts_with(before), "{after}");
    assert!(
        after[before.len()..].contains("event = \"submitted\""),
        "{after}"
    );
    let status = certplan()
        .args(["status", "--format", "json", "--as-of", "2026-09-17"])
        .arg(&file)
        .output()
        .unwrap();
    let line: serde_json::Value = serde_json::from_str(&stdout_of(&status)).unwrap();
    assert_eq!(line["platforms"][0]["stage"], "in_review");
    assert_eq!(line["platforms"][0]["since"], "2026-09-16");
}

#[test]
fn a_refused_log_leaves_the_file_byte_identical() {
    let dir = temp_dir();
    let before = with_events(50, "wecom", &[("2026-09-15", "submitted")]);
    let file = write(dir.path(), "p.toml", &before);
    for (args, code) in [
        (&["wecom", "refunded", "--on", "2026-09-16"][..], 65),
        (&["wecom", "approved", "--on", "2026-09-14"], 65),
        (&["dingtalk", "submitted", "--on", "2026-09-16"], 64),
        (&["wecom", "shipped", "--on", "2026-09-16"], 64),
    ] {
        let output = certplan()
            .arg("log")
            .arg(&file)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(code),
            "{args:?}: {}",
            stderr_of(&output)
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    }
    let output = certplan()
        .args(["log", "--on", "2026-09-16"])
        .arg(&file)
        .args(["wecom", "refunded"])
        .output()
        .unwrap();
    let message = stderr_of(&output);
    assert!(
        message.contains("p.toml:") && message.contains("refunded"),
        "{message}"
    );
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    // A client list is not a file to edit.
    let list = write(
        dir.path(),
        "clients.csv",
        "name,kind,members\n某公司,enterprise,5\n",
    );
    certplan()
        .arg("log")
        .arg(&list)
        .args(["wecom", "paid"])
        .assert()
        .code(64);
}

#[test]
fn log_is_dated_today_by_default_and_takes_no_planning_options() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        with_events(50, "wecom", &[("2026-01-05", "ordered")]),
    );
    certplan()
        .arg("log")
        .arg(&file)
        .args(["wecom", "paid"])
        .assert()
        .code(0);
    let today = chrono::Local::now().date_naive().to_string();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.ends_with(&format!("on = {today}\nevent = \"paid\"\n")),
        "{text}"
    );
    let before = text.clone();
    for option in [
        &["--as-of", "2026-01-06"][..],
        &["--format", "json"],
        &["-o", "x.toml"],
    ] {
        let output = certplan()
            .arg("log")
            .arg(&file)
            .args(["wecom", "submitted"])
            .args(option)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(64),
            "{option:?}: {}",
            stderr_of(&output)
        );
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn an_event_dated_after_today_is_refused_naming_the_date_and_the_file_is_left_as_it_was() {
    let dir = temp_dir();
    let before = with_events(50, "wecom", &[("2026-09-15", "submitted")]);
    let file = write(dir.path(), "p.toml", &before);
    for lang in ["en", "zh"] {
        let output = certplan()
            .arg("log")
            .arg(&file)
            .args(["wecom", "approved", "--on", "2099-03-01", "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(65), "{}", stderr_of(&output));
        let said = stderr_of(&output);
        assert!(said.contains("platforms.wecom.events[1].on"), "{said}");
        assert!(said.contains("2099-03-01"), "{said}");
        assert!(
            said.contains("after today") || said.contains("晚于今天"),
            "{said}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    }
    // A day that has passed is still logged.
    let output = certplan()
        .arg("log")
        .arg(&file)
        .args(["wecom", "approved", "--on", "2026-09-20"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
}

#[test]
fn a_near_miss_of_an_event_suggests_the_event_and_leaves_the_file() {
    let dir = temp_dir();
    let before = with_events(50, "wecom", &[("2026-09-15", "submitted")]);
    let file = write(dir.path(), "p.toml", &before);
    for (typed, meant, lang) in [
        ("refund", "refunded", "en"),
        ("aproved", "approved", "en"),
        ("refund", "refunded", "zh"),
    ] {
        let output = certplan()
            .arg("log")
            .arg(&file)
            .args(["wecom", typed, "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(64));
        let said = stderr_of(&output);
        let suggestion = match lang {
            "zh" => format!("是不是要写 `{meant}`"),
            _ => format!("did you mean `{meant}`?"),
        };
        assert!(said.contains(&suggestion), "{said}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    }
    // Nothing near: the list of events, no guess.
    let output = certplan()
        .arg("log")
        .arg(&file)
        .args(["wecom", "shipped"])
        .output()
        .unwrap();
    let said = stderr_of(&output);
    assert!(!said.contains("did you mean"), "{said}");
    assert!(said.contains("expected one of: ordered"), "{said}");
}

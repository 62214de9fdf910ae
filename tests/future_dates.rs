//! Dates after the day of the plan are typos, not advice: `remind` warns on stderr about a
//! `certified_on` years ahead — for a profile and for a client list's row — and its table row
//! and to-do say so instead of "ok" and thousands of days left.

mod common;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

const AS_OF: &str = "2026-12-05";

fn remind(file: &Path, lang: &str) -> (Option<i32>, String, String) {
    let output = certplan()
        .arg("remind")
        .arg(file)
        .args(["--as-of", AS_OF, "--lang", lang])
        .output()
        .unwrap();
    (output.status.code(), stdout_of(&output), stderr_of(&output))
}

fn check_future_row(file: &Path) {
    let (code, out, err) = remind(file, "en");
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("certified_on = 2032-06-01 is after today (2026-12-05)"),
        "{err}"
    );
    assert!(out.contains("certified_on in the future?"), "{out}");
    assert!(!out.contains(" ok "), "{out}");
    assert!(!out.contains("2369"), "{out}");
    assert!(
        out.contains("WeCom: certified on 2032-06-01, after 2026-12-05"),
        "{out}"
    );
    assert!(!out.contains("review window opens"), "{out}");
    let (_, out, err) = remind(file, "zh");
    assert!(out.contains("认证日期晚于今天？"), "{out}");
    assert!(err.contains("认证不可能在未来通过。请核对年份"), "{err}");
}

#[test]
fn a_profile_certified_years_ahead_is_warned_about_and_not_advised() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"未来公司\"\nkind = \"enterprise\"\nmembers = 50\n\n\
         [platforms.wecom]\ncertified_on = 2032-06-01\n",
    );
    check_future_row(&file);
}

#[test]
fn a_list_row_certified_years_ahead_is_warned_about_and_not_advised() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "clients.csv",
        "name,kind,members,wecom.certified_on\n未来公司,enterprise,50,2032-06-01\n",
    );
    check_future_row(&file);
    let (_, _, err) = remind(&file, "en");
    assert!(err.contains("row 2"), "{err}");
}

#[test]
fn status_warns_about_an_event_written_by_hand_after_the_day() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"某公司\"\nkind = \"enterprise\"\nmembers = 50\n\n[platforms.wecom]\n\
         [[platforms.wecom.events]]\non = 2027-03-01\nevent = \"ordered\"\n",
    );
    let status = |as_of: &str| {
        certplan()
            .arg("status")
            .arg(&file)
            .args(["--as-of", as_of])
            .output()
            .unwrap()
    };
    let output = status(AS_OF);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr_of(&output);
    assert!(
        said.contains("platforms.wecom.events[0].on = 2027-03-01 is after 2026-12-05"),
        "{said}"
    );
    // Once the day has come, the event is history like any other.
    let said = stderr_of(&status("2027-03-02"));
    assert!(!said.contains("is after"), "{said}");
}

#[test]
fn status_warns_about_a_certified_on_years_ahead() {
    let dir = temp_dir();
    let file = write(
        dir.path(),
        "typo.toml",
        "[org]\nname = \"甲\"\nkind = \"enterprise\"\nmembers = 50\n[platforms.wecom]\ncertified_on = 2031-06-30\n",
    );
    let output = certplan()
        .args(["status", "--as-of", "2026-12-05", "--lang", "zh"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "a warning, as remind gives");
    assert!(
        stderr_of(&output).contains("2031-06-30"),
        "{}",
        stderr_of(&output)
    );
}

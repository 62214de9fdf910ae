//! Application histories as hostile input (issue 23 item 5): ten thousand events, and events far
//! in the future, end in an answer or a refusal in bounded time — never a panic.

mod common;

use common::{certplan, stderr_of, temp_dir, write};
use std::time::Instant;

/// A profile whose WeCom history holds `count` events, one a day from `first`: submitted,
/// rejected, refunded, over and over.
fn history(count: usize, first: chrono::NaiveDate) -> String {
    let mut text = String::from(
        "[org]\nname = \"甲\"\nkind = \"enterprise\"\nmembers = 3000\n\n[platforms.wecom]\n",
    );
    let cycle = ["submitted", "rejected", "refunded"];
    for index in 0..count {
        let on = first + chrono::Days::new(index as u64);
        text.push_str(&format!(
            "\n[[platforms.wecom.events]]\non = {on}\nevent = \"{}\"\n",
            cycle[index % 3]
        ));
    }
    text
}

#[test]
fn ten_thousand_events_are_read_and_planned_in_bounded_time() {
    let dir = temp_dir();
    let first = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let profile = write(dir.path(), "long.toml", history(10_000, first));
    for command in ["status", "quote", "remind", "forecast", "timeline"] {
        let start = Instant::now();
        let output = certplan()
            .args([command, "--as-of", "2026-12-04", "--format", "json"])
            .arg(&profile)
            .output()
            .unwrap();
        let code = output.status.code();
        assert!(
            matches!(code, Some(0..=2 | 65)),
            "{command}: {code:?} {}",
            stderr_of(&output)
        );
        assert!(!stderr_of(&output).contains("panicked"), "{command}");
        assert!(
            start.elapsed().as_secs() < 20,
            "{command} took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn events_far_in_the_future_never_panic() {
    let dir = temp_dir();
    let first = chrono::NaiveDate::from_ymd_opt(2099, 12, 1).unwrap();
    let profile = write(dir.path(), "future.toml", history(30, first));
    for command in [
        "status", "quote", "remind", "forecast", "timeline", "report",
    ] {
        let mut run = certplan();
        run.args([command, "--as-of", "2026-12-04"]).arg(&profile);
        if command == "report" {
            run.arg("-o").arg(dir.path().join("r.html"));
        }
        let output = run.output().unwrap();
        let code = output.status.code();
        assert!(
            matches!(code, Some(0..=2 | 65)),
            "{command}: {code:?} {}",
            stderr_of(&output)
        );
        assert!(!stderr_of(&output).contains("panicked"), "{command}");
    }
}

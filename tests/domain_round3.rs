//! Domain truth, round 3 (issue 27), the items the first pass left open, and issue 23 item 4:
//! each test runs the binary as a user would and reads what a person reads.

mod common;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

/// The day the audit was made.
const AS_OF: &str = "2026-12-04";

fn run(args: &[&str], file: &Path) -> std::process::Output {
    certplan().args(args).arg(file).output().unwrap()
}

/// Issue 23 item 4: a hint about a future `certified_on` names a day that, written back
/// into the profile, is accepted — or names none.
#[test]
fn a_future_certification_hint_is_accepted_when_followed() {
    let dir = temp_dir();
    let profile = |day: &str| {
        format!(
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\ncertified_on = {day}\n"
        )
    };
    for (certified_on, as_of, hint) in [
        ("2026-03-05", "2000-01-01", None),
        ("2030-01-01", AS_OF, None),
        ("2026-03-05", "2026-03-01", Some("2025-03-05")),
    ] {
        let file = write(dir.path(), "future.toml", profile(certified_on));
        let output = run(&["remind", "--lang", "en", "--as-of", as_of], &file);
        let stderr = stderr_of(&output);
        assert!(stderr.contains("is after today"), "{stderr}");
        assert!(!stderr.contains(&format!("did you mean {as_of}")), "{stderr}");
        match hint {
            None => assert!(!stderr.contains("did you mean"), "{stderr}"),
            Some(hint) => {
                assert!(stderr.contains(&format!("did you mean {hint}?")), "{stderr}");
                let followed = write(dir.path(), "followed.toml", profile(hint));
                let again = run(&["remind", "--lang", "en", "--as-of", as_of], &followed);
                assert!(!stderr_of(&again).contains("is after today"));
            }
        }
        let zh = stderr_of(&run(&["check", "--lang", "zh", "--as-of", as_of], &file));
        let zh = zh + &stdout_of(&run(&["check", "--lang", "zh", "--as-of", as_of], &file));
        assert!(!zh.contains(&format!("是否应为 {as_of}")), "{zh}");
    }
}

//! Exports exit 0 once written, whatever they hold: `check --format csv` as `remind`'s CSV,
//! while the table and JSON of the same profile keep their status codes.

mod common;

use common::{AS_OF, certplan, stdout_of, temp_dir};

/// A profile whose check has a critical finding (exit 2 as a table, as the README shows).
const CRITICAL: &str = "profiles/guangzhou-enterprise-1500.toml";

fn check(format: &str) -> std::process::Output {
    certplan()
        .args(["check", "--format", format, "--as-of", AS_OF, CRITICAL])
        .output()
        .unwrap()
}

#[test]
fn check_csv_with_a_critical_finding_exits_0_and_says_it_in_its_rows() {
    let output = check("csv");
    assert_eq!(output.status.code(), Some(0));
    let csv = stdout_of(&output);
    assert!(csv.contains(",critical,"), "{csv}");
}

#[test]
fn check_table_and_json_keep_exit_2_for_a_critical_finding() {
    assert_eq!(check("table").status.code(), Some(2));
    assert_eq!(check("json").status.code(), Some(2));
}

#[test]
fn check_csv_written_with_o_exits_0_and_the_file_is_kept() {
    let dir = temp_dir();
    let file = dir.path().join("check.csv");
    let output = certplan()
        .args(["check", "--as-of", AS_OF, CRITICAL, "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains(",critical,")
    );
}

#[test]
fn remind_csv_exits_0_as_before() {
    let output = certplan()
        .args(["remind", "--format", "csv", "--as-of", AS_OF, CRITICAL])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

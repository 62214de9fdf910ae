//! Calendar UIDs of client-list rows: two rows without a `client_id` that describe the same
//! organisation get UIDs of their own; a row with a `client_id` keeps the UIDs a profile file
//! with that id has; both stable from run to run.

mod common;

use common::{AS_OF, certplan, stdout_of, temp_dir, write};
use std::collections::BTreeSet;
use std::path::Path;

const HEADER: &str = "name,kind,members,client_id,wecom,wecom.certified_on\n";
const ROW: &str = "同名公司,enterprise,5,,yes,2026-03-01\n";

fn uids(path: &Path) -> Vec<String> {
    let output = certplan()
        .args(["remind", "--format", "ics", "--as-of", AS_OF])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    stdout_of(&output)
        .lines()
        .filter(|line| line.starts_with("UID:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn two_rows_of_the_same_organisation_without_client_id_have_distinct_uids() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", format!("{HEADER}{ROW}{ROW}"));
    let first = uids(&list);
    // Two rows, five events each: window, reminder, last day to submit, expiry, grace end.
    assert_eq!(first.len(), 10, "{first:?}");
    let unique: BTreeSet<_> = first.iter().collect();
    assert_eq!(unique.len(), first.len(), "{first:?}");
    assert_eq!(first, uids(&list), "stable from run to run");
}

#[test]
fn a_row_with_a_client_id_has_the_uids_of_a_profile_file_with_that_id() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "clients.csv",
        format!("{HEADER}{}", ROW.replace(",5,,", ",5,KH-7,")),
    );
    let file = write(
        dir.path(),
        "p.toml",
        "[org]\nname = \"同名公司\"\nkind = \"enterprise\"\nmembers = 5\nclient_id = \"KH-7\"\n[platforms.wecom]\ncertified_on = 2026-03-01\n",
    );
    assert_eq!(uids(&list), uids(&file));
}

//! CSV columns are named one way: money in yuan ends `_yuan`, money in fen `_fen`, and each
//! `_fen` column has its `_yuan` twin right after it — in every command's CSV.

mod common;

use common::{AS_OF, certplan, stdout_of};

/// Every command that writes CSV, with the arguments that make it write money when it has any.
const COMMANDS: &[&[&str]] = &[
    &["quote", "profiles"],
    &["quote", "--summary", "profiles"],
    &["benefits", "profiles/shenzhen-small-enterprise.toml"],
    &["benefits"],
    &["remind", "profiles"],
    &["forecast", "profiles"],
    &["timeline", "profiles"],
    &["check", "profiles"],
    &["checklist", "profiles"],
    &["workdays", "list", "2026"],
];

/// Names money columns had before the rule.
const UNSUFFIXED: &[&str] = &["amount", "cost", "fee", "net_first", "total", "first"];

#[test]
fn every_fen_column_has_its_yuan_twin_beside_it() {
    for args in COMMANDS {
        let output = certplan()
            .args(*args)
            .args(["--format", "csv", "--as-of", AS_OF])
            .output()
            .unwrap();
        let text = stdout_of(&output);
        let header: Vec<&str> = text.lines().next().unwrap_or_default().split(',').collect();
        assert!(header.len() > 2, "{args:?}: {text}");
        for (at, column) in header.iter().enumerate() {
            if let Some(stem) = column.strip_suffix("_fen") {
                assert_eq!(
                    header.get(at + 1).copied(),
                    Some(format!("{stem}_yuan").as_str()),
                    "{args:?}: {column} has no twin beside it in {header:?}"
                );
            }
            assert!(
                !UNSUFFIXED.contains(column),
                "{args:?}: {column} names no unit"
            );
        }
    }
}

#[test]
fn the_twins_hold_the_same_amount() {
    let output = certplan()
        .args([
            "quote",
            "--summary",
            "profiles",
            "--format",
            "csv",
            "--as-of",
            AS_OF,
        ])
        .output()
        .unwrap();
    let text = stdout_of(&output);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let fen = header.iter().position(|c| *c == "net_first_fen").unwrap();
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        let amount: i64 = cells[fen].parse().unwrap();
        assert_eq!(
            cells[fen + 1],
            format!("{}.{:02}", amount / 100, (amount % 100).abs()),
            "{line}"
        );
    }
}

//! The README's samples are what the binary prints: each `**…** `certplan …`` sample is run and
//! its text block must stand in the output (a block ending in `…` is a prefix).
//! `CERTPLAN_BLESS=1 cargo test --test readme` rewrites the blocks from the binary instead.

mod common;

use common::{certplan, stdout_of};

#[test]
fn every_readme_sample_is_what_the_binary_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    if std::env::var_os("CERTPLAN_BLESS").is_some() {
        let owned: Vec<String> = lines.iter().map(|line| (*line).to_owned()).collect();
        return bless(&owned);
    }
    let mut checked = 0;
    for (index, line) in lines.iter().enumerate() {
        let Some(command) = line
            .strip_prefix("**")
            .and_then(|rest| rest.split_once("** `certplan "))
            .and_then(|(_, rest)| rest.split_once('`'))
            .map(|(command, _)| command)
        else {
            continue;
        };
        let start = index
            + lines[index..]
                .iter()
                .position(|line| line.starts_with("```text"))
                .unwrap()
            + 1;
        let end = start
            + lines[start..]
                .iter()
                .position(|line| line.starts_with("```"))
                .unwrap();
        let mut block: Vec<&str> = lines[start..end].to_vec();
        if block.last() == Some(&"…") {
            block.pop();
        }
        let output = certplan()
            .args(command.split_whitespace())
            .output()
            .unwrap();
        let printed = stdout_of(&output);
        assert!(
            printed.contains(&block.join("\n")),
            "README sample `certplan {command}` differs from the binary's output:\n{printed}"
        );
        checked += 1;
    }
    assert!(checked >= 5, "the README's samples were found ({checked})");
}

/// Rewrites every sample's block from the binary's output and writes the README (a block
/// ending in `…` keeps its length).
fn bless(lines: &[String]) {
    let mut lines = lines.to_vec();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index].clone();
        let Some(command) = line
            .strip_prefix("**")
            .and_then(|rest| rest.split_once("** `certplan "))
            .and_then(|(_, rest)| rest.split_once('`'))
            .map(|(command, _)| command.to_owned())
        else {
            index += 1;
            continue;
        };
        let start = index
            + lines[index..]
                .iter()
                .position(|l| l.starts_with("```text"))
                .unwrap()
            + 1;
        let end = start
            + lines[start..]
                .iter()
                .position(|l| l.starts_with("```"))
                .unwrap();
        let prefix = lines[end - 1] == "…";
        let kept = end - start - usize::from(prefix);
        let output = certplan()
            .args(command.split_whitespace())
            .output()
            .unwrap();
        let printed: Vec<String> = stdout_of(&output).lines().map(str::to_owned).collect();
        let old = &lines[start..start + kept];
        let fresh = if prefix {
            let mut head = printed[..kept.min(printed.len())].to_vec();
            head.push("…".to_owned());
            head
        } else if printed.first() == old.first() {
            printed
        } else {
            // A piece from the middle: as many lines, ending where the old piece ended.
            match printed.iter().position(|line| Some(line) == old.last()) {
                Some(last) => printed[(last + 1).saturating_sub(kept)..=last].to_vec(),
                None => old.to_vec(),
            }
        };
        let added = fresh.len();
        lines.splice(start..end, fresh);
        index = start + added + 1;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

#[test]
fn the_global_options_are_described_once() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert_eq!(readme.matches("Global options:").count(), 1);
}

//! The README's samples are what the binary prints: each `**…** `certplan …`` sample is run and
//! its text block must stand in the output (a block ending in `…` is a prefix).

mod common;

use common::{certplan, stdout_of};

#[test]
fn every_readme_sample_is_what_the_binary_prints() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
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

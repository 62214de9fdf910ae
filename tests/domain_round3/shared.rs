//! What the round-3 domain tests share: the audit day, running the binary on a profile,
//! the text an HTML page shows, and the kinds' profile ids.

#![allow(dead_code)] // Each test file uses some of these.

use crate::common::certplan;
use std::path::Path;

/// The day the audit was made.
pub const AS_OF: &str = "2026-12-04";

/// Runs certplan with `args` on `file`.
pub fn run(args: &[&str], file: &Path) -> std::process::Output {
    certplan().args(args).arg(file).output().unwrap()
}

/// The text of an HTML page a reader sees (styles, scripts and tags dropped); other text as is.
pub fn visible(text: &str) -> String {
    if !text.starts_with("<!DOCTYPE") {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        let skip_to = ["<style", "<svg", "<script"]
            .iter()
            .find(|start| tag.starts_with(**start))
            .map(|start| format!("</{}>", &start[1..]));
        rest = match skip_to {
            Some(end) => tag.find(&end).map_or("", |at| &tag[at + end.len()..]),
            None => tag.find('>').map_or("", |at| &tag[at + 1..]),
        };
        out.push('\n');
    }
    out + rest
}

/// The kinds' profile ids, which a Chinese reader should never meet in prose.
pub const KIND_IDS: [&str; 9] = [
    "enterprise",
    "individual_business",
    "government",
    "public_institution",
    "social_group",
    "private_non_enterprise",
    "foundation",
    "nonprofit_org",
    "for_profit_org",
];

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
        assert!(
            !stderr.contains(&format!("did you mean {as_of}")),
            "{stderr}"
        );
        match hint {
            None => assert!(!stderr.contains("did you mean"), "{stderr}"),
            Some(hint) => {
                assert!(
                    stderr.contains(&format!("did you mean {hint}?")),
                    "{stderr}"
                );
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

/// Text under `--lang zh` with no run of English words (ids, keys and file names aside): two
/// or more lowercase words in a row, as in a sentence.
fn english_sentence_in(text: &str) -> Option<&str> {
    text.lines().find(|line| {
        line.split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
            .any(|run| {
                run.split(' ')
                    .filter(|word| word.len() > 1 && word.chars().all(|c| c.is_ascii_lowercase()))
                    .count()
                    >= 3
            })
    })
}

/// The text of an HTML page a reader sees (styles, scripts and tags dropped); other text as is.
fn visible(text: &str) -> String {
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

/// Item 21: what was assumed for want of data, and the platform an explain item names but the
/// profile does not choose, are said in Chinese under `--lang zh` (and in English under en).
#[test]
fn item_21_assumptions_and_explain_refusals_are_chinese_under_zh() {
    let dir = temp_dir();
    let gov = write(
        dir.path(),
        "gov.toml",
        "[org]\nname = \"某某中心\"\nkind = \"public_institution\"\nmembers = 50\nregion = \"广东省\"\n[platforms.gov_account]\n",
    );
    for args in [
        &["timeline", "--as-of", AS_OF][..],
        &["timeline", "--as-of", "2024-06-03"],
        &["quote", "--as-of", "2024-06-03"],
        &["remind", "--as-of", "2024-06-03"],
        &["report", "--format", "html", "--as-of", AS_OF],
        &["timeline", "--format", "json", "--as-of", AS_OF],
    ] {
        let zh = run(&[args, &["--lang", "zh"]].concat(), &gov);
        let both = visible(&stdout_of(&zh)) + &stderr_of(&zh);
        assert!(english_sentence_in(&both).is_none(), "{args:?}: {both}");
        let en = run(&[args, &["--lang", "en"]].concat(), &gov);
        let both = stdout_of(&en) + &stderr_of(&en);
        if args.contains(&AS_OF) && !args.contains(&"quote") {
            assert!(
                both.contains("org.gov_level is not given"),
                "{args:?}: {both}"
            );
        }
    }
    let zh = run(&["explain", "--lang", "zh", "--as-of", AS_OF], &gov);
    let zh = stderr_of(
        &certplan()
            .args(["explain", "--lang", "zh", "--as-of", AS_OF])
            .arg(&gov)
            .arg("wecom")
            .output()
            .unwrap(),
    ) + &stderr_of(&zh);
    assert!(zh.contains("档案没有选择企业微信"), "{zh}");
    assert!(english_sentence_in(&zh).is_none(), "{zh}");
}

/// The kinds' profile ids, which a Chinese reader should never meet in prose.
const KIND_IDS: [&str; 9] = [
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

/// Item 20: `rules` and `explain` in Chinese name kinds by their Chinese names and conditions
/// in words; the Shenzhen subsidy row says it is for enterprises only, in both languages.
#[test]
fn item_20_rules_and_explain_name_kinds_in_chinese_and_the_subsidy_is_for_enterprises() {
    let rules = |lang: &str| {
        stdout_of(
            &certplan()
                .args(["rules", "--lang", lang, "--as-of", AS_OF])
                .output()
                .unwrap(),
        )
    };
    let zh = rules("zh");
    let subsidies = |text: &str, heading: &str| -> String {
        let start = text.find(heading).unwrap();
        text[start..].split("\n\n").next().unwrap().to_owned()
    };
    let zh_subsidies = subsidies(&zh, "补贴（事后报销）");
    assert!(zh_subsidies.contains("仅限企业"), "{zh_subsidies}");
    assert!(zh_subsidies.contains("小微企业"), "{zh_subsidies}");
    assert!(!zh_subsidies.contains('∋') && !zh_subsidies.contains("small_micro"));
    let en_subsidies = subsidies(&rules("en"), "Subsidies");
    assert!(en_subsidies.contains("kind = enterprise"), "{en_subsidies}");
    let exemptions = subsidies(&zh, "减免（基础费用的例外）");
    for id in KIND_IDS {
        // Rule ids may contain a kind's id (`gov_account.exempt_government`): whole cells only.
        assert!(
            !exemptions.contains(&format!("┆ {id} ")),
            "{id} in {exemptions}"
        );
    }
    assert!(exemptions.contains("事业单位") && exemptions.contains("基金会"));
    let dir = temp_dir();
    for kind in ["foundation", "public_institution", "enterprise"] {
        let file = write(
            dir.path(),
            "p.toml",
            format!(
                "[org]\nname = \"某某\"\nkind = \"{kind}\"\nmembers = 50\nregion = \"深圳\"\n[platforms.wecom]\n[platforms.official_account]\n"
            ),
        );
        let explained = stdout_of(
            &certplan()
                .args(["explain", "--lang", "zh", "--as-of", AS_OF])
                .arg(&file)
                .arg("wecom")
                .output()
                .unwrap(),
        );
        let reasons: Vec<_> = explained
            .lines()
            .filter(|line| line.contains("适用："))
            .collect();
        assert!(!reasons.is_empty(), "{explained}");
        for line in reasons {
            let reason = line.split("适用：").nth(1).unwrap();
            for id in KIND_IDS {
                assert!(!reason.contains(id), "{id} in {line}");
            }
        }
    }
}

//! One language, one voice: under `--lang zh` every error certplan can be made to say — the
//! bad-input corpus, files that cannot be read, holiday and rules files, usage errors — is
//! Chinese. A word of English outside what is quoted or named (paths, keys, ids, option
//! names, value names, values from the input, `certplan`) fails the test; so does an English
//! message without the one prefix, `certplan: error:`.

mod common;

use common::english::english_in;
use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

/// Every error case: the arguments after `certplan --lang zh`, `DIR` standing for a
/// temporary folder with the files [`files`] writes.
const CASES: &[&[&str]] = &[
    // Files that cannot be read as text.
    &["quote", "DIR/gbk.toml"],
    &["quote", "DIR/utf16.toml"],
    &["quote", "DIR/bytes.toml"],
    &["quote", "DIR/missing.toml"],
    &["quote", "DIR/folder.toml"],
    &["quote", "DIR/empty-folder"],
    &["quote", "DIR/huge.toml"],
    &["quote", "DIR/nested"],
    // TOML syntax.
    &["quote", "DIR/unclosed-array.toml"],
    &["quote", "DIR/unquoted.toml"],
    &["quote", "DIR/two-on-a-line.toml"],
    &["quote", "DIR/bad-escape.toml"],
    // Holiday and rules files.
    &[
        "workdays",
        "list",
        "2027",
        "--holidays",
        "tests/holidays/broken-2027.toml",
    ],
    &[
        "workdays",
        "list",
        "2027",
        "--holidays",
        "DIR/unquoted.toml",
    ],
    &[
        "workdays",
        "list",
        "2027",
        "--holidays",
        "DIR/no-holidays.toml",
    ],
    &[
        "workdays",
        "list",
        "2027",
        "--holidays",
        "DIR/holiday-typo.toml",
    ],
    &["quote", "profiles", "--rules", "DIR/unquoted.toml"],
    &["quote", "profiles", "--rules", "DIR/no-holidays.toml"],
    &["quote", "profiles", "--rules", "DIR/bad-rules.toml"],
    &["quote", "profiles", "--rules", "DIR/bad-tiers.toml"],
    // Usage.
    &["quote", "--as-of"],
    &["quote", "--years", "3", "--years", "4"],
    &["quote", "--yeras", "3"],
    &["qoute"],
    &["quote", "--years", "abc"],
    &["remind", "--warn-days", "100000000"],
    &["remind", "--strict", "--yeras"],
    &["checklist", "--platform", "foo"],
    &["quote", "--as-of", "2026-13-01"],
    &["workdays", "add", "3"],
    &["quote", "--wide", "--width", "80", "profiles"],
    &["quote", "--format", "ics", "profiles"],
    &["quote", "--format", "xlsx", "profiles"],
    &["quote", "--bom", "profiles"],
    &[
        "checklist",
        "profiles/social-group.toml",
        "--platform",
        "wecom",
    ],
    &["quote", "--summary", "--format", "json", "profiles"],
    &["quote", "profiles", "-o", "DIR/exists.txt"],
    &[
        "quote",
        "profiles",
        "-o",
        "profiles/social-group.toml",
        "--force",
    ],
    &["quote", "profiles", "-o", "DIR/nowhere/out.txt"],
    &["quote", "profiles", "-o", "/dev/null", "--force"],
    &["quote", "profiles", "--holidays", "DIR/folder.toml"],
    &["init", "DIR/exists.txt"],
    &["report", "profiles/social-group.toml"],
    &["explain", "profiles/social-group.toml", "wecom.frist_fen"],
    &["explain"],
    &["remind", "--nagios", "--format", "json", "profiles"],
    &["forecast", "--months", "0", "profiles"],
    &["forecast", "--pay-on", "someday", "profiles"],
    &["workdays", "count", "2026-01-01", "x"],
    &["import", "profiles/social-group.toml"],
    &["export", "profiles", "--format", "xlsx"],
    &["completions", "tcsh"],
];

/// The files the cases read.
fn files(dir: &Path) {
    let profile = "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 5\n[platforms.wecom]\n";
    write(dir, "gbk.toml", b"[org]\nname = \"\xd6\xd0\xce\xc4\"\n");
    let utf16: Vec<u8> = profile.encode_utf16().flat_map(u16::to_le_bytes).collect();
    write(dir, "utf16.toml", [&[0xFF, 0xFE][..], &utf16].concat());
    write(dir, "bytes.toml", b"[org]\nname = \"\xff\xff\"\n");
    std::fs::create_dir_all(dir.join("folder.toml")).unwrap();
    std::fs::create_dir_all(dir.join("empty-folder")).unwrap();
    write(dir, "huge.toml", vec![b'#'; 2 << 20]);
    write(dir, "nested/a.toml", "[org\n");
    write(dir, "unclosed-array.toml", "a = [1, 2\n");
    write(
        dir,
        "unquoted.toml",
        format!("{profile}certified_on = hello\n"),
    );
    write(
        dir,
        "two-on-a-line.toml",
        "[org]\nname = \"x\" kind = \"y\"\n",
    );
    write(dir, "bad-escape.toml", "[org]\nname = \"a\\q\"\n");
    write(dir, "no-holidays.toml", "\n");
    write(dir, "holiday-typo.toml", "[[holidays]]\nyaer = 2027\n");
    write(dir, "exists.txt", "");
    let rules = stdout_of(
        &certplan()
            .args(["rules", "--format", "toml"])
            .output()
            .unwrap(),
    );
    let share = rules.find("share = ").expect("rules with rejection causes");
    let broken = format!("{}share = 500{}", &rules[..share], &rules[share + 10..]);
    write(dir, "bad-rules.toml", broken);
    let tier = rules.find("max_members = ").expect("rules with tiers") + "max_members = ".len();
    let digits = rules[tier..].find(|c: char| !c.is_ascii_digit()).unwrap();
    let broken = format!("{}0{}", &rules[..tier], &rules[tier + digits..]);
    write(dir, "bad-tiers.toml", broken);
}

#[test]
fn every_error_under_zh_is_chinese() {
    let dir = temp_dir();
    files(dir.path());
    let folder = dir.path().display().to_string();
    let mut bad_inputs: Vec<_> = std::fs::read_dir("tests/bad-inputs")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    bad_inputs.sort();
    let corpus = bad_inputs
        .iter()
        .map(|path| vec!["quote".to_owned(), path.display().to_string()]);
    let cases = CASES.iter().map(|case| {
        case.iter()
            .map(|word| word.replace("DIR", &folder))
            .collect::<Vec<_>>()
    });
    let mut failures = Vec::new();
    for case in corpus.chain(cases) {
        let output = certplan()
            .args(["--lang", "zh", "--as-of", "2026-11-22"])
            .args(&case)
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        assert!(
            !output.status.success() && !stderr.is_empty(),
            "{case:?} is not an error:\n{stderr}"
        );
        assert!(
            stderr.starts_with("certplan：错误："),
            "{case:?}:\n{stderr}"
        );
        let english = english_in(&stderr, &case);
        if !english.is_empty() {
            failures.push(format!("{case:?}:\n  {}", english.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "English under zh:\n{}",
        failures.join("\n")
    );
}

#[test]
fn english_errors_have_one_prefix_and_point_to_the_command_help() {
    for case in [
        &["quote", "--as-of"][..],
        &["quote", "--years", "abc"],
        &["quote", "--yeras", "3"],
        &["quote", "--format", "ics", "profiles"],
        &["quote", "tests/bad-inputs/members-zero.toml"],
    ] {
        let output = certplan()
            .args(["--lang", "en"])
            .args(case)
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        assert!(
            stderr.starts_with("certplan: error: "),
            "{case:?}:\n{stderr}"
        );
        assert!(!stderr.contains("\nerror:"), "{case:?}:\n{stderr}");
        if case[1].starts_with("--") && case.len() < 4 {
            assert!(
                stderr.contains("try 'certplan quote --help'"),
                "{case:?}:\n{stderr}"
            );
        }
    }
}

#[test]
fn the_usage_after_an_error_shows_options_as_optional() {
    for lang in ["en", "zh"] {
        let output = certplan()
            .args(["--lang", lang, "remind", "--strict", "--yeras"])
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        assert!(!stderr.contains("remind --strict"), "{stderr}");
        assert!(
            stderr.contains("certplan remind [OPTIONS] [PROFILE]...")
                || stderr.contains("certplan remind [选项] [PROFILE]..."),
            "{stderr}"
        );
    }
}

#[test]
fn the_two_mistranslated_clap_errors_read_right() {
    let said = |args: &[&str]| {
        stderr_of(
            &certplan()
                .args(["--lang", "zh"])
                .args(args)
                .output()
                .unwrap(),
        )
    };
    let missing = said(&["quote", "--as-of"]);
    assert!(
        missing.contains("`--as-of <DATE>` 后面缺少取值"),
        "{missing}"
    );
    let twice = said(&["quote", "--years", "3", "--years", "4"]);
    assert!(twice.contains("`--years <YEARS>` 写了不止一次"), "{twice}");
}

#[test]
fn gbk_is_named_and_saving_as_utf8_is_the_fix() {
    let dir = temp_dir();
    files(dir.path());
    let output = certplan()
        .args(["--lang", "zh", "quote"])
        .arg(dir.path().join("gbk.toml"))
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(65), "{stderr}");
    assert!(stderr.contains("检测到 GBK 编码"), "{stderr}");
    assert!(stderr.contains("请另存为 UTF-8"), "{stderr}");
}

#[test]
fn the_rule_finds_english_and_lets_names_pass() {
    let english = english_in("certplan：错误：p.toml:1:2: org.x: must be 1 to 100", &[]);
    assert_eq!(english.len(), 3, "{english:?}");
    let named =
        "certplan：错误：p.toml:4:11: org.members: 值 `many` 无效，请写 TOML 的整数（UTF-8）";
    assert!(english_in(named, &[]).is_empty());
}

//! Names people type for a language or a platform: `--lang zh-CN`, `--platform 公众号`.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of};

/// What `certplan ARGS` prints on stdout, which must succeed.
fn printed(args: &[&str]) -> String {
    let output = certplan().args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {}", stderr_of(&output));
    stdout_of(&output)
}

#[test]
fn language_tags_people_type_are_accepted() {
    let quote = [
        "quote",
        "profiles/social-group.toml",
        "--as-of",
        AS_OF,
        "--lang",
    ];
    let chinese = printed(&[&quote[..], &["zh"]].concat());
    let english = printed(&[&quote[..], &["en"]].concat());
    for tag in ["zh-CN", "zh_CN", "cn", "zh-Hans"] {
        assert_eq!(printed(&[&quote[..], &[tag]].concat()), chinese, "{tag}");
    }
    assert_eq!(printed(&[&quote[..], &["en-US"]].concat()), english);
}

#[test]
fn platforms_are_named_as_people_name_them() {
    let general =
        |platform: &str| printed(&["checklist", "--platform", platform, "--format", "json"]);
    let by_id = |id: &str| general(id);
    for (name, id) in [
        ("政务微信", "gov_account"),
        ("政务公众号", "gov_account"),
        ("公众号", "official_account"),
        ("小程序", "mini_program"),
        ("钉钉", "dingtalk"),
        ("企业微信", "wecom"),
        ("WeCom", "wecom"),
        ("Official Account", "official_account"),
    ] {
        assert_eq!(general(name), by_id(id), "{name}");
    }
}

#[test]
fn a_near_platform_name_is_answered_with_its_id() {
    for (typed, lang, said) in [
        (
            "公众好",
            "zh",
            "是不是要写 `official_account`（微信公众号）？",
        ),
        ("wecon", "en", "did you mean `wecom` (WeCom)?"),
    ] {
        let output = certplan()
            .args(["checklist", "--platform", typed, "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(64));
        assert!(stderr_of(&output).contains(said), "{}", stderr_of(&output));
    }
}

//! `explain` over several profiles (a client list, a folder): every profile is explained under
//! its own title, one that does not choose the item's platform is said on stderr naming its
//! row, and the exit code follows the contract.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use serde_json::Value;

const LIST: &str = "name,kind,members,client_id,wecom,dingtalk\n星河科技,enterprise,120,C-001,yes,no\n蓝天基金会,foundation,30,,no,yes\n绿叶协会,social_group,40,,yes,no\n";

fn explain(lang: &str, args: &[&str], path: &std::path::Path, item: &str) -> std::process::Output {
    certplan()
        .args(["explain", "--lang", lang, "--as-of", AS_OF])
        .args(args)
        .arg(path)
        .arg(item)
        .output()
        .unwrap()
}

#[test]
fn every_row_of_a_list_is_explained_under_its_title_and_a_row_without_the_platform_is_said() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", LIST);
    let output = explain("en", &[], &list, "wecom.first_fen");
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    assert!(
        stdout.contains("星河科技 — how wecom.first_fen comes about"),
        "{stdout}"
    );
    assert!(stdout.contains("clients.csv: row 2)"), "{stdout}");
    assert!(
        stdout.contains("绿叶协会 — how wecom.first_fen comes about"),
        "{stdout}"
    );
    assert!(stdout.contains("clients.csv: row 4)"), "{stdout}");
    assert!(!stdout.contains("蓝天基金会"), "{stdout}");
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("clients.csv: row 3 (蓝天基金会) does not choose WeCom"),
        "{stderr}"
    );
    assert!(stderr.contains("it chooses DingTalk"), "{stderr}");
}

#[test]
fn in_chinese_the_refusal_names_the_row_and_the_platforms_by_their_chinese_names() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", LIST);
    let output = explain("zh", &[], &list, "dingtalk");
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    assert!(
        stdout.contains("蓝天基金会 — dingtalk 的计算过程"),
        "{stdout}"
    );
    assert!(stdout.contains("第 3 行"), "{stdout}");
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("第 2 行（星河科技）没有选择钉钉"),
        "{stderr}"
    );
    assert!(stderr.contains("它选择的平台：企业微信"), "{stderr}");
    assert!(
        !stderr.contains("选择dingtalk") && !stderr.contains("wecom（"),
        "{stderr}"
    );
}

#[test]
fn json_has_one_line_per_profile_explained_with_org_and_provenance() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", LIST);
    let output = explain("en", &["--format", "json"], &list, "wecom");
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> = stdout_of(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["org"]["name"], "星河科技");
    assert_eq!(lines[0]["org"]["kind"], "enterprise");
    assert_eq!(lines[0]["client_id"], "C-001");
    assert_eq!(lines[0]["sheet_row"], 2);
    assert_eq!(lines[1]["org"]["name"], "绿叶协会");
    assert_eq!(lines[1]["sheet_row"], 4);
    assert!(lines[1].get("client_id").is_none());
    assert_eq!(lines[1]["item"], "wecom");
}

#[test]
fn an_item_no_profile_chooses_is_a_usage_error_and_one_profile_file_keeps_64() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", LIST);
    let output = explain("en", &[], &list, "icp");
    assert_eq!(output.status.code(), Some(64));
    assert!(stdout_of(&output).is_empty());
    assert!(
        stderr_of(&output).contains("none of them chooses ICP"),
        "{}",
        stderr_of(&output)
    );
    let file = write(dir.path(), "one/p.toml", common::profile("enterprise", 10));
    let output = explain("en", &[], &file, "dingtalk");
    assert_eq!(output.status.code(), Some(64));
    assert!(stderr_of(&output).contains("the profile does not choose dingtalk"));
}

#[test]
fn a_folder_is_explained_profile_by_profile() {
    let dir = temp_dir();
    write(dir.path(), "a.toml", common::profile("enterprise", 10));
    write(
        dir.path(),
        "b.toml",
        "[org]\nname = \"钉钉用户\"\nkind = \"enterprise\"\nmembers = 5\n\n[platforms.dingtalk]\n",
    );
    write(dir.path(), "c.toml", common::profile("foundation", 10));
    let output = explain("en", &[], dir.path(), "total_fen");
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let output = explain("en", &[], dir.path(), "wecom.first_fen");
    assert_eq!(output.status.code(), Some(1));
    let stdout = stdout_of(&output);
    assert_eq!(
        stdout.matches("测试组织 — how wecom.first_fen").count(),
        2,
        "{stdout}"
    );
    assert!(stderr_of(&output).contains("b.toml (钉钉用户) does not choose WeCom"));
}

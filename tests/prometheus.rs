//! `remind --format prometheus`, read back by a real parser (the Python `prometheus_client`,
//! which `.ci/run` installs): every family once with HELP and TYPE, label values escaped, and
//! the same values as `remind --format json` for the same as-of day.

mod common;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use serde_json::Value;
use std::process::Command;

const AS_OF: &str = "2026-12-04";

/// Parses an exposition with `prometheus_client` into JSON samples (`family`, `type`, `name`,
/// `labels`, `value`, `timestamp`); `None` (with the reason printed) when the parser is not
/// installed outside CI. In CI a missing parser fails the test.
fn parse(text: &str) -> Option<Vec<Value>> {
    const SCRIPT: &str = r#"
import json, sys
from prometheus_client.parser import text_string_to_metric_families
samples = []
for family in text_string_to_metric_families(sys.stdin.read()):
    for sample in family.samples:
        samples.append({"family": family.name, "type": family.type, "name": sample.name,
                        "labels": sample.labels, "value": sample.value,
                        "timestamp": sample.timestamp})
print(json.dumps(samples))
"#;
    let installed = Command::new("python3")
        .args(["-c", "import prometheus_client.parser"])
        .output()
        .is_ok_and(|output| output.status.success());
    if !installed {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI must have the parser: python3 -m pip install prometheus_client (.ci/run does)"
        );
        eprintln!(
            "skipped: python3 with prometheus_client is not installed (python3 -m pip install prometheus_client)"
        );
        return None;
    }
    let output = common::python3(SCRIPT, text);
    assert!(
        output.status.success(),
        "the parser refuses the exposition: {}\n{text}",
        stderr_of(&output)
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

/// The end of `day` (YYYY-MM-DD) in China time, in Unix seconds, computed independently.
fn end_of_day_in_china(day: &str) -> f64 {
    let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    let next = day.succ_opt().unwrap().and_hms_opt(0, 0, 0).unwrap();
    (next.and_utc().timestamp() - 8 * 3600) as f64
}

/// The name no label value escapes by accident: a quote, a backslash and a line break.
const AWKWARD: &str = "引号\"与反斜杠\\和\n换行";

fn awkward_profile() -> String {
    let name = AWKWARD
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!(
        "[org]\nname = \"{name}\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = 2025-12-20\n\n[platforms.dingtalk]\n"
    )
}

#[test]
fn the_exposition_parses_and_says_what_the_json_says() {
    let dir = temp_dir();
    write(dir.path(), "a.toml", awkward_profile());
    write(
        dir.path(),
        "b.toml",
        "[org]\nname = \"有编号的客户\"\nkind = \"enterprise\"\nmembers = 10\nclient_id = \"KH-0042\"\n\n[platforms.official_account]\ncertified_on = 2025-11-20\n\n[platforms.mini_program]\ncertified_on = 2026-06-01\n\n[platforms.icp]\n",
    );
    let run = |format: &str| {
        let output = certplan()
            .args(["remind", "--as-of", AS_OF, "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        (output.status.code(), stdout_of(&output))
    };
    let (code, text) = run("prometheus");
    assert_eq!(code, Some(0), "an export: written is success");
    for family in [
        "certplan_review_expiry_timestamp_seconds",
        "certplan_review_start_by_timestamp_seconds",
        "certplan_review_days_left",
        "certplan_review_status",
        "certplan_reviews",
        "certplan_profiles_failed",
        "certplan_calendar_provisional",
    ] {
        assert_eq!(
            text.matches(&format!("# HELP {family} ")).count(),
            1,
            "{text}"
        );
        assert_eq!(
            text.matches(&format!("# TYPE {family} gauge\n")).count(),
            1,
            "{text}"
        );
    }
    let Some(samples) = parse(&text) else { return };
    for sample in &samples {
        assert!(
            sample["timestamp"].is_null(),
            "no timestamp suffix: {sample}"
        );
        assert_eq!(sample["type"], "gauge");
    }
    let value = |name: &str, client: &str, platform: &str, status: Option<&str>| -> Option<f64> {
        samples
            .iter()
            .find(|sample| {
                sample["name"] == name
                    && sample["labels"]["client"] == client
                    && sample["labels"]["platform"] == platform
                    && status.is_none_or(|status| sample["labels"]["status"] == status)
            })
            .map(|sample| sample["value"].as_f64().unwrap())
    };
    let (_, json) = run("json");
    let mut reviews = 0;
    for line in json.lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        let org = record["org"]["name"].as_str().unwrap();
        let client = record["client_id"].as_str().unwrap_or(org);
        for review in record["reviews"].as_array().unwrap() {
            reviews += 1;
            let platform = review["platform"].as_str().unwrap();
            let expires = review["expires_on"].as_str().unwrap();
            let start_by = review["start_by"].as_str().unwrap();
            let metric = |name| value(name, client, platform, None);
            assert_eq!(
                metric("certplan_review_expiry_timestamp_seconds"),
                Some(end_of_day_in_china(expires))
            );
            assert_eq!(
                metric("certplan_review_start_by_timestamp_seconds"),
                Some(end_of_day_in_china(start_by))
            );
            assert_eq!(
                metric("certplan_review_days_left"),
                review["days_left"].as_f64()
            );
            for status in ["no_review", "ok", "due", "critical", "expired", "lapsed"] {
                let expected = f64::from(u8::from(review["status"] == status));
                assert_eq!(
                    value("certplan_review_status", client, platform, Some(status)),
                    Some(expected),
                    "{client} {platform} {status}"
                );
            }
        }
        for entry in record["no_review"].as_array().unwrap() {
            let platform = entry["platform"].as_str().unwrap();
            assert_eq!(
                value(
                    "certplan_review_status",
                    client,
                    platform,
                    Some("no_review")
                ),
                Some(1.0)
            );
            assert_eq!(
                value("certplan_review_days_left", client, platform, None),
                None,
                "nothing expires"
            );
        }
    }
    assert_eq!(reviews, 3);
    assert!(
        value("certplan_review_days_left", AWKWARD, "wecom", None).is_some(),
        "the awkward name comes back as it was: {text}"
    );
    assert!(
        value(
            "certplan_review_days_left",
            "KH-0042",
            "official_account",
            None
        )
        .is_some()
    );
    let count = |status: &str| {
        samples
            .iter()
            .find(|sample| {
                sample["name"] == "certplan_reviews" && sample["labels"]["status"] == status
            })
            .map(|sample| sample["value"].as_f64().unwrap())
    };
    // WeCom due (15 days left), the Official Account expired, the Mini Program ok;
    // DingTalk and ICP without an annual review.
    assert_eq!(
        ["no_review", "ok", "due", "critical", "expired", "lapsed"].map(count),
        [
            Some(2.0),
            Some(1.0),
            Some(1.0),
            Some(0.0),
            Some(1.0),
            Some(0.0)
        ]
    );
}

#[test]
fn a_failed_profile_is_counted_and_the_file_is_written_atomically() {
    let dir = temp_dir();
    write(dir.path(), "in/a.toml", awkward_profile());
    write(dir.path(), "in/bad.toml", "[org]\nname = 1\n");
    let output = certplan()
        .args(["remind", "--as-of", AS_OF, "--format", "prometheus"])
        .arg(dir.path().join("in"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let text = stdout_of(&output);
    assert!(text.contains("\ncertplan_profiles_failed 1\n"), "{text}");
    if let Some(samples) = parse(&text) {
        assert!(
            samples
                .iter()
                .any(|sample| sample["name"] == "certplan_profiles_failed")
        );
    }
    let prom = dir.path().join("certplan.prom");
    let good = write(dir.path(), "good.toml", awkward_profile());
    certplan()
        .args(["remind", "--as-of", AS_OF, "--format", "prometheus", "-o"])
        .arg(&prom)
        .arg(&good)
        .assert()
        .code(0);
    let written = std::fs::read_to_string(&prom).unwrap();
    assert!(
        written.ends_with("certplan_calendar_provisional 0\n"),
        "{written}"
    );
    let help = certplan().args(["remind", "--help"]).output().unwrap();
    assert!(stdout_of(&help).contains("prometheus"));
}

#[test]
fn a_client_and_platform_given_twice_is_one_series_and_a_warning() {
    let dir = temp_dir();
    let twin = "[org]\nname = \"同名公司\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\ncertified_on = 2026-03-01\n";
    write(dir.path(), "a.toml", twin);
    write(dir.path(), "b.toml", twin);
    let output = certplan()
        .args([
            "remind",
            "--as-of",
            AS_OF,
            "--format",
            "prometheus",
            "--lang",
            "zh",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = stdout_of(&output);
    assert_eq!(
        text.matches("certplan_review_days_left{client=\"同名公司\",platform=\"wecom\"}")
            .count(),
        1,
        "{text}"
    );
    let warning = stderr_of(&output);
    assert!(
        warning.contains("同名公司") && warning.contains("企业微信"),
        "{warning}"
    );
    assert!(
        !warning.contains("wecom"),
        "no ids in Chinese prose: {warning}"
    );
    if let Some(samples) = parse(&text) {
        assert!(!samples.is_empty());
    }
}

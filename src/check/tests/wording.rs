//! The findings' text comes from the catalogue and reads well in each language: English counts
//! take plural forms, Chinese sentences use full-width punctuation.

use super::{run, with};
use crate::check::Finding;

/// A profile that raises most findings other than documents, with no half-width punctuation
/// of its own in the values the findings quote.
const TROUBLED: &str = r#"
[org]
name = "深圳市星河数据科技有限公司"
kind = "enterprise"
members = 1500
small_micro = true
corporate_account = false
uscc = "91310110666007217X"
license_name = "深圳市星河信息科技有限公司"
registered_address = "深圳市南山区科技园路1号"
office_address = "深圳市南山区科技园路2号"
license_expires = 2020-01-01

[legal_rep]
name = "张三"
id_number = "360426199101010072"
id_expires = 2020-05-01

[platforms.wecom]
organizations_on_license = 5
[platforms.dingtalk]
[platforms.official_account]
"#;

/// A government account without a level whose name has 中国 and lacks its region.
const GOVERNMENT: &str = r#"
[org]
name = "中国某部"
kind = "government"
members = 30
region = "北京"

[platforms.gov_account]
"#;

fn not_about_documents(findings: Vec<Finding>) -> Vec<Finding> {
    // A document finding quotes the checklist's own problem text, which lists slot ids.
    findings
        .into_iter()
        .filter(|finding| !finding.id.starts_with("document."))
        .collect()
}

#[test]
fn english_counts_take_plural_forms() {
    let one = run(&with("91310110666007217T", "9"), None);
    let many = run(&with("91310110666007217T", "9131011066600721"), None);
    let message = |findings: &[Finding]| {
        findings
            .iter()
            .find(|finding| finding.id == "uscc.invalid")
            .map(|finding| finding.message.en.clone())
            .unwrap()
    };
    assert_eq!(
        message(&one),
        "unified social credit code 9 has 1 character, not 18"
    );
    assert_eq!(
        message(&many),
        "unified social credit code 9131011066600721 has 16 characters, not 18"
    );
}

#[test]
fn chinese_findings_use_full_width_punctuation() {
    let findings: Vec<_> = [TROUBLED, GOVERNMENT]
        .into_iter()
        .flat_map(|text| not_about_documents(run(text, None)))
        .collect();
    assert!(findings.len() >= 15, "{}", findings.len());
    for finding in &findings {
        for text in [&finding.message.zh, &finding.fix.zh] {
            for half_width in [";", "(", ")", "\"", ", ", ": "] {
                assert!(
                    !text.contains(half_width),
                    "{}: `{half_width}` in {text}",
                    finding.id
                );
            }
        }
    }
}

#[test]
fn chinese_findings_name_the_choices_in_chinese_beside_the_keys_to_type() {
    let findings = run(GOVERNMENT, None);
    let level = findings
        .iter()
        .find(|finding| finding.id == "gov.level_missing")
        .unwrap();
    assert_eq!(
        level.fix.zh,
        "在 [org] 中填写 gov_level：central（中央）、provincial（省级）、prefecture（地市级）、county（区县级）或 township（乡镇级）"
    );
    assert_eq!(
        level.fix.en,
        "add gov_level to [org] (central | provincial | prefecture | county | township)"
    );
}

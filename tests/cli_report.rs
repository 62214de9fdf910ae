//! `certplan report`: golden pages for the example profiles, a portfolio of the examples,
//! markup in a profile escaped, nothing loaded from elsewhere, and the rules about where HTML
//! may go.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use predicates::prelude::*;

/// The page `certplan report ARGS --format html` prints.
fn report(args: &[&str]) -> String {
    let output = certplan()
        .arg("report")
        .args(args)
        .args(["--as-of", AS_OF, "--format", "html"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

/// A page with a line break between tags, so that a golden file's diff shows what changed;
/// the stylesheet, the same on every page, is left out.
fn readable(page: &str) -> String {
    let start = page.find("<style>").unwrap() + "<style>".len();
    let end = page.find("</style>").unwrap();
    format!("{}…{}", &page[..start], &page[end..]).replace("><", ">\n<")
}

#[test]
fn each_example_profile_has_a_golden_page() {
    for (file, lang) in [
        ("shenzhen-small-enterprise", "zh"),
        ("shenzhen-small-enterprise", "en"),
        ("guangzhou-enterprise-1500", "en"),
        ("beijing-group-20000", "zh"),
        ("county-public-institution", "zh"),
        ("private-school", "en"),
        ("provincial-government-office", "zh"),
        ("social-group", "en"),
    ] {
        let page = report(&[&format!("profiles/{file}.toml"), "--lang", lang]);
        insta::assert_snapshot!(format!("report_{file}_{lang}"), readable(&page));
    }
}

#[test]
fn a_page_shows_the_organisation_its_figures_and_its_sources() {
    let page = report(&["profiles/guangzhou-enterprise-1500.toml", "--lang", "en"]);
    for expected in [
        "<html lang=\"en\">",
        "广州市百川零售连锁有限公司",
        // The quote's figures: 3 000 first, 300 if rejected, a 3-year total of 9 000.
        "3,000.00",
        "300.00",
        "9,000.00",
        "As of",
        "2026-11-22",
        "Costs",
        "Timeline",
        "Renewals",
        "Documents to prepare",
        "Pre-flight check",
        "Sources",
        "WECOM-SCALE",
        "id=\"src-1\"",
        "<title",
        "<desc",
        "Noto Sans CJK SC",
        "@page",
    ] {
        assert!(page.contains(expected), "the page lacks {expected:?}");
    }
}

#[test]
fn chinese_pages_have_chinese_labels() {
    let page = report(&["profiles/shenzhen-small-enterprise.toml", "--lang", "zh"]);
    for expected in [
        "<html lang=\"zh-CN\">",
        "费用",
        "时间表",
        "年审",
        "来源",
        "首次认证",
    ] {
        assert!(page.contains(expected), "the page lacks {expected:?}");
    }
    assert!(!page.contains("First certification"));
}

#[test]
fn a_page_loads_nothing_from_elsewhere_and_runs_no_script() {
    let page = report(&["profiles/shenzhen-small-enterprise.toml"]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"
    ));
    for forbidden in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "src=",
        "http://",
        "https://",
        "url(",
        "@import",
        "@font-face",
    ] {
        // The SVG namespace is a name, not a load.
        let without_namespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(
            !without_namespace.contains(forbidden),
            "the page contains {forbidden:?}"
        );
    }
}

#[test]
fn markup_in_a_profile_is_escaped() {
    let dir = temp_dir();
    let profile = write(
        dir.path(),
        "evil.toml",
        "[org]\nname = \"<script>alert(1)</script> \\\"&' Ltd\"\nkind = \"enterprise\"\n\
         members = 10\nregion = \"<b>深圳</b>\"\n\n[platforms.wecom]\n",
    );
    let page = report(&[profile.to_str().unwrap()]);
    assert!(!page.contains("<script"), "a script tag reached the page");
    assert!(!page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;' Ltd"));
    assert!(page.contains("&lt;b&gt;深圳&lt;/b&gt;"));
    // In a portfolio too (names in links, summaries and tables).
    let portfolio = report(&[dir.path().to_str().unwrap(), "profiles/social-group.toml"]);
    assert_eq!(
        portfolio.matches("<script").count(),
        1,
        "the sorting script only"
    );
    assert!(!portfolio.contains("<script>alert"));
    assert!(portfolio.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn control_characters_from_a_profile_are_shown_not_sent() {
    let dir = temp_dir();
    let profile = write(
        dir.path(),
        "bidi.toml",
        "[org]\nname = \"星河\\u202e科技\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\n",
    );
    let page = report(&[profile.to_str().unwrap()]);
    assert!(!page.contains('\u{202e}'));
    assert!(page.contains("星河\\u{202e}科技"));
}

#[test]
fn a_folder_makes_a_portfolio_of_every_client() {
    let page = report(&["profiles/", "--lang", "en"]);
    let names = ["深圳市星河数据科技有限公司", "广州市百川零售连锁有限公司"];
    for name in names {
        assert!(page.contains(name), "the portfolio lacks {name}");
    }
    let clients = std::fs::read_dir("profiles")
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|ext| ext == "toml")
        })
        .count();
    // One row per client, in one of two tables: no table, chart or section per client.
    for index in 1..=clients {
        assert_eq!(
            page.matches(&format!("<tr id=\"client-{index}\"")).count(),
            1
        );
    }
    assert_eq!(
        page.matches("<table").count(),
        4,
        "payments, statuses, two client tables"
    );
    assert_eq!(page.matches("<svg").count(), 2, "the two portfolio charts");
    assert!(page.contains(&format!("{clients} clients")));
    for expected in [
        "Payments per month",
        "Certifications by status",
        "need action",
        "Next payment",
        "Next deadline",
        "Open findings",
        "At stake (CNY)",
    ] {
        assert!(page.contains(expected), "the portfolio lacks {expected:?}");
    }
    // Anchors stay unique.
    let mut ids: Vec<&str> = page
        .split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "an id is used twice");
}

#[test]
fn the_portfolio_lists_the_clients_needing_action_first_worst_first() {
    let page = report(&["profiles/", "--lang", "en"]);
    let table = &page[page.find("id=\"attention\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    // The status cell's sort key is the status's rank: worst first.
    let ranks: Vec<u8> = table
        .split("<td role=\"cell\" data-v=\"")
        .skip(1)
        .step_by(3)
        .map(|cell| cell[..cell.find('"').unwrap()].parse().unwrap())
        .collect();
    assert!(ranks.len() >= 3, "{ranks:?}");
    assert!(ranks.windows(2).all(|pair| pair[0] >= pair[1]), "{ranks:?}");
    assert!(
        ranks.iter().all(|rank| *rank >= 2),
        "due or worse: {ranks:?}"
    );
}

#[test]
fn a_bad_profile_in_a_folder_is_reported_and_the_others_still_appear() {
    let dir = temp_dir();
    write(dir.path(), "a-good.toml", common::profile("enterprise", 10));
    write(dir.path(), "b-bad.toml", "[org]\nname = \"x\"\n");
    let output = certplan()
        .args(["report", dir.path().to_str().unwrap(), "--as-of", AS_OF])
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert!(stderr_of(&output).contains("b-bad.toml"));
    let page = stdout_of(&output);
    assert!(page.contains("测试组织"));
    assert!(page.contains("1 client"));
    // With -o, a failed run leaves no file behind (as every command does).
    let out = dir.path().join("portfolio.html");
    certplan()
        .args([
            "report",
            dir.path().to_str().unwrap(),
            "--as-of",
            AS_OF,
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(65);
    assert!(!out.exists());
}

#[test]
fn html_needs_a_file_or_an_explicit_format_for_a_pipe() {
    certplan()
        .args(["report", "profiles/social-group.toml", "--as-of", AS_OF])
        .assert()
        .code(64)
        .stdout("")
        .stderr(predicate::str::contains("-o FILE"));
    certplan()
        .args(["report", "profiles/social-group.toml", "--format", "json"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("html"));
}

#[test]
fn the_page_is_written_to_a_file_and_never_over_one_without_force() {
    let dir = temp_dir();
    let out = dir.path().join("plan.html");
    certplan()
        .args([
            "report",
            "profiles/shenzhen-small-enterprise.toml",
            "--as-of",
            AS_OF,
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.ends_with("</html>"));
    certplan()
        .args([
            "report",
            "profiles/social-group.toml",
            "--as-of",
            AS_OF,
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(73);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), page);
}

#[test]
fn labels_follow_the_locale_when_lang_is_not_given() {
    let output = certplan()
        .env("LANG", "zh_CN.UTF-8")
        .args([
            "report",
            "profiles/social-group.toml",
            "--as-of",
            AS_OF,
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert!(stdout_of(&output).contains("<html lang=\"zh-CN\">"));
}

#[test]
fn the_readme_shows_how_to_make_a_report_and_a_screenshot_of_one() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    assert!(readme.contains("certplan report profiles/"));
    assert!(readme.contains("![certplan report"));
    for picture in [
        "docs/report-zh.png",
        "docs/report-en.png",
        "docs/report-portfolio.png",
    ] {
        assert!(
            readme.contains(picture),
            "the README does not show {picture}"
        );
        let bytes = std::fs::read(format!("{root}/{picture}")).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"), "{picture} is not a PNG");
    }
    assert!(
        std::path::Path::new(&format!("{root}/docs/screenshots.sh")).is_file(),
        "the script that regenerates the screenshots"
    );
}

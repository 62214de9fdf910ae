//! An expected subsidy follows a first certification still to come (X-SUBSIDY; `forecast`
//! pays it back after first certifications only): a platform already certified, valid or
//! lapsed, expects none in `quote` (table, JSON, CSV), `explain` or `forecast`; and a lapsed
//! certification is quoted as a full re-certification (X-LAPSE), not as annual reviews.

mod common;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use serde_json::Value;
use std::path::Path;

const AS_OF: &str = "2026-12-05";

/// A Shenzhen small/micro enterprise (the subsidy's conditions hold) on WeCom, certified on
/// `certified_on` if given, and planning a Mini Program.
fn shenzhen(certified_on: Option<&str>) -> String {
    let certified = certified_on.map_or(String::new(), |day| format!("certified_on = {day}\n"));
    format!(
        "[org]\nname = \"深圳市星河数据科技有限公司\"\nkind = \"enterprise\"\nmembers = 80\n\
         region = \"深圳\"\nsmall_micro = true\n\n[platforms.wecom]\n{certified}\n\
         [platforms.mini_program]\n"
    )
}

fn run(args: &[&str], profile: &Path) -> String {
    let output = certplan()
        .args(args)
        .arg(profile)
        .args(["--as-of", AS_OF])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

fn json(args: &[&str], profile: &Path) -> Value {
    serde_json::from_str(run(args, profile).lines().next().unwrap()).unwrap()
}

fn platform<'v>(quote: &'v Value, id: &str) -> &'v Value {
    quote["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|platform| platform["platform"] == id)
        .unwrap()
}

/// The subsidy `forecast` pays back, in fen (positive).
fn forecast_subsidy(profile: &Path) -> i64 {
    let forecast = json(&["forecast", "--format", "json"], profile);
    forecast["payments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|payment| payment["event"] == "subsidy")
        .map(|payment| -payment["amount_fen"].as_i64().unwrap())
        .sum()
}

#[test]
fn a_platform_certified_this_year_expects_no_subsidy_and_quote_agrees_with_forecast() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", shenzhen(Some("2026-01-15")));
    let quote = json(&["quote", "--format", "json"], &file);
    assert_eq!(platform(&quote, "wecom")["subsidy_fen"], 0);
    assert_eq!(platform(&quote, "mini_program")["subsidy_fen"], 15_000);
    assert_eq!(quote["subsidy_fen"], 15_000);
    assert_eq!(quote["net_first_fen"], 60_000 - 15_000);
    assert_eq!(forecast_subsidy(&file), 15_000);

    let table = run(&["quote", "--lang", "zh"], &file);
    let wecom = &table[..table.find("微信小程序").unwrap()];
    assert!(!wecom.contains("补贴"), "{table}");
    assert!(
        table.contains("预计补贴（事后报销）   ┆    -150.00"),
        "{table}"
    );
    // The net is the first certification still to come less its subsidy: 300 − 150.
    assert!(
        table.contains("扣除补贴后净额         ┆     150.00"),
        "{table}"
    );

    let csv = run(&["quote", "--format", "csv"], &file);
    assert!(csv.contains(",wecom,summary,subsidy_fen,,0,0.00,"), "{csv}");
    assert!(!csv.contains(",wecom,subsidy,"), "{csv}");

    let explained = certplan()
        .arg("explain")
        .arg(&file)
        .args(["wecom.subsidy_fen", "--lang", "en", "--as-of", AS_OF])
        .output()
        .unwrap();
    let explained = stdout_of(&explained);
    assert!(
        explained.contains("not applied: already certified on 2026-01-15"),
        "{explained}"
    );
}

#[test]
fn every_platform_certified_shows_no_subsidy_rows() {
    let dir = temp_dir();
    let profile = shenzhen(Some("2026-01-15")).replace("[platforms.mini_program]\n", "");
    let file = write(dir.path(), "p.toml", profile);
    let table = run(&["quote", "--lang", "en"], &file);
    assert!(!table.contains("subsidy"), "{table}");
    assert!(!table.contains("Net of subsidy"), "{table}");
    assert_eq!(
        json(&["quote", "--format", "json"], &file)["subsidy_fen"],
        0
    );
    assert_eq!(forecast_subsidy(&file), 0);
    // The one-row summary: subsidy 0, net = first.
    let summary = run(&["quote", "--summary", "--format", "csv"], &file);
    let row = summary.lines().nth(1).unwrap();
    assert!(
        row.contains(",30000,300.00,30000,300.00,0,0.00,30000,300.00,30000,300.00,"),
        "{summary}"
    );
}

#[test]
fn a_lapsed_certification_is_a_full_recertification_without_subsidy() {
    let dir = temp_dir();
    let profile = shenzhen(Some("2023-01-01")).replace("[platforms.mini_program]\n", "");
    let file = write(dir.path(), "p.toml", profile);
    let quote = json(&["quote", "--format", "json", "--years", "3"], &file);
    let wecom = platform(&quote, "wecom");
    assert_eq!(wecom["lapsed_since"], "2024-01-30");
    assert_eq!(wecom["subsidy_fen"], 0);
    // The re-certification at the first-time price and the two reviews after it.
    assert_eq!(wecom["renewals_in_window"], 2);
    assert_eq!(wecom["still_to_pay_fen"], 3 * 30_000);
    assert_eq!(forecast_subsidy(&file), 0);

    let table = run(&["quote", "--lang", "en", "--years", "3"], &file);
    assert!(
        table.contains("Full re-certification (certified 2023-01-01, lapsed after 2024-01-30)"),
        "{table}"
    );
    assert!(
        table.contains("Re-certification + 2 annual reviews in 3 years"),
        "{table}"
    );
    assert!(!table.contains("passed 2023-01-01, paid"), "{table}");
    assert!(!table.contains("already paid"), "{table}");
    assert!(!table.contains("Expected subsidy"), "{table}");
    assert!(table.contains("must be certified again in full"), "{table}");

    let zh = run(&["quote", "--lang", "zh", "--years", "3"], &file);
    assert!(zh.contains("3 年内重新认证 1 次、年审 2 次"), "{zh}");
}

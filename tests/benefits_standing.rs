//! `certplan benefits` judges a certification by its validity on the as-of day, as `remind`
//! does (`review::review_of`): an expired one (within grace) or a lapsed one binds like none
//! (X-LAPSE: the official status ends at expiry), fixed by the review or a re-certification.

mod common;

use common::{certplan, stderr_of, stdout_of, temp_dir, write};
use std::path::Path;

/// A 20 000-member enterprise whose WeCom was certified on 2025-11-30 (expires 2026-11-29,
/// grace to 2026-12-29).
const GROUP: &str = "[org]\nname = \"北京华联控股集团有限公司\"\nkind = \"enterprise\"\n\
                     members = 20000\n\n[platforms.wecom]\ncertified_on = 2025-11-30\n";

fn benefits(file: &Path, as_of: &str, lang: &str) -> String {
    let output = certplan()
        .arg("benefits")
        .arg(file)
        .args(["--as-of", as_of, "--lang", lang])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

fn remind(file: &Path, as_of: &str) -> String {
    let output = certplan()
        .arg("remind")
        .arg(file)
        .args(["--as-of", as_of, "--format", "json"])
        .output()
        .unwrap();
    stdout_of(&output)
}

#[test]
fn a_valid_certification_passes_the_member_limit() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", GROUP);
    let text = benefits(&file, "2026-11-20", "zh");
    assert!(!text.contains("超过未认证"), "{text}");
}

#[test]
fn an_expired_certification_binds_and_the_fix_is_the_review_within_grace() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", GROUP);
    assert!(remind(&file, "2026-12-05").contains("\"status\":\"expired\""));
    let text = benefits(&file, "2026-12-05", "zh");
    assert!(
        text.contains("20000 名成员超过未认证时的“可用成员账号”上限 100"),
        "{text}"
    );
    assert!(
        text.contains("认证已于 2026-11-29 到期：请在宽限期最后一天 2026-12-29 前通过年审"),
        "{text}"
    );
}

#[test]
fn a_lapsed_certification_binds_and_the_fix_is_a_full_recertification() {
    let dir = temp_dir();
    let file = write(dir.path(), "p.toml", GROUP);
    assert!(remind(&file, "2027-01-05").contains("\"status\":\"lapsed\""));
    let text = benefits(&file, "2027-01-05", "en");
    assert!(text.contains("20000 members exceed the 100"), "{text}");
    assert!(
        text.contains("the certification lapsed after 2026-12-29: certify again in full"),
        "{text}"
    );
    let json = certplan()
        .arg("benefits")
        .arg(&file)
        .args(["--as-of", "2027-01-05", "--format", "json"])
        .output()
        .unwrap();
    assert!(stdout_of(&json).contains("wecom.members.exceeded"));
}

//! Events in a profile: read into a history, refused at their line and column.

use crate::lang::Lang;
use crate::profile::{EventKind, parse_profile, parse_profile_in};
use chrono::NaiveDate;

const HEAD: &str =
    "[org]\nname = \"甲\"\nkind = \"enterprise\"\nmembers = 2000\n\n[platforms.wecom]\n";

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn the_latest_approval_is_the_certification_date() {
    let text = format!(
        "{HEAD}[[platforms.wecom.events]]\non = 2025-11-02\nevent = \"submitted\"\nnote = \"转账订单\"\n\n[[platforms.wecom.events]]\non = 2025-11-06\nevent = \"approved\"\n\n[[platforms.wecom.events]]\non = 2026-10-20\nevent = \"submitted\"\n\n[[platforms.wecom.events]]\non = 2026-10-23\nevent = \"approved\"\n"
    );
    let profile = parse_profile("p.toml", &text).unwrap();
    let entry = &profile.platforms()[0];
    assert_eq!(entry.certified_on, Some(day("2026-10-23")));
    assert_eq!(entry.history.events().len(), 4);
    assert_eq!(entry.history.events()[0].note.as_deref(), Some("转账订单"));
    assert_eq!(entry.history.latest().unwrap().kind, EventKind::Approved);
}

#[test]
fn a_refused_event_is_named_at_its_line_and_column_in_both_languages() {
    let text = format!(
        "{HEAD}[[platforms.wecom.events]]\non = 2026-11-02\nevent = \"ordered\"\n\n[[platforms.wecom.events]]\non = 2026-11-03\nevent = \"approved\"\n"
    );
    let error = parse_profile("p.toml", &text).unwrap_err();
    let problem = &error.items[0];
    assert_eq!(problem.file, "p.toml");
    assert_eq!(problem.key, "platforms.wecom.events[1].event");
    assert_eq!((problem.line, problem.column), (13, 9), "{error}");
    assert!(
        problem
            .message
            .contains("`approved` cannot follow `ordered`"),
        "{error}"
    );
    assert!(
        problem
            .help
            .as_deref()
            .unwrap()
            .contains("paid, submitted, cancelled")
    );
    let chinese = parse_profile_in("p.toml", &text, Lang::Zh).unwrap_err();
    assert!(
        chinese.items[0].message.contains("不能接在“已下单”之后"),
        "{chinese}"
    );
}

#[test]
fn dates_out_of_order_are_refused_at_the_later_date() {
    let text = format!(
        "{HEAD}[[platforms.wecom.events]]\non = 2026-11-02\nevent = \"submitted\"\n\n[[platforms.wecom.events]]\non = 2026-11-01\nevent = \"approved\"\n"
    );
    let error = parse_profile("p.toml", &text).unwrap_err();
    assert_eq!(error.items[0].key, "platforms.wecom.events[1].on");
    assert_eq!(error.items[0].line, 12);
    assert_eq!(error.items.len(), 1, "{error}");
}

#[test]
fn certified_on_must_agree_with_the_latest_approval() {
    let events = "[[platforms.wecom.events]]\non = 2026-11-02\nevent = \"submitted\"\n\n[[platforms.wecom.events]]\non = 2026-11-05\nevent = \"approved\"\n";
    let agreeing = format!("{HEAD}certified_on = 2026-11-05\n\n{events}");
    assert!(parse_profile("p.toml", &agreeing).is_ok());
    let disagreeing = format!("{HEAD}certified_on = 2026-11-04\n\n{events}");
    let error = parse_profile("p.toml", &disagreeing).unwrap_err();
    assert_eq!(error.items[0].key, "platforms.wecom.certified_on");
    assert_eq!(error.items[0].line, 7);
}

#[test]
fn an_unknown_event_or_key_is_refused() {
    for events in [
        "[[platforms.wecom.events]]\non = 2026-11-02\nevent = \"approve\"\n",
        "[[platforms.wecom.events]]\non = 2026-11-02\nevent = \"submitted\"\nwhen = 1\n",
    ] {
        assert!(parse_profile("p.toml", &format!("{HEAD}{events}")).is_err());
    }
}

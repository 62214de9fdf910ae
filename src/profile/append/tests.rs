use super::*;
use crate::profile::EventKind;

/// The day the tests run on: after every event they log.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

const COMMENTED: &str = "# 客户：某公司\n[org]\nname = \"某公司\"   # 与执照一致\nkind = \"enterprise\"\nmembers = 2000\n\n[platforms.wecom]\n# 转账订单\n[[platforms.wecom.events]]\non = 2026-09-15   # 付款\nevent = \"paid\"\n\n[platforms.official_account]\ntype = \"service\"\n";

fn event(on: &str, kind: EventKind, note: Option<&str>) -> Event {
    Event {
        on: on.parse().unwrap(),
        kind,
        note: note.map(str::to_owned),
    }
}

#[test]
fn an_event_is_added_after_the_platform_s_last_and_nothing_else_changes() {
    let (new, profile) = append_event(
        "p.toml",
        COMMENTED,
        Platform::Wecom,
        &event("2026-09-16", EventKind::Submitted, Some("单号 \"A-1\"")),
        today(),
        Lang::En,
    )
    .unwrap();
    let cut = COMMENTED.find("\n[platforms.official_account]").unwrap() + 1;
    assert!(new.starts_with(&COMMENTED[..cut]), "{new}");
    assert!(new.ends_with(&COMMENTED[cut..]), "{new}");
    let history = &profile.platform(Platform::Wecom).unwrap().history;
    assert_eq!(history.events().len(), 2);
    assert_eq!(
        history.latest().unwrap().note.as_deref(),
        Some("单号 \"A-1\"")
    );
}

#[test]
fn a_platform_without_events_gets_its_first_and_an_event_out_of_order_is_refused() {
    let (new, profile) = append_event(
        "p.toml",
        COMMENTED,
        Platform::OfficialAccount,
        &event("2026-10-01", EventKind::Submitted, None),
        today(),
        Lang::En,
    )
    .unwrap();
    assert!(new.starts_with(COMMENTED));
    let history = &profile.platform(Platform::OfficialAccount).unwrap().history;
    assert_eq!(history.events().len(), 1);
    let refused = append_event(
        "p.toml",
        COMMENTED,
        Platform::Wecom,
        &event("2026-09-16", EventKind::Refunded, None),
        today(),
        Lang::En,
    );
    assert!(matches!(refused, Err(AppendError::Invalid(_))));
    let not_chosen = append_event(
        "p.toml",
        COMMENTED,
        Platform::Dingtalk,
        &event("2026-09-16", EventKind::Submitted, None),
        today(),
        Lang::En,
    );
    assert!(matches!(
        not_chosen,
        Err(AppendError::NotChosen(Platform::Dingtalk))
    ));
}

#[test]
fn an_inline_platform_table_takes_an_inline_event() {
    let text =
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 5\n[platforms]\nwecom = { }\n";
    let (new, profile) = append_event(
        "p.toml",
        text,
        Platform::Wecom,
        &event("2026-09-16", EventKind::Submitted, None),
        today(),
        Lang::En,
    )
    .unwrap();
    assert!(new.starts_with(
        "[org]\nname = \"公司\"\nkind = \"enterprise\"\nmembers = 5\n[platforms]\nwecom = {"
    ));
    assert_eq!(
        profile
            .platform(Platform::Wecom)
            .unwrap()
            .history
            .events()
            .len(),
        1
    );
}

#[test]
fn an_event_dated_after_today_is_refused_at_its_own_line() {
    let refused = append_event(
        "p.toml",
        COMMENTED,
        Platform::Wecom,
        &event("2026-12-06", EventKind::Submitted, None),
        today(),
        Lang::En,
    );
    let Err(AppendError::Invalid(diagnostics)) = refused else {
        panic!("a future event is refused: {refused:?}");
    };
    let shown = diagnostics.to_string();
    assert!(shown.contains("platforms.wecom.events[1].on"), "{shown}");
    assert!(
        shown.contains("dated 2026-12-06, which is after today (2026-12-05)"),
        "{shown}"
    );
    // Today itself is allowed.
    let today_itself = event("2026-12-05", EventKind::Submitted, None);
    assert!(
        append_event(
            "p.toml",
            COMMENTED,
            Platform::Wecom,
            &today_itself,
            today(),
            Lang::En
        )
        .is_ok()
    );
}

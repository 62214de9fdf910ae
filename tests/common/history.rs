//! Profiles that record what happened to an application (`[[platforms.<id>.events]]`).

/// A commented profile of an enterprise with `members`, choosing `platform` with these
/// events (day, event id), oldest first.
pub fn with_events(members: u32, platform: &str, events: &[(&str, &str)]) -> String {
    let mut text = format!(
        "# 客户档案\n[org]\nname = \"某公司\"\nkind = \"enterprise\"\nmembers = {members}\n\n[platforms.{platform}]\n"
    );
    for (on, event) in events {
        text.push_str(&format!(
            "[[platforms.{platform}.events]]\non = {on}\nevent = \"{event}\"\n"
        ));
    }
    text
}

//! A platform's progress as a list holds it: its latest event alone (`wecom.status`,
//! `wecom.status_on`). A history is more than its last step, so the row stands for the
//! shortest history that ends in it, every step on that day: `rejected` is a submission that
//! was rejected, `refunded` one whose refundable fee came back, `cancelled` an order cancelled.
//! What the list cannot say (the days of the earlier steps) is not made up: they take the
//! latest event's day.

use crate::profile::EventKind;
use toml::{Table, Value};

/// The events before `latest` in the shortest history ending in it.
fn implied_before(latest: EventKind) -> &'static [EventKind] {
    use EventKind::*;
    match latest {
        Ordered | Paid | Submitted => &[],
        InfoRequested | Rejected | Approved => &[Submitted],
        Resubmitted => &[Submitted, InfoRequested],
        Refunded => &[Submitted, Rejected],
        Cancelled => &[Ordered],
    }
}

/// A status column filled in without its date, or a date without its status: the platform's
/// table path and the key that is missing (`event` or `on`).
pub type Missing = (String, &'static str);

/// Makes each platform's single latest event (as the status columns put it) the shortest
/// history ending in it. Returns the platforms whose event lacks its kind or its day.
pub fn expand(profile: &mut Table) -> Vec<Missing> {
    let mut missing = Vec::new();
    let Some(platforms) = profile.get_mut("platforms").and_then(Value::as_table_mut) else {
        return missing;
    };
    for (id, platform) in platforms.iter_mut() {
        let Some(events) = platform
            .as_table_mut()
            .and_then(|table| table.get_mut("events"))
            .and_then(Value::as_array_mut)
        else {
            continue;
        };
        let [Value::Table(latest)] = events.as_slice() else {
            continue;
        };
        let (kind, on) = (latest.get("event").cloned(), latest.get("on").cloned());
        let (Some(kind), Some(on)) = (kind, on) else {
            let key = if latest.contains_key("event") {
                "on"
            } else {
                "event"
            };
            missing.push((format!("platforms.{id}"), key));
            continue;
        };
        let Some(latest_kind) = kind
            .as_str()
            .and_then(|id| EventKind::ALL.iter().copied().find(|k| k.id() == id))
        else {
            continue;
        };
        let mut chain: Vec<Value> = implied_before(latest_kind)
            .iter()
            .map(|before| {
                let mut event = Table::new();
                event.insert("on".to_owned(), on.clone());
                event.insert("event".to_owned(), Value::String(before.id().to_owned()));
                Value::Table(event)
            })
            .collect();
        chain.push(Value::Table(latest.clone()));
        *events = chain;
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::parse_profile;

    fn row(status: &str) -> Table {
        format!(
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 3000\n\
             [[platforms.wecom.events]]\nevent = \"{status}\"\non = 2026-11-02\n"
        )
        .parse()
        .unwrap()
    }

    #[test]
    fn every_latest_event_stands_for_a_history_the_profile_accepts() {
        for kind in EventKind::ALL {
            let mut table = row(kind.id());
            assert!(expand(&mut table).is_empty());
            let text = toml::to_string(&table).unwrap();
            let profile = parse_profile("row.toml", &text)
                .unwrap_or_else(|error| panic!("{}: {error}", kind.id()));
            let history = &profile.platforms()[0].history;
            assert_eq!(history.latest().map(|event| event.kind), Some(*kind));
        }
    }

    #[test]
    fn a_status_without_its_day_is_said() {
        let mut table: Table = "[[platforms.wecom.events]]\nevent = \"submitted\"\n"
            .parse()
            .unwrap();
        assert_eq!(expand(&mut table), [("platforms.wecom".to_owned(), "on")]);
    }
}

//! `status --format nagios`: a batch summed up as one Monitoring Plugins line, with a count per
//! stage and per attention level as perfdata.

use crate::lang::Lang;
use crate::msg;
use crate::status::{Attention, Stage, Status};

/// What a batch of statuses comes to, for monitoring.
#[derive(Clone, Debug, Default)]
pub struct StatusSummary {
    /// Platforms per stage, in [`Stage::ALL`] order.
    pub stages: [usize; 11],
    /// Platforms per attention level, in [`Attention::ALL`] order.
    pub attention: [usize; 4],
    /// Profiles that could not be read or were invalid.
    pub unreadable: usize,
    /// Profiles whose answer rests on data certplan does not have (`--strict`).
    pub unsure: usize,
}

impl StatusSummary {
    /// Adds one profile's status.
    pub fn add(&mut self, status: &Status) {
        for platform in &status.platforms {
            if let Some(slot) = Stage::ALL.iter().position(|stage| *stage == platform.stage) {
                self.stages[slot] += 1;
            }
            if let Some(slot) = Attention::ALL
                .iter()
                .position(|attention| *attention == platform.attention)
            {
                self.attention[slot] += 1;
            }
        }
    }

    /// The worst attention counted.
    fn worst(&self) -> Attention {
        Attention::ALL
            .iter()
            .zip(self.attention)
            .filter(|(_, count)| *count > 0)
            .map(|(attention, _)| *attention)
            .max()
            .unwrap_or(Attention::Ok)
    }

    /// The plugin state: 0 OK, 1 WARNING (action needed or overdue), 2 CRITICAL (money at
    /// risk), 3 UNKNOWN (a profile could not be read).
    pub fn state(&self) -> u8 {
        match (self.unreadable + self.unsure, self.worst()) {
            (1.., _) => 3,
            (_, Attention::Ok) => 0,
            (_, Attention::Action | Attention::Overdue) => 1,
            (_, Attention::MoneyAtRisk) => 2,
        }
    }
}

/// A monitoring-plugin line: `STATE: counts | perfdata`, its first word matching
/// [`StatusSummary::state`].
pub fn nagios(summary: &StatusSummary, lang: Lang) -> String {
    let word = ["OK", "WARNING", "CRITICAL", "UNKNOWN"][usize::from(summary.state())];
    let separator = crate::i18n::message(lang, "list-separator");
    let mut parts = Vec::new();
    if summary.unreadable > 0 {
        parts.push(msg!(lang, "nagios-unreadable", count = summary.unreadable));
    }
    if summary.unsure > 0 {
        parts.push(msg!(lang, "nagios-unsure", count = summary.unsure));
    }
    let counted = |names: Vec<(usize, &'static str, &'static str)>| -> Vec<String> {
        names
            .into_iter()
            .filter(|(count, ..)| *count > 0)
            .map(|(count, id, name)| {
                msg!(lang, "nagios-count", count = count, id = id, name = name)
            })
            .collect()
    };
    let attention = counted(
        Attention::ALL
            .iter()
            .rev()
            .zip(summary.attention.iter().rev())
            .map(|(attention, count)| (*count, attention.id(), attention.label(lang)))
            .collect(),
    );
    let stages = counted(
        Stage::ALL
            .iter()
            .zip(summary.stages)
            .map(|(stage, count)| (count, stage.id(), stage.label(lang)))
            .collect(),
    );
    if attention.is_empty() && stages.is_empty() {
        if summary.unreadable + summary.unsure == 0 {
            parts.push(msg!(lang, "status-nagios-nothing"));
        }
    } else {
        parts.push(attention.join(&separator));
        parts.push(stages.join(&separator));
    }
    let perfdata: Vec<String> = Attention::ALL
        .iter()
        .map(|attention| attention.id())
        .zip(summary.attention)
        .chain(
            Stage::ALL
                .iter()
                .map(|stage| stage.id())
                .zip(summary.stages),
        )
        .map(|(id, count)| format!("{id}={count}"))
        .collect();
    let between = crate::i18n::message(lang, "nagios-separator");
    format!(
        "{word}: {} | {}\n",
        parts.join(&between),
        perfdata.join(" ")
    )
}

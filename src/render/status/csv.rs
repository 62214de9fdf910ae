//! `status --format csv`: one tidy row per platform.

use super::action::sentence;
use super::day_text;
use crate::profile::Profile;
use crate::render::{Context, cells, csv_lines, records_with_provenance};
use crate::status::Status;

/// The CSV header.
pub const CSV_HEADER: [&str; 23] = crate::render::with_provenance([
    "profile",
    "org",
    "platform",
    "stage",
    "since",
    "ends_on",
    "overdue",
    "provisional",
    "attention",
    "action",
    "fact",
    "source",
    "paid_fen",
    "spent_fen",
    "lost_fen",
    "refund_due_fen",
    "refund_due_on",
    "refund_overdue",
    "still_to_pay_fen",
    "refunded_fen",
]);

/// One profile's rows, one per platform.
pub fn csv(context: &Context<'_>, profile: &Profile, status: &Status) -> String {
    let org = profile.org().name.as_str();
    let rows = status
        .platforms
        .iter()
        .map(|platform| {
            let money = &platform.money;
            let refund = money.refund_due.as_ref();
            let texts = [
                day_text(platform.since),
                day_text(platform.ends_on),
                platform.overdue.to_string(),
                platform.provisional.to_string(),
                sentence(platform, context.lang),
                money.paid_fen.0.to_string(),
                money.spent_fen().0.to_string(),
                money.lost_fen.0.to_string(),
                refund.map_or_else(String::new, |refund| refund.amount_fen.0.to_string()),
                day_text(refund.and_then(|refund| refund.due_on)),
                refund.map_or_else(String::new, |refund| refund.overdue.to_string()),
                money.still_to_pay_fen.0.to_string(),
                money.refunded_fen.0.to_string(),
            ];
            let (fact, source) = platform
                .rule
                .as_ref()
                .map_or(("", ""), |rule| (rule.fact.as_str(), rule.source.as_str()));
            cells([
                context.profile_path,
                org,
                platform.platform.id(),
                platform.stage.id(),
                &texts[0],
                &texts[1],
                &texts[2],
                &texts[3],
                platform.attention.id(),
                &texts[4],
                fact,
                source,
                &texts[5],
                &texts[6],
                &texts[7],
                &texts[8],
                &texts[9],
                &texts[10],
                &texts[11],
                &texts[12],
            ])
        })
        .collect();
    csv_lines(records_with_provenance(context, Some(profile), rows))
}

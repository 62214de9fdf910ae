//! `remind --format csv`: one tidy row per review, then one per platform not yet certified,
//! then one per platform without an annual review.

use crate::profile::Profile;
use crate::render::workdays::assumed_days_cell;
use crate::render::xlsx::CellKind;
use crate::render::{Context, cells, csv_lines};
use crate::review::ReviewSchedule;

/// The CSV header.
pub const CSV_HEADER: [&str; 26] = crate::render::with_provenance([
    "profile",
    "org",
    "platform",
    "certified_on",
    "expires_on",
    "window_opens_on",
    "remind_on",
    "grace_ends_on",
    "days_left",
    "status",
    "fee_fen",
    "fee_yuan",
    "review_days_min",
    "review_days_max",
    "start_by",
    "provisional",
    "fact",
    "source",
    "assumed_days_off",
    "late_start",
    "earliest_done_on",
    "latest_done_on",
    "within_grace",
]);

/// The status of a platform chosen but not certified yet (JSON and CSV).
pub const NOT_CERTIFIED: &str = "not_certified";

/// How each column is written to a workbook.
pub const CSV_KINDS: [CellKind; 26] = crate::render::kinds_with_provenance([
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Date,
    CellKind::Date,
    CellKind::Date,
    CellKind::Date,
    CellKind::Date,
    CellKind::Integer,
    CellKind::Text,
    CellKind::Integer,
    CellKind::Yuan,
    CellKind::Integer,
    CellKind::Integer,
    CellKind::Date,
    CellKind::Bool,
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Bool,
    CellKind::Date,
    CellKind::Date,
    CellKind::Bool,
]);

/// One profile's rows, one per review, then one per platform not certified yet, then one per
/// platform without an annual review.
pub fn csv(context: &Context<'_>, profile: &Profile, schedule: &ReviewSchedule) -> String {
    csv_lines(records(context, profile, schedule))
}

/// One profile's rows as records in [`CSV_HEADER`] order (cells as they are, not yet made safe
/// for spreadsheets): what the CSV and the workbook both write.
pub fn records(
    context: &Context<'_>,
    profile: &Profile,
    schedule: &ReviewSchedule,
) -> Vec<Vec<String>> {
    let org = profile.org().name.as_str();
    let assumed = assumed_days_cell(&schedule.assumed_days_off);
    let rows = schedule.reviews.iter().map(|review| {
        let dates = [
            review.certified_on,
            review.expires_on,
            review.window_opens_on,
            review.remind_on,
            review.grace_ends_on,
        ]
        .map(|day| day.to_string());
        let numbers = [
            review.days_left.to_string(),
            review.fee_fen.0.to_string(),
            review.fee_fen.yuan_plain(),
            review.review_days.0.to_string(),
            review.review_days.1.to_string(),
        ];
        let start_by = review.start_by.to_string();
        let provisional = review.provisional.to_string();
        let day =
            |day: Option<chrono::NaiveDate>| day.map_or_else(String::new, |day| day.to_string());
        let late = [
            review.late_start.to_string(),
            day(review.earliest_done_on),
            day(review.latest_done_on),
            review
                .within_grace
                .map_or_else(String::new, |within| within.to_string()),
        ];
        cells([
            context.profile_path,
            org,
            review.platform.id(),
            &dates[0],
            &dates[1],
            &dates[2],
            &dates[3],
            &dates[4],
            &numbers[0],
            review.status.id(),
            &numbers[1],
            &numbers[2],
            &numbers[3],
            &numbers[4],
            &start_by,
            &provisional,
            &review.fact,
            &review.source,
            &assumed,
            &late[0],
            &late[1],
            &late[2],
            &late[3],
        ])
    });
    let waiting = schedule.not_certified.iter().map(|platform| {
        let mut row = cells([context.profile_path, org, platform.id()]);
        row.extend(std::iter::repeat_n(String::new(), 6));
        row.push(NOT_CERTIFIED.to_owned());
        row.resize(
            CSV_HEADER.len() - crate::render::PROVENANCE.len(),
            String::new(),
        );
        row
    });
    let no_review = schedule.no_review.iter().map(|entry| {
        let certified_on = entry
            .certified_on
            .map_or_else(String::new, |day| day.to_string());
        let mut row = cells([
            context.profile_path,
            org,
            entry.platform.id(),
            &certified_on,
        ]);
        row.extend(std::iter::repeat_n(String::new(), 5));
        row.push(crate::review::ReviewStatus::NoReview.id().to_owned());
        row.extend(std::iter::repeat_n(String::new(), 6));
        row.extend(cells([entry.fact.as_str(), entry.source.as_str()]));
        row.resize(
            CSV_HEADER.len() - crate::render::PROVENANCE.len(),
            String::new(),
        );
        row
    });
    crate::render::records_with_provenance(
        context,
        Some(profile),
        rows.chain(waiting).chain(no_review).collect(),
    )
}

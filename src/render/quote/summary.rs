//! `quote --format csv --summary`: one row per profile, so that a spreadsheet's SUM of a column
//! is a correct total (the detailed CSV repeats totals on `summary` and `total` rows). The
//! header is an API: add columns at the end, never rename.

use crate::money::Fen;
use crate::profile::Profile;
use crate::quote::Quote;
use crate::render::{Context, cells, csv_lines};

/// The header row.
pub const HEADER: [&str; 19] = crate::render::with_provenance([
    "profile",
    "org",
    "kind",
    "members",
    "region",
    "years",
    "first_fen",
    "first_yuan",
    "annual_review_fen",
    "annual_review_yuan",
    "subsidy_fen",
    "subsidy_yuan",
    "years_total_fen",
    "years_total_yuan",
    "net_first_fen",
    "net_first_yuan",
]);

/// The header line, with its newline.
pub fn header() -> String {
    csv_lines([HEADER.map(str::to_owned).to_vec()])
}

/// One profile's row.
pub fn row(context: &Context<'_>, profile: &Profile, quoted: &Quote) -> String {
    let org = profile.org();
    let annual: Fen = quoted
        .platforms
        .iter()
        .map(|platform| platform.annual_review_fen)
        .sum();
    let money = |amount: Fen| [amount.0.to_string(), amount.yuan_plain()];
    let [first_fen, first_yuan] = money(quoted.first_fen);
    let [annual_fen, annual_yuan] = money(annual);
    let [subsidy_fen, subsidy_yuan] = money(quoted.subsidy_fen);
    let [total_fen, total_yuan] = money(quoted.total_fen);
    let (members, years) = (org.members.to_string(), quoted.years.to_string());
    let [net_fen, net_yuan] = money(quoted.net_first_fen);
    crate::render::profile_csv_lines(
        context,
        Some(profile),
        [cells([
            context.profile_path,
            &org.name,
            org.kind.id(),
            &members,
            org.region.as_deref().unwrap_or(""),
            &years,
            &first_fen,
            &first_yuan,
            &annual_fen,
            &annual_yuan,
            &subsidy_fen,
            &subsidy_yuan,
            &total_fen,
            &total_yuan,
            &net_fen,
            &net_yuan,
        ])],
    )
}

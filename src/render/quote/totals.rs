//! The totals under a quote's table: the first certifications still to come, their expected
//! subsidy and net, what was spent, what the years still cost, and why (a platform already
//! certified, or one lapsed and certified again in full).

use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::quote::Quote;
use crate::render::text::table_style::{align_right, new_table};

/// The totals table and the sentences under it.
pub fn totals(quote: &Quote, lang: Lang) -> String {
    let mut out = String::new();
    let mut totals = new_table([message(lang, "quote-totals"), message(lang, "rules-cny")]);
    let certified = quote
        .platforms
        .iter()
        .filter(|platform| platform.is_certified())
        .count();
    let all_certified = certified == quote.platforms.len();
    let still_first = quote.first_still_to_come();
    if certified == 0 {
        totals.add_row(vec![
            message(lang, "quote-first-certification"),
            quote.first_fen.yuan_grouped(),
        ]);
    } else if !all_certified {
        totals.add_row(vec![
            message(lang, "quote-first-certification-not-yet-certified"),
            still_first.yuan_grouped(),
        ]);
    }
    // The subsidy follows the first certifications still to come: the net is theirs.
    if quote.subsidy_fen.0 != 0 {
        totals.add_row(vec![
            message(lang, "quote-expected-subsidy-reimbursed-later"),
            (-quote.subsidy_fen).yuan_grouped(),
        ]);
        totals.add_row(vec![
            message(lang, "quote-net-of-subsidy"),
            (still_first - quote.subsidy_fen).yuan_grouped(),
        ]);
    }
    let spent: Vec<crate::money::Fen> = quote
        .platforms
        .iter()
        .filter_map(|platform| platform.spent_fen)
        .collect();
    if !spent.is_empty() {
        totals.add_row(vec![
            message(lang, "quote-spent"),
            spent.into_iter().sum::<crate::money::Fen>().yuan_grouped(),
        ]);
    }
    totals.add_row(vec![
        years_label(quote, lang),
        quote.still_to_pay_fen.yuan_grouped(),
    ]);
    align_right(&mut totals, &[1]);
    out.push_str(&totals.to_string());
    out.push('\n');
    if certified > 0 && !all_certified {
        out.push_str(&msg!(
            lang,
            "quote-still-to-pay-explained",
            years = quote.years
        ));
        out.push('\n');
    }
    for platform in &quote.platforms {
        if let Some(grace) = platform.lapsed_since {
            out.push_str(&msg!(
                lang,
                "quote-lapsed-explained",
                platform = platform.platform.label(lang),
                date = grace.to_string()
            ));
            out.push('\n');
        }
    }
    out
}

/// Whether the platform holds a certification that is still valid or renewable: a lapsed one
/// is certified again in full (X-LAPSE), like one never certified.
/// The N-year total as a person writes it: what it counts, and nothing that is not there
/// ("first + 0 annual reviews", or a first certification already paid).
fn years_label(quote: &Quote, lang: Lang) -> String {
    let years = quote.years;
    let reviews = quote
        .platforms
        .iter()
        .map(|platform| platform.renewals_in_window)
        .max()
        .unwrap_or(0);
    let certified = quote
        .platforms
        .iter()
        .filter(|platform| platform.is_certified())
        .count();
    let all = quote.platforms.len();
    // Recorded events change what is left to pay: say it is what is left.
    if quote
        .platforms
        .iter()
        .any(|platform| platform.spent_fen.is_some())
    {
        return msg!(lang, "quote-years-total-still-to-pay", years = years);
    }
    match (certified, reviews) {
        (0, 0) => msg!(lang, "quote-years-total-first-only", years = years),
        (0, _) => msg!(lang, "quote-years-total", years = years, reviews = reviews),
        (n, 0) if n == all => msg!(lang, "quote-years-total-paid-no-reviews", years = years),
        (n, _) if n == all => msg!(
            lang,
            "quote-years-total-reviews-only",
            years = years,
            reviews = reviews
        ),
        _ => msg!(lang, "quote-years-total-still-to-pay", years = years),
    }
}

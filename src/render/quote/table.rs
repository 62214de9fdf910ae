//! `quote` as a table a finance person can show their manager: per platform its lines with
//! sources as footnote markers, what a rejected attempt and each annual review cost, then the
//! totals, the notes (rulings, third-party caveats) and the sources.

use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::quote::{Line, LineKind, PlatformQuote, Quote};
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{align_right, fit, new_table, shown};
use crate::render::{Context, title_line};
use crate::rules::Rules;
use crate::rules::tier_name;

/// Renders one profile's quote.
pub fn render(context: &Context<'_>, profile: &Profile, quote: &Quote, rules: &Rules) -> String {
    let lang = context.lang;
    let mut footnotes = Footnotes::default();
    let mut out = heading(context, profile);

    let mut table = new_table([
        message(lang, "quote-platform"),
        message(lang, "quote-item"),
        message(lang, "rules-cny"),
        message(lang, "quote-if-rejected"),
        message(lang, "rules-source"),
    ]);
    for platform in &quote.platforms {
        let mut label = platform.platform.label(lang);
        for line in &platform.lines {
            let waived_by = waiver(platform, line);
            if line.kind == LineKind::Exemption
                && platform.lines.iter().any(|fee| {
                    fee.kind == LineKind::Fee && waiver(platform, fee) == Some(line.rule)
                })
            {
                continue;
            }
            let (name, amount, if_rejected) = match waived_by {
                Some(by) => (
                    msg!(
                        lang,
                        "quote-line-waived",
                        name = line.name.get(lang),
                        exemption = by_name(platform, by, lang)
                    ),
                    crate::money::Fen::ZERO.yuan_grouped(),
                    String::new(),
                ),
                None => (
                    line_label(line, lang),
                    line.amount.yuan_grouped(),
                    match (line.kind, line.refundable) {
                        (LineKind::Subsidy, _) => message(lang, "quote-reimbursed-later"),
                        (LineKind::Exemption, _) => String::new(),
                        // Nothing charged, nothing to lose or get back.
                        (LineKind::Fee, _) if line.amount == crate::money::Fen::ZERO => {
                            String::new()
                        }
                        (LineKind::Fee, true) => message(lang, "quote-refunded"),
                        (LineKind::Fee, false) => message(lang, "quote-not-refunded"),
                    },
                ),
            };
            table.add_row(vec![
                label.to_owned(),
                name,
                amount,
                if_rejected,
                footnotes.cite(line.source),
            ]);
            label = "";
        }
        let annual_source = platform
            .annual_review_rule
            .as_ref()
            .map(|(_, _, source)| footnotes.cite(source));
        let first_label = match (platform.certified_on, platform.lapsed_since) {
            (Some(day), Some(grace)) => msg!(
                lang,
                "quote-recertification-lapsed",
                date = day.to_string(),
                grace = grace.to_string()
            ),
            (Some(day), None) => msg!(
                lang,
                "quote-first-certification-paid",
                date = day.to_string()
            ),
            (None, _) => message(lang, "quote-first-certification-one-attempt"),
        };
        let mut rows = vec![
            (first_label, Some(platform.first_fen), None),
            (
                message(lang, "quote-cost-of-one-rejected-attempt"),
                Some(platform.failed_attempt_fen),
                None,
            ),
        ];
        match annual_source {
            Some(source) => {
                rows.push((
                    message(lang, "quote-each-annual-review"),
                    Some(platform.annual_review_fen),
                    Some(source),
                ));
                if platform.lapsed_since.is_some() {
                    rows.push((
                        msg!(
                            lang,
                            "quote-recertification-in-window",
                            years = quote.years,
                            reviews = platform.renewals_in_window
                        ),
                        Some(platform.still_to_pay_fen),
                        None,
                    ));
                } else if platform.certified_on.is_some() {
                    rows.push((
                        msg!(
                            lang,
                            "quote-reviews-in-window",
                            years = quote.years,
                            reviews = platform.renewals_in_window
                        ),
                        Some(platform.still_to_pay_fen),
                        None,
                    ));
                }
            }
            None => rows.push((message(lang, "quote-no-annual-review"), None, None)),
        }
        for (name, amount, source) in rows {
            table.add_row(vec![
                String::new(),
                format!("= {name}"),
                amount
                    .map(|amount| amount.yuan_grouped())
                    .unwrap_or_default(),
                String::new(),
                source.unwrap_or_default(),
            ]);
        }
    }
    align_right(&mut table, &[2]);
    fit(&mut table, context.width);
    out.push_str(&shown(&table));
    out.push('\n');

    let mut totals = new_table([message(lang, "quote-totals"), message(lang, "rules-cny")]);
    let certified = quote
        .platforms
        .iter()
        .filter(|platform| still_certified(platform))
        .count();
    let all_certified = certified == quote.platforms.len();
    let still_first: crate::money::Fen = quote
        .platforms
        .iter()
        .filter(|platform| !still_certified(platform))
        .map(|platform| platform.first_fen)
        .sum();
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

    let mut notes: Vec<&crate::rules::Note> = Vec::new();
    for note in quote.platforms.iter().flat_map(|platform| &platform.notes) {
        if !notes.iter().any(|shown| shown.id == note.id) {
            notes.push(note);
        }
    }
    if !notes.is_empty() {
        out.push_str(&message(lang, "quote-notes"));
        out.push('\n');
        for note in notes {
            out.push_str(&format!(
                "- {} {}\n",
                note.text.get(lang),
                footnotes.cite(&note.source)
            ));
        }
    }
    for assumption in &quote.assumptions {
        out.push_str(&format!("! {}\n", assumption.get(lang)));
    }
    out.push_str(&footnotes.section(rules, lang));
    out
}

/// The two lines above every table of a profile: who, as of when, from which file.
pub fn heading(context: &Context<'_>, profile: &Profile) -> String {
    let org = profile.org();
    let lang = context.lang;
    let mut facts = vec![
        org.kind.label(lang).to_owned(),
        msg!(lang, "quote-members", members = org.members.get()),
    ];
    if let Some(region) = &org.region {
        facts.push(region.clone());
    }
    // Only an enterprise is a 小微企业: the flag means nothing for other kinds (X-SUBSIDY).
    if org.small_micro && org.kind == crate::entity_kind::EntityKind::Enterprise {
        facts.push(message(lang, "quote-small-micro-enterprise"));
    }
    let title = msg!(
        lang,
        "quote-certification-costs-as-of",
        date = context.as_of.to_string()
    );
    format!(
        "{}{}\n",
        title_line(context, profile, &title),
        facts.join(" · ")
    )
}

/// A fee line's name, with its member tier when it has one.
pub fn line_label(line: &Line, lang: Lang) -> String {
    let name = line.name.get(lang);
    match &line.tier {
        Some(tier) => {
            let range = match tier.max_members {
                Some(max) => format!("{}–{max}", tier.min_members),
                None => format!("{}+", tier.min_members),
            };
            msg!(
                lang,
                "quote-line-with-tier",
                name = name,
                tier = tier_name(tier.id, lang),
                range = range
            )
        }
        None => name.to_owned(),
    }
}

/// The exemption that waives this fee line for the profile, if one applied.
fn waiver<'r>(platform: &PlatformQuote<'r>, line: &Line<'r>) -> Option<&'r str> {
    if line.kind != LineKind::Fee {
        return None;
    }
    platform
        .decisions
        .iter()
        .find(|decision| decision.applied && decision.target == line.rule)
        .map(|decision| decision.rule)
}

fn by_name(platform: &PlatformQuote, rule: &str, lang: Lang) -> String {
    platform
        .decisions
        .iter()
        .find(|decision| decision.rule == rule)
        .map(|decision| decision.name.get(lang).to_owned())
        .unwrap_or_default()
}

/// Whether the platform holds a certification that is still valid or renewable: a lapsed one
/// is certified again in full (X-LAPSE), like one never certified.
fn still_certified(platform: &crate::quote::PlatformQuote) -> bool {
    platform.certified_on.is_some() && platform.lapsed_since.is_none()
}

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
        .filter(|platform| still_certified(platform))
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

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

    out.push_str(&super::totals::totals(quote, lang));

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

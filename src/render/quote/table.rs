//! `quote` as a table a finance person can show their manager: per platform its lines with
//! sources as footnote markers, what a rejected attempt and each annual review cost, then the
//! totals, the notes (rulings, third-party caveats) and the sources.

use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::profile::Profile;
use crate::quote::{Line, LineKind, Quote};
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
            table.add_row(vec![
                label.to_owned(),
                line_label(line, lang),
                line.amount.yuan_grouped(),
                match (line.kind, line.refundable) {
                    (LineKind::Subsidy, _) => message(lang, "quote-reimbursed-later"),
                    (LineKind::Exemption, _) => String::new(),
                    (LineKind::Fee, true) => message(lang, "quote-refunded"),
                    (LineKind::Fee, false) => message(lang, "quote-not-refunded"),
                },
                footnotes.cite(line.source),
            ]);
            label = "";
        }
        let annual_source = platform
            .annual_review_rule
            .as_ref()
            .map(|(_, _, source)| footnotes.cite(source));
        for (name, amount, source) in [
            (
                message(lang, "quote-first-certification-one-attempt"),
                platform.first_fen,
                None,
            ),
            (
                message(lang, "quote-cost-of-one-rejected-attempt"),
                platform.failed_attempt_fen,
                None,
            ),
            (
                message(lang, "quote-each-annual-review"),
                platform.annual_review_fen,
                annual_source,
            ),
        ] {
            table.add_row(vec![
                String::new(),
                format!("= {name}"),
                amount.yuan_grouped(),
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
    totals.add_row(vec![
        message(lang, "quote-first-certification"),
        quote.first_fen.yuan_grouped(),
    ]);
    if quote.subsidy_fen.0 != 0 {
        totals.add_row(vec![
            message(lang, "quote-expected-subsidy-reimbursed-later"),
            (-quote.subsidy_fen).yuan_grouped(),
        ]);
        totals.add_row(vec![
            message(lang, "quote-net-of-subsidy"),
            quote.net_first_fen.yuan_grouped(),
        ]);
    }
    let years_label = msg!(
        lang,
        "quote-years-total",
        years = quote.years,
        reviews = quote.years - 1
    );
    totals.add_row(vec![years_label, quote.total_fen.yuan_grouped()]);
    align_right(&mut totals, &[1]);
    out.push_str(&totals.to_string());
    out.push('\n');

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
        out.push_str(&format!("! {assumption}\n"));
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
    if org.small_micro {
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

//! `benefits`: per platform, uncertified vs certified side by side, rulings where sources
//! disagree, and — with a profile — the limits that bind this organisation with the fix and
//! its cost. Table, JSON Lines or tidy CSV.

use super::platform_heading;
use super::{Context, Envelope, cells, json_line, profile_csv_lines, title_line};
use crate::benefits::PlatformBenefits;
use crate::i18n::message;
use crate::money::Fen;
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{fit, new_table, shown};
use crate::rules::Rules;
use serde::Serialize;

/// The comparison as tables; `profile` is `None` for the general comparison.
pub fn table(
    context: &Context<'_>,
    profile: Option<&Profile>,
    platforms: &[PlatformBenefits<'_>],
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let mut out = match profile {
        Some(profile) => title_line(
            context,
            profile,
            &message(lang, "benefits-what-certification-unlocks"),
        ),
        None => format!("{}\n", message(lang, "benefits-general-title")),
    };
    let mut footnotes = Footnotes::default();
    for platform in platforms {
        let mut table = new_table([
            message(lang, "quote-item"),
            message(lang, "benefits-uncertified"),
            message(lang, "benefits-certified"),
            message(lang, "rules-source"),
        ]);
        for benefit in &platform.benefits {
            table.add_row(vec![
                benefit.name.get(lang).to_owned(),
                benefit.uncertified.get(lang).to_owned(),
                benefit.certified.get(lang).to_owned(),
                footnotes.cite(&benefit.provenance.source),
            ]);
        }
        fit(&mut table, context.width);
        out.push_str(&format!(
            "\n{}\n{}\n",
            platform_heading(platform.platform, lang),
            shown(&table)
        ));
        for note in &platform.notes {
            out.push_str(&msg!(
                lang,
                "benefits-note-line",
                text = note.text.get(lang),
                cite = footnotes.cite(&note.source)
            ));
            out.push('\n');
        }
        if !platform.binding.is_empty() {
            out.push_str(&message(
                lang,
                "benefits-already-binding-for-this-organisation",
            ));
            out.push('\n');
            for binding in &platform.binding {
                let problem = binding.message.get(lang);
                let fix = binding.fix.get(lang);
                let cite = footnotes.cite(&binding.source);
                out.push_str(&match binding.cost_fen {
                    Some(cost) => msg!(
                        lang,
                        "benefits-binding-with-cost",
                        problem = problem,
                        fix = fix,
                        cost = cost.yuan_grouped(),
                        cite = cite
                    ),
                    None => msg!(
                        lang,
                        "benefits-binding",
                        problem = problem,
                        fix = fix,
                        cite = cite
                    ),
                });
                out.push('\n');
            }
        }
    }
    out.push_str(&footnotes.section(rules, lang));
    out
}

#[derive(Serialize)]
struct BenefitsView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    platforms: Vec<PlatformView<'a>>,
}

#[derive(Serialize)]
struct PlatformView<'a> {
    platform: &'static str,
    benefits: Vec<BenefitView<'a>>,
    notes: Vec<NoteView<'a>>,
    binding: Vec<BindingView<'a>>,
}

#[derive(Serialize)]
struct BenefitView<'a> {
    id: &'a str,
    name: &'a str,
    uncertified: &'a str,
    certified: &'a str,
    fact: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct NoteView<'a> {
    id: &'a str,
    about: &'a str,
    text: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct BindingView<'a> {
    id: &'a str,
    message: &'a str,
    fix: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cost_fen: Option<Fen>,
    fact: &'a str,
    source: &'a str,
}

/// The comparison as one JSON line.
pub fn json(
    context: &Context<'_>,
    profile: Option<&Profile>,
    platforms: &[PlatformBenefits<'_>],
) -> String {
    let lang = context.lang;
    let platforms = platforms
        .iter()
        .map(|platform| PlatformView {
            platform: platform.platform.id(),
            benefits: platform
                .benefits
                .iter()
                .map(|benefit| BenefitView {
                    id: &benefit.id,
                    name: benefit.name.get(lang),
                    uncertified: benefit.uncertified.get(lang),
                    certified: benefit.certified.get(lang),
                    fact: &benefit.provenance.fact,
                    source: &benefit.provenance.source,
                })
                .collect(),
            notes: platform
                .notes
                .iter()
                .map(|note| NoteView {
                    id: &note.id,
                    about: &note.about,
                    text: note.text.get(lang),
                    source: &note.source,
                })
                .collect(),
            binding: platform
                .binding
                .iter()
                .map(|binding| BindingView {
                    id: &binding.id,
                    message: binding.message.get(lang),
                    fix: binding.fix.get(lang),
                    cost_fen: binding.cost_fen,
                    fact: &binding.fact,
                    source: &binding.source,
                })
                .collect(),
        })
        .collect();
    json_line(&BenefitsView {
        envelope: Envelope::new("benefits", context, profile),
        platforms,
    })
}

/// The CSV header.
pub const CSV_HEADER: [&str; 14] = crate::render::with_provenance([
    "profile",
    "org",
    "platform",
    "row",
    "id",
    "name",
    "uncertified",
    "certified",
    "cost_fen",
    "cost_yuan",
    "source",
]);

/// One row per benefit and per binding limit (`row` = `benefit` | `binding`; for a binding,
/// `name` is the message and `certified` the fix).
pub fn csv(
    context: &Context<'_>,
    profile: Option<&Profile>,
    platforms: &[PlatformBenefits<'_>],
) -> String {
    let lang = context.lang;
    let (path, org) = profile.map_or(("", ""), |profile| {
        (context.profile_path, profile.org().name.as_str())
    });
    let mut rows = Vec::new();
    for platform in platforms {
        for benefit in &platform.benefits {
            rows.push(cells([
                path,
                org,
                platform.platform.id(),
                "benefit",
                &benefit.id,
                benefit.name.get(lang),
                benefit.uncertified.get(lang),
                benefit.certified.get(lang),
                "",
                "",
                &benefit.provenance.source,
            ]));
        }
        for binding in &platform.binding {
            let (cost_fen, cost_yuan) = binding
                .cost_fen
                .map(|cost| (cost.0.to_string(), cost.yuan_plain()))
                .unwrap_or_default();
            rows.push(cells([
                path,
                org,
                platform.platform.id(),
                "binding",
                &binding.id,
                binding.message.get(lang),
                "",
                binding.fix.get(lang),
                &cost_fen,
                &cost_yuan,
                &binding.source,
            ]));
        }
    }
    profile_csv_lines(context, profile, rows)
}

//! `quote` as a table a finance person can show their manager: per platform its lines with
//! sources as footnote markers, what a rejected attempt and each annual review cost, then the
//! totals, the notes (rulings, third-party caveats) and the sources.

use crate::lang::Lang;
use crate::profile::Profile;
use crate::quote::{Line, LineKind, Quote};
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{align_right, fit, new_table};
use crate::render::{Context, title_line};
use crate::rules::Rules;
use crate::rules::tier_name;

/// Renders one profile's quote.
pub fn render(context: &Context<'_>, profile: &Profile, quote: &Quote, rules: &Rules) -> String {
    let lang = context.lang;
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let mut footnotes = Footnotes::default();
    let mut out = heading(context, profile);

    let mut table = new_table([
        t("平台", "Platform"),
        t("项目", "Item"),
        t("金额（元）", "CNY"),
        t("审核未通过时", "If rejected"),
        t("来源", "Source"),
    ]);
    for platform in &quote.platforms {
        let mut label = platform.platform.label(lang);
        for line in &platform.lines {
            table.add_row(vec![
                label.to_owned(),
                line_label(line, lang),
                line.amount.yuan_grouped(),
                match (line.kind, line.refundable) {
                    (LineKind::Subsidy, _) => t("事后报销", "reimbursed later"),
                    (LineKind::Exemption, _) => "",
                    (LineKind::Fee, true) => t("退回", "refunded"),
                    (LineKind::Fee, false) => t("不退", "not refunded"),
                }
                .to_owned(),
                footnotes.cite(&line.source),
            ]);
            label = "";
        }
        let annual_source = platform
            .annual_review_rule
            .as_ref()
            .map(|(_, _, source)| footnotes.cite(source));
        for (name, amount, source) in [
            (
                t("首次认证（一次通过）", "First certification (one attempt)"),
                platform.first_fen,
                None,
            ),
            (
                t("一次未通过的损失", "Cost of one rejected attempt"),
                platform.failed_attempt_fen,
                None,
            ),
            (
                t("每次年审", "Each annual review"),
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
    out.push_str(&table.to_string());
    out.push('\n');

    let mut totals = new_table([t("合计", "Totals"), t("金额（元）", "CNY")]);
    totals.add_row(vec![
        t("首次认证合计", "First certification").to_owned(),
        quote.first_fen.yuan_grouped(),
    ]);
    if quote.subsidy_fen.0 != 0 {
        totals.add_row(vec![
            t(
                "预计补贴（事后报销）",
                "Expected subsidy (reimbursed later)",
            )
            .to_owned(),
            (-quote.subsidy_fen).yuan_grouped(),
        ]);
        totals.add_row(vec![
            t("扣除补贴后净额", "Net of subsidy").to_owned(),
            quote.net_first_fen.yuan_grouped(),
        ]);
    }
    let years_label = match lang {
        Lang::Zh => format!(
            "{} 年合计（首次 + {} 次年审）",
            quote.years,
            quote.years - 1
        ),
        Lang::En => format!(
            "{}-year total (first + {} annual reviews)",
            quote.years,
            quote.years - 1
        ),
    };
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
        out.push_str(t("注：\n", "Notes:\n"));
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
        lang.pick(
            &format!("{} 人", org.members),
            &format!("{} members", org.members),
        )
        .to_owned(),
    ];
    if let Some(region) = &org.region {
        facts.push(region.clone());
    }
    if org.small_micro {
        facts.push(lang.pick("小微企业", "small/micro enterprise").to_owned());
    }
    let title = format!(
        "{} {}",
        lang.pick("认证费用，截至", "certification costs as of"),
        context.as_of
    );
    format!(
        "{}{}\n",
        title_line(context, profile, &title),
        facts.join(" · ")
    )
}

fn line_label(line: &Line, lang: Lang) -> String {
    let name = line.name.get(lang);
    match &line.tier {
        Some(tier) => {
            let range = match tier.max_members {
                Some(max) => format!("{}–{max}", tier.min_members),
                None => format!("{}+", tier.min_members),
            };
            match lang {
                Lang::Zh => format!("{name}（{}档：{range} 人）", tier_name(&tier.id, lang)),
                Lang::En => format!(
                    "{name} ({} tier: {range} members)",
                    tier_name(&tier.id, lang)
                ),
            }
        }
        None => name.to_owned(),
    }
}

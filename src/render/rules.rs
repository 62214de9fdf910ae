//! `rules`: the rules in force, as tables per section or as one JSON object. (The TOML form is
//! the rules text itself.)

use super::workdays::{CalendarYearView, calendar_years, calendar_years_table};
use super::{SCHEMA_VERSION, json_line};
use crate::calendar::WorkCalendar;
use crate::entity_kind::EntityKind;
use crate::i18n::message;
use crate::lang::Lang;
use crate::msg;
use crate::render::text::table_style::{align_right, new_table};
use crate::rules::{FeeAmount, Provenance, Rules, Subsidy, tier_name};
use serde::Serialize;

/// Every section as a table, with provenance columns; the working-day calendar's years through
/// `through` last.
pub fn table(rules: &Rules, calendar: &WorkCalendar, through: i32, lang: Lang) -> String {
    let dates = |provenance: &Provenance| match provenance.until {
        Some(until) => format!("{} – {until}", provenance.effective),
        None => format!("{} –", provenance.effective),
    };
    let mut out = String::new();

    out.push_str(&message(lang, "rules-fees-per-attempt"));
    out.push('\n');
    let mut fees = new_table([
        message(lang, "rules-rule"),
        message(lang, "rules-name"),
        message(lang, "rules-cny"),
        message(lang, "rules-refunded"),
        message(lang, "rules-fact"),
        message(lang, "rules-source"),
        message(lang, "rules-in-force"),
    ]);
    for fee in &rules.fees {
        let amount = match &fee.amount {
            FeeAmount::AmountFen(amount) => amount.yuan_grouped(),
            FeeAmount::Tiers(tiers) => tiers
                .iter()
                .map(|tier| match tier.max_members {
                    Some(max) => format!(
                        "{} ≤{max}: {}",
                        tier_name(&tier.id, lang),
                        tier.amount_fen.yuan_grouped()
                    ),
                    None => format!(
                        "{}: {}",
                        tier_name(&tier.id, lang),
                        tier.amount_fen.yuan_grouped()
                    ),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let refundable = if fee.refundable {
            message(lang, "rules-yes")
        } else {
            message(lang, "rules-no")
        };
        fees.add_row(vec![
            fee.id.clone(),
            fee.name.get(lang).to_owned(),
            amount,
            refundable.to_owned(),
            fee.provenance.fact.clone(),
            fee.provenance.source.clone(),
            dates(&fee.provenance),
        ]);
    }
    align_right(&mut fees, &[2]);
    out.push_str(&format!("{fees}\n\n"));

    out.push_str(&message(lang, "rules-exemptions-exceptions-to-a-base"));
    out.push('\n');
    let mut exemptions = new_table([
        message(lang, "rules-rule"),
        message(lang, "rules-waives"),
        message(lang, "rules-kinds"),
        message(lang, "rules-condition"),
        message(lang, "rules-fact"),
        message(lang, "rules-source"),
        message(lang, "rules-in-force"),
    ]);
    for exemption in &rules.exemptions {
        let kinds: Vec<_> = exemption
            .kinds
            .iter()
            .map(|kind| kind.named(lang))
            .collect();
        let condition = exemption
            .poverty_county
            .map(|value| poverty_county(value, lang))
            .unwrap_or_default();
        exemptions.add_row(vec![
            exemption.id.clone(),
            exemption.fees.join("\n"),
            kinds.join("\n"),
            condition,
            exemption.provenance.fact.clone(),
            exemption.provenance.source.clone(),
            dates(&exemption.provenance),
        ]);
    }
    out.push_str(&format!("{exemptions}\n\n"));

    out.push_str(&message(lang, "rules-annual-reviews"));
    out.push('\n');
    let mut reviews = new_table([
        message(lang, "rules-rule"),
        message(lang, "rules-charges-again"),
        message(lang, "rules-fact"),
        message(lang, "rules-source"),
        message(lang, "rules-in-force"),
    ]);
    for review in &rules.annual_reviews {
        reviews.add_row(vec![
            review.id.clone(),
            review.charges.join("\n"),
            review.provenance.fact.clone(),
            review.provenance.source.clone(),
            dates(&review.provenance),
        ]);
    }
    out.push_str(&format!("{reviews}\n\n"));

    out.push_str(&message(lang, "rules-subsidies-reimbursed-later"));
    out.push('\n');
    let mut subsidies = new_table([
        message(lang, "rules-rule"),
        message(lang, "rules-platforms"),
        message(lang, "rules-share"),
        message(lang, "rules-conditions"),
        message(lang, "rules-fact"),
        message(lang, "rules-source"),
        message(lang, "rules-in-force"),
    ]);
    for subsidy in &rules.subsidies {
        let platforms: Vec<_> = subsidy
            .platforms
            .iter()
            .map(|platform| match lang {
                Lang::Zh => platform.label(lang),
                Lang::En => platform.id(),
            })
            .collect();
        let conditions = subsidy_conditions(subsidy, lang);
        subsidies.add_row(vec![
            subsidy.id.clone(),
            platforms.join("\n"),
            format!("{}%", subsidy.percent),
            conditions.join("\n"),
            subsidy.provenance.fact.clone(),
            subsidy.provenance.source.clone(),
            dates(&subsidy.provenance),
        ]);
    }
    out.push_str(&format!("{subsidies}\n\n"));

    out.push_str(&message(lang, "rules-notes-and-rulings"));
    out.push('\n');
    let mut notes = new_table([
        message(lang, "rules-note"),
        message(lang, "rules-about"),
        message(lang, "rules-text"),
        message(lang, "rules-fact"),
        message(lang, "rules-source"),
    ]);
    for note in &rules.notes {
        let about = match note.poverty_county {
            Some(value) => format!("{}\n{}", note.about, poverty_county(value, lang)),
            None => note.about.clone(),
        };
        notes.add_row(vec![
            note.id.clone(),
            about,
            note.text.get(lang).to_owned(),
            note.fact.clone(),
            note.source.clone(),
        ]);
    }
    out.push_str(&format!("{notes}\n\n"));

    out.push_str(&message(lang, "rules-sources"));
    out.push('\n');
    let mut sources = new_table([
        message(lang, "rules-source"),
        message(lang, "rules-title"),
        message(lang, "rules-publisher"),
        message(lang, "rules-published"),
        message(lang, "rules-trust"),
    ]);
    for source in &rules.sources {
        let published = source
            .published
            .map(|day| day.to_string())
            .unwrap_or_default();
        sources.add_row(vec![
            source.id.clone(),
            source.title.clone(),
            source.publisher.clone(),
            published,
            source.trust.label(lang).to_owned(),
        ]);
    }
    out.push_str(&format!("{sources}\n\n"));
    out.push_str(&calendar_years_table(calendar, through, lang));
    out
}

/// The `poverty_county` condition of an exemption or note, in words.
fn poverty_county(value: bool, lang: Lang) -> String {
    msg!(
        lang,
        "rules-condition-poverty-county",
        value = value.to_string()
    )
}

/// Who a subsidy is for, one condition a line: the kinds (the Shenzhen programme is for
/// enterprises only, X-SUBSIDY), small or micro, the region, and who may ask locally.
fn subsidy_conditions(subsidy: &Subsidy, lang: Lang) -> Vec<String> {
    let mut conditions = Vec::new();
    if !subsidy.kinds.is_empty() {
        let kinds = EntityKind::list(&subsidy.kinds, lang);
        conditions.push(msg!(lang, "rules-condition-kinds", kinds = kinds));
    }
    if let Some(value) = subsidy.small_micro {
        let value = value.to_string();
        conditions.push(msg!(lang, "rules-condition-small-micro", value = value));
    }
    if !subsidy.region_contains.is_empty() {
        let regions: Vec<_> = subsidy
            .region_contains
            .iter()
            .map(|region| msg!(lang, "rules-condition-quoted", text = region.as_str()))
            .collect();
        let regions = regions.join(lang.pick("或", " or "));
        conditions.push(msg!(lang, "rules-condition-region", regions = regions));
    }
    if !subsidy.ask_locally.is_empty() {
        let kinds = EntityKind::list(&subsidy.ask_locally, lang);
        conditions.push(msg!(lang, "rules-condition-ask-locally", kinds = kinds));
    }
    conditions
}

#[derive(Serialize)]
struct RulesView<'a> {
    schema_version: u32,
    command: &'static str,
    rules: &'a Rules,
    calendar_years: Vec<CalendarYearView>,
}

/// The whole rule set as one line of JSON, with the status of each calendar year through
/// `through`.
pub fn json(rules: &Rules, calendar: &WorkCalendar, through: i32) -> String {
    json_line(&RulesView {
        schema_version: SCHEMA_VERSION,
        command: "rules",
        rules,
        calendar_years: calendar_years(calendar, through),
    })
}

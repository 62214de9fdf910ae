//! `rules`: the rules in force, as tables per section or as one JSON object. (The TOML form is
//! the rules text itself.)

use super::workdays::{CalendarYearView, calendar_years, calendar_years_table};
use super::{SCHEMA_VERSION, json_line};
use crate::calendar::WorkCalendar;
use crate::lang::Lang;
use crate::render::text::table_style::{align_right, new_table};
use crate::rules::{FeeAmount, Provenance, Rules};
use serde::Serialize;

/// Every section as a table, with provenance columns; the working-day calendar's years through
/// `through` last.
pub fn table(rules: &Rules, calendar: &WorkCalendar, through: i32, lang: Lang) -> String {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let dates = |provenance: &Provenance| match provenance.until {
        Some(until) => format!("{} – {until}", provenance.effective),
        None => format!("{} –", provenance.effective),
    };
    let mut out = String::new();

    out.push_str(t("费用（每次申请）\n", "Fees (per attempt)\n"));
    let mut fees = new_table([
        t("规则", "Rule"),
        t("名称", "Name"),
        t("金额（元）", "CNY"),
        t("未通过退回", "Refunded"),
        t("依据", "Fact"),
        t("来源", "Source"),
        t("有效期", "In force"),
    ]);
    for fee in &rules.fees {
        let amount = match &fee.amount {
            FeeAmount::AmountFen(amount) => amount.yuan_grouped(),
            FeeAmount::Tiers(tiers) => tiers
                .iter()
                .map(|tier| match tier.max_members {
                    Some(max) => format!("{} ≤{max}: {}", tier.id, tier.amount_fen.yuan_grouped()),
                    None => format!("{}: {}", tier.id, tier.amount_fen.yuan_grouped()),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let refundable = if fee.refundable {
            t("是", "yes")
        } else {
            t("否", "no")
        };
        fees.add_row(vec![
            fee.id(),
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

    out.push_str(t(
        "减免（基础费用的例外）\n",
        "Exemptions (exceptions to a base fee)\n",
    ));
    let mut exemptions = new_table([
        t("规则", "Rule"),
        t("免除", "Waives"),
        t("适用主体", "Kinds"),
        t("条件", "Condition"),
        t("依据", "Fact"),
        t("来源", "Source"),
        t("有效期", "In force"),
    ]);
    for exemption in &rules.exemptions {
        let kinds: Vec<_> = exemption.kinds.iter().map(|kind| kind.id()).collect();
        let condition = exemption
            .poverty_county
            .map(|value| format!("poverty_county = {value}"))
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

    out.push_str(t("年审收费\n", "Annual reviews\n"));
    let mut reviews = new_table([
        t("规则", "Rule"),
        t("再次收取", "Charges again"),
        t("依据", "Fact"),
        t("来源", "Source"),
        t("有效期", "In force"),
    ]);
    for review in &rules.annual_reviews {
        reviews.add_row(vec![
            review.id(),
            review.charges.join("\n"),
            review.provenance.fact.clone(),
            review.provenance.source.clone(),
            dates(&review.provenance),
        ]);
    }
    out.push_str(&format!("{reviews}\n\n"));

    out.push_str(t("补贴（事后报销）\n", "Subsidies (reimbursed later)\n"));
    let mut subsidies = new_table([
        t("规则", "Rule"),
        t("平台", "Platforms"),
        t("比例", "Share"),
        t("条件", "Conditions"),
        t("依据", "Fact"),
        t("来源", "Source"),
        t("有效期", "In force"),
    ]);
    for subsidy in &rules.subsidies {
        let platforms: Vec<_> = subsidy
            .platforms
            .iter()
            .map(|platform| platform.id())
            .collect();
        let mut conditions = Vec::new();
        if let Some(value) = subsidy.small_micro {
            conditions.push(format!("small_micro = {value}"));
        }
        if !subsidy.region_contains.is_empty() {
            conditions.push(format!("region ∋ {}", subsidy.region_contains.join(" / ")));
        }
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

    out.push_str(t("注释与裁定\n", "Notes and rulings\n"));
    let mut notes = new_table([
        t("注释", "Note"),
        t("关于", "About"),
        t("内容", "Text"),
        t("依据", "Fact"),
        t("来源", "Source"),
    ]);
    for note in &rules.notes {
        notes.add_row(vec![
            note.id.clone(),
            note.about.clone(),
            note.text.get(lang).to_owned(),
            note.fact.clone(),
            note.source.clone(),
        ]);
    }
    out.push_str(&format!("{notes}\n\n"));

    out.push_str(t("来源\n", "Sources\n"));
    let mut sources = new_table([
        t("来源", "Source"),
        t("标题", "Title"),
        t("发布者", "Publisher"),
        t("发布日期", "Published"),
        t("可信度", "Trust"),
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

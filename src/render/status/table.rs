//! `status` as a table per profile, then the next action of each platform with its rule.

use super::action::sentence;
use crate::i18n::message;
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{align_right, fit, new_table, shown as text_of};
use crate::render::workdays::assumed_days_text;
use crate::render::{Context, title_line};
use crate::rules::Rules;
use crate::status::Status;

/// One profile's status as a table and a list of next actions.
pub fn table(context: &Context<'_>, profile: &Profile, status: &Status, rules: &Rules) -> String {
    let lang = context.lang;
    let mut out = title_line(
        context,
        profile,
        &msg!(lang, "status-as-of", date = context.as_of),
    );
    let mut table = new_table(
        [
            "quote-platform",
            "status-stage",
            "status-since",
            "status-ends",
            "status-overdue",
            "status-paid",
            "status-lost",
            "status-refund-due",
            "status-to-pay",
        ]
        .map(|id| message(lang, id)),
    );
    let day =
        |day: Option<chrono::NaiveDate>| day.map_or_else(|| "—".to_owned(), |day| day.to_string());
    for platform in &status.platforms {
        let money = &platform.money;
        let refund = money.refund_due.as_ref().map_or_else(
            || "—".to_owned(),
            |refund| {
                msg!(
                    lang,
                    "status-refund-on",
                    amount = refund.amount_fen.yuan_grouped(),
                    due = day(refund.due_on)
                )
            },
        );
        table.add_row(vec![
            platform.platform.label(lang).to_owned(),
            platform.stage.label(lang).to_owned(),
            day(platform.since),
            day(platform.ends_on),
            if platform.overdue {
                message(lang, "status-yes")
            } else {
                String::new()
            },
            money.paid_fen.yuan_grouped(),
            money.lost_fen.yuan_grouped(),
            refund,
            money.still_to_pay_fen.yuan_grouped(),
        ]);
    }
    align_right(&mut table, &[5, 6, 8]);
    fit(&mut table, context.width);
    out.push_str(&text_of(&table));
    out.push('\n');
    out.push_str(&message(lang, "status-next"));
    out.push('\n');
    let mut footnotes = Footnotes::default();
    for platform in &status.platforms {
        let text = sentence(platform, lang);
        let label = platform.platform.label(lang);
        out.push_str(&match &platform.rule {
            Some(rule) => msg!(
                lang,
                "status-next-line",
                platform = label,
                text = text,
                fact = rule.fact.as_str(),
                cite = footnotes.cite(&rule.source)
            ),
            None => msg!(lang, "status-next-line-bare", platform = label, text = text),
        });
        if platform.provisional {
            out.push_str(&message(lang, "status-next-provisional"));
        }
        out.push('\n');
    }
    if !status.assumed_days_off.is_empty() {
        let days = assumed_days_text(&status.assumed_days_off, lang);
        out.push_str(&format!(
            "! {}\n",
            msg!(lang, "holidays-assumed", days = days)
        ));
    }
    out.push_str(&footnotes.section(rules, lang));
    out
}

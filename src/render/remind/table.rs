//! `remind` as a table per profile, then a to-do list.

use super::advice::{advice, label_separator};
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{align_right, fit, new_table};
use crate::render::workdays::assumed_days_text;
use crate::render::{Context, title_line};
use crate::review::ReviewSchedule;
use crate::rules::Rules;

/// The narrowest terminal that shows every date column of the schedule.
const WIDE_ENOUGH: u16 = 120;

/// One profile's schedule as a table and a to-do list.
pub fn table(
    context: &Context<'_>,
    profile: &Profile,
    schedule: &ReviewSchedule,
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let mut out = title_line(
        context,
        profile,
        &format!(
            "{} {}",
            t("年审安排，截至", "annual reviews as of"),
            context.as_of
        ),
    );
    if schedule.reviews.is_empty()
        && schedule.without_rule.is_empty()
        && schedule.not_certified.is_empty()
    {
        out.push_str(t(
            "没有填写 certified_on 的平台：无需提醒。\n",
            "No platform has certified_on: nothing to remind.\n",
        ));
        return out;
    }
    let mut footnotes = Footnotes::default();
    // At a narrow terminal the secondary dates (certified, window, reminder) give way: the
    // to-do list below says when the window opens, and JSON/CSV keep every column.
    let compact = context.width.is_some_and(|width| width < WIDE_ENOUGH);
    let headers = [
        (t("平台", "Platform"), true),
        (t("认证日", "Certified"), !compact),
        (t("到期日", "Expires"), true),
        (t("窗口开启", "Window opens"), !compact),
        (t("提醒日", "Remind on"), !compact),
        (t("宽限截止", "Grace ends"), true),
        (t("剩余天数", "Days left"), true),
        (t("状态", "Status"), true),
        (t("来源", "Source"), true),
    ];
    let shown = |cells: Vec<String>| -> Vec<String> {
        cells
            .into_iter()
            .zip(headers)
            .filter(|(_, (_, keep))| *keep)
            .map(|(cell, _)| cell)
            .collect()
    };
    let mut table = new_table(shown(
        headers.iter().map(|(name, _)| (*name).to_owned()).collect(),
    ));
    for review in &schedule.reviews {
        table.add_row(shown(vec![
            review.platform.label(lang).to_owned(),
            review.certified_on.to_string(),
            review.expires_on.to_string(),
            review.window_opens_on.to_string(),
            review.remind_on.to_string(),
            review.grace_ends_on.to_string(),
            review.days_left.to_string(),
            review.status.label(lang).to_owned(),
            footnotes.cite(&review.source),
        ]));
    }
    for platform in &schedule.not_certified {
        let mut row = vec![platform.label(lang).to_owned()];
        row.extend(std::iter::repeat_n("—".to_owned(), 6));
        row.push(msg!(lang, "remind-not-certified"));
        row.push(String::new());
        table.add_row(shown(row));
    }
    let days_left = headers[..6].iter().filter(|(_, keep)| *keep).count();
    align_right(&mut table, &[days_left]);
    fit(&mut table, context.width);
    out.push_str(&format!("{table}\n"));
    out.push_str(t("待办：\n", "To do:\n"));
    for review in &schedule.reviews {
        let mark = if review.provisional {
            t("（日期暂定）", " (dates provisional)")
        } else {
            ""
        };
        out.push_str(&format!(
            "- {}{}{}{mark}\n",
            review.platform.label(lang),
            label_separator(lang),
            advice(review, lang)
        ));
    }
    for platform in &schedule.not_certified {
        out.push_str(&format!(
            "- {}{}{}\n",
            platform.label(lang),
            label_separator(lang),
            msg!(lang, "remind-not-certified-advice")
        ));
    }
    for platform in &schedule.without_rule {
        out.push_str(&format!(
            "- {}{}{}\n",
            platform.label(lang),
            label_separator(lang),
            t("没有已知的年审规则", "no annual-review rule is known")
        ));
    }
    if !schedule.assumed_days_off.is_empty() {
        let days = assumed_days_text(&schedule.assumed_days_off, lang);
        out.push_str(&format!(
            "! {}\n",
            msg!(lang, "holidays-assumed", days = days)
        ));
    }
    let mut shown = Vec::new();
    for note in schedule.reviews.iter().flat_map(|review| &review.notes) {
        if !shown.contains(&&note.id) {
            shown.push(&note.id);
            out.push_str(&format!(
                "  {} {}\n",
                note.text.get(lang),
                footnotes.cite(&note.source)
            ));
        }
    }
    out.push_str(&footnotes.section(rules, lang));
    out
}

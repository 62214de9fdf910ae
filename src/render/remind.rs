//! `remind`: the annual-review schedule as a table with what to do next, JSON Lines, tidy CSV,
//! or a one-line monitoring summary (`--nagios`). The calendar export is `remind_ics`.

use super::footnotes::Footnotes;
use super::table_style::{align_right, fit, new_table};
use super::workdays::{AssumedDayView, assumed_days, assumed_days_cell, assumed_days_text};
use super::{Context, Envelope, cells, csv_lines, json_line, title_line};
use crate::i18n::{arg, message_with};
use crate::lang::Lang;
use crate::money::Fen;
use crate::msg;
use crate::profile::Profile;
use crate::review::{Review, ReviewPolicy, ReviewSchedule, ReviewStatus};
use crate::rules::Rules;
use serde::Serialize;

/// The worst status of a schedule, `None` when it has no review.
pub fn worst(schedule: &ReviewSchedule) -> Option<ReviewStatus> {
    schedule.reviews.iter().map(|review| review.status).max()
}

/// What to do about one review, in a sentence or two.
pub fn advice(review: &Review, lang: Lang) -> String {
    let (min, max) = review.review_days;
    let fee = review.fee_fen.yuan_grouped();
    let documents = match (review.documents.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::Zh) => {
            let names: Vec<_> = review
                .document_names
                .iter()
                .map(|name| name.zh.as_str())
                .collect();
            format!("更新材料：{}。", names.join("、"))
        }
        (false, Lang::En) => format!(" Refresh: {}.", review.documents.join(", ")),
    };
    let when = match (review.status, review.late_start, lang) {
        (_, true, _) => late_advice(review, lang),
        (ReviewStatus::Lapsed, _, Lang::Zh) => format!(
            "已失效（宽限期于 {} 结束）：须重新完整认证，费用 {fee} 元，审核 {min}–{max} 个工作日。",
            review.grace_ends_on
        ),
        (ReviewStatus::Lapsed, _, Lang::En) => format!(
            "lapsed (grace ended {}): a full certification is needed again: {fee} CNY, {min}–{max} working days of review.",
            review.grace_ends_on
        ),
        (ReviewStatus::Expired, _, Lang::Zh) => format!(
            "已于 {} 到期：立即年审，须在 {} 前完成，费用 {fee} 元。",
            review.expires_on, review.grace_ends_on
        ),
        (ReviewStatus::Expired, _, Lang::En) => format!(
            "expired on {}: review now, before {} at the latest; fee {fee} CNY.",
            review.expires_on, review.grace_ends_on
        ),
        (_, _, Lang::Zh) => format!(
            "年审窗口 {} 开启；最迟 {} 提交（审核 {min}–{max} 个工作日），{} 到期；费用 {fee} 元。",
            review.window_opens_on, review.start_by, review.expires_on
        ),
        (_, _, Lang::En) => format!(
            "review window opens {}; submit by {} (review takes {min}–{max} working days) to finish before expiry on {}; fee {fee} CNY.",
            review.window_opens_on, review.start_by, review.expires_on
        ),
    };
    format!("{when}{documents}")
}

/// What separates a label from its text: a full-width colon in Chinese.
fn label_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// The advice once the last day to submit has passed: too late to finish before expiry; the
/// earliest completion from today, and whether it is still within the grace period.
fn late_advice(review: &Review, lang: Lang) -> String {
    let fee = review.fee_fen.yuan_grouped();
    let (Some(earliest), Some(latest)) = (review.earliest_done_on, review.latest_done_on) else {
        return String::new();
    };
    let grace = if latest <= review.grace_ends_on {
        msg!(
            lang,
            "remind-late-within-grace",
            grace = review.grace_ends_on
        )
    } else if review.within_grace == Some(true) {
        msg!(
            lang,
            "remind-late-grace-at-risk",
            grace = review.grace_ends_on
        )
    } else {
        msg!(
            lang,
            "remind-late-after-grace",
            grace = review.grace_ends_on
        )
    };
    // Still possibly in time (the quickest review ends before expiry), or certainly late.
    let id = if earliest <= review.expires_on {
        "remind-late-maybe"
    } else {
        "remind-late"
    };
    message_with(
        lang,
        id,
        &[
            ("start_by", arg(review.start_by)),
            ("expires", arg(review.expires_on)),
            ("earliest", arg(earliest)),
            ("latest", arg(latest)),
            ("grace", arg(grace)),
            ("fee", arg(fee)),
        ],
    )
}

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

#[derive(Serialize)]
struct RemindView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    status: &'static str,
    reviews: Vec<ReviewView<'a>>,
    without_rule: Vec<&'static str>,
    /// Platforms chosen but not certified yet (status `not_certified`).
    not_certified: Vec<NotCertifiedView>,
    assumptions: &'a [String],
    /// Days off assumed from the holiday law (years without a notice); empty otherwise.
    assumed_days_off: Vec<AssumedDayView>,
}

#[derive(Serialize)]
struct NotCertifiedView {
    platform: &'static str,
    status: &'static str,
}

#[derive(Serialize)]
struct ReviewView<'a> {
    platform: &'static str,
    certified_on: String,
    expires_on: String,
    window_opens_on: String,
    remind_on: String,
    grace_ends_on: String,
    days_left: i64,
    status: &'static str,
    fee_fen: Fen,
    review_days_min: u32,
    review_days_max: u32,
    start_by: String,
    late_start: bool,
    earliest_done_on: Option<String>,
    latest_done_on: Option<String>,
    within_grace: Option<bool>,
    provisional: bool,
    advice: String,
    documents: &'a [String],
    fact: &'a str,
    source: &'a str,
}

/// One profile's schedule as a JSON line.
pub fn json(context: &Context<'_>, profile: &Profile, schedule: &ReviewSchedule) -> String {
    let reviews = schedule
        .reviews
        .iter()
        .map(|review| ReviewView {
            platform: review.platform.id(),
            certified_on: review.certified_on.to_string(),
            expires_on: review.expires_on.to_string(),
            window_opens_on: review.window_opens_on.to_string(),
            remind_on: review.remind_on.to_string(),
            grace_ends_on: review.grace_ends_on.to_string(),
            days_left: review.days_left,
            status: review.status.id(),
            fee_fen: review.fee_fen,
            review_days_min: review.review_days.0,
            review_days_max: review.review_days.1,
            start_by: review.start_by.to_string(),
            late_start: review.late_start,
            earliest_done_on: review.earliest_done_on.map(|day| day.to_string()),
            latest_done_on: review.latest_done_on.map(|day| day.to_string()),
            within_grace: review.within_grace,
            provisional: review.provisional,
            advice: advice(review, context.lang),
            documents: &review.documents,
            fact: &review.fact,
            source: &review.source,
        })
        .collect();
    json_line(&RemindView {
        envelope: Envelope::new("remind", context, Some(profile)),
        status: worst(schedule).map_or("ok", ReviewStatus::id),
        reviews,
        without_rule: schedule
            .without_rule
            .iter()
            .map(|platform| platform.id())
            .collect(),
        not_certified: schedule
            .not_certified
            .iter()
            .map(|platform| NotCertifiedView {
                platform: platform.id(),
                status: NOT_CERTIFIED,
            })
            .collect(),
        assumptions: &schedule.assumptions,
        assumed_days_off: assumed_days(&schedule.assumed_days_off),
    })
}

/// The CSV header.
pub const CSV_HEADER: [&str; 23] = [
    "profile",
    "org",
    "platform",
    "certified_on",
    "expires_on",
    "window_opens_on",
    "remind_on",
    "grace_ends_on",
    "days_left",
    "status",
    "fee_fen",
    "fee_yuan",
    "review_days_min",
    "review_days_max",
    "start_by",
    "provisional",
    "fact",
    "source",
    "assumed_days_off",
    "late_start",
    "earliest_done_on",
    "latest_done_on",
    "within_grace",
];

/// The status of a platform chosen but not certified yet (JSON and CSV).
pub const NOT_CERTIFIED: &str = "not_certified";

/// One profile's rows, one per review, then one per platform not certified yet.
pub fn csv(context: &Context<'_>, profile: &Profile, schedule: &ReviewSchedule) -> String {
    let org = profile.org().name.as_str();
    let assumed = assumed_days_cell(&schedule.assumed_days_off);
    let rows = schedule.reviews.iter().map(|review| {
        let dates = [
            review.certified_on,
            review.expires_on,
            review.window_opens_on,
            review.remind_on,
            review.grace_ends_on,
        ]
        .map(|day| day.to_string());
        let numbers = [
            review.days_left.to_string(),
            review.fee_fen.0.to_string(),
            review.fee_fen.yuan_plain(),
            review.review_days.0.to_string(),
            review.review_days.1.to_string(),
        ];
        let start_by = review.start_by.to_string();
        let provisional = review.provisional.to_string();
        let day =
            |day: Option<chrono::NaiveDate>| day.map_or_else(String::new, |day| day.to_string());
        let late = [
            review.late_start.to_string(),
            day(review.earliest_done_on),
            day(review.latest_done_on),
            review
                .within_grace
                .map_or_else(String::new, |within| within.to_string()),
        ];
        cells([
            context.profile_path,
            org,
            review.platform.id(),
            &dates[0],
            &dates[1],
            &dates[2],
            &dates[3],
            &dates[4],
            &numbers[0],
            review.status.id(),
            &numbers[1],
            &numbers[2],
            &numbers[3],
            &numbers[4],
            &start_by,
            &provisional,
            &review.fact,
            &review.source,
            &assumed,
            &late[0],
            &late[1],
            &late[2],
            &late[3],
        ])
    });
    let waiting = schedule.not_certified.iter().map(|platform| {
        let mut row = cells([context.profile_path, org, platform.id()]);
        row.extend(std::iter::repeat_n(String::new(), 6));
        row.push(NOT_CERTIFIED.to_owned());
        row.resize(CSV_HEADER.len(), String::new());
        row
    });
    csv_lines(rows.chain(waiting).collect::<Vec<_>>())
}

/// What a batch of schedules comes to, for monitoring: how many reviews stand at each status,
/// how many profiles could not be read, and the review closest to (or furthest past) expiry.
#[derive(Clone, Debug, Default)]
pub struct MonitorSummary {
    /// Reviews seen.
    pub reviews: usize,
    /// Reviews per status, in the order of [`MONITORED`].
    pub counts: [usize; 5],
    /// Profiles that could not be read or were invalid.
    pub unreadable: usize,
    /// The worst status.
    pub worst: Option<ReviewStatus>,
    /// (days left, org name, platform id, expiry) of the review with the fewest days left.
    pub nearest: Option<(i64, String, &'static str, String)>,
    /// Whether that review can no longer be finished before expiry.
    pub nearest_late: bool,
}

/// The statuses counted, worst first (the order of the summary line and its perfdata).
pub const MONITORED: [ReviewStatus; 5] = [
    ReviewStatus::Lapsed,
    ReviewStatus::Expired,
    ReviewStatus::Critical,
    ReviewStatus::Due,
    ReviewStatus::Ok,
];

impl MonitorSummary {
    /// Adds one profile's schedule.
    pub fn add(&mut self, profile: &Profile, schedule: &ReviewSchedule) {
        for review in &schedule.reviews {
            self.reviews += 1;
            if let Some(slot) = MONITORED.iter().position(|status| *status == review.status) {
                self.counts[slot] += 1;
            }
            self.worst = self.worst.max(Some(review.status));
            if self
                .nearest
                .as_ref()
                .is_none_or(|(days, ..)| review.days_left < *days)
            {
                self.nearest = Some((
                    review.days_left,
                    profile.org().name.clone(),
                    review.platform.id(),
                    review.expires_on.to_string(),
                ));
                self.nearest_late = review.late_start;
            }
        }
    }

    /// The plugin state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a profile could not be read).
    pub fn state(&self) -> u8 {
        match (self.unreadable, self.worst) {
            (1.., _) => 3,
            (_, None | Some(ReviewStatus::Ok)) => 0,
            (_, Some(ReviewStatus::Due)) => 1,
            (_, Some(_)) => 2,
        }
    }
}

/// Text from a profile made safe for the plugin format: no `|` (it starts the perfdata), no line
/// breaks or control characters.
fn plugin_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '|' => '/',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// A perfdata label, quoted as the Monitoring Plugins guidelines ask when it holds a space,
/// an equals sign or a quote.
fn perf_label(label: &str) -> String {
    if label.contains([' ', '=', '\'']) {
        format!("'{}'", label.replace('\'', "''"))
    } else {
        label.to_owned()
    }
}

/// A monitoring-plugin line: `STATE: counts; nearest … | perfdata`, its first word matching
/// [`MonitorSummary::state`].
pub fn nagios(summary: &MonitorSummary, policy: ReviewPolicy, lang: Lang) -> String {
    let word = ["OK", "WARNING", "CRITICAL", "UNKNOWN"][usize::from(summary.state())];
    let mut parts = Vec::new();
    if summary.unreadable > 0 {
        parts.push(msg!(lang, "nagios-unreadable", count = summary.unreadable));
    }
    let counts: Vec<String> = MONITORED
        .iter()
        .zip(summary.counts)
        .filter(|(status, count)| *count > 0 || **status != ReviewStatus::Lapsed)
        .map(|(status, count)| format!("{count} {}", status.id()))
        .collect();
    if summary.reviews > 0 {
        parts.push(counts.join(", "));
    }
    let mut perfdata: Vec<String> = MONITORED
        .iter()
        .zip(summary.counts)
        .map(|(status, count)| format!("{}={count}", perf_label(status.id())))
        .collect();
    match &summary.nearest {
        None if summary.unreadable == 0 => parts.push(msg!(lang, "nagios-nothing")),
        None => {}
        Some((days, org, platform, expires)) => {
            let org = plugin_text(org);
            parts.push(if *days >= 0 {
                msg!(
                    lang,
                    "nagios-nearest",
                    org = org,
                    platform = *platform,
                    expires = expires.as_str(),
                    days = *days
                )
            } else {
                msg!(
                    lang,
                    "nagios-nearest-past",
                    org = org,
                    platform = *platform,
                    expires = expires.as_str(),
                    days = -*days
                )
            });
            if summary.nearest_late {
                parts.push(msg!(lang, "nagios-too-late"));
            }
            perfdata.push(format!(
                "{}={days};{};{}",
                perf_label("days_left"),
                policy.warn_days,
                policy.crit_days
            ));
        }
    }
    format!("{word}: {} | {}\n", parts.join("; "), perfdata.join(" "))
}

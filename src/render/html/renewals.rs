//! Renewals: a twelve-month strip from the as-of month with each certified platform's review
//! window, reminder day, last day to submit, expiry and grace period, and today's position —
//! then the same dates in a table with what to do, as `remind` says it; a platform not
//! certified yet whose application is under way says its stage, next step and refund due.

use super::sources::Citations;
use super::svg::{DayAxis, label_column, month_name, platform_colour, status_class};
use super::{Page, Scope};
use crate::msg;
use crate::render::remind::advice;
use crate::report::OrgReport;
use crate::report::payments::{horizon_end, month_of};
use crate::review::Review;
use crate::status::{PlatformStatus, Stage};
use chrono::{Datelike, Days, Months};
use maud::{Markup, html};

const LABEL_WIDTH: i64 = 210;
const ROW: i64 = 34;
const TOP: i64 = 34;

/// The renewals section.
pub fn section(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    let anchor = scope.anchor;
    let lang = page.lang;
    let schedule = &report.schedule;
    html! {
        section.major id={ (anchor) "renewals" } {
            h2 { (msg!(lang, "report-renewals-title")) }
            @if schedule.reviews.is_empty() {
                p.note { (msg!(lang, "report-renewals-none")) }
            } @else {
                @if scope.full { (strip(page, &schedule.reviews, anchor)) }
                table {
                    thead { tr {
                        th { (msg!(lang, "report-col-platform")) }
                        th { (msg!(lang, "report-col-certified")) }
                        th { (msg!(lang, "report-col-window")) }
                        th { (msg!(lang, "report-col-remind")) }
                        th { (msg!(lang, "report-col-start-by")) }
                        th { (msg!(lang, "report-col-expires")) }
                        th { (msg!(lang, "report-col-grace")) }
                        th.num { (msg!(lang, "report-col-days-left")) }
                        th { (msg!(lang, "report-col-status")) }
                        th.num { (msg!(lang, "report-col-fee")) }
                    } }
                    tbody {
                        @for review in &schedule.reviews {
                            tr.platform {
                                td { strong { span.swatch style={ "background:" (platform_colour(review.platform)) } {} (review.platform.label(lang)) } (citations.cite(&review.fact, &review.source)) }
                                td.date { (review.certified_on) }
                                td.date { (review.window_opens_on) }
                                td.date { (review.remind_on) }
                                td.date { (review.start_by) }
                                td.date { strong { (review.expires_on) } }
                                td.date { (review.grace_ends_on) }
                                td.num { (review.days_left) }
                                td { span.badge.(status_class(review.status)) { (review.status.label(lang)) } }
                                td.num { (review.fee_fen.yuan_grouped()) }
                            }
                            tr.part {
                                td colspan="10" { (advice(review, lang)) }
                            }
                        }
                    }
                }
            }
            @for platform in &schedule.not_certified {
                @match report.status.platforms.iter().find(|tracked| tracked.platform == *platform && tracked.stage != Stage::NotStarted) {
                    Some(tracked) => p.note { (platform.label(lang)) (msg!(lang, "report-separator")) (application(tracked, lang)) },
                    None => p.note { (platform.label(lang)) (msg!(lang, "report-separator")) (msg!(lang, "report-not-certified")) },
                }
            }
            // Certified where no annual review is known (DingTalk, Alipay): certified, never
            // "not certified".
            @for platform in &schedule.without_rule {
                p.note { (platform.label(lang)) (msg!(lang, "report-separator")) (msg!(lang, "report-certified-no-review")) }
            }
            @for note in unique_notes(&schedule.reviews).into_iter().filter(|_| scope.full) {
                p.note { "· " (note.text.get(lang)) (citations.cite(&note.fact, &note.source)) }
            }
        }
    }
}

/// A platform's application under way: its stage and next action, which names the money at
/// risk (a refund due or overdue, an order about to lapse).
fn application(tracked: &PlatformStatus, lang: crate::lang::Lang) -> String {
    msg!(
        lang,
        "report-application",
        stage = tracked.stage.label(lang),
        action = crate::render::status::sentence(tracked, lang)
    )
}

fn unique_notes(reviews: &[Review]) -> Vec<&crate::rules::Note> {
    let mut notes: Vec<&crate::rules::Note> = Vec::new();
    for note in reviews.iter().flat_map(|review| &review.notes) {
        if !notes.iter().any(|shown| shown.id == note.id) {
            notes.push(note);
        }
    }
    notes
}

/// The twelve-month strip.
fn strip(page: &Page<'_>, reviews: &[Review], anchor: &str) -> Markup {
    let lang = page.lang;
    let from = month_of(page.as_of);
    let end = horizon_end(page.as_of);
    // Wide enough for the longest platform name and status: a label is never cut.
    let labels = reviews
        .iter()
        .flat_map(|review| [review.platform.label(lang), review.status.label(lang)]);
    let label_width = label_column(labels, 12, (4, 8), LABEL_WIDTH);
    let axis = DayAxis {
        from,
        days: (end - from).num_days(),
        left: label_width,
        width: 2,
    };
    let height = TOP + ROW * reviews.len() as i64 + 6;
    let title_id = format!("{anchor}renewals-title");
    let desc_id = format!("{anchor}renewals-desc");
    let description: Vec<String> = reviews
        .iter()
        .map(|review| {
            msg!(
                lang,
                "report-renewals-chart-row",
                platform = review.platform.label(lang),
                window = review.window_opens_on,
                remind = review.remind_on,
                expires = review.expires_on,
                grace = review.grace_ends_on,
                status = review.status.label(lang)
            )
        })
        .collect();
    let months: Vec<_> = (0..12)
        .filter_map(|offset| from.checked_add_months(Months::new(offset)))
        .collect();
    html! {
        figure {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (axis.right() + 8) " " (height) }
                role="img" aria-labelledby={ (title_id) " " (desc_id) } font-size="12" {
                title id=(title_id) { (msg!(lang, "report-renewals-chart-title")) }
                desc id=(desc_id) { (description.join(&msg!(lang, "report-list-separator"))) }
                @for (index, month) in months.iter().enumerate() {
                    @if index % 2 == 1 {
                        rect x=(axis.x(*month)) y=(TOP - 4) width=(axis.x(month.checked_add_months(Months::new(1)).unwrap_or(end)) - axis.x(*month)) height=(height - TOP + 4) fill="#f5f7fa" {}
                    }
                    line x1=(axis.x(*month)) x2=(axis.x(*month)) y1=(TOP - 18) y2=(height) stroke="#d9dee5" {}
                    text x=(axis.x(*month) + 4) y=(TOP - 8) fill="#5b6675" font-size="11" {
                        (month_name(month.month(), lang))
                        @if index == 0 || month.month() == 1 { " " (month.year()) }
                    }
                }
                @for (index, review) in reviews.iter().enumerate() {
                    @let y = TOP + ROW * index as i64;
                    @let colour = platform_colour(review.platform);
                    text x="4" y=(y + 15) font-weight="700" fill=(colour) data-fit={ "0 " (label_width) } { (review.platform.label(lang)) }
                    text x="4" y=(y + 29) font-size="11" class=(status_class(review.status)) fill="currentColor" data-fit={ "0 " (label_width) } { (review.status.label(lang)) }
                    @let window = (axis.x(review.window_opens_on), axis.x_end(review.expires_on));
                    @if window.1 > window.0 {
                        rect x=(window.0) y=(y + 8) width=(window.1 - window.0) height="16" fill=(colour) fill-opacity="0.22" stroke=(colour) stroke-width="1" {}
                    }
                    @let grace = (axis.x(review.expires_on + Days::new(1)), axis.x_end(review.grace_ends_on));
                    @if grace.1 > grace.0 {
                        rect x=(grace.0) y=(y + 8) width=(grace.1 - grace.0) height="16" fill="#f6c9c9" stroke="#c62828" stroke-width="1" stroke-dasharray="3 2" {}
                    }
                    @if axis.shows(review.remind_on) {
                        path d={ "M" (axis.x(review.remind_on)) " " (y + 6) "l-5-6h10z" } fill="#b26a00" {}
                    }
                    @if axis.shows(review.start_by) {
                        circle cx=(axis.x(review.start_by)) cy=(y + 16) r="4" fill="#fff" stroke="#1b2430" stroke-width="2" {}
                    }
                    @if axis.shows(review.expires_on) {
                        rect x=(axis.x_end(review.expires_on) - 2) y=(y + 4) width="3" height="24" fill="#1b2430" {}
                    }
                    line x1="0" x2=(axis.right()) y1=(y + ROW - 1) y2=(y + ROW - 1) stroke="#eceff3" {}
                }
                @if axis.shows(page.as_of) {
                    line x1=(axis.x(page.as_of)) x2=(axis.x(page.as_of)) y1=(TOP - 30) y2=(height) stroke="#1f3a5f" stroke-width="2" {}
                    text x=(axis.x(page.as_of) + 4) y=(TOP - 22) fill="#1f3a5f" font-weight="700" font-size="11" { (msg!(lang, "report-today")) }
                }
            }
            figcaption {
                div.legend {
                    span { span.swatch style="background:#c9d8ea;border:1px solid #2f6fb3" {} (msg!(lang, "report-legend-window")) }
                    span { "▼ " (msg!(lang, "report-legend-remind")) }
                    span { "○ " (msg!(lang, "report-legend-start-by")) }
                    span { "▌ " (msg!(lang, "report-legend-expiry")) }
                    span { span.swatch style="background:#f6c9c9;border:1px dashed #c62828" {} (msg!(lang, "report-legend-grace")) }
                    span { span.swatch style="background:#1f3a5f" {} (msg!(lang, "report-legend-today")) }
                }
            }
        }
    }
}

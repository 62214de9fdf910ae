//! The application timeline: each platform's steps as a Gantt strip over the days ahead —
//! weekends and public holidays shaded, the expected completion and, for a certified platform,
//! the last day to submit its annual review marked — and the same dates in a table.

use super::sources::Citations;
use super::svg::{DayAxis, label_column, platform_colour, platform_tint, text_width, wrap};
use super::{Page, Scope};
use crate::lang::Lang;
use crate::msg;
use crate::render::timeline::basis::{basis_text, certified_without_review_text};
use crate::report::OrgReport;
use crate::review::ReviewStatus;
use crate::rules::StepRole;
use crate::timeline::{PlannedStep, PlatformTimeline};
use chrono::{Datelike, NaiveDate, Weekday};
use maud::{Markup, html};

const LABEL_WIDTH: i64 = 250;
const ROW: i64 = 22;
const TOP: i64 = 30;
const PLOT_WIDTH: i64 = 740;
/// The widest the label column grows for long names; longer step names wrap.
const LABEL_WIDTH_MAX: i64 = 340;
/// The height of each further line of a wrapped step name.
const LINE: i64 = 14;

/// A step's duration in words: the timeline table's.
pub fn duration(step: &PlannedStep, lang: Lang) -> String {
    crate::render::timeline::days_text(step, lang)
}

/// First and last day of a range.
type Span = (NaiveDate, NaiveDate);

/// The steps drawn: counted ones and those within a review, with the day each may start
/// (the earliest and latest end of the step before).
fn drawn(platform: &PlatformTimeline) -> Vec<(&PlannedStep, Span, Span)> {
    let mut before = (platform.start, platform.start);
    let mut rows = Vec::new();
    for step in &platform.steps {
        let Some(done) = step.done_between else {
            continue;
        };
        match step.role {
            StepRole::Step => {
                rows.push((step, before, done));
                before = done;
            }
            _ => rows.push((
                step,
                rows.last().map_or(before, |row: &(_, _, _)| row.1),
                done,
            )),
        }
    }
    rows
}

/// The timeline section.
pub fn section(
    page: &Page<'_>,
    report: &OrgReport<'_>,
    citations: &mut Citations,
    scope: Scope<'_>,
) -> Markup {
    let anchor = scope.anchor;
    let lang = page.lang;
    let platforms = &report.timeline.platforms;
    html! {
        section.major id={ (anchor) "timeline" } {
            h2 { (msg!(lang, "report-timeline-title")) }
            p.note { (msg!(lang, "report-timeline-intro", start = report.timeline.start)) }
            @if scope.full && !platforms.is_empty() { (chart(page, report, anchor)) }
            table {
                thead { tr {
                    th { (msg!(lang, "report-col-platform")) }
                    th.num { (msg!(lang, "report-col-workdays")) }
                    th { (msg!(lang, "report-col-done")) }
                    th { (msg!(lang, "report-col-start-by")) }
                } }
                tbody {
                    @for platform in platforms {
                        tr.platform {
                            td { strong { span.swatch style={ "background:" (platform_colour(platform.platform)) } {} (platform.platform.label(lang)) } }
                            td.num { (platform.min_days) "–" (platform.max_days) }
                            td.date { (range_text(platform.earliest_on, platform.latest_on)) }
                            td.date { (start_by(report, platform, lang)) }
                        }
                        @if let Some(basis) = basis_text(platform, lang) {
                            tr.part { td colspan="4" { span.muted { (basis) } } }
                        }
                        @for step in platform.steps.iter().filter(|_| scope.full) {
                            tr.part {
                                td { (step_marker(step.role)) " " (step.name.get(lang)) (citations.cite(&step.fact, &step.source)) }
                                td.num { (duration(step, lang)) }
                                td.date {
                                    @match step.done_between {
                                        Some((first, last)) => (range_text(first, last)),
                                        None => span.muted { (msg!(lang, "report-only-if-needed")) },
                                    }
                                }
                                td {}
                            }
                        }
                    }
                    @for certified in &report.timeline.certified_without_review {
                        tr.platform {
                            td { strong { span.swatch style={ "background:" (platform_colour(certified.platform)) } {} (certified.platform.label(lang)) } }
                            td colspan="3" { span.muted { (certified_without_review_text(certified, lang)) } }
                        }
                    }
                }
            }
        }
    }
}

/// The last day to submit a platform's annual review, when it is still advice: a day that
/// has passed is never given (section 10 of the register) — a lapsed certification is
/// certified again, a late review says when it can end at the earliest.
fn start_by(report: &OrgReport<'_>, platform: &PlatformTimeline, lang: Lang) -> Markup {
    let Some(review) = report.review_of(platform.platform) else {
        return html! { span.muted { (msg!(lang, "report-start-by-none")) } };
    };
    if review.status == ReviewStatus::Lapsed {
        return html! { span.muted { (msg!(lang, "report-start-by-lapsed", grace_ended_on = review.grace_ends_on)) } };
    }
    match (
        review.late_start,
        review.earliest_done_on,
        review.latest_done_on,
    ) {
        (true, Some(earliest), Some(latest)) => html! {
            span.muted { (msg!(lang, "report-start-by-late", earliest = earliest, latest = latest)) }
        },
        _ => html! { (review.start_by) " " span.muted { (msg!(lang, "report-start-by-review")) } },
    }
}

fn step_marker(role: StepRole) -> &'static str {
    match role {
        StepRole::Step => "▸",
        StepRole::Within => "↳",
        StepRole::IfNeeded => "?",
    }
}

/// `2026-12-01 … 2026-12-08`, or one day.
pub fn range_text(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first} … {last}")
    }
}

/// The Gantt strip.
fn chart(page: &Page<'_>, report: &OrgReport<'_>, anchor: &str) -> Markup {
    let lang = page.lang;
    let platforms = &report.timeline.platforms;
    let last = platforms
        .iter()
        .map(|platform| platform.latest_on)
        .max()
        .unwrap_or(page.as_of);
    let days = ((last - page.as_of).num_days() + 3).max(14);
    let width = (PLOT_WIDTH / days).max(3);
    let rows: Vec<_> = platforms.iter().map(drawn).collect();
    // Wide enough for the longest platform and step name, up to a limit past which step names
    // wrap onto more lines: a label is never cut.
    let names = platforms
        .iter()
        .map(|platform| platform.platform.label(lang));
    let steps = rows.iter().flatten().map(|(step, ..)| step.name.get(lang));
    let label_width = label_column(names, 12, (4, 10), LABEL_WIDTH)
        .max(label_column(steps, 12, (16, 10), LABEL_WIDTH))
        .min(LABEL_WIDTH_MAX);
    let axis = DayAxis {
        from: page.as_of,
        days,
        left: label_width,
        width,
    };
    // The end labels ("done by …") stay inside the chart: it widens to hold the furthest.
    let chart_right = platforms
        .iter()
        .map(|platform| {
            let label = msg!(lang, "report-done-by", date = platform.latest_on);
            axis.x_end(platform.latest_on) + 9 + text_width(&label, 11) + 4
        })
        .fold(axis.right() + 10, i64::max);
    // Each step's name in lines, and the row it takes (taller when wrapped).
    let rows: Vec<Vec<_>> = rows
        .into_iter()
        .map(|steps| {
            steps
                .into_iter()
                .map(|(step, start, done)| {
                    let lines = wrap(step.name.get(lang), label_width - 26, 12);
                    (step, start, done, lines)
                })
                .collect()
        })
        .collect();
    let row_height = |lines: &Vec<String>| ROW + LINE * (lines.len() as i64 - 1).max(0);
    let height = TOP
        + rows
            .iter()
            .map(|steps| ROW + steps.iter().map(|row| row_height(&row.3)).sum::<i64>())
            .sum::<i64>()
        + 8;
    let title_id = format!("{anchor}timeline-title");
    let desc_id = format!("{anchor}timeline-desc");
    let description: Vec<String> = platforms
        .iter()
        .map(|platform| {
            msg!(
                lang,
                "report-timeline-chart-row",
                platform = platform.platform.label(lang),
                earliest = platform.earliest_on,
                latest = platform.latest_on
            )
        })
        .collect();
    // Each platform's block: its top and its steps, each with the top of its row.
    let mut blocks = Vec::new();
    let mut y = TOP;
    for (platform, steps) in platforms.iter().zip(&rows) {
        let top = y;
        y += ROW;
        let mut placed = Vec::new();
        for row in steps {
            placed.push((row, y));
            y += row_height(&row.3);
        }
        blocks.push((platform, top, y, placed));
    }
    html! {
        figure {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (chart_right) " " (height) }
                role="img" aria-labelledby={ (title_id) " " (desc_id) } font-size="12" {
                title id=(title_id) { (msg!(lang, "report-timeline-chart-title")) }
                desc id=(desc_id) { (description.join(&msg!(lang, "report-list-separator"))) }
                (shading(page, &axis, height))
                @for day in axis.each_day().filter(|day| day.weekday() == Weekday::Mon) {
                    line x1=(axis.x(day)) x2=(axis.x(day)) y1=(TOP - 6) y2=(height) stroke="#d9dee5" {}
                    text x=(axis.x(day) + 2) y=(TOP - 10) fill="#5b6675" font-size="11" { (day.format("%m-%d")) }
                }
                line x1=(axis.x(page.as_of)) x2=(axis.x(page.as_of)) y1=(TOP - 22) y2=(height) stroke="#1f3a5f" stroke-width="2" {}
                text x=(axis.x(page.as_of) + 4) y="10" fill="#1f3a5f" font-weight="700" font-size="11" { (msg!(lang, "report-today")) " " (page.as_of) }
                @for (platform, top, bottom, steps) in &blocks {
                    @let (top, y, bottom) = (*top, *top, *bottom);
                    text x="4" y=(y + 15) font-weight="700" fill=(platform_colour(platform.platform)) data-fit={ "0 " (label_width) } { (platform.platform.label(lang)) }
                    rect x=(axis.x_end(platform.earliest_on)) y=(y + 8) width=((axis.x_end(platform.latest_on) - axis.x_end(platform.earliest_on)).max(2)) height="6" fill=(platform_colour(platform.platform)) fill-opacity="0.5" {}
                    path d={ "M" (axis.x_end(platform.latest_on)) " " (y + 4) "l6 7-6 7-6-7z" } fill=(platform_colour(platform.platform)) {}
                    text x=(axis.x_end(platform.latest_on) + 9) y=(y + 15) fill="#1b2430" font-size="11" { (msg!(lang, "report-done-by", date = platform.latest_on)) }
                    @for ((_, start, done, lines), row_y) in steps {
                        @let row_y = *row_y;
                        text x="16" y=(row_y + 15) fill="#1b2430" data-fit={ "0 " (label_width) } {
                            @for (index, line) in lines.iter().enumerate() {
                                @if index == 0 { tspan x="16" { (line) } } @else { tspan x="16" dy=(LINE) { (line) } }
                            }
                        }
                        rect x=(axis.x_end(start.0)) y=(row_y + 5) width=((axis.x_end(done.0) - axis.x_end(start.0)).max(3)) height="12" rx="2" fill=(platform_colour(platform.platform)) {}
                        @if done.1 > done.0 {
                            rect x=(axis.x_end(done.0)) y=(row_y + 5) width=(axis.x_end(done.1) - axis.x_end(done.0)) height="12" rx="2" fill=(platform_tint(platform.platform)) {}
                        }
                    }
                    @if let Some(review) = report.review_of(platform.platform).filter(|review| axis.shows(review.start_by)) {
                        line x1=(axis.x(review.start_by)) x2=(axis.x(review.start_by)) y1=(top + 2) y2=(bottom) stroke="#c62828" stroke-width="2" stroke-dasharray="4 3" {}
                        text x=(axis.x(review.start_by) - 4) y=(top + 15) text-anchor="end" fill="#c62828" font-size="11" { (msg!(lang, "report-submit-by", date = review.start_by)) }
                    }
                    line x1="0" x2=(axis.right()) y1=(bottom) y2=(bottom) stroke="#d9dee5" {}
                }
            }
            figcaption {
                div.legend {
                    span { span.swatch style="background:#5b6675" {} (msg!(lang, "report-legend-earliest")) }
                    span { span.swatch style="background:#c9ced6" {} (msg!(lang, "report-legend-latest")) }
                    span { span.swatch style="background:#e4e7ec" {} (msg!(lang, "report-legend-weekend")) }
                    span { span.swatch style="background:#f6c9c9" {} (msg!(lang, "report-legend-holiday")) }
                    span { span.swatch style="background:#c62828" {} (msg!(lang, "report-legend-submit-by")) }
                }
            }
        }
    }
}

/// Weekends and public holidays shaded over the whole strip.
fn shading(page: &Page<'_>, axis: &DayAxis, height: i64) -> Markup {
    html! {
        @for day in axis.each_day().filter(|day| !page.calendar.is_workday(*day)) {
            @let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
            rect x=(axis.x(day)) y=(TOP - 4) width=(axis.width) height=(height - TOP + 4)
                fill=(if weekend { "#e4e7ec" } else { "#f6c9c9" }) {
                title { (day) " " (if weekend { msg!(page.lang, "report-legend-weekend") } else { msg!(page.lang, "report-legend-holiday") }) }
            }
        }
    }
}

//! What the report's charts share: integer geometry (no floats: an amount becomes a length by
//! integer division), platform colours, status and severity classes, month names, and the
//! day axis that the timeline and renewal strips are drawn on.

use crate::check::Severity;
use crate::lang::Lang;
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::review::ReviewStatus;
use chrono::{Datelike, NaiveDate};

/// The colour of a platform in every chart (the same as the CSS variables).
pub fn platform_colour(platform: Platform) -> &'static str {
    match platform {
        Platform::Wecom => "#2f6fb3",
        Platform::OfficialAccount => "#2e8b57",
        Platform::MiniProgram => "#7a5cc2",
        Platform::Dingtalk => "#d9822b",
        Platform::GovAccount => "#b23b3b",
        Platform::Alipay => "#0a8fb0",
        Platform::Icp => "#6b7280",
    }
}

/// A lighter shade of a platform's colour, for ranges that may or may not be needed.
pub fn platform_tint(platform: Platform) -> &'static str {
    match platform {
        Platform::Wecom => "#b7cde8",
        Platform::OfficialAccount => "#b5dcc5",
        Platform::MiniProgram => "#d5caee",
        Platform::Dingtalk => "#f2d2b0",
        Platform::GovAccount => "#e6bcbc",
        Platform::Alipay => "#acdeeb",
        Platform::Icp => "#d3d6db",
    }
}

/// The CSS class of a renewal status (`s-due`).
pub fn status_class(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::NoReview => "s-none",
        ReviewStatus::Ok => "s-ok",
        ReviewStatus::Due => "s-due",
        ReviewStatus::Critical => "s-critical",
        ReviewStatus::Expired => "s-expired",
        ReviewStatus::Lapsed => "s-lapsed",
    }
}

/// The CSS class of a finding's severity.
pub fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "s-critical",
        Severity::Warning => "s-warning",
        Severity::Info => "s-info",
    }
}

/// A severity in words.
pub fn severity_word(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Critical => msg!(lang, "report-severity-critical"),
        Severity::Warning => msg!(lang, "report-severity-warning"),
        Severity::Info => msg!(lang, "report-severity-info"),
    }
}

/// `amount` as a length out of `full` for the largest amount `max` (0 when `max` is not
/// positive).
pub fn length(amount: Fen, max: Fen, full: i64) -> i64 {
    if max.0 <= 0 || amount.0 <= 0 {
        return 0;
    }
    (i128::from(amount.0) * i128::from(full) / i128::from(max.0)) as i64
}

/// A month's short name: `11月`, `Nov`.
pub fn month_name(month: u32, lang: Lang) -> String {
    const KEYS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let key = KEYS[(month as usize + 11) % 12];
    msg!(lang, "report-month", month = key, number = month)
}

/// A month with its year: `2026年11月`, `Nov 2026`.
pub fn month_label(month: NaiveDate, lang: Lang) -> String {
    msg!(
        lang,
        "report-month-year",
        month = month_name(month.month(), lang),
        year = month.year()
    )
}

/// Days laid out left to right: day `from` at `left`, `width` units per day.
#[derive(Clone, Copy, Debug)]
pub struct DayAxis {
    /// The first day shown.
    pub from: NaiveDate,
    /// Days shown.
    pub days: i64,
    /// Where the first day starts.
    pub left: i64,
    /// Units per day.
    pub width: i64,
}

impl DayAxis {
    /// Where `day` starts, clamped to the axis.
    pub fn x(&self, day: NaiveDate) -> i64 {
        let offset = (day - self.from).num_days().clamp(0, self.days);
        self.left + offset * self.width
    }

    /// Where `day` ends (the start of the next day), clamped to the axis.
    pub fn x_end(&self, day: NaiveDate) -> i64 {
        let offset = ((day - self.from).num_days() + 1).clamp(0, self.days);
        self.left + offset * self.width
    }

    /// The right edge.
    pub fn right(&self) -> i64 {
        self.left + self.days * self.width
    }

    /// Whether `day` is on the axis.
    pub fn shows(&self, day: NaiveDate) -> bool {
        let offset = (day - self.from).num_days();
        (0..self.days).contains(&offset)
    }

    /// Every day on the axis.
    pub fn each_day(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.from.iter_days().take(self.days as usize)
    }
}

/// A generous estimate of the width of `text` drawn `size` units high (bold included): a
/// Chinese or other full-width character takes one em, anything else 0.66 em, wider than Noto
/// Sans' widest common letters on average, so a label given this room is never cut (a browser
/// test measures it).
pub fn text_width(text: &str, size: i64) -> i64 {
    let units: i64 = text
        .chars()
        .map(|c| if is_wide(c) { 100 } else { 66 })
        .sum();
    (units * size + 99) / 100
}

/// `text` broken into lines no wider than `width` (by [`text_width`] at `size`): between
/// words where there are spaces, between characters in Chinese; a word longer than a line
/// is broken between characters. Never cut.
pub fn wrap(text: &str, width: i64, size: i64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Pieces: a word with the space before it, or one wide character.
    let mut pieces: Vec<String> = Vec::new();
    for c in text.chars() {
        match pieces.last_mut() {
            Some(last) if !is_wide(c) && c != ' ' && !last.chars().last().is_some_and(is_wide) => {
                last.push(c)
            }
            _ => pieces.push(c.to_string()),
        }
    }
    for piece in pieces {
        let candidate = format!("{line}{piece}");
        if line.is_empty() || text_width(candidate.trim_end(), size) <= width {
            line = candidate;
            continue;
        }
        lines.push(line.trim_end().to_owned());
        line = piece.trim_start().to_owned();
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    // A single word wider than the line: break it between characters.
    lines
        .into_iter()
        .flat_map(|line| {
            if text_width(&line, size) <= width {
                return vec![line];
            }
            let mut parts = vec![String::new()];
            for c in line.chars() {
                let last = parts.last_mut().expect("one part at least");
                if !last.is_empty() && text_width(&format!("{last}{c}"), size) > width {
                    parts.push(c.to_string());
                } else {
                    last.push(c);
                }
            }
            parts
        })
        .collect()
}

/// Whether `c` is drawn one em wide (CJK, full-width forms, kana, hangul).
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// The width a label column needs for `labels` drawn `size` units high from `indent`, with
/// `gap` after the longest: at least `least`.
pub fn label_column<'a>(
    labels: impl IntoIterator<Item = &'a str>,
    size: i64,
    (indent, gap): (i64, i64),
    least: i64,
) -> i64 {
    labels
        .into_iter()
        .map(|label| indent + text_width(label, size) + gap)
        .fold(least, i64::max)
}

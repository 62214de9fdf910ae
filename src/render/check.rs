//! `check`: findings most severe first — a table with severity, platform, message, fix and
//! source; JSON Lines with `status`; or tidy CSV.

use super::{Context, Envelope, cells, json_line, profile_csv_lines, title_line};
use crate::check::causes::{CauseStatus, JudgedCause};
use crate::check::{Finding, Severity, worst};
use crate::msg;
use crate::profile::Profile;
use crate::render::text::footnotes::Footnotes;
use crate::render::text::table_style::{fit, new_table, shown};
use crate::rules::Rules;
use serde::Serialize;

/// `ok`, or the worst severity's id.
pub fn status(findings: &[Finding]) -> &'static str {
    match worst(findings) {
        None | Some(Severity::Info) => "ok",
        Some(severity) => severity.id(),
    }
}

/// Findings as a table, then the known rejection causes of each platform applied for.
pub fn table(
    context: &Context<'_>,
    profile: &Profile,
    findings: &[Finding],
    causes: &[JudgedCause<'_>],
    rules: &Rules,
) -> String {
    let lang = context.lang;
    let mut out = title_line(
        context,
        profile,
        &msg!(lang, "check-title", date = context.as_of),
    );
    let mut footnotes = Footnotes::default();
    let mut table = new_table([
        msg!(lang, "check-heading-severity"),
        msg!(lang, "check-heading-platform"),
        msg!(lang, "check-heading-finding"),
        msg!(lang, "check-heading-fix"),
        msg!(lang, "check-heading-source"),
    ]);
    for finding in findings {
        let severity = match finding.severity {
            Severity::Critical => msg!(lang, "check-severity-critical"),
            Severity::Warning => msg!(lang, "check-severity-warning"),
            Severity::Info => msg!(lang, "check-severity-info"),
        };
        let platform = finding
            .platform
            .map_or("—", |platform| platform.label(lang));
        table.add_row(vec![
            severity,
            platform.to_owned(),
            // The catalogue decides whether the finding's id follows its message.
            msg!(
                lang,
                "check-finding-cell",
                message = finding.message.get(lang),
                id = finding.id
            ),
            finding.fix.get(lang).to_owned(),
            footnotes.cite(&finding.source),
        ]);
    }
    fit(&mut table, context.width);
    out.push_str(&shown(&table));
    out.push('\n');
    if !causes.is_empty() {
        out.push_str(&msg!(lang, "check-causes-title"));
        out.push('\n');
        for judged in causes {
            let status = match judged.status {
                CauseStatus::RuledOut => msg!(lang, "check-cause-ruled-out"),
                CauseStatus::AtRisk => msg!(lang, "check-cause-at-risk"),
                CauseStatus::Unknown => msg!(lang, "check-cause-unknown"),
            };
            let line = msg!(
                lang,
                "check-cause-line",
                platform = judged.platform.label(lang),
                share = judged.cause.share,
                text = judged.cause.text.get(lang),
                status = status
            );
            let cite = footnotes.cite(&judged.cause.provenance.source);
            out.push_str(&format!("- {line} {cite}\n"));
        }
    }
    out.push_str(&match worst(findings) {
        Some(Severity::Critical) => msg!(lang, "check-verdict-critical"),
        Some(Severity::Warning) => msg!(lang, "check-verdict-warning"),
        None | Some(Severity::Info) => msg!(lang, "check-verdict-ok"),
    });
    out.push('\n');
    out.push_str(&footnotes.section(rules, lang));
    out
}

#[derive(Serialize)]
struct CheckView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    status: &'static str,
    findings: Vec<FindingView<'a>>,
    causes: Vec<CauseView<'a>>,
}

#[derive(Serialize)]
struct CauseView<'a> {
    id: &'a str,
    platform: &'static str,
    share: u32,
    status: &'static str,
    text: &'a str,
    fact: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct FindingView<'a> {
    id: &'static str,
    severity: &'static str,
    platform: Option<&'static str>,
    message: &'a str,
    fix: &'a str,
    fact: &'a str,
    source: &'a str,
}

/// Findings and judged causes as one JSON line.
pub fn json(
    context: &Context<'_>,
    profile: &Profile,
    findings: &[Finding],
    causes: &[JudgedCause<'_>],
) -> String {
    json_line(&CheckView {
        envelope: Envelope::new("check", context, Some(profile)),
        status: status(findings),
        findings: findings
            .iter()
            .map(|finding| FindingView {
                id: finding.id,
                severity: finding.severity.id(),
                platform: finding.platform.map(|platform| platform.id()),
                message: finding.message.get(context.lang),
                fix: finding.fix.get(context.lang),
                fact: &finding.fact,
                source: &finding.source,
            })
            .collect(),
        causes: causes
            .iter()
            .map(|judged| CauseView {
                id: &judged.cause.id,
                platform: judged.platform.id(),
                share: judged.cause.share,
                status: judged.status.id(),
                text: judged.cause.text.get(context.lang),
                fact: &judged.cause.provenance.fact,
                source: &judged.cause.provenance.source,
            })
            .collect(),
    })
}

/// The CSV header.
pub const CSV_HEADER: [&str; 12] = crate::render::with_provenance([
    "profile", "org", "finding", "severity", "platform", "message", "fix", "fact", "source",
]);

/// Findings as CSV rows.
pub fn csv(context: &Context<'_>, profile: &Profile, findings: &[Finding]) -> String {
    let org = profile.org().name.as_str();
    profile_csv_lines(
        context,
        Some(profile),
        findings.iter().map(|finding| {
            let platform = finding.platform.map_or("", |platform| platform.id());
            cells([
                context.profile_path,
                org,
                finding.id,
                finding.severity.id(),
                platform,
                finding.message.get(context.lang),
                finding.fix.get(context.lang),
                &finding.fact,
                &finding.source,
            ])
        }),
    )
}

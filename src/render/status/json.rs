//! `status --format json`: one JSON line per profile with every platform.

use super::action::sentence;
use crate::money::Fen;
use crate::profile::Profile;
use crate::render::workdays::{AssumedDayView, assumed_days};
use crate::render::{Context, Envelope, json_line};
use crate::status::{PlatformStatus, Status};
use serde::Serialize;

#[derive(Serialize)]
struct StatusView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    /// The worst attention of any platform.
    attention: &'static str,
    platforms: Vec<PlatformView>,
    /// Days off assumed from the holiday law (years without a notice); empty otherwise.
    assumed_days_off: Vec<AssumedDayView>,
}

#[derive(Serialize)]
struct PlatformView {
    platform: &'static str,
    stage: &'static str,
    since: Option<String>,
    ends_on: Option<String>,
    overdue: bool,
    provisional: bool,
    attention: &'static str,
    action: String,
    fact: Option<String>,
    source: Option<String>,
    paid_fen: Fen,
    refunded_fen: Fen,
    spent_fen: Fen,
    lost_fen: Fen,
    refund_due: Option<RefundView>,
    still_to_pay_fen: Fen,
}

#[derive(Serialize)]
struct RefundView {
    amount_fen: Fen,
    due_on: Option<String>,
    overdue: bool,
    fact: Option<String>,
    source: Option<String>,
}

fn view(platform: &PlatformStatus, lang: crate::lang::Lang) -> PlatformView {
    let money = &platform.money;
    PlatformView {
        platform: platform.platform.id(),
        stage: platform.stage.id(),
        since: platform.since.map(|day| day.to_string()),
        ends_on: platform.ends_on.map(|day| day.to_string()),
        overdue: platform.overdue,
        provisional: platform.provisional,
        attention: platform.attention.id(),
        action: sentence(platform, lang),
        fact: platform.rule.as_ref().map(|rule| rule.fact.clone()),
        source: platform.rule.as_ref().map(|rule| rule.source.clone()),
        paid_fen: money.paid_fen,
        refunded_fen: money.refunded_fen,
        spent_fen: money.spent_fen(),
        lost_fen: money.lost_fen,
        refund_due: money.refund_due.as_ref().map(|refund| RefundView {
            amount_fen: refund.amount_fen,
            due_on: refund.due_on.map(|day| day.to_string()),
            overdue: refund.overdue,
            fact: refund.rule.as_ref().map(|rule| rule.fact.clone()),
            source: refund.rule.as_ref().map(|rule| rule.source.clone()),
        }),
        still_to_pay_fen: money.still_to_pay_fen,
    }
}

/// One profile's status as a JSON line.
pub fn json(context: &Context<'_>, profile: &Profile, status: &Status) -> String {
    json_line(&StatusView {
        envelope: Envelope::new("status", context, Some(profile)),
        attention: status.worst().id(),
        platforms: status
            .platforms
            .iter()
            .map(|platform| view(platform, context.lang))
            .collect(),
        assumed_days_off: assumed_days(&status.assumed_days_off),
    })
}

//! `explain`: how one quoted figure came about, as a tree — the inputs used, each fee line with
//! the tier chosen, each exemption and subsidy applied or not and why, notes, and every value's
//! fact id and source. Built from the same [`Quote`] the other outputs show, so it cannot
//! disagree with them.

mod item;
mod node;
mod not_chosen;

pub use item::{Figure, Item, item_names};
pub use node::Node;
pub use not_chosen::NotChosen;

use super::{Decision, Line, LineKind, PlatformQuote, Quote};
use crate::i18n::{arg, message, message_with};
use crate::lang::Lang;
use crate::msg;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::rules::tier_name;

/// Explains `item` of `quote`; an error names the platform the profile does not choose.
pub fn explain(
    item: Item,
    profile: &Profile,
    quote: &Quote,
    lang: Lang,
) -> Result<Node, NotChosen> {
    let find = |platform: Platform| {
        quote
            .platforms
            .iter()
            .find(|quoted| quoted.platform == platform)
            .ok_or_else(|| NotChosen {
                platform,
                chosen: quote
                    .platforms
                    .iter()
                    .map(|quoted| quoted.platform)
                    .collect(),
            })
    };
    match item {
        Item::Figure(platform, figure) => Ok(figure_node(profile, find(platform)?, figure, lang)),
        Item::Platform(platform) => {
            let quoted = find(platform)?;
            let mut node = Node::text(platform_title(platform, lang));
            node.children = Figure::ALL
                .iter()
                .map(|figure| figure_node(profile, quoted, *figure, lang))
                .collect();
            Ok(node)
        }
        Item::Total(total) => Ok(total_node(quote, total, lang)),
    }
}

fn figure_node(profile: &Profile, quoted: &PlatformQuote, figure: Figure, lang: Lang) -> Node {
    let value = match figure {
        Figure::First => quoted.first_fen,
        Figure::FailedAttempt => quoted.failed_attempt_fen,
        Figure::AnnualReview => quoted.annual_review_fen,
        Figure::Subsidy => quoted.subsidy_fen,
    };
    let mut root = Node::amount(
        format!(
            "{}.{} = {}",
            quoted.platform,
            figure.id(),
            value.yuan_grouped()
        ),
        value,
    );
    root.children.push(inputs_node(profile, lang));
    if figure == Figure::AnnualReview {
        root.children.push(match &quoted.annual_review_rule {
            Some((rule, fact, source)) => Node::text(msg!(
                lang,
                "explain-each-annual-review-charges-again",
                rule = *rule
            ))
            .sourced(fact, source),
            None => Node::text(message(lang, "explain-no-annual-review-fee-rule")),
        });
    }
    let fee_lines = quoted
        .lines
        .iter()
        .filter(|line| line.kind == LineKind::Fee);
    for fee in fee_lines {
        // A subsidy reimburses the first certification as a whole, not a fee line.
        if figure == Figure::Subsidy {
            continue;
        }
        let mut node = line_node(fee, lang);
        let included = match figure {
            Figure::First => true,
            Figure::FailedAttempt => !fee.refundable,
            Figure::AnnualReview => fee.annual,
            Figure::Subsidy => false,
        };
        if !included {
            let why = match figure {
                Figure::FailedAttempt => message(lang, "explain-not-counted-refunded-when-the"),
                _ => message(lang, "explain-not-counted-not-charged-at"),
            };
            node.children.push(Node::text(why));
        }
        if let Some(tier) = &fee.tier {
            let range = tier
                .max_members
                .map_or(format!("≥ {}", tier.min_members), |max| {
                    format!("{}–{max}", tier.min_members)
                });
            node.children.push(Node::text(msg!(
                lang,
                "explain-tier",
                tier = tier_name(tier.id, lang),
                range = range,
                members = profile.org().members.get()
            )));
        }
        for decision in quoted
            .decisions
            .iter()
            .filter(|decision| decision.target == fee.rule)
        {
            let waived = quoted.lines.iter().find(|line| {
                line.kind == LineKind::Exemption
                    && line.rule == decision.rule
                    && line.item == fee.item
            });
            let label = decision_label(decision, "explain-exemption", lang);
            let node_for = match waived {
                Some(line) if included => Node::amount(
                    format!("{label} = {}", line.amount.yuan_grouped()),
                    line.amount,
                ),
                _ => Node::text(label),
            };
            node.children
                .push(node_for.sourced(decision.fact, decision.source));
        }
        root.children.push(node);
    }
    if matches!(figure, Figure::First | Figure::Subsidy) {
        for decision in quoted
            .decisions
            .iter()
            .filter(|decision| decision.target.ends_with(".first_fen"))
        {
            let label = decision_label(decision, "explain-subsidy", lang);
            let subsidy = quoted
                .lines
                .iter()
                .find(|line| line.kind == LineKind::Subsidy && line.rule == decision.rule);
            let node = match subsidy {
                Some(line) if figure == Figure::Subsidy => Node::amount(label, -line.amount),
                Some(_) => Node::text(msg!(
                    lang,
                    "explain-reimbursed-later-does-not-reduce",
                    label = label
                )),
                None => Node::text(label),
            };
            root.children
                .push(node.sourced(decision.fact, decision.source));
        }
    }
    for note in &quoted.notes {
        root.children.push(
            Node::text(msg!(lang, "explain-note", text = note.text.get(lang)))
                .sourced(&note.fact, &note.source),
        );
    }
    root
}

/// `exemption wecom.exempt_full — not applied: …`: what was decided about a rule, and why.
fn decision_label(decision: &Decision, what: &str, lang: Lang) -> String {
    let verdict = if decision.applied {
        "explain-applied"
    } else {
        "explain-not-applied"
    };
    message_with(
        lang,
        verdict,
        &[
            ("what", arg(message(lang, what))),
            ("rule", arg(decision.rule)),
            ("reason", arg(decision.reason.describe(lang))),
        ],
    )
}

fn line_node(line: &Line, lang: Lang) -> Node {
    Node::amount(
        format!(
            "{} {} = {}",
            line.item,
            line.name.get(lang),
            line.amount.yuan_grouped()
        ),
        line.amount,
    )
    .sourced(line.fact, line.source)
}

/// A platform as an explain tree names it: the id an item is written with, and its name
/// (for Chinese readers in full-width brackets).
fn platform_title(platform: Platform, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{platform}（{}）", platform.label(lang)),
        Lang::En => format!("{platform} ({})", platform.label(lang)),
    }
}

fn inputs_node(profile: &Profile, lang: Lang) -> Node {
    let org = profile.org();
    let region = org.region.as_deref().unwrap_or("-");
    // The profile's keys and values, which Chinese readers get in words (the key in brackets).
    let text = msg!(
        lang,
        "explain-inputs",
        kind_id = org.kind.id(),
        kind = org.kind.label(lang),
        members = org.members.get(),
        region = region,
        small_micro = org.small_micro.to_string(),
        poverty_county = org.poverty_county.to_string()
    );
    Node::text(text)
}

fn total_node(quote: &Quote, total: &str, lang: Lang) -> Node {
    let (value, formula) = match total {
        "first_fen" => (quote.first_fen, "Σ first_fen"),
        "subsidy_fen" => (quote.subsidy_fen, "Σ subsidy_fen"),
        "net_first_fen" => (quote.net_first_fen, "first_fen − subsidy_fen"),
        _ => (
            quote.total_fen,
            "Σ first_fen + (years − 1) × Σ annual_review_fen",
        ),
    };
    let mut root = Node::amount(
        format!(
            "{total} = {} ({formula}; years = {})",
            value.yuan_grouped(),
            quote.years
        ),
        value,
    );
    for quoted in &quote.platforms {
        let mut node = Node::text(platform_title(quoted.platform, lang));
        node.children.push(Node::amount(
            format!("first_fen = {}", quoted.first_fen.yuan_grouped()),
            quoted.first_fen,
        ));
        node.children.push(Node::amount(
            format!("subsidy_fen = {}", quoted.subsidy_fen.yuan_grouped()),
            quoted.subsidy_fen,
        ));
        node.children.push(Node::amount(
            format!(
                "annual_review_fen = {}",
                quoted.annual_review_fen.yuan_grouped()
            ),
            quoted.annual_review_fen,
        ));
        root.children.push(node);
    }
    root
}

//! One node of an explanation tree: a label, the amount it stands for, its fact and source,
//! and the steps under it.

use crate::money::Fen;
use serde::Serialize;

/// One node of an explanation.
#[derive(Clone, Debug, Serialize)]
pub struct Node {
    /// What this node says.
    pub label: String,
    /// The amount it stands for, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_fen: Option<Fen>,
    /// Fact id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    /// Source id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Sub-steps.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
}

impl Node {
    pub(super) fn text(label: String) -> Node {
        Node {
            label,
            amount_fen: None,
            fact: None,
            source: None,
            children: Vec::new(),
        }
    }

    pub(super) fn amount(label: String, amount: Fen) -> Node {
        Node {
            amount_fen: Some(amount),
            ..Node::text(label)
        }
    }

    pub(super) fn sourced(mut self, fact: &str, source: &str) -> Node {
        self.fact = Some(fact.to_owned());
        self.source = Some(source.to_owned());
        self
    }
}

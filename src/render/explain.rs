//! `explain` trees as text (box-drawing branches) and as JSON.

use super::{Context, Envelope, json_line};
use crate::quote::explain::Node;
use serde::Serialize;

/// The tree as indented text with `├─`/`└─` branches and `[fact · source]` tags.
pub fn text(node: &Node) -> String {
    let mut out = String::new();
    out.push_str(&node_line(node));
    out.push('\n');
    write_children(&node.children, "", &mut out);
    out
}

fn write_children(children: &[Node], prefix: &str, out: &mut String) {
    for (index, child) in children.iter().enumerate() {
        let last = index + 1 == children.len();
        out.push_str(prefix);
        out.push_str(if last { "└─ " } else { "├─ " });
        out.push_str(&node_line(child));
        out.push('\n');
        let deeper = format!("{prefix}{}", if last { "   " } else { "│  " });
        write_children(&child.children, &deeper, out);
    }
}

fn node_line(node: &Node) -> String {
    match (&node.fact, &node.source) {
        (Some(fact), Some(source)) => format!("{}  [{fact} · {source}]", node.label),
        _ => node.label.clone(),
    }
}

#[derive(Serialize)]
struct ExplainView<'a> {
    #[serde(flatten)]
    envelope: Envelope<'a>,
    item: &'a str,
    tree: &'a Node,
}

/// The tree as one line of JSON.
pub fn json(context: &Context<'_>, item: &str, node: &Node) -> String {
    let view = ExplainView {
        envelope: Envelope::new("explain", context, None),
        item,
        tree: node,
    };
    json_line(&view)
}

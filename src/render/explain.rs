//! `explain` trees as text (box-drawing branches) and as JSON.

use super::{Context, Envelope, json_line, title_line};
use crate::msg;
use crate::profile::Profile;
use crate::quote::explain::Node;
use serde::Serialize;

/// The tree of `item` as indented text with `├─`/`└─` branches and `[fact · source]` tags,
/// under the title line naming the organisation and where its profile is.
pub fn text(context: &Context<'_>, profile: &Profile, item: &str, node: &Node) -> String {
    let title = msg!(context.lang, "explain-title", item = item);
    let mut out = title_line(context, profile, &title);
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

/// The tree as one line of JSON, with the profile's `org` and provenance.
pub fn json(context: &Context<'_>, profile: &Profile, item: &str, node: &Node) -> String {
    let view = ExplainView {
        envelope: Envelope::new("explain", context, Some(profile)),
        item,
        tree: node,
    };
    json_line(&view)
}

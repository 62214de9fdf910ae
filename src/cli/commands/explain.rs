//! `certplan explain [PROFILE] ITEM`.

use crate::cli::args::{ExplainArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::DEFAULT_PROFILE;
use crate::cli::session::Session;
use certplan::diagnostic::nearest;
use certplan::lang::Lang;
use certplan::msg;
use certplan::platform::Platform;
use certplan::quote::explain::{Item, explain, item_names};
use certplan::quote::quote;
use certplan::render::explain as render;
use std::path::PathBuf;

/// Explains one figure of one profile's quote.
pub fn run(session: &mut Session, args: &ExplainArgs) -> Result<Exit, CliError> {
    let format = session.format("explain")?;
    let (profile, item_text) = match args.args.as_slice() {
        [item] => (PathBuf::from(DEFAULT_PROFILE), item.as_str()),
        [profile, item] => (PathBuf::from(profile), item.as_str()),
        _ => return Err(CliError::Usage(msg!(session.lang, "explain-usage"))),
    };
    let item: Item = item_text
        .parse()
        .map_err(|_: String| CliError::Usage(unknown_item(item_text, session.lang)))?;
    session.for_each_profile(std::slice::from_ref(&profile), |session, path, profile| {
        let quoted = quote(&profile, &session.rules, session.as_of, args.years);
        session.representable(path.label(), &quoted)?;
        session.assumptions(path.label(), &quoted.assumptions)?;
        let tree = explain(item, &profile, &quoted, session.lang).map_err(CliError::Usage)?;
        let context = session.context(path);
        let text = match format {
            Format::Json => render::json(&context, item_text, &tree),
            _ => render::text(&tree),
        };
        session.output.write(&text)?;
        Ok(Exit::Ok)
    })
}

/// Why `text` is no item, with the nearest one — `wecom.total` meets the figures of WeCom, not
/// the platform id `wecom` — or the Chinese platform name's id.
fn unknown_item(text: &str, lang: Lang) -> String {
    let (platform, _) = text.split_once('.').unwrap_or((text, ""));
    if let Some(named) = Platform::ALL
        .iter()
        .find(|candidate| candidate.label(Lang::Zh) == platform)
    {
        let meant = text.replacen(platform, named.id(), 1);
        return msg!(
            lang,
            "explain-unknown-item-chinese",
            item = text,
            meant = meant
        );
    }
    let names: Vec<String> = item_names()
        .into_iter()
        .filter(|name| !text.contains('.') || name.starts_with(&format!("{platform}.")))
        .collect();
    let names = if names.is_empty() {
        item_names()
    } else {
        names
    };
    match nearest(text, names.iter().map(String::as_str)) {
        Some(_) if text.contains('.') && text.ends_with("total") => {
            msg!(
                lang,
                "explain-unknown-item-total",
                item = text,
                platform = platform
            )
        }
        Some(best) => msg!(
            lang,
            "explain-unknown-item-nearest",
            item = text,
            best = best
        ),
        None => msg!(lang, "explain-unknown-item", item = text),
    }
}

//! `certplan explain [PROFILE] ITEM`.

use crate::cli::args::{ExplainArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::{DEFAULT_PROFILE, is_list};
use crate::cli::session::Session;
use certplan::diagnostic::nearest;
use certplan::lang::Lang;
use certplan::msg;
use certplan::platform::Platform;
use certplan::quote::explain::{Item, explain, item_names};
use certplan::quote::quote;
use certplan::render::explain as render;
use std::path::PathBuf;

/// Explains one figure of every profile the argument names (a file, a folder, a client list).
/// With one profile file an item it does not choose is a usage error (64); among several, each
/// such profile is said on stderr and the others go on: the run exits 1, or 64 when the item
/// applies to none of them.
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
    let several = profile.is_dir() || is_list(&profile);
    let mut explained = 0_usize;
    let mut refused = None;
    let exit =
        session.for_each_profile(std::slice::from_ref(&profile), |session, path, profile| {
            let quoted = quote(&profile, &session.rules, session.as_of, args.years);
            session.representable(path.label(), &quoted)?;
            session.assumptions(path.label(), &quoted.assumptions)?;
            let context = session.context(path);
            let tree = match explain(item, &profile, &quoted, session.lang) {
                Ok(tree) => tree,
                Err(not_chosen) if several => {
                    let said = not_chosen.message_for(
                        session.lang,
                        &context.source(),
                        &profile.org().name,
                        item_text,
                    );
                    session.notes.warning(&said);
                    refused = Some(not_chosen.platform);
                    return Ok(Exit::Warning);
                }
                Err(not_chosen) => return Err(CliError::Usage(not_chosen.message(session.lang))),
            };
            explained += 1;
            let text = match format {
                Format::Json => render::json(&context, &profile, item_text, &tree),
                _ => render::text(&context, &profile, item_text, &tree),
            };
            session.write_result(format, &text)?;
            Ok(Exit::Ok)
        })?;
    match refused {
        Some(platform) if explained == 0 && exit == Exit::Warning => Err(CliError::Usage(msg!(
            session.lang,
            "explain-applies-to-none",
            item = item_text,
            platform = platform.label(session.lang)
        ))),
        _ => Ok(exit),
    }
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

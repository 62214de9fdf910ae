//! `certplan explain [PROFILE] ITEM`.

use crate::cli::args::{ExplainArgs, Format};
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::DEFAULT_PROFILE;
use crate::cli::session::Session;
use certplan::diagnostic::nearest;
use certplan::quote::explain::{Item, explain, item_names};
use certplan::quote::quote;
use certplan::render::{Context, explain as render};
use std::path::PathBuf;

/// Explains one figure of one profile's quote.
pub fn run(session: &mut Session, args: &ExplainArgs) -> Result<Exit, CliError> {
    let format = session.format("explain", &[Format::Table, Format::Json])?;
    let (profile, item_text) = match args.args.as_slice() {
        [item] => (PathBuf::from(DEFAULT_PROFILE), item.as_str()),
        [profile, item] => (PathBuf::from(profile), item.as_str()),
        _ => return Err(CliError::Usage("explain takes [PROFILE] ITEM".to_owned())),
    };
    let item: Item = item_text.parse().map_err(|error: String| {
        // `wecom.total` should meet the figures of WeCom, not the platform id `wecom`: with a
        // platform prefix, only that platform's figures are candidates.
        let names: Vec<String> = match item_text.split_once('.') {
            Some((platform, _)) => item_names()
                .into_iter()
                .filter(|name| name.starts_with(&format!("{platform}.")))
                .collect(),
            None => item_names(),
        };
        let names = if names.is_empty() { item_names() } else { names };
        let hint = match nearest(item_text, names.iter().map(String::as_str)) {
            Some(_) if item_text.contains('.') && item_text.ends_with("total") => {
                let platform = item_text.split('.').next().unwrap_or_default();
                format!(
                    "did you mean `{platform}.first_fen`? (the total over every platform and year is `total_fen`)"
                )
            }
            Some(best) => format!("did you mean `{best}`?"),
            None => "items: a platform (wecom), a figure (wecom.first_fen) or a total (total_fen)"
                .to_owned(),
        };
        CliError::Usage(format!("{error}; {hint}"))
    })?;
    session.for_each_profile(std::slice::from_ref(&profile), |session, path, profile| {
        let quoted = quote(&profile, &session.rules, session.as_of, args.years);
        session.representable(path, &quoted)?;
        session.assumptions(path, &quoted.assumptions)?;
        let tree = explain(item, &profile, &quoted, session.lang).map_err(CliError::Usage)?;
        let context = Context {
            profile_path: path,
            as_of: session.as_of,
            lang: session.lang,
            width: session.table_width,
        };
        let text = match format {
            Format::Json => render::json(&context, item_text, &tree),
            _ => render::text(&tree),
        };
        session.output.write(&text)?;
        Ok(Exit::Ok)
    })
}

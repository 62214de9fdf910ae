//! `certplan init [PATH]`: a commented profile template that quotes as it is.

use crate::cli::args::{Global, InitArgs};
use crate::cli::exit::Exit;
use crate::cli::output::Output;
use crate::cli::report::{Kind, report};
use certplan::lang::Lang;
use certplan::msg;

/// The template written by `init`, with English comments.
pub const TEMPLATE: &str = include_str!("profile_template.toml");
/// The same template with Chinese comments (`--lang zh`): keys and values are the same ids.
pub const TEMPLATE_ZH: &str = include_str!("profile_template.zh.toml");

/// Writes the template, its comments in `lang`, to the path (atomically; an existing file only
/// with `--force`).
pub fn run(global: &Global, args: &InitArgs, lang: Lang) -> anyhow::Result<Exit> {
    let mut output = Output::open(Some(&args.path), global.force)?;
    output.write(match lang {
        Lang::Zh => TEMPLATE_ZH,
        Lang::En => TEMPLATE,
    })?;
    output.finish(true)?;
    let path = args.path.display().to_string();
    report(Kind::Note, lang, &msg!(lang, "init-wrote", path = path));
    Ok(Exit::Ok)
}

//! `certplan init [PATH]`: a commented profile template that quotes as it is.

use crate::cli::args::{Global, InitArgs};
use crate::cli::exit::Exit;
use crate::cli::output::Output;

/// The template written by `init`.
pub const TEMPLATE: &str = include_str!("profile_template.toml");

/// Writes the template to the path (atomically; an existing file only with `--force`).
pub fn run(global: &Global, args: &InitArgs) -> anyhow::Result<Exit> {
    let mut output = Output::open(Some(&args.path), global.force)?;
    output.write(TEMPLATE)?;
    output.finish(true)?;
    eprintln!(
        "certplan: wrote {}; edit it, then run: certplan quote {}",
        args.path.display(),
        args.path.display()
    );
    Ok(Exit::Ok)
}

//! `certplan completions SHELL` and `certplan man`, generated from the clap definitions.

use crate::cli::args::{Cli, Global};
use crate::cli::exit::Exit;
use crate::cli::output::Output;
use clap::CommandFactory;

/// Shell completions for `shell`.
pub fn completions(global: &Global, shell: clap_complete::Shell) -> anyhow::Result<Exit> {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut described(), "certplan", &mut bytes);
    emit(global, &String::from_utf8(bytes)?)
}

/// The man page, in roff.
pub fn man(global: &Global) -> anyhow::Result<Exit> {
    let mut bytes = Vec::new();
    clap_mangen::Man::new(described()).render(&mut bytes)?;
    emit(global, &String::from_utf8(bytes)?)
}

/// The command tree with its descriptions in the reader's language, as `--help` shows them.
fn described() -> clap::Command {
    crate::cli::help::localized(Cli::command(), crate::cli::report::language())
}

fn emit(global: &Global, text: &str) -> anyhow::Result<Exit> {
    let mut output = Output::open(global.output.as_deref(), global.force)?;
    output.write(text)?;
    output.finish(true)?;
    Ok(Exit::Ok)
}

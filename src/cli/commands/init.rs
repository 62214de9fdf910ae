//! `certplan init [PATH]`: a commented profile template that quotes as it is, or with
//! `--format xlsx|csv` a client-list template (headers in the language, drop-downs, two example
//! rows that quote as they are, a sheet explaining each column).

use crate::cli::args::{Format, Global, InitArgs};
use crate::cli::exit::Exit;
use crate::cli::output::Output;
use crate::cli::report::{Kind, report};
use crate::cli::session::choose_format;
use certplan::lang::Lang;
use certplan::list::examples::example_rows;
use certplan::msg;
use certplan::render::list::list_csv;
use certplan::render::xlsx::list_workbook;
use std::path::PathBuf;

/// The template written by `init`, with English comments.
pub const TEMPLATE: &str = include_str!("profile_template.toml");
/// The same template with Chinese comments (`--lang zh`): keys and values are the same ids.
pub const TEMPLATE_ZH: &str = include_str!("profile_template.zh.toml");

/// Writes the template in `lang` to PATH or `-o` (atomically; an existing file only with
/// `--force`).
pub fn run(global: &Global, args: &InitArgs, lang: Lang) -> anyhow::Result<Exit> {
    // Without --format, the file's name says what to write: `init clients.xlsx` is a list
    // template, never a profile template in a file named .xlsx.
    let named = args
        .path
        .as_deref()
        .or(global.output.as_deref())
        .and_then(Format::of_extension);
    let asked = global.format.as_deref().or(named.map(Format::name));
    let format = choose_format("init", asked, lang)?;
    let path = args
        .path
        .clone()
        .or_else(|| global.output.clone())
        .unwrap_or_else(|| {
            PathBuf::from(match format {
                Format::Xlsx => "clients.xlsx",
                Format::Csv => "clients.csv",
                _ => "certplan.toml",
            })
        });
    let mut output = Output::open(Some(&path), global.force)?;
    let rows = example_rows(lang);
    match format {
        Format::Xlsx => {
            let bytes = list_workbook(&rows, lang).map_err(|error| {
                crate::cli::error::CliError::CannotWrite {
                    path: path.clone(),
                    cause: std::io::Error::other(error.to_string()),
                }
            })?;
            output.write_bytes(&bytes)?;
        }
        Format::Csv => output.write(&list_csv(&rows, lang))?,
        _ => output.write(&template(lang, &path))?,
    }
    output.finish(true)?;
    let shown = path.display().to_string();
    let wrote = match format {
        Format::Xlsx | Format::Csv => msg!(lang, "list-template-wrote", path = shown),
        _ => msg!(lang, "init-wrote", path = shown),
    };
    report(Kind::Note, lang, &wrote);
    if args.path.is_none() && global.output.is_some() {
        // `init` takes its file as its argument, like the README shows it.
        let command = format!("certplan init {}", shell_word(&path.display().to_string()));
        report(
            Kind::Note,
            lang,
            &msg!(lang, "init-as-argument", command = command),
        );
    }
    Ok(Exit::Ok)
}

/// The profile template in `lang`, its header naming the file it is written to.
fn template(lang: Lang, path: &std::path::Path) -> String {
    let text = match lang {
        Lang::Zh => TEMPLATE_ZH,
        Lang::En => TEMPLATE,
    };
    let named = format!("certplan quote {}", shell_word(&path.display().to_string()));
    text.replacen("certplan quote certplan.toml", &named, 1)
}

/// `word` as typed in a shell: quoted when it holds anything but letters, digits and `._/-`.
fn shell_word(word: &str) -> String {
    let plain = word
        .chars()
        .all(|c| c.is_alphanumeric() || "._/-".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

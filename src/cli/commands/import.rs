//! `certplan import LIST… --to DIR`: one profile file per list row (or per profile given), named
//! after its `client_id` or its name, each opening with a comment naming its source. No file
//! in DIR is ever replaced: a name already taken gets a suffix (`-2`, `-3`, …).

use crate::cli::args::ImportArgs;
use crate::cli::error::CliError;
use crate::cli::exit::Exit;
use crate::cli::input::Origin;
use crate::cli::report::{Kind, report};
use crate::cli::session::Session;
use crate::cli::tables::for_each_table;
use certplan::lang::Lang;
use certplan::list::profile_file::{file_stem, profile_text};
use certplan::msg;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Writes the profiles, then says how many and where.
pub fn run(session: &mut Session, args: &ImportArgs) -> Result<Exit, CliError> {
    let cannot_write = |path: &Path, cause| CliError::CannotWrite {
        path: path.to_owned(),
        cause,
    };
    std::fs::create_dir_all(&args.to).map_err(|cause| cannot_write(&args.to, cause))?;
    let (mut written, mut renamed) = (0_usize, 0_usize);
    let exit = for_each_table(session, &args.lists, |session, source, table| {
        let text = profile_text(&table, &source_words(source, session.lang));
        let suffixed = write_new(&args.to, &file_stem(&table), &text)
            .map_err(|(path, cause)| cannot_write(&path, cause))?;
        written += 1;
        renamed += usize::from(suffixed);
        Ok(Exit::Ok)
    })?;
    let dir = args.to.display().to_string();
    let note = msg!(
        session.lang,
        "import-wrote",
        count = written,
        dir = dir.as_str()
    );
    report(Kind::Note, session.lang, &note);
    if renamed > 0 {
        // A second import of the same list doubles every client: say so.
        let warning = msg!(session.lang, "import-renamed", count = renamed, dir = dir);
        session.notes.warning(&warning);
    }
    Ok(exit)
}

/// Where a profile came from, in words for the comment that opens its file.
fn source_words(source: &Origin, lang: Lang) -> String {
    let file = source.file.as_str();
    match (&source.sheet, source.row) {
        (Some(sheet), Some(row)) => {
            msg!(
                lang,
                "import-source-sheet-row",
                file = file,
                sheet = sheet.as_str(),
                row = row
            )
        }
        (None, Some(row)) => msg!(lang, "import-source-row", file = file, row = row),
        _ => msg!(lang, "import-source-file", file = file),
    }
}

/// Creates `DIR/STEM.toml`, or the first of `STEM-2.toml`, `STEM-3.toml`, … that does not
/// exist, with `text`; never opens an existing file. Returns whether a suffix was needed.
fn write_new(dir: &Path, stem: &str, text: &str) -> Result<bool, (PathBuf, std::io::Error)> {
    for suffix in 1_usize.. {
        let name = match suffix {
            1 => format!("{stem}.toml"),
            n => format!("{stem}-{n}.toml"),
        };
        let path = dir.join(name);
        let created = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        match created {
            Ok(mut file) => {
                return file
                    .write_all(text.as_bytes())
                    .map(|()| suffix > 1)
                    .map_err(|cause| (path, cause));
            }
            Err(error) if error.kind() == ErrorKind::AlreadyExists => continue,
            Err(error) => return Err((path, error)),
        }
    }
    unreachable!("some suffix is free")
}

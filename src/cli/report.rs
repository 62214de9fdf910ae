//! What certplan says on stderr, in the reader's language: `certplan: error: …`,
//! `certplan：错误：…`. The language is chosen once from the arguments and environment (the
//! same rule as for output), so that even an error before any command has run reads right.

use super::error::{CliError, describe_io};
use certplan::lang::Lang;
use certplan::msg;
use certplan::render::text::visible::visible;

/// The kinds of line certplan writes to stderr.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// The run, or one profile of a batch, failed.
    Error,
    /// Something likely wrong that did not stop the run.
    Warning,
    /// Something the reader should know (assumptions, provisional dates).
    Note,
}

/// The language of messages: `--lang` if given, else the locale (LC_ALL, LC_MESSAGES, LANG).
pub fn language() -> Lang {
    let arguments: Vec<String> = std::env::args().collect();
    let given = arguments.iter().enumerate().find_map(|(index, argument)| {
        argument
            .strip_prefix("--lang=")
            .map(str::to_owned)
            .or_else(|| {
                (argument == "--lang")
                    .then(|| arguments.get(index + 1).cloned())
                    .flatten()
            })
    });
    // A --lang clap will refuse: its message follows the locale.
    given
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_else(|| Lang::from_locale(super::locale().as_deref()))
}

/// Writes one line (or message) to stderr with its prefix, control characters made visible.
pub fn report(kind: Kind, lang: Lang, message: &str) {
    let message = visible(message).into_owned();
    let line = match kind {
        Kind::Error => msg!(lang, "report-error", message = message),
        Kind::Warning => msg!(lang, "report-warning", message = message),
        Kind::Note => msg!(lang, "report-note", message = message),
    };
    eprintln!("{line}");
}

impl CliError {
    /// The message in `lang` (the `Display` text is English, for error chains and logs).
    pub fn message(&self, lang: Lang) -> String {
        let path = |path: &std::path::Path| path.display().to_string();
        match self {
            CliError::Unreadable { path: file, cause } => msg!(
                lang,
                "error-unreadable",
                path = path(file),
                why = io_reason(cause, lang)
            ),
            CliError::NotAFile { path: file, kind } => msg!(
                lang,
                "error-not-a-file",
                path = path(file),
                kind = kind_in(kind, lang)
            ),
            CliError::TooLarge { path: file, limit } => msg!(
                lang,
                "error-too-large",
                path = path(file),
                limit = limit / 1024
            ),
            CliError::NoDefaultProfile => msg!(lang, "error-no-default-profile"),
            CliError::NoProfiles(dir) => msg!(lang, "error-no-profiles", path = path(dir)),
            CliError::OutputExists(file) => msg!(lang, "error-output-exists", path = path(file)),
            CliError::CannotWrite { path: file, cause } => msg!(
                lang,
                "error-cannot-write",
                path = path(file),
                why = io_reason(cause, lang)
            ),
            CliError::NotRegularOutput { path: file, kind } => msg!(
                lang,
                "error-not-regular-output",
                path = path(file),
                kind = kind_in(kind, lang)
            ),
            CliError::OutputIsInput { output, input } if output == input => {
                msg!(lang, "error-output-is-named-input", output = path(output))
            }
            CliError::OutputIsInput { output, input } => msg!(
                lang,
                "error-output-is-input",
                output = path(output),
                input = path(input)
            ),
            CliError::OutputInInputFolder { output, folder } => msg!(
                lang,
                "error-output-in-input-folder",
                output = path(output),
                folder = path(folder)
            ),
            CliError::StdoutFailed(cause) => {
                msg!(lang, "error-stdout", why = io_reason(cause, lang))
            }
            other => other.to_string(),
        }
    }
}

/// What a file is (`directory`, `FIFO`, …, as the error carries it) in `lang`.
fn kind_in(kind: &str, lang: Lang) -> String {
    match kind {
        "directory" => msg!(lang, "file-kind-directory"),
        "FIFO" => msg!(lang, "file-kind-fifo"),
        "device" => msg!(lang, "file-kind-device"),
        "socket" => msg!(lang, "file-kind-socket"),
        "symbolic link" => msg!(lang, "file-kind-link"),
        "link to something other than a file" => msg!(lang, "file-kind-link-elsewhere"),
        _ => msg!(lang, "file-kind-special"),
    }
}

/// An I/O error's reason in `lang`.
fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    match (lang, error.kind()) {
        (Lang::Zh, ErrorKind::NotFound) => msg!(lang, "io-not-found"),
        (Lang::Zh, ErrorKind::PermissionDenied) => msg!(lang, "io-permission"),
        (Lang::Zh, ErrorKind::StorageFull) => msg!(lang, "io-full"),
        (Lang::Zh, ErrorKind::IsADirectory) => msg!(lang, "io-is-directory"),
        (Lang::Zh, ErrorKind::ReadOnlyFilesystem) => msg!(lang, "io-read-only"),
        (Lang::Zh, _) if error.raw_os_error() == Some(super::error::EBADF) => {
            msg!(lang, "io-closed")
        }
        _ => describe_io(error),
    }
}

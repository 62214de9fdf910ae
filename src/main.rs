//! The `certplan` binary: run the command line, print any error chain once, exit with the
//! code the error maps to (see `cli::exit`).

#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    match cli::run(std::env::args_os()) {
        Ok(exit) => exit.into(),
        Err(error) => {
            let lang = cli::report::language();
            cli::report::report(cli::report::Kind::Error, lang, &cli::describe(&error));
            cli::exit::Exit::for_error(&error).into()
        }
    }
}

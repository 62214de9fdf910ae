//! The `certplan` binary: run the command line, print any error chain once, exit with the
//! code the error maps to (see `cli::exit`).

#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    match cli::run(std::env::args_os()) {
        Ok(exit) => exit.into(),
        Err(error) => {
            let message = format!("{error:#}");
            eprintln!(
                "certplan: error: {}",
                certplan::render::visible::visible(&message)
            );
            cli::exit::Exit::for_error(&error).into()
        }
    }
}

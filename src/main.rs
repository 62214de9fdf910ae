//! The `certplan` binary: run the command line, print any error chain once, exit with the
//! code the error maps to (see `cli::exit`).

#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    match cli::run(std::env::args_os()) {
        Ok(exit) => exit.into(),
        Err(error) => {
            eprintln!("certplan: error: {error:#}");
            cli::exit::Exit::for_error(&error).into()
        }
    }
}

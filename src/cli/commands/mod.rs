//! One module per command: each reads its inputs through the session, calls the library, and
//! writes what a renderer returns.

pub mod benefits;
pub mod check;
pub mod checklist;
pub mod explain;
pub mod export;
pub mod forecast;
pub mod generate;
pub mod import;
pub mod init;
pub mod log;
pub mod quote;
pub mod remind;
pub mod report;
pub mod rules;
pub mod status;
pub mod timeline;
pub mod workdays;

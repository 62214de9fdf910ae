//! certplan — a certification planner for WeCom, WeChat Official Accounts and Mini Programs,
//! DingTalk and government WeChat accounts.
//!
//! Data flows one way:
//! profile TOML → [`profile::Profile`] → [`rules::Rules`] in force on the as-of date →
//! a plan ([`quote::Quote`], …) → a renderer in [`render`] that returns a string.
//!
//! This library never prints and never reads the clock or the file system: the binary's CLI
//! layer does that and hands values in.

#![forbid(unsafe_code)]

pub mod benefits;
pub mod calendar;
pub mod check;
pub mod checklist;
pub mod date_value;
pub mod diagnostic;
pub mod entity_kind;
mod id_enum;
pub mod lang;
pub mod money;
pub mod platform;
pub mod prepared;
pub mod profile;
pub mod quote;
pub mod render;
pub mod review;
pub mod rules;
pub mod timeline;
pub mod toml_location;

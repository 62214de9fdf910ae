//! certplan — a certification planner for WeCom, WeChat Official Accounts and Mini Programs,
//! DingTalk and government WeChat accounts.
//!
//! Data flows one way:
//! profile TOML → [`profile::Profile`] → [`rules::Rules`] in force on the as-of date →
//! a plan ([`quote::Quote`], …) → a renderer in [`render`] that returns a string.
//!
//! This library never prints and never reads the clock or the file system: the binary's CLI
//! layer does that and hands values in.
//!
//! ```
//! use certplan::{profile::parse_profile, quote::quote, rules::embedded_rules};
//! use chrono::NaiveDate;
//!
//! let profile = parse_profile(
//!     "acme.toml",
//!     "[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 1500\n[platforms.wecom]\n",
//! )
//! .unwrap();
//! let as_of = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let rules = embedded_rules();
//! let quoted = quote(&profile, &rules, as_of, 3);
//! // 300 CNY review fee + 2 700 CNY medium-tier scale fee, in fen; then two annual reviews.
//! assert_eq!(quoted.first_fen.0, 300_000);
//! assert_eq!(quoted.total_fen.0, 900_000);
//! assert_eq!(quoted.platforms[0].failed_attempt_fen.0, 30_000);
//! ```

#![forbid(unsafe_code)]

pub mod benefits;
pub mod calendar;
pub mod check;
pub mod checklist;
pub mod date_value;
pub mod diagnostic;
pub mod entity_kind;
pub mod forecast;
pub mod i18n;
mod id_enum;
pub mod lang;
pub mod list;
pub mod money;
pub mod platform;
pub mod prepared;
pub mod profile;
pub mod quote;
pub mod render;
pub mod report;
pub mod review;
pub mod rules;
pub mod status;
pub mod timeline;
pub mod toml_location;

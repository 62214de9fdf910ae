//! Renderers: pure functions from a plan to the bytes users see, one module per command and
//! format family. They return strings; the CLI decides where those go.

pub mod explain;
pub mod footnotes;
pub mod quote_csv;
pub mod quote_json;
pub mod quote_table;
pub mod rules;
pub mod table_style;

use crate::lang::Lang;
use chrono::NaiveDate;

/// The JSON schema version of every machine output. Bump it only to rename or remove a field.
pub const SCHEMA_VERSION: u32 = 1;

/// What every rendering of a profile's plan needs besides the plan.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The profile path as the user gave it.
    pub profile_path: &'a str,
    /// The day the plan is made for.
    pub as_of: NaiveDate,
    /// Label language.
    pub lang: Lang,
}

//! Client lists: a spreadsheet (CSV, xlsx) with one organisation per row, read and written with
//! the one table of list columns in [`columns`]. A row stands for exactly the profile file it
//! describes: both directions go through a `toml::Table` shaped like a profile file, which the
//! profile parser then validates.

pub mod cell;
pub mod column_map;
pub mod columns;
pub mod examples;
pub mod explain;
pub mod header;
pub mod latest_event;
pub mod profile_file;
pub mod row;
pub mod row_profile;

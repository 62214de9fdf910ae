//! `quote`: what certification costs, as a table with notes and sources, JSON Lines, tidy CSV
//! or a one-line summary per profile.

pub mod csv;
pub mod json;
pub mod summary;
pub mod table;
mod totals;

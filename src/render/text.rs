//! Building blocks of the text a person reads at a terminal: tables that fit, numbered source
//! footnotes, and text from profiles made safe to show.

pub mod footnotes;
pub mod table_style;
pub mod visible;

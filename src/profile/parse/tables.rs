//! The keys each table of a profile takes, asked of the serde definitions themselves (so that
//! they cannot drift from what is accepted): for a key typed in the wrong table, the tables
//! where it belongs.

use super::{RawAccount, RawCertified, RawDingtalk, RawGovAccount, RawLegalRep, RawOrg, RawWecom};
use crate::profile::DOCUMENT_SLOTS;
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::cell::Cell;

/// The tables of a profile that take keys, in the order a profile writes them, with their keys.
pub(crate) fn tables() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("org", fields_of::<RawOrg>()),
        ("legal_rep", fields_of::<RawLegalRep>()),
        ("documents", DOCUMENT_SLOTS),
        ("platforms.wecom", fields_of::<RawWecom>()),
        ("platforms.official_account", fields_of::<RawAccount>()),
        ("platforms.mini_program", fields_of::<RawCertified>()),
        ("platforms.dingtalk", fields_of::<RawDingtalk>()),
        ("platforms.gov_account", fields_of::<RawGovAccount>()),
    ]
}

/// The tables other than `table` that take `key`.
pub(crate) fn tables_with_key(table: &str, key: &str) -> Vec<&'static str> {
    tables()
        .into_iter()
        .filter(|(name, keys)| *name != table && keys.contains(&key))
        .map(|(name, _)| name)
        .collect()
}

/// Whether `table` is one of the profile's tables that take keys, and takes `key`.
pub(crate) fn takes(table: &str, key: &str) -> Option<bool> {
    tables()
        .into_iter()
        .find(|(name, _)| *name == table)
        .map(|(_, keys)| keys.contains(&key))
}

/// The field names serde's derive gives `T` (the keys its table takes).
fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let fields = Cell::new(&[][..]);
    let _ = T::deserialize(FieldNames(&fields));
    fields.get()
}

/// A deserializer that only notes the fields a struct asks for, and then stops.
struct FieldNames<'a>(&'a Cell<&'static [&'static str]>);

impl<'de> Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("only structs are asked for their fields"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.set(fields);
        Err(de::Error::custom("fields noted"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_table_names_the_keys_it_takes() {
        assert!(takes("org", "members") == Some(true));
        assert!(takes("platforms.wecom", "type") == Some(false));
        assert_eq!(
            tables_with_key("platforms.wecom", "type"),
            ["platforms.official_account", "platforms.gov_account"]
        );
        assert_eq!(tables_with_key("org", "id_number"), ["legal_rep"]);
        assert!(tables_with_key("org", "nonsense").is_empty());
    }
}

//! `id_enum!`: closed sets of identifiers (platforms, entity kinds, levels) that are spelled
//! the same in profiles, rules data, JSON, CSV and on the command line, with labels per language
//! from the catalogue (`<enum-name>-<id>` in `locales/*/vocabulary.ftl`).

/// Declares a closed enum whose variants each have a stable snake_case id and a label per
/// language (the catalogue message `<enum-name-in-kebab-case>-<id>`), with `ALL`, `IDS`, `id()`, `label()`, `Display` (the id), `FromStr`, and serde
/// by id (an unknown id is serde's `unknown variant` error, listing the valid ids).
macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in canonical order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every id, in canonical order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// The stable identifier.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The label for people, in `lang`.
            pub fn label(self, lang: $crate::lang::Lang) -> &'static str {
                // Looked up once per language (only the languages a run uses), then
                // borrowed for the rest of the run.
                static LABELS: [std::sync::OnceLock<Vec<String>>; 2] =
                    [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
                let labels = LABELS[usize::from(lang == $crate::lang::Lang::En)].get_or_init(|| {
                    Self::ALL
                        .iter()
                        .map(|value| $crate::i18n::message(lang, &value.message_id()))
                        .collect()
                });
                let index = Self::ALL.iter().position(|value| *value == self).unwrap_or(0);
                &labels[index]
            }

            /// The catalogue message naming this value: `<enum-name>-<id>`.
            pub fn message_id(self) -> String {
                format!("{}-{}", $crate::id_enum::kebab(stringify!($name)), self.id())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                Self::ALL.iter().copied().find(|value| value.id() == text).ok_or_else(|| {
                    format!("unknown value `{text}` (expected one of: {})", Self::IDS.join(", "))
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Self::ALL.iter().copied().find(|value| value.id() == text).ok_or_else(|| {
                    <D::Error as serde::de::Error>::unknown_variant(&text, Self::IDS)
                })
            }
        }
    };
}

pub(crate) use id_enum;

/// `EntityKind` → `entity-kind`: an enum's name as the prefix of its values' messages.
pub fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (index, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && index > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

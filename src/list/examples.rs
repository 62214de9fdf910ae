//! The two example organisations a list template starts with: an enterprise on WeCom and an
//! Official Account, and a county government office with a government account. Both quote as
//! they are, so a new list can be tried before it is filled in.

use super::row::row_of;
use crate::lang::Lang;

/// The examples, as profile files.
pub const EXAMPLES: [&str; 2] = [
    r#"[org]
name = "星河科技有限公司"
kind = "enterprise"
members = 1500
uscc = "91440300MA5G12343E"
region = "深圳"
industry = "software"
small_micro = false
[platforms.wecom]
[platforms.official_account]
type = "service"
"#,
    r#"[org]
name = "平安县民政局"
kind = "government"
members = 45
region = "广东省平安县"
gov_level = "county"
[legal_rep]
name = "李四"
id_expires = "长期"
[platforms.wecom]
certified_on = 2026-03-02
[platforms.gov_account]
name = "平安民政"
type = "service"
"#,
];

/// The examples as list rows in `lang`.
pub fn example_rows(lang: Lang) -> Vec<Vec<String>> {
    EXAMPLES
        .iter()
        .map(|text| row_of(&text.parse().expect("the examples are TOML"), lang))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::parse_profile;

    #[test]
    fn the_examples_are_valid_profiles() {
        for text in EXAMPLES {
            parse_profile("example.toml", text).unwrap();
        }
        let name = crate::list::columns::COLUMNS
            .iter()
            .position(|c| c.header == "name");
        assert_eq!(example_rows(Lang::Zh)[1][name.unwrap()], "平安县民政局");
    }
}

use super::*;
use crate::profile::{DOCUMENT_SLOTS, parse_profile};
use std::collections::BTreeSet;
use toml::{Table, Value};

fn base(platforms: bool) -> Table {
    let mut text =
        String::from("[org]\nname = \"示例单位\"\nkind = \"public_institution\"\nmembers = 40\n");
    if platforms {
        text.push_str("[platforms.wecom]\n");
    }
    text.parse().unwrap()
}

fn parsed(table: &Table) -> Result<crate::profile::Profile, String> {
    let text = toml::to_string(table).unwrap();
    parse_profile("probe.toml", &text).map_err(|error| error.to_string())
}

fn at<'t>(table: &'t mut Table, path: &str) -> &'t mut Table {
    path.split('.')
        .filter(|key| !key.is_empty())
        .fold(table, |table, key| {
            table
                .entry(key)
                .or_insert_with(|| Value::Table(Table::new()))
                .as_table_mut()
                .unwrap()
        })
}

// The keys the profile parser accepts in the table at `path`, as its unknown-key help lists
// them (serde's own list of the fields of the private Raw* struct).
fn accepted_keys(path: &str) -> BTreeSet<String> {
    let mut table = base(true);
    at(&mut table, path).insert("zz_probe".into(), Value::Integer(1));
    let text = toml::to_string(&table).unwrap();
    let error = parse_profile("probe.toml", &text).expect_err("an unknown key is refused");
    let help = error.items[0].help.clone().unwrap_or_default();
    assert!(error.items[0].message.contains("zz_probe"), "{error}");
    help.split_once("allowed: ")
        .map(|(_, list)| list.split(", ").map(str::to_owned).collect())
        .unwrap_or_default()
}

fn column_keys_under(path: &str) -> BTreeSet<String> {
    let prefix = if path.is_empty() {
        String::new()
    } else {
        format!("{path}.")
    };
    COLUMNS
        .iter()
        .filter_map(|column| column.path.strip_prefix(&prefix))
        .map(|rest| rest.split('.').next().unwrap().to_owned())
        .collect()
}

#[test]
fn every_key_the_profile_accepts_has_a_column() {
    let mut tables = vec!["", "org", "legal_rep", "platforms"];
    tables.extend(
        COLUMNS
            .iter()
            .filter(|c| c.platform().is_some())
            .map(|c| c.path),
    );
    for table in tables {
        let accepted = accepted_keys(table);
        // A platform's `events` are an array of tables: a list row stands for its latest event
        // by two status columns.
        let mut columns = column_keys_under(table);
        if columns.remove("status") & columns.remove("status_on") {
            columns.insert("events".to_owned());
        }
        assert_eq!(accepted, columns, "table `{table}`");
    }
    let slots: BTreeSet<String> = DOCUMENT_SLOTS.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(slots, column_keys_under("documents"));
    assert_eq!(
        column_keys_under("platforms"),
        Platform::IDS.iter().map(|id| (*id).to_owned()).collect()
    );
}

fn samples(kind: ValueKind) -> Vec<Value> {
    match kind {
        ValueKind::Text => vec![Value::String("示例 文本".into())],
        ValueKind::WholeNumber => vec![Value::Integer(3)],
        ValueKind::YesNo => vec![Value::Boolean(true), Value::Boolean(false)],
        ValueKind::Date => vec![Value::String("2026-01-05".into())],
        ValueKind::DateOrLongTerm => {
            vec![
                Value::String("长期".into()),
                Value::String("2030-05-01".into()),
            ]
        }
        ValueKind::Choice(choice) => choice
            .ids()
            .iter()
            .map(|id| Value::String((*id).into()))
            .collect(),
    }
}

#[test]
fn every_column_names_a_key_the_profile_parser_accepts_and_uses() {
    let plain = parsed(&base(true)).unwrap();
    for column in COLUMNS {
        if let Some(platform) = column.platform() {
            let mut table = base(false);
            assert!(column.set(&mut table, Value::Boolean(true)));
            let profile = parsed(&table).unwrap_or_else(|e| panic!("{}: {e}", column.header));
            assert!(profile.platform(platform).is_some(), "{}", column.header);
            assert_eq!(column.get(&table), Some(Value::Boolean(true)));
            continue;
        }
        let mut changed = false;
        // A status column is read with its sibling: the latest event needs its kind and day.
        let sibling = match column.path.rsplit_once('.') {
            Some((platform, "status")) => Some((format!("{platform}.status_on"), "2026-11-02")),
            Some((platform, "status_on")) => Some((format!("{platform}.status"), "submitted")),
            _ => None,
        };
        for value in samples(column.kind) {
            let mut table = base(true);
            assert!(column.set(&mut table, value.clone()), "{}", column.header);
            assert_eq!(column.get(&table), Some(value.clone()), "{}", column.header);
            if let Some((path, sample)) = &sibling {
                let other = COLUMNS.iter().find(|c| c.path == path).unwrap();
                assert!(other.set(&mut table, Value::String((*sample).into())));
                assert!(crate::list::latest_event::expand(&mut table).is_empty());
            }
            let profile =
                parsed(&table).unwrap_or_else(|e| panic!("{} = {value}: {e}", column.header));
            changed |= profile != plain;
        }
        assert!(changed, "{} changes nothing in the profile", column.header);
    }
}

#[test]
fn a_presence_column_saying_no_adds_nothing() {
    let wecom = column_for("wecom").unwrap();
    let mut table = base(false);
    assert!(wecom.set(&mut table, Value::Boolean(false)));
    assert_eq!(table, base(false));
    assert_eq!(wecom.get(&table), None);
}

#[test]
fn no_two_columns_share_a_header() {
    let mut seen = BTreeSet::new();
    for column in COLUMNS {
        let mut names = vec![column.header, column.path];
        names.dedup();
        names.extend(column.zh);
        for name in names {
            assert!(seen.insert(normalised(name)), "`{name}` names two columns");
        }
        assert!(
            !column.zh.is_empty(),
            "{} has no Chinese header",
            column.header
        );
    }
}

#[test]
fn headers_are_found_trimmed_ignoring_case_by_key_path_and_in_chinese() {
    assert_eq!(column_for(" Members ").unwrap().path, "org.members");
    assert_eq!(column_for("成员数").unwrap().path, "org.members");
    assert_eq!(column_for("ORG.NAME").unwrap().header, "name");
    assert_eq!(
        column_for("\u{3000}企业微信 ").unwrap().path,
        "platforms.wecom"
    );
    assert_eq!(
        column_for("Wecom.Certified_On").unwrap().kind,
        ValueKind::Date
    );
    assert_eq!(column_for("members2"), None);
}

#[test]
fn an_unknown_header_gets_the_nearest_in_its_own_script() {
    assert_eq!(nearest_header("memebrs"), Some("members"));
    assert_eq!(
        nearest_header("wecom.certifed_on"),
        Some("wecom.certified_on")
    );
    assert_eq!(nearest_header("机构名"), Some("机构名称"));
    assert_eq!(nearest_header("zzzz"), None);
}

#[test]
fn templates_write_the_key_in_english_and_the_first_chinese_name_in_chinese() {
    let name = column_for("name").unwrap();
    assert_eq!(name.header_in(Lang::En), "name");
    assert_eq!(name.header_in(Lang::Zh), "名称");
    assert_eq!(Choice::EntityKind.labels(Lang::Zh)[0], "企业");
    assert_eq!(
        Choice::EntityKind.ids().len(),
        Choice::EntityKind.labels(Lang::Zh).len()
    );
}

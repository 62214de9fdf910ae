//! Converting between profile files and client lists: `export` writes a list with the
//! template's headers, `import` writes one profile file per row, and nothing is lost on the way
//! (quoting the original and the converted profiles prints the same records).

mod common;

use certplan::entity_kind::EntityKind;
use certplan::lang::Lang;
use certplan::list::columns::{COLUMNS, ValueKind};
use common::workbook::{Workbook, text};
use common::{AS_OF, certplan, stdout_of, temp_dir, write};
use std::path::Path;
use toml::{Table, Value};

/// A value of every kind, different from the profile's defaults.
fn sample(kind: ValueKind, seed: usize) -> Value {
    match kind {
        ValueKind::Text => Value::String(format!("示例 {seed}")),
        ValueKind::WholeNumber => Value::Integer(3 + seed as i64),
        ValueKind::YesNo => Value::Boolean(seed.is_multiple_of(2)),
        ValueKind::Date => Value::String(format!("2026-0{}-1{}", 1 + seed % 9, seed % 10)),
        ValueKind::DateOrLongTerm if seed.is_multiple_of(2) => Value::String("长期".into()),
        ValueKind::DateOrLongTerm => Value::String("2031-06-30".into()),
        ValueKind::Choice(choice) => {
            let ids = choice.ids();
            Value::String(ids[seed % ids.len()].into())
        }
    }
}

/// One profile per kind with every column filled in (every platform the kind may have).
fn generated(dir: &Path) {
    for (seed, kind) in EntityKind::ALL.iter().enumerate() {
        let mut table = Table::new();
        for column in COLUMNS {
            let gov = column.path.starts_with("platforms.gov_account");
            if gov && !kind.may_hold_gov_account() {
                continue;
            }
            // An application's progress is a history of its own, tested by status: a list
            // holds only its latest step (tests/cli_lists_read.rs).
            if column.path.ends_with(".status") || column.path.ends_with(".status_on") {
                continue;
            }
            let value = match (column.header, column.platform()) {
                ("kind", _) => Value::String(kind.id().into()),
                (_, Some(_)) => Value::Boolean(true),
                _ => sample(column.kind, seed),
            };
            assert!(column.set(&mut table, value));
        }
        write(
            dir,
            &format!("{}.toml", kind.id()),
            toml::to_string(&table).unwrap(),
        );
    }
}

/// How `command --format json INPUT` exits, and what it prints, one record per profile, without
/// the fields that say where a record came from, sorted (the converted files are named
/// differently).
fn records(command: &str, input: &Path) -> (Option<i32>, Vec<String>) {
    let output = certplan()
        .args([command, "--format", "json", "--as-of", AS_OF])
        .arg(input)
        .output()
        .unwrap();
    assert!(
        output.status.code() <= Some(2),
        "{command} {}",
        input.display()
    );
    let mut records: Vec<String> = stdout_of(&output)
        .lines()
        .map(|line| {
            let mut record: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(line).unwrap();
            for field in ["profile", "sheet", "sheet_row", "row"] {
                record.remove(field);
            }
            serde_json::Value::Object(record).to_string()
        })
        .collect();
    records.sort();
    assert!(!records.is_empty());
    (output.status.code(), records)
}

fn import(input: &Path, to: &Path) {
    certplan()
        .arg("import")
        .arg(input)
        .arg("--to")
        .arg(to)
        .assert()
        .success();
}

#[test]
fn importing_profiles_keeps_every_record_of_the_examples_and_of_every_kind_and_platform() {
    let dir = temp_dir();
    let generated_dir = dir.path().join("generated");
    generated(&generated_dir);
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
    for original in [examples.as_path(), generated_dir.as_path()] {
        let to = dir.path().join(format!(
            "imported-{}",
            original.file_name().unwrap().display()
        ));
        import(original, &to);
        for command in ["quote", "remind", "timeline"] {
            assert_eq!(
                records(command, original),
                records(command, &to),
                "{command}"
            );
        }
    }
}

#[test]
fn an_imported_file_opens_with_its_source_and_never_replaces_a_file() {
    let dir = temp_dir();
    let to = dir.path().join("clients");
    let mine = write(&to, "深圳市软件行业协会.toml", "mine");
    let profile = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/social-group.toml");
    import(&profile, &to);
    let again = certplan()
        .arg("import")
        .arg(&profile)
        .arg("--to")
        .arg(&to)
        .output()
        .unwrap();
    assert!(again.status.success());
    let said = common::stderr_of(&again);
    assert!(
        said.contains("1 of them got a name ending in -2"),
        "a second import is said: {said}"
    );
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "mine");
    let second = std::fs::read_to_string(to.join("深圳市软件行业协会-2.toml")).unwrap();
    assert!(
        second.starts_with("# written by certplan import from "),
        "{second}"
    );
    assert!(
        second
            .lines()
            .next()
            .unwrap()
            .ends_with("social-group.toml")
    );
    assert!(to.join("深圳市软件行业协会-3.toml").is_file());
}

#[test]
fn an_export_writes_the_template_headers_and_a_row_per_profile() {
    let dir = temp_dir();
    let csv = dir.path().join("list.csv");
    certplan()
        .args(["export", "profiles/", "--lang", "zh", "-o"])
        .arg(&csv)
        .assert()
        .success();
    let list = std::fs::read_to_string(&csv).unwrap();
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.header_in(Lang::Zh)).collect();
    assert_eq!(
        list.lines().next().unwrap(),
        format!("\u{feff}{}", headers.join(","))
    );
    let profiles = std::fs::read_dir("profiles").unwrap();
    let count = profiles.filter(|e| {
        e.as_ref()
            .unwrap()
            .path()
            .extension()
            .is_some_and(|x| x == "toml")
    });
    assert_eq!(list.lines().count(), 1 + count.count());
    assert!(
        list.contains(",社会团体,320,"),
        "kinds in Chinese, members as written"
    );

    let xlsx = dir.path().join("list.xlsx");
    certplan()
        .args(["export", "profiles/", "--lang", "en", "-o"])
        .arg(&xlsx)
        .assert()
        .success();
    let mut book = Workbook::open(&xlsx);
    let rows = book.rows("Clients");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(header, COLUMNS.iter().map(|c| c.header).collect::<Vec<_>>());
    assert_eq!(rows.len(), list.lines().count());
    certplan()
        .args(["export", "profiles/", "-o"])
        .arg(&xlsx)
        .assert()
        .code(73);
    certplan()
        .args(["export", "profiles/", "--format", "xlsx"])
        .assert()
        .code(64);
}

fn export(input: &Path, to: &Path, lang: &str) {
    certplan()
        .arg("export")
        .arg(input)
        .args(["--lang", lang, "-o"])
        .arg(to)
        .assert()
        .success();
}

#[test]
fn a_round_trip_through_a_list_prints_the_same_records_as_the_profiles() {
    let dir = temp_dir();
    let generated_dir = dir.path().join("generated");
    generated(&generated_dir);
    // The example profiles, but those that record events: a client list has no columns for an
    // application's history yet, so its events cannot travel through one.
    let examples = dir.path().join("examples");
    std::fs::create_dir(&examples).unwrap();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles")).unwrap()
    {
        let path = entry.unwrap().path();
        let is_toml = path
            .extension()
            .is_some_and(|extension| extension == "toml");
        if is_toml && !std::fs::read_to_string(&path).unwrap().contains("events]]") {
            std::fs::copy(&path, examples.join(path.file_name().unwrap())).unwrap();
        }
    }
    for (n, original) in [examples.as_path(), generated_dir.as_path()]
        .into_iter()
        .enumerate()
    {
        for (list, lang) in [("zh.csv", "zh"), ("en.csv", "en"), ("zh.xlsx", "zh")] {
            let list = dir.path().join(format!("{n}-{list}"));
            export(original, &list, lang);
            let name = list.file_name().unwrap().to_string_lossy();
            let back = dir.path().join(format!("import-of-{name}"));
            import(&list, &back);
            for command in ["quote", "remind", "timeline", "forecast"] {
                let expected = records(command, original);
                assert_eq!(
                    expected,
                    records(command, &list),
                    "{command} {}",
                    list.display()
                );
                assert_eq!(
                    expected,
                    records(command, &back),
                    "{command} import of {}",
                    list.display()
                );
            }
        }
    }
}

use super::*;

fn read(text: &str, kind: ValueKind) -> Result<Option<Value>, CellProblem> {
    value_of(&Cell::Text(text.to_owned()), kind, Lang::En)
}

fn int(text: &str) -> Option<i64> {
    read(text, ValueKind::WholeNumber)
        .ok()?
        .and_then(|v| v.as_integer())
}

#[test]
fn numbers_are_read_as_excel_and_people_write_them() {
    assert_eq!(int("1500"), Some(1500));
    assert_eq!(int("1,500"), Some(1500));
    assert_eq!(int("1500.0"), Some(1500));
    assert_eq!(int("１５００"), Some(1500));
    assert_eq!(int("１，５００"), Some(1500));
    assert_eq!(int("1500人"), Some(1500));
    assert_eq!(int(" 12 "), Some(12));
    assert_eq!(int("1500.5"), None);
    assert_eq!(int("abc"), None);
    let cell = value_of(&Cell::Number(1500.0), ValueKind::WholeNumber, Lang::En);
    assert_eq!(cell.unwrap(), Some(Value::Integer(1500)));
}

#[test]
fn a_number_in_chinese_is_refused_with_the_number_to_type() {
    let problem =
        value_of(&Cell::Text("六百".into()), ValueKind::WholeNumber, Lang::Zh).unwrap_err();
    assert!(problem.message.contains("六百"), "{problem:?}");
    assert_eq!(problem.help.as_deref(), Some("请填写 600"));
}

#[test]
fn yes_and_no_in_every_way_a_clerk_types_them_and_empty_says_nothing() {
    for yes in ["yes", "Y", "true", "TRUE", "是", "有", "1", "✓", "√"] {
        assert_eq!(
            read(yes, ValueKind::YesNo).unwrap(),
            Some(Value::Boolean(true)),
            "{yes}"
        );
    }
    for no in ["no", "N", "false", "否", "无", "0", "✗", "×"] {
        assert_eq!(
            read(no, ValueKind::YesNo).unwrap(),
            Some(Value::Boolean(false)),
            "{no}"
        );
    }
    assert_eq!(read("  ", ValueKind::YesNo).unwrap(), None);
    assert_eq!(
        value_of(&Cell::Bool(true), ValueKind::YesNo, Lang::En).unwrap(),
        Some(Value::Boolean(true))
    );
    assert!(read("maybe", ValueKind::YesNo).is_err());
}

fn day(text: &str) -> Option<String> {
    read(text, ValueKind::Date)
        .ok()?
        .map(|value| value.to_string())
}

#[test]
fn dates_in_the_ways_a_spreadsheet_shows_them() {
    for typed in [
        "2031-06-30",
        "2031/6/30",
        "2031.6.30",
        "2031年6月30日",
        "20310630",
        "2031-06-30 00:00:00",
        "２０３１/６/３０",
    ] {
        assert_eq!(day(typed).as_deref(), Some("2031-06-30"), "{typed}");
    }
    assert_eq!(day("2031/2/30"), None);
    assert_eq!(day("30/6/2031"), None);
    assert_eq!(day("1899-12-31"), None);
    let cell = Cell::Date(NaiveDate::from_ymd_opt(2031, 6, 30).unwrap());
    assert_eq!(
        value_of(&cell, ValueKind::Date, Lang::En)
            .unwrap()
            .unwrap()
            .to_string(),
        "2031-06-30"
    );
    assert!(read("长期", ValueKind::Date).is_err());
    assert_eq!(
        read("长期", ValueKind::DateOrLongTerm).unwrap(),
        Some(Value::String("长期".into()))
    );
}

#[test]
fn choices_by_id_or_name_in_either_language() {
    let kind = ValueKind::Choice(Choice::EntityKind);
    let id = |text: &str| {
        read(text, kind)
            .ok()
            .flatten()
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    assert_eq!(id("enterprise").as_deref(), Some("enterprise"));
    assert_eq!(id("Enterprise").as_deref(), Some("enterprise"));
    assert_eq!(id("企业").as_deref(), Some("enterprise"));
    assert_eq!(id("事业单位").as_deref(), Some("public_institution"));
    assert_eq!(id("公司").as_deref(), Some("enterprise"));
    let level = ValueKind::Choice(Choice::GovLevel);
    assert_eq!(
        read("乡镇", level).unwrap().unwrap().as_str(),
        Some("township")
    );
    assert_eq!(
        read("区县级", level).unwrap().unwrap().as_str(),
        Some("county")
    );
    let problem = read("enterprize", kind).unwrap_err();
    assert_eq!(problem.help.as_deref(), Some("type enterprise"));
}

#[test]
fn text_cells_keep_numbers_as_a_spreadsheet_shows_them() {
    let cell = value_of(&Cell::Number(440300.0), ValueKind::Text, Lang::En).unwrap();
    assert_eq!(cell, Some(Value::String("440300".into())));
}

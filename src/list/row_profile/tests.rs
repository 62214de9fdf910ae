use super::*;
use crate::list::column_map::ColumnMap;

fn text_cells(cells: &[&str]) -> Vec<Cell> {
    cells.iter().map(|c| Cell::Text((*c).to_owned())).collect()
}

fn header(headers: &[&str]) -> Header {
    Header::read(&text_cells(headers), &ColumnMap::default(), Lang::En).unwrap()
}

const PLACE: RowPlace<'static> = RowPlace {
    file: "clients.xlsx",
    sheet: Some("客户"),
    row: 6,
};

#[test]
fn a_row_is_the_profile_its_cells_describe() {
    let header = header(&[
        "名称",
        "主体类型",
        "人数",
        "企业微信",
        "wecom.certified_on",
        "公众号",
    ]);
    let cells = text_cells(&["星河科技", "企业", "1,500", "是", "2026/1/5", "否"]);
    let (table, profile) = profile_of_row(&PLACE, &header, &cells, Lang::Zh).unwrap();
    assert_eq!(profile.org().members.get(), 1500);
    assert_eq!(profile.platforms().len(), 1);
    let expected: Table = "[org]\nname = \"星河科技\"\nkind = \"enterprise\"\nmembers = 1500\n\
        [platforms.wecom]\ncertified_on = 2026-01-05\n"
        .parse()
        .unwrap();
    assert_eq!(table, expected);
}

#[test]
fn a_bad_cell_is_named_by_its_address_and_key() {
    let header = header(&["name", "kind", "members"]);
    let cells = text_cells(&["x", "enterprise", "abc"]);
    let problems = profile_of_row(&PLACE, &header, &cells, Lang::En).unwrap_err();
    let shown = problems.to_string();
    assert!(
        shown.starts_with("clients.xlsx: 客户!C6: members: \"abc\""),
        "{shown}"
    );
}

#[test]
fn a_problem_the_profile_finds_is_moved_to_its_cell_or_row() {
    let header = header(&["name", "kind", "members", "gov_account"]);
    let cells = text_cells(&["x", "enterprise", "0", "yes"]);
    let problems = profile_of_row(&PLACE, &header, &cells, Lang::En).unwrap_err();
    let shown = problems.to_string();
    assert!(
        shown.contains("clients.xlsx: 客户!C6: members:"),
        "the sheet's own header: {shown}"
    );
    assert!(
        !shown.contains(" | "),
        "no excerpt of a text the user never wrote: {shown}"
    );
}

#[test]
fn details_of_a_platform_whose_column_says_no_are_a_problem() {
    let header = header(&["name", "kind", "members", "wecom", "wecom.certified_on"]);
    let cells = text_cells(&["x", "enterprise", "10", "否", "2026-01-05"]);
    let shown = profile_of_row(&PLACE, &header, &cells, Lang::En)
        .unwrap_err()
        .to_string();
    assert!(shown.contains("客户!D6: wecom"), "{shown}");
    let without_column = self::header(&["name", "kind", "members", "wecom.certified_on"]);
    let cells = text_cells(&["x", "enterprise", "10", "2026-01-05"]);
    let (_, profile) = profile_of_row(&PLACE, &without_column, &cells, Lang::En).unwrap();
    assert_eq!(profile.platforms().len(), 1);
}

#[test]
fn a_value_under_no_header_is_never_dropped_silently() {
    let header = Header::read(
        &text_cells(&["name", "kind", "members", ""]),
        &ColumnMap::default(),
        Lang::En,
    )
    .unwrap();
    let cells = text_cells(&["x", "enterprise", "10", "note"]);
    let shown = profile_of_row(&PLACE, &header, &cells, Lang::En)
        .unwrap_err()
        .to_string();
    assert!(shown.contains("客户!D6"), "{shown}");
}

#[test]
fn a_column_the_map_leaves_out_is_not_read() {
    let map = ColumnMap::parse("m.toml", "[columns]\n\"备注\" = \"\"\n", Lang::Zh).unwrap();
    let header = Header::read(
        &text_cells(&["名称", "主体类型", "人数", "企业微信", "备注"]),
        &map,
        Lang::Zh,
    )
    .unwrap();
    let cells = text_cells(&["x", "企业", "10", "是", "老客户，明年续费"]);
    let (table, _) = profile_of_row(&PLACE, &header, &cells, Lang::Zh).unwrap();
    assert!(!table.to_string().contains("老客户"), "{table}");
}

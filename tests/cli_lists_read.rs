//! Client lists read wherever a profile is: a CSV saved by Excel on Chinese Windows (GBK,
//! Chinese headers, 是/否, `1,500`, `2031/6/30`), a workbook with real date cells, a bad cell
//! named by its address while every other row is planned.

mod common;

use common::{AS_OF, certplan, stderr_of, stdout_of, temp_dir, write};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A 3-row client list as a clerk types it in Excel, saved as CSV on Chinese Windows (GBK).
const CLIENTS: &str = "客户编号,名称,主体类型,人数,地区,企业微信,企业微信认证日期,公众号,公众号类型,执照有效期\n\
    C-001,星河科技有限公司,企业,\"1,500\",深圳,是,2026/1/5,否,,2031/6/30\n\
    C-002,平安县民政局,政府机关,４５,平安县,否,,是,订阅号,\n\
    \n\
    C-003,绿洲咨询（个体）,个体工商户,3,广州,✓,,有,服务号,2031年6月30日\n";

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

/// `certplan COMMAND --format json --as-of AS_OF ARGS…`: exit code and one JSON value a line.
fn json(command: &str, args: &[&str], file: &Path) -> (Option<i32>, Vec<Value>, String) {
    let output = certplan()
        .args([command, "--format", "json", "--as-of", AS_OF])
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    let records = stdout_of(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    (output.status.code(), records, stderr_of(&output))
}

#[test]
fn a_gbk_csv_with_chinese_headers_is_one_profile_per_row() {
    let dir = temp_dir();
    // As Excel saves it on Chinese Windows: GBK, and CRLF at the end of every line.
    let list = write(
        dir.path(),
        "clients.csv",
        gbk(&CLIENTS.replace('\n', "\r\n")),
    );
    let (code, records, stderr) = json("quote", &[], &list);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("GBK"),
        "the encoding found is said: {stderr}"
    );
    let names: Vec<&str> = records
        .iter()
        .map(|r| r["org"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["星河科技有限公司", "平安县民政局", "绿洲咨询（个体）"]
    );
    let rows: Vec<u64> = records
        .iter()
        .map(|r| r["sheet_row"].as_u64().unwrap())
        .collect();
    assert_eq!(
        rows,
        [2, 3, 5],
        "rows as the spreadsheet numbers them, the blank one counted"
    );
    assert_eq!(records[0]["client_id"], "C-001");
    assert_eq!(records[0]["org"]["members"], 1500);
    assert_eq!(records[1]["org"]["members"], 45);
    assert_eq!(records[0]["profile"], list.display().to_string());
    assert!(records[0]["sheet"].is_null());
    let platforms = |r: &Value| -> Vec<String> {
        r["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["platform"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(platforms(&records[0]), ["wecom"]);
    assert_eq!(platforms(&records[1]), ["official_account"]);
    assert_eq!(platforms(&records[2]), ["wecom", "official_account"]);
}

#[test]
fn a_row_means_exactly_the_profile_file_it_describes() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", CLIENTS);
    let profile = write(
        dir.path(),
        "one/xinghe.toml",
        "[org]\nclient_id = \"C-001\"\nname = \"星河科技有限公司\"\nkind = \"enterprise\"\nmembers = 1500\n\
         region = \"深圳\"\nlicense_expires = 2031-06-30\n[platforms.wecom]\ncertified_on = 2026-01-05\n",
    );
    for command in ["quote", "remind", "timeline", "benefits", "checklist"] {
        let strip = |mut record: Value| {
            for field in ["profile", "sheet", "sheet_row"] {
                record.as_object_mut().unwrap().remove(field);
            }
            record
        };
        let from_list = json(command, &[], &list).1.into_iter().next().map(strip);
        let from_file = json(command, &[], &profile).1.into_iter().next().map(strip);
        assert_eq!(from_list, from_file, "{command}");
    }
}

/// A workbook made as Excel would: a date column of real date cells, numbers as numbers, and
/// the list on its second sheet.
fn workbook(dir: &Path) -> PathBuf {
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("说明")
        .unwrap()
        .write(0, 0, "见下一页")
        .unwrap();
    let sheet = book.add_worksheet().set_name("客户").unwrap();
    let date = Format::new().set_num_format("yyyy/m/d");
    for (column, header) in [
        "名称",
        "主体类型",
        "人数",
        "企业微信",
        "企业微信认证日期",
        "对公账户",
    ]
    .iter()
    .enumerate()
    {
        sheet.write(0, column as u16, *header).unwrap();
    }
    sheet.write(1, 0, "星河科技有限公司").unwrap();
    sheet.write(1, 1, "企业").unwrap();
    sheet.write(1, 2, 1500).unwrap();
    sheet.write(1, 3, "是").unwrap();
    let day = ExcelDateTime::from_ymd(2026, 1, 5).unwrap();
    sheet.write_with_format(1, 4, &day, &date).unwrap();
    sheet.write(1, 5, true).unwrap();
    sheet.write(2, 0, "坏数据").unwrap();
    sheet.write(2, 1, "企业").unwrap();
    sheet.write(2, 2, "abc").unwrap();
    sheet.write(3, 0, "第三家").unwrap();
    sheet.write(3, 1, "enterprise").unwrap();
    sheet.write(3, 2, 12.0).unwrap();
    sheet.write(3, 3, "yes").unwrap();
    let path = dir.join("clients.xlsx");
    book.save(&path).unwrap();
    path
}

#[test]
fn a_workbook_sheet_with_date_cells_is_read_and_a_bad_cell_is_named_while_others_print() {
    let dir = temp_dir();
    let book = workbook(dir.path());
    let (code, records, stderr) = json("remind", &["--sheet", "客户"], &book);
    assert_eq!(
        code,
        Some(65),
        "a bad row fails the run at the end: {stderr}"
    );
    assert!(
        stderr.contains("clients.xlsx: 客户!C3: 人数: \"abc\""),
        "the cell's address: {stderr}"
    );
    let named: Vec<&str> = records
        .iter()
        .map(|r| r["org"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        named,
        ["星河科技有限公司", "第三家"],
        "the other rows are printed"
    );
    assert_eq!(records[0]["sheet"], "客户");
    assert_eq!(records[0]["sheet_row"], 2);
    let wecom = &records[0]["reviews"][0];
    assert_eq!(wecom["certified_on"], "2026-01-05", "{wecom}");

    let strict = certplan()
        .args([
            "quote", "--strict", "--format", "json", "--as-of", AS_OF, "--sheet", "客户",
        ])
        .arg(&book)
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(65));
    assert_eq!(
        stdout_of(&strict).lines().count(),
        1,
        "--strict stops at the first bad row"
    );

    let first = certplan().args(["quote"]).arg(&book).output().unwrap();
    assert_eq!(first.status.code(), Some(65), "the first sheet has no list");
    assert!(stderr_of(&first).contains("说明"), "{}", stderr_of(&first));
    let missing = certplan()
        .args(["quote", "--sheet", "客 户"])
        .arg(&book)
        .output()
        .unwrap();
    assert!(
        stderr_of(&missing).contains("说明, 客户"),
        "the sheets are named"
    );
}

#[test]
fn every_command_that_reads_profiles_reads_a_list() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "clients.tsv",
        CLIENTS.replace(',', "\t").replace("\"1\t500\"", "1500"),
    );
    for command in [
        "quote",
        "explain",
        "checklist",
        "check",
        "benefits",
        "timeline",
        "remind",
        "forecast",
    ] {
        let item: &[&str] = if command == "explain" {
            &["total_fen"]
        } else {
            &[]
        };
        let output = certplan()
            .args([command, "--as-of", AS_OF])
            .arg(&list)
            .args(item)
            .output()
            .unwrap();
        let stdout = stdout_of(&output);
        assert!(
            output.status.code() < Some(64),
            "{command}: {}",
            stderr_of(&output)
        );
        let names: &[&str] = if command == "explain" {
            &["total_fen"]
        } else {
            &["星河科技有限公司", "平安县民政局"]
        };
        for name in names {
            assert!(stdout.contains(name), "{command} prints {name}:\n{stdout}");
        }
    }
    for format in ["csv", "ics"] {
        let output = certplan()
            .args(["remind", "--format", format, "--as-of", AS_OF])
            .arg(&list)
            .output()
            .unwrap();
        assert!(output.status.code() < Some(64), "{format}");
        assert!(!stdout_of(&output).is_empty());
    }
    let report = dir.path().join("report.html");
    certplan()
        .args(["report", "--as-of", AS_OF, "-o"])
        .arg(&report)
        .arg(&list)
        .assert()
        .success();
    let page = std::fs::read_to_string(&report).unwrap();
    assert!(page.contains("绿洲咨询（个体）"), "a list is a portfolio");
}

#[test]
fn a_sheet_with_its_own_headers_is_read_through_a_column_map() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "crm.csv",
        "客户全称,类别,坐席数,企微\n甲公司,企业,20,是\n",
    );
    let refused = certplan().args(["quote"]).arg(&list).output().unwrap();
    assert_eq!(refused.status.code(), Some(65));
    assert!(
        stderr_of(&refused).contains("客户全称"),
        "{}",
        stderr_of(&refused)
    );
    let map = write(
        dir.path(),
        "map.toml",
        "[columns]\n\"客户全称\" = \"name\"\n\"类别\" = \"kind\"\n\"坐席数\" = \"members\"\n\"企微\" = \"wecom\"\n",
    );
    let (code, records, stderr) = json("quote", &["--columns", map.to_str().unwrap()], &list);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(records[0]["org"]["members"], 20);
    let bad = write(
        dir.path(),
        "bad-map.toml",
        "[columns]\n\"客户全称\" = \"nmae\"\n",
    );
    let output = certplan()
        .args(["quote", "--columns"])
        .arg(&bad)
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert!(
        stderr_of(&output).contains("bad-map.toml:2:"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn unknown_headers_encodings_and_repeats_are_said_in_the_readers_language() {
    let dir = temp_dir();
    let typo = write(
        dir.path(),
        "typo.csv",
        "name,kind,membres,wecom\nx,enterprise,3,是\n",
    );
    let output = certplan()
        .args(["quote", "--lang", "zh"])
        .arg(&typo)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("typo.csv: C1") && stderr.contains("“members”"),
        "{stderr}"
    );

    let latin1 = write(
        dir.path(),
        "latin1.csv",
        b"name,kind,members,wecom\nM\xFCller\xFF\xFF,enterprise,3,yes\n",
    );
    let output = certplan().args(["quote"]).arg(&latin1).output().unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert!(
        stderr_of(&output).contains("UTF-8"),
        "{}",
        stderr_of(&output)
    );

    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "name,kind,members,wecom\nx,enterprise,3,yes\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let utf16 = write(dir.path(), "utf16.csv", utf16);
    assert_eq!(json("quote", &[], &utf16).0, Some(0));

    let repeated = write(
        dir.path(),
        "repeated.csv",
        "client_id,name,kind,members,wecom\nA,x,enterprise,3,是\nA,y,enterprise,4,是\nB,z,enterprise,5,是\nB,z,enterprise,5,是\n",
    );
    let (code, records, stderr) = json("quote", &[], &repeated);
    assert_eq!(code, Some(0));
    assert_eq!(records.len(), 4, "repeats are planned, never merged");
    assert!(
        stderr.contains("row 3") && stderr.contains("client_id A"),
        "{stderr}"
    );
    assert!(stderr.contains("row 5 repeats row 4"), "{stderr}");
}

#[test]
fn an_output_never_replaces_the_list_or_the_column_map() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", CLIENTS);
    let map = write(dir.path(), "map.toml", "[columns]\n");
    for target in [&list, &map] {
        let output = certplan()
            .args(["quote", "--force", "--columns"])
            .arg(&map)
            .arg(&list)
            .arg("-o")
            .arg(target)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(73), "{}", stderr_of(&output));
    }
    assert_eq!(std::fs::read_to_string(&list).unwrap(), CLIENTS);
}

#[test]
fn a_title_above_the_header_is_skipped_and_a_notes_column_can_be_left_out() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "ledger.csv",
        "2026年度客户认证台账,,,,\n名称,主体类型,人数,企业微信,备注\n甲公司,企业,20,是,老客户\n",
    );
    let refused = certplan()
        .args(["quote", "--lang", "zh"])
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(65));
    let stderr = stderr_of(&refused);
    assert!(
        stderr.contains("ledger.csv: E2") && stderr.contains("“备注”"),
        "{stderr}"
    );
    assert!(
        stderr.contains("[columns]") && stderr.contains("\"备注\" = \"\""),
        "says how to leave it out: {stderr}"
    );
    let map = write(dir.path(), "map.toml", "[columns]\n\"备注\" = \"\"\n");
    let (code, records, stderr) = json("quote", &["--columns", map.to_str().unwrap()], &list);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(records[0]["sheet_row"], 3, "rows keep the sheet's numbers");
}

#[test]
fn an_output_file_is_written_in_the_format_its_name_says_or_said_to_be_held_back() {
    let dir = temp_dir();
    let list = write(dir.path(), "clients.csv", CLIENTS);
    let book = dir.path().join("提醒.xlsx");
    certplan()
        .args(["remind", "--as-of", AS_OF, "-o"])
        .arg(&book)
        .arg(&list)
        .assert()
        .code(0);
    assert!(
        std::fs::read(&book).unwrap().starts_with(b"PK"),
        "a workbook, not a text table"
    );
    let csv = dir.path().join("q.csv");
    certplan()
        .args(["quote", "--as-of", AS_OF, "-o"])
        .arg(&csv)
        .arg(&list)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("profile,org,")
    );
    let ics = dir.path().join("q.ics");
    let refused = certplan()
        .args(["quote", "-o"])
        .arg(&ics)
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(64));
    let said = stderr_of(&refused);
    assert!(said.contains("asks for ics by its name"), "{said}");

    let bad = write(
        dir.path(),
        "bad.csv",
        "name,kind,members,wecom\na,enterprise,3,是\nb,enterprise,abc,是\n",
    );
    let out = dir.path().join("out.ics");
    let output = certplan()
        .args(["remind", "--as-of", AS_OF, "--lang", "zh", "-o"])
        .arg(&out)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert!(!out.exists());
    assert!(
        stderr_of(&output).contains("未写入"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn a_row_says_where_an_application_stands_by_its_latest_step() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "progress.csv",
        "名称,主体类型,人数,企业微信,企业微信进度,企业微信进度日期\n甲公司,企业,3000,是,未通过,2026-11-02\n乙公司,企业,50,是,已提交,2026/11/20\n丙公司,企业,50,是,已提交,\n",
    );
    let output = certplan()
        .args(["status", "--format", "json", "--as-of", "2026-11-30"])
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(65),
        "the row without its day fails"
    );
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("progress.csv: E4: 企业微信进度"),
        "{stderr}"
    );
    let stages: Vec<String> = stdout_of(&output)
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).unwrap();
            record["platforms"][0]["stage"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(stages, ["rejected", "in_review"]);
    // A profile's history goes into a list as its latest step.
    let exported = certplan()
        .args(["export", "profiles/foshan-wecom-rejected.toml"])
        .output()
        .unwrap();
    let text = stdout_of(&exported);
    let header: Vec<&str> = text
        .lines()
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    let row: Vec<&str> = text.lines().nth(1).unwrap().split(',').collect();
    let at = header.iter().position(|h| *h == "wecom.status").unwrap();
    assert_eq!((row[at], row[at + 1]), ("rejected", "2026-11-06"));
}

#[test]
fn titles_with_several_cells_and_rows_of_notes_alone_are_not_clients() {
    let dir = temp_dir();
    let list = write(
        dir.path(),
        "ledger.csv",
        "2026年12月 客户认证清单（内部）,,,,制表：张三 2026/12/1\n\
         名称,主体类型,人数,企业微信,备注\n甲公司,企业,20,是,老客户\n,,,,以上为十二月新增\n",
    );
    let map = write(dir.path(), "map.toml", "[columns]\n\"备注\" = \"\"\n");
    let (code, records, stderr) = json("quote", &["--columns", map.to_str().unwrap()], &list);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(records.len(), 1, "the note row is no client");
    assert_eq!(records[0]["sheet_row"], 3);
}

//! The report's shared pieces: integer chart geometry, month names in both languages, the day
//! axis, and footnotes numbered once per fact and source.

use super::sources::Citations;
use super::svg::{DayAxis, label_column, length, month_label, month_name, text_width, wrap};
use crate::lang::Lang;
use crate::money::Fen;
use chrono::NaiveDate;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn amounts_become_lengths_by_integer_division() {
    assert_eq!(length(Fen(300_000), Fen(300_000), 700), 700);
    assert_eq!(length(Fen(30_000), Fen(300_000), 700), 70);
    assert_eq!(length(Fen(0), Fen(300_000), 700), 0);
    assert_eq!(length(Fen(-5), Fen(300_000), 700), 0);
    assert_eq!(
        length(Fen(5), Fen::ZERO, 700),
        0,
        "nothing to scale against"
    );
    assert_eq!(
        length(Fen(i64::MAX), Fen(i64::MAX), 700),
        700,
        "no overflow"
    );
}

#[test]
fn months_are_named_in_the_reader_language() {
    assert_eq!(month_name(11, Lang::En), "Nov");
    assert_eq!(month_name(1, Lang::En), "Jan");
    assert_eq!(month_name(12, Lang::En), "Dec");
    assert_eq!(month_name(11, Lang::Zh), "11月");
    assert_eq!(month_label(day("2026-11-01"), Lang::Zh), "2026年11月");
    assert_eq!(month_label(day("2027-02-01"), Lang::En), "Feb 2027");
}

#[test]
fn the_day_axis_clamps_days_outside_it() {
    let axis = DayAxis {
        from: day("2026-11-01"),
        days: 30,
        left: 100,
        width: 2,
    };
    assert_eq!(axis.x(day("2026-11-01")), 100);
    assert_eq!(axis.x_end(day("2026-11-01")), 102);
    assert_eq!(axis.x(day("2026-10-01")), 100);
    assert_eq!(axis.x(day("2027-01-01")), 160);
    assert_eq!(axis.right(), 160);
    assert!(axis.shows(day("2026-11-30")));
    assert!(!axis.shows(day("2026-12-01")));
    assert_eq!(axis.each_day().count(), 30);
}

#[test]
fn long_labels_wrap_and_are_never_cut() {
    assert_eq!(wrap("Pay the fees", 200, 12), ["Pay the fees"]);
    let lines = wrap(
        "Medium and large: phone callback and credit check (large: possibly a site visit)",
        200,
        12,
    );
    assert!(lines.len() > 1, "{lines:?}");
    assert!(
        lines.iter().all(|line| text_width(line, 12) <= 200),
        "{lines:?}"
    );
    assert_eq!(
        lines.join(" "),
        "Medium and large: phone callback and credit check (large: possibly a site visit)"
    );
    let chinese = wrap(
        "审核中可在订单详情页重填资料；未通过须重新付费申请",
        120,
        12,
    );
    assert_eq!(
        chinese.concat(),
        "审核中可在订单详情页重填资料；未通过须重新付费申请"
    );
    assert!(chinese.iter().all(|line| text_width(line, 12) <= 120));
}

#[test]
fn a_label_column_is_as_wide_as_its_longest_label() {
    assert_eq!(text_width("企业微信", 12), 48);
    assert_eq!(text_width("WeCom", 10), 33);
    assert_eq!(label_column(["WeCom", "企业微信"], 12, (4, 10), 100), 100);
    assert_eq!(
        label_column(["Alipay enterprise certification"], 13, (0, 10), 100),
        10 + text_width("Alipay enterprise certification", 13)
    );
}

#[test]
fn each_fact_and_source_gets_one_number() {
    let mut citations = Citations::default();
    let first = citations.cite("WECOM-SCALE", "seed:000").into_string();
    assert!(first.contains("href=\"#src-1\""));
    let again = citations
        .cite_all([("WECOM-REVIEW", "seed:000"), ("WECOM-SCALE", "seed:000")])
        .into_string();
    assert!(again.contains(">2</a>,<a href=\"#src-1\">1</a>"), "{again}");
    assert_eq!(citations.cite_all([]).into_string(), "");
}

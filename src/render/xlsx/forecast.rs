//! The `forecast` workbook: a `payments` sheet (the CSV's columns), a `by month` sheet (months
//! × platforms with row and column totals as SUM formulas whose cached values are the sums in
//! fen) and an `about` sheet (as-of day, window, rules, sources).

use super::XlsxError;
use super::records::CellKind;
use super::sheet::{Styles, Widths, filter, header_row, record_row, yuan};
use super::voice::{Voice, sheet_name};
use crate::forecast::Forecast;
use crate::lang::Lang;
use crate::money::Fen;
use crate::msg;
use crate::platform::Platform;
use crate::render::Context;
use crate::render::forecast::csv::{HEADER, records};
use crate::rules::Rules;
use rust_xlsxwriter::{Formula, Workbook, Worksheet, utility::row_col_to_cell};
use std::collections::{BTreeMap, BTreeSet};

/// How each CSV column is written.
const KINDS: [CellKind; 13] = crate::render::kinds_with_provenance([
    CellKind::Text,
    CellKind::Text,
    CellKind::Text,
    CellKind::Date,
    CellKind::Text,
    CellKind::Text,
    CellKind::Integer,
    CellKind::Yuan,
    CellKind::Text,
    CellKind::Text,
]);

/// The sheets, by id (named in the reader's language).
pub const SHEETS: [&str; 3] = ["payments", "by month", "about"];

/// A forecast workbook being filled, profile by profile.
pub struct ForecastBook {
    workbook: Workbook,
    styles: Styles,
    widths: Widths,
    rows: u32,
    profiles: usize,
    /// Net amounts per (month, platform).
    cells: BTreeMap<(String, Platform), Fen>,
    sources: BTreeSet<String>,
    window: Option<(String, Vec<String>, &'static str)>,
    lang: Lang,
    voice: Voice,
    kinds: Vec<CellKind>,
    columns: usize,
}

impl ForecastBook {
    /// An empty workbook with headers in `lang`.
    pub fn new(lang: Lang) -> Result<ForecastBook, XlsxError> {
        let mut workbook = Workbook::new();
        let styles = Styles::new();
        let mut widths = Widths::default();
        for name in SHEETS {
            workbook.add_worksheet().set_name(sheet_name(name, lang))?;
        }
        let voice = Voice::new(&HEADER, lang);
        let headers = voice.headers(&HEADER);
        header_row(
            workbook.worksheet_from_index(0)?,
            &headers,
            &styles,
            &mut widths,
        )?;
        Ok(ForecastBook {
            workbook,
            styles,
            widths,
            rows: 0,
            profiles: 0,
            cells: BTreeMap::new(),
            sources: BTreeSet::new(),
            window: None,
            lang,
            kinds: voice.kinds(&KINDS),
            columns: headers.len(),
            voice,
        })
    }

    /// Whether no profile has been added.
    pub fn is_empty(&self) -> bool {
        self.profiles == 0
    }

    /// Adds one profile's payments.
    pub fn add(
        &mut self,
        context: &Context<'_>,
        profile: &crate::profile::Profile,
        forecast: &Forecast,
    ) -> Result<(), XlsxError> {
        let sheet = self.workbook.worksheet_from_index(0)?;
        for record in records(context, profile, forecast) {
            self.rows += 1;
            record_row(
                sheet,
                self.rows,
                &self.voice.record(&record),
                &self.kinds,
                &self.styles,
                &mut self.widths,
            )?;
        }
        for payment in &forecast.payments {
            *self
                .cells
                .entry((payment.month(), payment.platform))
                .or_default() += payment.amount;
            self.sources
                .extend(payment.source.split("; ").map(str::to_owned));
        }
        let window = forecast.options.window;
        self.window.get_or_insert_with(|| {
            (
                context.as_of.to_string(),
                window.month_names(),
                forecast.options.pay_on.id(),
            )
        });
        self.profiles += 1;
        Ok(())
    }

    /// The finished workbook's bytes; `rules_in_use` names the rules (embedded, or a file).
    pub fn into_bytes(mut self, rules: &Rules, rules_in_use: &str) -> Result<Vec<u8>, XlsxError> {
        let payments = self.workbook.worksheet_from_index(0)?;
        filter(payments, self.rows, self.columns)?;
        self.widths.apply(payments)?;
        let (as_of, months, pay_on) = self.window.clone().unwrap_or_default();
        by_month(
            self.workbook.worksheet_from_index(1)?,
            &months,
            &self.cells,
            &self.styles,
            self.lang,
        )?;
        let facts = [
            (msg!(self.lang, "xlsx-about-as-of"), as_of),
            (
                msg!(self.lang, "xlsx-about-months"),
                match (months.first(), months.last()) {
                    (Some(first), Some(last)) => format!("{first} – {last}"),
                    _ => String::new(),
                },
            ),
            (
                msg!(self.lang, "xlsx-about-pay-on"),
                msg!(self.lang, "xlsx-pay-on", pay_on = pay_on),
            ),
            (
                msg!(self.lang, "xlsx-about-profiles"),
                self.profiles.to_string(),
            ),
            (msg!(self.lang, "xlsx-about-rules"), rules_in_use.to_owned()),
            (
                msg!(self.lang, "xlsx-about-version"),
                format!("certplan {}", env!("CARGO_PKG_VERSION")),
            ),
        ];
        about(
            self.workbook.worksheet_from_index(2)?,
            &facts,
            &self.sources,
            rules,
            &self.styles,
            self.lang,
        )?;
        Ok(self.workbook.save_to_buffer()?)
    }
}

/// Months down, platforms across, the net paid in each; a total column and a total row as
/// SUM formulas, each with its cached value.
fn by_month(
    sheet: &mut Worksheet,
    months: &[String],
    cells: &BTreeMap<(String, Platform), Fen>,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let platforms: Vec<Platform> = Platform::ALL
        .iter()
        .copied()
        .filter(|platform| cells.keys().any(|(_, seen)| seen == platform))
        .collect();
    let mut widths = Widths::default();
    let mut headers = vec![msg!(lang, "forecast-col-month")];
    headers.extend(
        platforms
            .iter()
            .map(|platform| platform.label(lang).to_owned()),
    );
    headers.push(msg!(lang, "xlsx-total"));
    header_row(sheet, &headers, styles, &mut widths)?;
    let last_platform = platforms.len() as u16;
    let total_column = last_platform + 1;
    let total_row = months.len() as u32 + 1;
    let mut column_sums = vec![Fen::ZERO; platforms.len()];
    for (index, month) in months.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_string(row, 0, month)?;
        widths.see(0, month);
        let mut row_sum = Fen::ZERO;
        for (column, platform) in platforms.iter().enumerate() {
            let amount = cells
                .get(&(month.clone(), *platform))
                .copied()
                .unwrap_or_default();
            row_sum += amount;
            column_sums[column] += amount;
            sheet.write_number_with_format(row, column as u16 + 1, yuan(amount.0), &styles.yuan)?;
            widths.see(column + 1, &amount.yuan_grouped());
        }
        if platforms.is_empty() {
            // Nothing paid in the window: no range to sum.
            sheet.write_number_with_format(row, total_column, 0.0, &styles.total)?;
        } else {
            let formula = sum_formula((row, 1), (row, last_platform), row_sum);
            sheet.write_formula_with_format(row, total_column, formula, &styles.total)?;
        }
        widths.see(total_column.into(), &row_sum.yuan_grouped());
    }
    sheet.write_string_with_format(total_row, 0, msg!(lang, "xlsx-total"), &styles.header)?;
    for (column, sum) in column_sums.iter().enumerate() {
        let column = column as u16 + 1;
        let formula = sum_formula((1, column), (total_row - 1, column), *sum);
        sheet.write_formula_with_format(total_row, column, formula, &styles.total)?;
    }
    let grand: Fen = column_sums.iter().copied().sum();
    let formula = sum_formula((1, total_column), (total_row - 1, total_column), grand);
    sheet.write_formula_with_format(total_row, total_column, formula, &styles.total)?;
    widths.see(total_column.into(), &grand.yuan_grouped());
    widths.apply(sheet)
}

/// `=SUM(first:last)` with `sum` as its cached value, for readers that do not recalculate.
fn sum_formula(first: (u32, u16), last: (u32, u16), sum: Fen) -> Formula {
    let range = format!(
        "{}:{}",
        row_col_to_cell(first.0, first.1),
        row_col_to_cell(last.0, last.1)
    );
    Formula::new(format!("=SUM({range})")).set_result(number_text(sum))
}

/// The cached value of a yuan sum as Excel writes numbers (`3000`, `-150.5`).
fn number_text(sum: Fen) -> String {
    let text = sum.yuan_plain();
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "-" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// What the workbook was made from: the as-of day, the window, the rules, the sources cited.
fn about(
    sheet: &mut Worksheet,
    facts: &[(String, String)],
    sources: &BTreeSet<String>,
    rules: &Rules,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut widths = Widths::default();
    let mut row = 0;
    for (label, value) in facts {
        sheet.write_string_with_format(row, 0, label, &styles.header)?;
        sheet.write_string(row, 1, value)?;
        widths.see(0, label);
        widths.see(1, value);
        row += 1;
    }
    row += 1;
    let headings = [
        msg!(lang, "xlsx-col-source"),
        msg!(lang, "xlsx-about-title"),
        msg!(lang, "xlsx-about-publisher"),
        msg!(lang, "xlsx-about-trust"),
    ];
    for (column, heading) in headings.iter().enumerate() {
        sheet.write_string_with_format(row, column as u16, heading, &styles.header)?;
    }
    for id in sources {
        row += 1;
        sheet.write_string(row, 0, id)?;
        widths.see(0, id);
        if let Some(source) = rules.source(id) {
            let (title, publisher) = source.described(lang);
            let trust = source.trust.label(lang);
            for (column, text) in [(1, title), (2, publisher), (3, trust)] {
                sheet.write_string(row, column, text)?;
                widths.see(column.into(), text);
            }
        }
    }
    widths.apply(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_sums_are_written_as_excel_writes_numbers() {
        assert_eq!(number_text(Fen(300_000)), "3000");
        assert_eq!(number_text(Fen(-15_050)), "-150.5");
        assert_eq!(number_text(Fen(5)), "0.05");
        assert_eq!(number_text(Fen(0)), "0");
    }
}

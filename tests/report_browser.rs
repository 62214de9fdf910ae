//! `certplan report` pages opened in a real browser (headless Chromium, Debian's `chromium`
//! with `fonts-noto-cjk`): the DOM holds the organisation and its figures, a screenshot is not
//! blank, and printing gives a PDF. Without a browser the test says so loudly; in CI (`CI`
//! set) or with `CERTPLAN_REQUIRE_BROWSER=1` a missing browser fails it. `.ci/run` installs
//! the packages.

mod common;

use common::browser::{browser_or_skip, run_browser};
use common::{AS_OF, certplan, temp_dir};
use std::path::{Path, PathBuf};

/// Writes the report of `target` in `lang` to `dir/name`.
fn write_report(dir: &Path, name: &str, target: &str, lang: &str) -> PathBuf {
    let out = dir.join(name);
    certplan()
        .args(["report", target, "--as-of", AS_OF, "--lang", lang, "-o"])
        .arg(&out)
        .assert()
        .success();
    std::fs::canonicalize(out).unwrap()
}

/// The share of pixels, in per mille, that are not near white.
fn inked_per_mille(png: &Path) -> (u64, u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png).unwrap()));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().expect("a sized PNG")];
    let info = reader.next_frame(&mut buffer).expect("a PNG frame");
    let channels = info.color_type.samples();
    let pixels = &buffer[..info.buffer_size()];
    let total = (info.width * info.height) as u64;
    let inked = pixels
        .chunks(channels)
        .filter(|pixel| pixel.iter().take(3).any(|value| *value < 235))
        .count() as u64;
    (inked * 1000 / total.max(1), info.width, info.height)
}

/// Dumps, shoots and prints one page, checking each result.
fn check_page(browser: &Path, dir: &Path, page: &Path, expected: &[&str]) {
    let profile_dir = dir.join(format!(
        "chromium-{}",
        page.file_stem().unwrap().to_string_lossy()
    ));
    let dom = run_browser(browser, &profile_dir, &["--dump-dom".to_owned()], page);
    let dom_text = &dom.stdout;
    assert!(
        dom_text.contains("</html>"),
        "the browser dumped no DOM for {}: {}",
        page.display(),
        dom.stderr
    );
    for text in expected {
        assert!(
            dom_text.contains(text),
            "the DOM of {} lacks {text:?}",
            page.display()
        );
    }

    let png = page.with_extension("png");
    run_browser(
        browser,
        &profile_dir,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,2000".to_owned(),
        ],
        page,
    );
    let (inked, width, height) = inked_per_mille(&png);
    assert_eq!((width, height), (1280, 2000), "the screenshot's size");
    assert!(
        inked >= 20,
        "the screenshot of {} is nearly blank ({inked}‰ inked)",
        page.display()
    );

    let pdf = page.with_extension("pdf");
    run_browser(
        browser,
        &profile_dir,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_owned(),
        ],
        page,
    );
    let bytes = std::fs::read(&pdf).expect("the browser printed a PDF");
    assert!(bytes.starts_with(b"%PDF"), "{} is not a PDF", pdf.display());
    assert!(
        bytes.len() > 10_000,
        "the PDF of {} is nearly empty",
        page.display()
    );
}

#[test]
fn a_chinese_page_opens_shows_its_figures_and_prints() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = temp_dir();
    let page = write_report(
        dir.path(),
        "shenzhen-zh.html",
        "profiles/shenzhen-small-enterprise.toml",
        "zh",
    );
    check_page(
        &browser,
        dir.path(),
        &page,
        &[
            "深圳市星河数据科技有限公司",
            "900.00",
            "2,700.00",
            "费用",
            "年审",
        ],
    );
}

#[test]
fn an_english_page_opens_shows_its_figures_and_prints() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = temp_dir();
    let page = write_report(
        dir.path(),
        "guangzhou-en.html",
        "profiles/guangzhou-enterprise-1500.toml",
        "en",
    );
    check_page(
        &browser,
        dir.path(),
        &page,
        &[
            "广州市百川零售连锁有限公司",
            "3,000.00",
            "9,000.00",
            "Costs",
            "Renewals",
        ],
    );
}

#[test]
fn a_portfolio_opens_shows_every_client_and_prints() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = temp_dir();
    let page = write_report(dir.path(), "portfolio-en.html", "profiles", "en");
    check_page(
        &browser,
        dir.path(),
        &page,
        &[
            "深圳市星河数据科技有限公司",
            "广州市百川零售连锁有限公司",
            "Payments per month",
            "Certifications by status",
            // The sorting script ran: the policy allows it by its hash.
            "data-sortable=\"ready\"",
        ],
    );
}

/// Clicks the "days left" heading of the table of clients needing action, twice, and records
/// the column after each click.
const CLICK: &str = r##"<script>
(function(){
  var table=document.querySelector("#attention table"),column=3,orders=[];
  function read(){return Array.prototype.map.call(table.tBodies[0].rows,function(r){return Number(r.cells[column].textContent);});}
  for(var i=0;i<2;i++){table.tHead.rows[0].cells[column].querySelector("button").click();orders.push(read());}
  document.body.setAttribute("data-orders",JSON.stringify(orders));
})();
</script>"##;

#[test]
fn a_click_on_a_heading_sorts_the_portfolio_table() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = temp_dir();
    let page = write_report(dir.path(), "portfolio-sort.html", "profiles", "en");
    // The page's policy allows its own script only: the copy with the clicking script has none.
    let html = std::fs::read_to_string(&page).unwrap();
    let start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let end = start + html[start..].find('>').unwrap() + 1;
    let copy = dir.path().join("portfolio-click.html");
    let clicked = format!("{}{}", &html[..start], &html[end..])
        .replace("</body>", &format!("{CLICK}</body>"));
    std::fs::write(&copy, clicked).unwrap();
    let dom = run_browser(
        &browser,
        &dir.path().join("chromium-sort"),
        &["--dump-dom".to_owned()],
        &std::fs::canonicalize(&copy).unwrap(),
    )
    .stdout;
    let start = dom.find("data-orders=\"").expect("the clicks ran") + "data-orders=\"".len();
    let orders: Vec<Vec<i64>> =
        serde_json::from_str(&dom[start..start + dom[start..].find('"').unwrap()]).unwrap();
    let mut ascending = orders[0].clone();
    ascending.sort_unstable();
    assert!(orders[0].len() >= 3, "{orders:?}");
    assert_eq!(orders[0], ascending, "first click: ascending");
    ascending.reverse();
    assert_eq!(orders[1], ascending, "second click: descending");
}

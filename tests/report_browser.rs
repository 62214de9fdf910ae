//! `certplan report` pages opened in a real browser (headless Chromium, Debian's `chromium`
//! with `fonts-noto-cjk`): the DOM holds the organisation and its figures, a screenshot is not
//! blank, and printing gives a PDF. Without a browser the test says so loudly; in CI (`CI`
//! set) or with `CERTPLAN_REQUIRE_BROWSER=1` a missing browser fails it. `.ci/run` installs
//! the packages.

mod common;

use common::{AS_OF, certplan, temp_dir};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The browser, if installed: `CERTPLAN_CHROMIUM`, else `chromium` or `chromium-browser` on
/// the PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CERTPLAN_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// The browser, or `None` after saying loudly that the test could not run; panics where a
/// browser is required (CI).
fn browser_or_skip() -> Option<PathBuf> {
    if let Some(found) = chromium() {
        return Some(found);
    }
    let required = std::env::var_os("CI").is_some_and(|value| !value.is_empty())
        || std::env::var_os("CERTPLAN_REQUIRE_BROWSER").is_some_and(|value| value == "1");
    assert!(
        !required,
        "no chromium found, and CI or CERTPLAN_REQUIRE_BROWSER=1 requires the browser test: \
         apt-get install -y chromium fonts-noto-cjk (as .ci/run does)"
    );
    // Straight to stderr: the test harness captures eprintln! of a passing test.
    let _ = writeln!(
        std::io::stderr(),
        "\n\
         ************************************************************************\n\
         * report_browser: NOT RUN — no chromium on this machine.                *\n\
         * The HTML report was not checked in a browser. Install it with:      *\n\
         *     apt-get install -y chromium fonts-noto-cjk                      *\n\
         ************************************************************************\n"
    );
    None
}

/// What the browser printed: stdout (the DOM) and stderr.
struct Printed {
    stdout: String,
    stderr: String,
}

/// Runs the browser headless on `page` with `args`, killing it after a minute. Its output goes
/// to files (a pipe nobody reads while waiting would fill up and stall it).
fn run_browser(browser: &Path, profile_dir: &Path, args: &[String], page: &Path) -> Printed {
    let stdout_path = profile_dir.with_extension("stdout");
    let stderr_path = profile_dir.with_extension("stderr");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile_dir.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .expect("the browser starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child
        .try_wait()
        .expect("the browser can be waited for")
        .is_none()
    {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the browser did not finish within a minute: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Printed {
        stdout: std::fs::read_to_string(&stdout_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&stderr_path).unwrap_or_default(),
    }
}

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

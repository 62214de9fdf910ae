//! Headless Chromium for the report's browser tests: found on the PATH (or
//! `CERTPLAN_CHROMIUM`), required in CI, and run with its output in files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The browser, if installed: `CERTPLAN_CHROMIUM`, else `chromium` or `chromium-browser` on
/// the PATH.
pub fn chromium() -> Option<PathBuf> {
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
pub fn browser_or_skip() -> Option<PathBuf> {
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
pub struct Printed {
    /// The DOM, with --dump-dom.
    pub stdout: String,
    /// What the browser said.
    pub stderr: String,
}

/// Runs the browser headless on `page` with `args`, killing it after a minute. Its output goes
/// to files (a pipe nobody reads while waiting would fill up and stall it).
pub fn run_browser(browser: &Path, profile_dir: &Path, args: &[String], page: &Path) -> Printed {
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

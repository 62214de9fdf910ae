//! Throughput and start-up, measured on the real binary (`cargo bench --bench throughput`).
//!
//! - start-up: one `quote` of one profile against `/bin/true` (the cost of starting a process);
//! - folders of generated profiles (1 000 and 10 000; add 100 000 with CERTPLAN_BENCH_LARGE=1)
//!   for `quote`, `remind` and `forecast --format csv`, side by side in one run against `cat`
//!   reading the same files, `quote` also on one core (`RAYON_NUM_THREADS=1`) and against the
//!   plain Python script `benches/price_profiles.py` (tomllib) that prices the same profiles;
//!   with peak memory when GNU time is installed (`/usr/bin/time`).
//!
//! - client lists: the same 20 000 profiles as a folder, as one CSV and as one xlsx workbook
//!   (made by `certplan export`), quoted side by side, with peak memory.
//!
//! Each figure is the median of several runs. Record results in docs/performance.md.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CERTPLAN: &str = env!("CARGO_BIN_EXE_certplan");
const KINDS: [&str; 6] = [
    "enterprise",
    "government",
    "public_institution",
    "social_group",
    "foundation",
    "individual_business",
];

fn main() {
    let runs = 7;
    let startup = median(runs, || {
        time(Command::new(CERTPLAN).args([
            "quote",
            "profiles/social-group.toml",
            "--as-of",
            "2026-11-22",
        ]))
    });
    let baseline = median(runs, || time(&mut Command::new("/bin/true")));
    println!(
        "start-up: one quote {:.2} ms, /bin/true {:.2} ms, ratio {:.1}×",
        ms(startup),
        ms(baseline),
        ratio(startup, baseline)
    );

    let mut sizes = vec![1_000, 10_000];
    if std::env::var_os("CERTPLAN_BENCH_LARGE").is_some() {
        sizes.push(100_000);
    }
    for size in sizes {
        let dir = tempfile::tempdir().expect("a temporary directory");
        generate(dir.path(), size);
        let runs = if size > 10_000 { 3 } else { runs };
        let cat = median(runs, || {
            time(
                Command::new("find")
                    .arg(dir.path())
                    .args(["-name", "*.toml", "-exec", "cat", "{}", "+"]),
            )
        });
        println!("{size:>7} profiles: cat {:>8.1} ms", ms(cat));
        let python = Path::new("/usr/bin/python3").exists().then(|| {
            median(runs, || {
                time(
                    Command::new("/usr/bin/python3")
                        .arg(concat!(
                            env!("CARGO_MANIFEST_DIR"),
                            "/benches/price_profiles.py"
                        ))
                        .arg(dir.path()),
                )
            })
        });
        if let Some(python) = python {
            println!(
                "{size:>7} profiles: python3 tomllib pricing {:>8.1} ms",
                ms(python)
            );
        }
        for (command, threads) in [
            ("quote", None),
            ("quote", Some("1")),
            ("remind", None),
            ("forecast", None),
        ] {
            let certplan_command = || {
                let mut command_line = Command::new(CERTPLAN);
                command_line
                    .args([command, "--format", "csv", "--as-of", "2026-11-22"])
                    .arg(dir.path());
                if let Some(threads) = threads {
                    command_line.env("RAYON_NUM_THREADS", threads);
                }
                command_line
            };
            let certplan = median(runs, || time(&mut certplan_command()));
            let memory = peak_memory_kib(&mut certplan_command());
            let versus_python = match (command, threads, python) {
                ("quote", None, Some(python)) => {
                    format!(", {:.2}× python", ratio(certplan, python))
                }
                _ => String::new(),
            };
            println!(
                "{size:>7} profiles: {command:<8}{} {:>8.1} ms ({:.1} µs/profile), {:.2}× cat{versus_python}, peak memory {}",
                if threads.is_some() {
                    " (1 core)"
                } else {
                    "         "
                },
                ms(certplan),
                certplan.as_secs_f64() * 1e6 / size as f64,
                ratio(certplan, cat),
                memory.map_or("n/a (no /usr/bin/time)".to_owned(), |kib| format!(
                    "{:.1} MiB",
                    kib as f64 / 1024.0
                )),
            );
        }
    }
    lists(runs);
}

/// `quote --format csv` of the same 20 000 profiles as a folder, a CSV list and a workbook.
fn lists(runs: usize) {
    let size = 20_000;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).expect("a folder");
    generate(&profiles, size);
    let csv = dir.path().join("clients.csv");
    let xlsx = dir.path().join("clients.xlsx");
    for list in [&csv, &xlsx] {
        let status = Command::new(CERTPLAN)
            .arg("export")
            .arg(&profiles)
            .arg("-o")
            .arg(list)
            .status()
            .expect("export runs");
        assert!(status.success(), "export to {}", list.display());
    }
    let quote = |input: &Path| {
        let mut command = Command::new(CERTPLAN);
        command
            .args(["quote", "--format", "csv", "--as-of", "2026-11-22"])
            .arg(input);
        command
    };
    let folder = median(runs, || time(&mut quote(&profiles)));
    for (name, input) in [
        ("folder", &profiles),
        ("csv list", &csv),
        ("xlsx list", &xlsx),
    ] {
        let took = median(runs, || time(&mut quote(input)));
        let memory = peak_memory_kib(&mut quote(input));
        println!(
            "{size:>7} profiles: quote of a {name:<9} {:>8.1} ms, {:.2}× the folder, {:.1} MB on disk, peak memory {}",
            ms(took),
            ratio(took, folder),
            disk_size(input) as f64 / 1e6,
            memory.map_or("n/a".to_owned(), |kib| format!(
                "{:.1} MiB",
                kib as f64 / 1024.0
            )),
        );
    }
}

/// Bytes of a file, or of the files of a folder.
fn disk_size(path: &Path) -> u64 {
    match std::fs::read_dir(path) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok()?.metadata().ok())
            .map(|metadata| metadata.len())
            .sum(),
        Err(_) => std::fs::metadata(path).map_or(0, |metadata| metadata.len()),
    }
}

/// Writes `count` varied, valid profiles into `dir`.
fn generate(dir: &Path, count: usize) {
    for index in 0..count {
        let kind = KINDS[index % KINDS.len()];
        let third = if matches!(kind, "government" | "public_institution") {
            "[platforms.gov_account]"
        } else {
            "[platforms.dingtalk]"
        };
        // Every fifth organisation has its Official Account still to certify, on a planned day.
        let account = if index % 5 == 0 {
            "planned_on = 2027-03-01"
        } else {
            "certified_on = 2026-02-10"
        };
        let text = format!(
            "[org]\nname = \"组织{index}\"\nkind = \"{kind}\"\nmembers = {}\nregion = \"深圳\"\nsmall_micro = {}\n\n[platforms.wecom]\ncertified_on = 2026-0{}-15\n[platforms.official_account]\n{account}\n{third}\n",
            (index * 37) % 30_000 + 1,
            index % 3 == 0,
            index % 9 + 1,
        );
        std::fs::write(dir.join(format!("p{index:06}.toml")), text).expect("profile written");
    }
}

fn time(command: &mut Command) -> Duration {
    let start = Instant::now();
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the command runs");
    // remind exits 1 or 2 when reviews are due: that is its answer, not a failure.
    assert!(
        status.code().is_some_and(|code| code <= 2),
        "{command:?} failed"
    );
    start.elapsed()
}

fn median(runs: usize, mut measure: impl FnMut() -> Duration) -> Duration {
    measure(); // warm the page cache
    let mut samples: Vec<Duration> = (0..runs).map(|_| measure()).collect();
    samples.sort();
    samples[runs / 2]
}

fn peak_memory_kib(command: &mut Command) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let mut wrapped = Command::new(time);
    wrapped
        .args(["-f", "%M"])
        .arg(command.get_program())
        .args(command.get_args());
    let output = wrapped.stdout(Stdio::null()).output().ok()?;
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

//! The message catalogue (`locales/<lang>/*.ftl`) is compiled into the binary: this script
//! lists each language's files (sorted, so builds are reproducible) as `include_str!`s for
//! `src/i18n.rs`, and has cargo rebuild when a catalogue file changes.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // Read at run time, not baked in with env!: a target/ copied from another checkout would
    // otherwise keep compiling that checkout's catalogue.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    let mut code = String::new();
    for (constant, lang) in [("ENGLISH_FILES", "en"), ("CHINESE_FILES", "zh")] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(lang))
            .expect("locales/<lang> exists")
            .map(|entry| entry.expect("a readable catalogue folder").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        writeln!(code, "const {constant}: &[&str] = &[").unwrap();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(code, "    include_str!({:?}),", file.display().to_string()).unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

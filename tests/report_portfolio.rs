//! The portfolio at scale: one page whose only script is allowed by its hash, and `report DIR
//! -o out/` writing the portfolio and each client's own page, every file through the output
//! guards (never an input, never replaced without `--force`).

mod common;

use common::{AS_OF, certplan, stderr_of, temp_dir, write};

/// The SHA-256 of `text`, base64, computed by Python's hashlib (independent of the code).
fn sha256_base64(text: &str) -> String {
    let output = common::python3(
        "import base64, hashlib, sys; print(base64.b64encode(hashlib.sha256(sys.stdin.buffer.read()).digest()).decode())",
        text,
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

#[test]
fn the_only_script_is_the_one_the_policy_names_by_hash() {
    let output = certplan()
        .args(["report", "profiles/", "--as-of", AS_OF, "--format", "html"])
        .output()
        .unwrap();
    let page = String::from_utf8(output.stdout).unwrap();
    assert_eq!(page.matches("<script").count(), 1);
    let script = &page[page.find("<script>").unwrap() + "<script>".len()..];
    let script = &script[..script.find("</script>").unwrap()];
    let policy = &page[page.find("Content-Security-Policy\" content=\"").unwrap()..];
    let policy = &policy[..policy.find("\">").unwrap()];
    assert!(
        policy.contains(&format!("script-src 'sha256-{}'", sha256_base64(script))),
        "{policy}"
    );
    assert!(!policy.contains("unsafe-inline'; script") && !policy.contains("script-src 'unsafe"));
    assert!(policy.contains("default-src 'none'"));
}

#[test]
fn a_folder_output_gets_the_portfolio_and_a_page_per_client() {
    let dir = temp_dir();
    let out = dir.path().join("out");
    let run = |force: bool| {
        let mut command = certplan();
        command.args([
            "report",
            "profiles/",
            "--as-of",
            AS_OF,
            "--lang",
            "zh",
            "-o",
        ]);
        command.arg(format!("{}/", out.display()));
        if force {
            command.arg("--force");
        }
        command.output().unwrap()
    };
    let output = run(false);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let clients = std::fs::read_dir("profiles")
        .unwrap()
        .filter(|entry| {
            let path = entry.as_ref().unwrap().path();
            path.extension().is_some_and(|ext| ext == "toml")
        })
        .count();
    for index_number in 1..=clients {
        let name = format!("client-{index_number}.html");
        assert!(index.contains(&format!("href=\"{name}\"")), "{name}");
        let page = std::fs::read_to_string(out.join(&name)).unwrap();
        assert!(page.contains("<html lang=\"zh-CN\">") && page.contains("id=\"costs\""));
        assert!(!page.contains("<script"), "a client's page runs nothing");
    }
    assert!(!out.join(format!("client-{}.html", clients + 1)).exists());
    // Never over an existing page without --force; with it, replaced.
    let again = run(false);
    assert_eq!(again.status.code(), Some(73), "{}", stderr_of(&again));
    assert_eq!(run(true).status.code(), Some(0));
    // A page that would be an input (a profile given by a path inside the folder) is refused.
    let trap = write(
        &out,
        "client-1.html",
        "[org]\nname = \"名字\"\nkind = \"enterprise\"\nmembers = 10\n\n[platforms.wecom]\n",
    );
    let before = std::fs::read_to_string(&trap).unwrap();
    let refused = certplan()
        .args(["report", "--as-of", AS_OF, "--force", "-o"])
        .arg(format!("{}/", out.display()))
        .arg(&trap)
        .arg("profiles/social-group.toml")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(73), "{}", stderr_of(&refused));
    assert_eq!(std::fs::read_to_string(&trap).unwrap(), before);
}

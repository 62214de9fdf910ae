//! `init` names the file it writes: in the template's header, and, when the file came with
//! `-o`, in the way `init` takes it (`certplan init x.toml`).

mod common;

use common::{certplan, stderr_of, temp_dir};

#[test]
fn the_template_header_names_the_file_it_is_written_to() {
    let dir = temp_dir();
    for (lang, line) in [
        ("en", "# Fill in, then run:  certplan quote client-a.toml\n"),
        ("zh", "# 填好后运行：certplan quote client-a.toml\n"),
    ] {
        certplan()
            .current_dir(dir.path())
            .args(["init", "client-a.toml", "--force", "--lang", lang])
            .assert()
            .success();
        let text = std::fs::read_to_string(dir.path().join("client-a.toml")).unwrap();
        assert!(
            text.lines().take(3).any(|l| format!("{l}\n") == line),
            "{text}"
        );
    }
}

#[test]
fn a_template_written_with_o_suggests_the_argument_form() {
    let dir = temp_dir();
    let output = certplan()
        .current_dir(dir.path())
        .args(["init", "-o", "x.toml", "--lang", "en"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        stderr_of(&output).contains("next time type certplan init x.toml"),
        "{}",
        stderr_of(&output)
    );
    let text = std::fs::read_to_string(dir.path().join("x.toml")).unwrap();
    assert!(text.contains("certplan quote x.toml"), "{text}");
}

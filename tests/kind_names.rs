//! `checklist --kind` takes a kind's id or any of its names, as `--platform` does, and
//! answers a near miss with the id.

mod common;

use common::{certplan, stderr_of, stdout_of};

fn checklist(lang: &str, kind: &str) -> std::process::Output {
    certplan()
        .args(["checklist", "--lang", lang, "--kind", kind])
        .output()
        .unwrap()
}

#[test]
fn chinese_and_english_names_and_aliases_give_the_id_s_list() {
    let by_id = stdout_of(&checklist("zh", "public_institution"));
    for name in ["事业单位", "public institution", "Public_Institution"] {
        let output = checklist("zh", name);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{name}: {}",
            stderr_of(&output)
        );
        assert_eq!(stdout_of(&output), by_id, "{name}");
    }
    let social = stdout_of(&checklist("zh", "social_group"));
    assert_eq!(stdout_of(&checklist("zh", "社团")), social);
    assert_eq!(stdout_of(&checklist("zh", "社会团体")), social);
    assert_ne!(social, by_id, "the kind filters the list");
}

#[test]
fn a_near_miss_is_answered_with_the_id_in_the_reader_s_language() {
    let output = checklist("en", "fundation");
    assert_eq!(output.status.code(), Some(64));
    assert!(
        stderr_of(&output).contains("did you mean `foundation`"),
        "{}",
        stderr_of(&output)
    );
    let output = checklist("zh", "public_instituton");
    assert_eq!(output.status.code(), Some(64));
    assert!(
        stderr_of(&output).contains("是不是要写 `public_institution`（事业单位）"),
        "{}",
        stderr_of(&output)
    );
    let output = checklist("en", "合作社");
    assert_eq!(output.status.code(), Some(64));
    assert!(stderr_of(&output).contains("public_institution"));
}

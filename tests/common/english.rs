//! The rule of one language: the English words of a message said under `--lang zh` that
//! nothing allows — what is quoted or named (paths, keys, ids, option names, value names,
//! values from the input, formats) is allowed.

/// Words that are names, not English: formats, encodings and units.
const NAMES: &[&str] = &[
    "certplan", "TOML", "UTF", "GBK", "YYYY", "MM", "DD", "KiB", "KB", "CSV", "JSON", "xlsx",
    "ics", "html", "HTML", "csv", "json", "toml", "table", "Unicode", "Windows", "Excel", "true",
    "false",
];

/// Ids of the closed sets a message may name as values to type.
const IDS: &[&str] = &[
    "wecom",
    "official_account",
    "mini_program",
    "dingtalk",
    "gov_account",
    "alipay",
    "icp",
    "enterprise",
    "government",
    "public_institution",
];

/// The English words of `stderr` that nothing allows; `typed` are the arguments as given.
pub fn english_in(stderr: &str, typed: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for line in stderr.lines() {
        // The excerpt of the input under a diagnostic quotes the file; the usage line names
        // the command as it is typed.
        let excerpt =
            line.trim_start().split_once(" | ").is_some() || line.trim_end().ends_with(" |");
        if excerpt || line.starts_with("用法：") {
            continue;
        }
        let mut text = line.to_owned();
        // Lists of ids (`可用的有：wecom, …`, `可选：…`) name ids.
        for list in ["可用的有：", "可选：", "可用格式：", "可选平台："] {
            if let Some(at) = text.find(list) {
                let end = text[at..]
                    .find(['）', '）'])
                    .map_or(text.len(), |end| at + end);
                text.replace_range(at..end, " ");
            }
        }
        let mut plain = String::new();
        let mut quote = None;
        for c in text.chars() {
            match (quote, c) {
                (None, '`' | '"' | '<' | '[') => quote = Some(c),
                (Some('`'), '`') | (Some('"'), '"') | (Some('<'), '>') | (Some('['), ']') => {
                    quote = None
                }
                (None, _) => plain.push(c),
                _ => {}
            }
        }
        for raw in plain.split(|c: char| c.is_whitespace() || !c.is_ascii()) {
            let token = raw.trim_matches(|c: char| ",;:()!?'".contains(c));
            // A key before its message (`org.members: …`) ends with a colon.
            let key = raw.ends_with(':');
            let named = token.contains(['/', '.', '_', '-', '*', '=', '\'']) // paths, keys, options
                || token.chars().any(|c| c.is_ascii_digit())
                || NAMES.contains(&token)
                || IDS.contains(&token)
                || typed.iter().any(|word| word == token)
                || key;
            let words = token.chars().filter(char::is_ascii_alphabetic).count();
            if !named && words >= 2 {
                found.push(format!("{token} (in: {line})"));
            }
        }
    }
    found
}

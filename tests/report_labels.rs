//! Every label of the report's charts fits its box, measured in headless Chromium with the real
//! fonts: a copy of each page gets a measuring script (the page itself runs none) that writes
//! what it found into the DOM, which `--dump-dom` prints. A label is in its box when its
//! bounding box lies within its chart (`viewBox`) and, for a label column (`data-fit="LEFT
//! RIGHT"`), within that column. No label is cut with "…".

mod common;

use common::browser::{browser_or_skip, run_browser};
use common::{AS_OF, certplan, temp_dir};
use std::path::Path;

/// Measures every `<text>` of every chart; the result goes to `data-clipped` (JSON list of the
/// labels out of their box) and `data-measured` (how many were measured).
const MEASURE: &str = r#"<script>
(function(){
  var bad=[],count=0;
  document.querySelectorAll("svg text").forEach(function(t){
    var vb=t.ownerSVGElement.viewBox.baseVal,b=t.getBBox(),label=t.textContent;
    count++;
    if(b.width<=0)return;
    if(b.x<vb.x-0.5||b.x+b.width>vb.x+vb.width+0.5)bad.push("outside the chart: "+label);
    var fit=t.getAttribute("data-fit");
    if(fit){var box=fit.split(" ").map(Number);
      if(b.x<box[0]-0.5||b.x+b.width>box[1]+0.5)bad.push("over its column: "+label+" ("+Math.round(b.x+b.width)+" > "+box[1]+")");
      if(label.indexOf("\u2026")>=0)bad.push("cut: "+label);}
  });
  document.body.setAttribute("data-clipped",JSON.stringify(bad));
  document.body.setAttribute("data-measured",String(count));
})();
</script>"#;

/// Writes the report of `target` in `lang`, with its policy removed and the measuring script
/// added, and returns (labels out of their box, labels measured).
fn measure(browser: &Path, dir: &Path, target: &str, lang: &str) -> (Vec<String>, usize) {
    let name = format!(
        "{}-{lang}",
        Path::new(target).file_stem().unwrap().to_string_lossy()
    );
    let page = dir.join(format!("{name}.html"));
    certplan()
        .args(["report", target, "--as-of", AS_OF, "--lang", lang, "-o"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    let policy_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let policy_end = policy_start + html[policy_start..].find('>').unwrap() + 1;
    let measured = format!(
        "{}{}",
        &html[..policy_start],
        &html[policy_end..].replace("</body>", &format!("{MEASURE}</body>"))
    );
    let copy = dir.join(format!("{name}-measured.html"));
    std::fs::write(&copy, measured).unwrap();
    let copy = std::fs::canonicalize(copy).unwrap();
    let dom = run_browser(
        browser,
        &dir.join(format!("chromium-{name}")),
        &["--dump-dom".to_owned()],
        &copy,
    )
    .stdout;
    let attribute = |name: &str| {
        let start = dom
            .find(&format!("{name}=\""))
            .unwrap_or_else(|| panic!("no {name} in the DOM of {target}"));
        let rest = &dom[start + name.len() + 2..];
        rest[..rest.find('"').unwrap()]
            .replace("&quot;", "\"")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    let clipped: Vec<String> = serde_json::from_str(&attribute("data-clipped")).unwrap();
    (clipped, attribute("data-measured").parse().unwrap())
}

#[test]
fn every_chart_label_fits_its_box_in_both_languages() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = temp_dir();
    let mut measured = 0;
    for target in [
        "profiles/beijing-group-20000.toml",
        "profiles/provincial-government-office.toml",
        "profiles/private-school.toml",
        "profiles",
    ] {
        for lang in ["zh", "en"] {
            let (clipped, count) = measure(&browser, dir.path(), target, lang);
            assert!(clipped.is_empty(), "{target} ({lang}): {clipped:#?}");
            measured += count;
        }
    }
    assert!(measured > 100, "only {measured} labels measured");
}

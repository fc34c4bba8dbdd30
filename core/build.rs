//! Build script: the title and summary of every explanation page, read from the front
//! matter of `content/<lang>/<slug>.md` (with the crate's own reader,
//! `src/kb/front_matter.rs`). The index of the explanation pages and the links to them
//! show these without fetching a page; the pages themselves are data files that the
//! build writes and the web app fetches (`src/kb/data.rs`).

use std::path::Path;
use std::{env, fs};

#[path = "src/kb/front_matter.rs"]
#[allow(dead_code)]
mod front_matter;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/kb/front_matter.rs");
    let mut out = String::from(
        "/// `(lang, slug, title, summary)` from the front matter of every page file.\n\
         pub(crate) const FRONT: &[(&str, &str, &str, &str)] = &[\n",
    );
    for lang in ["nl", "en"] {
        let dir = Path::new("content").join(lang);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for file in files {
            if file.extension().and_then(|e| e.to_str()) != Some("md") {
                continue;
            }
            let Some(slug) = file.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let text = fs::read_to_string(&file).unwrap_or_default();
            let (fields, _, _) = front_matter::split_front_matter(&text);
            let fields = fields.unwrap_or_default();
            let title = front_matter::field(&fields, "title").unwrap_or("");
            let summary = front_matter::field(&fields, "summary").unwrap_or("");
            out.push_str(&format!(
                "    ({lang:?}, {slug:?}, {title:?}, {summary:?}),\n"
            ));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("kb_front.rs");
    fs::write(dest, out).expect("write kb_front.rs");
}

//! Every reference to a law note in the code (`docs/law/<note>.md`, optionally with
//! `#anchor`) names a note that exists in the repository and, with an anchor, a heading of
//! that note. Anchors follow the usual Markdown rule: the heading in lower case, letters,
//! digits, spaces, hyphens and underscores kept, spaces turned into hyphens.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("core/ sits in the repository")
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The anchors of a Markdown file's headings.
fn anchors(markdown: &str) -> BTreeSet<String> {
    markdown
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| slug(l.trim_start_matches('#').trim()))
        .collect()
}

fn slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The `docs/law/…` references in a text: (note file name, anchor).
fn references(text: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("docs/law/") {
        rest = &rest[at + "docs/law/".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#')))
            .unwrap_or(rest.len());
        let reference = rest[..end].trim_end_matches('.');
        let (file, anchor) = match reference.split_once('#') {
            Some((f, a)) => (f, Some(a.to_string())),
            None => (reference, None),
        };
        if file.ends_with(".md") {
            out.push((file.to_string(), anchor));
        }
        rest = &rest[end..];
    }
    out
}

#[test]
fn slugs_follow_the_markdown_rule() {
    for (heading, want) in [
        ("Worked example A", "worked-example-a"),
        ("Two years, not 104 weeks", "two-years-not-104-weeks"),
    ] {
        assert_eq!(slug(heading), want, "{heading}");
    }
    assert_eq!(
        references("see docs/law/poortwachter.md#deadlines. And docs/law/inkomen.md."),
        vec![
            ("poortwachter.md".to_string(), Some("deadlines".to_string())),
            ("inkomen.md".to_string(), None)
        ]
    );
}

#[test]
fn every_law_note_reference_in_the_code_resolves() {
    let root = repo_root();
    let mut files = Vec::new();
    for dir in ["core/src", "core/tests", "core/build.rs", "src", "tests"] {
        let path = root.join(dir);
        if path.is_file() {
            files.push(path);
        } else {
            rust_files(&path, &mut files);
        }
    }
    let mut checked = 0;
    let mut broken = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        for (note, anchor) in references(&text) {
            checked += 1;
            let Ok(markdown) = fs::read_to_string(root.join("docs/law").join(&note)) else {
                broken.push(format!(
                    "{}: docs/law/{note} does not exist",
                    file.display()
                ));
                continue;
            };
            if let Some(anchor) = anchor {
                if !anchors(&markdown).contains(&anchor) {
                    broken.push(format!(
                        "{}: docs/law/{note} has no heading for #{anchor}",
                        file.display()
                    ));
                }
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} references found: is the scan right?"
    );
    assert!(
        broken.is_empty(),
        "broken law-note references:\n{}",
        broken.join("\n")
    );
}

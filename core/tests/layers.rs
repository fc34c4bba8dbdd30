//! The layers of `core/src` hold: no module uses a layer above its own, and no two top
//! modules use each other.
//!
//! The layers are the groups of `pub mod` lines in `core/src/lib.rs`, bottom first, each
//! group opened by a `//` comment. Every file of `core/src` belongs to its top module
//! (`text/flow/outcome.rs` to `text`); its references to other top modules are its
//! `crate::x` paths (also inside `crate::{x, y}`) and its `super::` paths that climb out of
//! the top module. Comments, string literals and test code (`#[cfg(test)]` modules, files
//! named `tests.rs` and files under a `tests/` folder) do not count: tests may reach up to
//! check what a module's words or documents look like.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// One layer: its name (the first words of its comment) and its modules.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Layer {
    name: String,
    modules: Vec<String>,
}

/// The layers as `lib.rs` lists them, bottom first.
fn layers_of(lib_rs: &str) -> Vec<Layer> {
    let mut layers: Vec<Layer> = Vec::new();
    let mut in_comment = false;
    for line in lib_rs.lines().map(str::trim) {
        if line.starts_with("//!") {
            continue;
        }
        if let Some(c) = line.strip_prefix("//") {
            if !in_comment {
                let name = c.trim().split(':').next().unwrap_or("").trim().to_string();
                layers.push(Layer {
                    name,
                    modules: Vec::new(),
                });
            }
            in_comment = true;
            continue;
        }
        in_comment = false;
        if let Some(m) = line
            .strip_prefix("pub mod ")
            .and_then(|r| r.strip_suffix(';'))
        {
            match layers.last_mut() {
                Some(l) => l.modules.push(m.trim().to_string()),
                None => layers.push(Layer {
                    name: String::new(),
                    modules: vec![m.trim().to_string()],
                }),
            }
        }
    }
    layers.retain(|l| !l.modules.is_empty());
    layers
}

/// The source with comments, string literals and char literals blanked (newlines kept).
fn code_only(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        let prev_ident = i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_');
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if let Some((open_len, hashes)) = raw_string_start(&b, i).filter(|_| !prev_ident) {
            out.push_str(&" ".repeat(open_len));
            i += open_len;
            while i < b.len() {
                if b[i] == '"'
                    && b[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|x| **x == '#')
                        .count()
                        == hashes
                {
                    out.push_str(&" ".repeat(1 + hashes));
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(b[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{1F600}'), or a lifetime ('a), which stays.
            let end = if next == Some('\\') {
                b[i + 2..]
                    .iter()
                    .position(|x| *x == '\'')
                    .map(|p| i + 2 + p)
            } else if b.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.push_str(&" ".repeat(e + 1 - i));
                    i = e + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// At `i` a raw string starts (`r"`, `r#"`, `br"`): the length of its opening and its `#`s.
fn raw_string_start(b: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if b.get(j) == Some(&'b') {
        j += 1;
    }
    if b.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = b[j..].iter().take_while(|x| **x == '#').count();
    j += hashes;
    (b.get(j) == Some(&'"')).then_some((j + 1 - i, hashes))
}

/// The code without its `#[cfg(test)]` modules.
fn without_tests(code: &str) -> String {
    let mut out = code.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let after = at + "#[cfg(test)]".len();
        let rest = out[after..].trim_start();
        let start = out.len() - rest.len();
        let words: Vec<&str> = rest.split_whitespace().take(3).collect();
        let is_mod = words.first() == Some(&"mod")
            || (words.first() == Some(&"pub") && words.get(1) == Some(&"mod"));
        let end = match rest.find(['{', ';']) {
            Some(p) if is_mod && rest.as_bytes()[p] == b'{' => match_close(&out, start + p),
            Some(p) => start + p,
            None => out.len() - 1,
        };
        out.replace_range(at..=end.min(out.len() - 1), "");
    }
    out
}

/// The index of the brace that closes the one at `open`.
fn match_close(code: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in code.char_indices().skip_while(|(i, _)| *i < open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    code.len() - 1
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The first names of a `{a, b::c, d::{e}}` group.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut start = true;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => start = true,
            c if start && depth == 0 && (c.is_alphanumeric() || c == '_') => {
                heads.push(ident_at(&group[i..]).to_string());
                start = false;
            }
            _ => {}
        }
    }
    heads
}

/// The module path of a file relative to `src`: `text/flow/outcome.rs` is
/// `[text, flow, outcome]`, `flow/mod.rs` is `[flow]`.
fn module_path(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn is_test_file(rel: &str) -> bool {
    rel.split('/').any(|p| p == "tests") || rel.ends_with("tests.rs")
}

/// The top modules a file refers to (other than its own).
fn references(rel: &str, src: &str) -> BTreeSet<String> {
    let code = without_tests(&code_only(src));
    let path = module_path(rel);
    let own = path.first().cloned().unwrap_or_default();
    let mut out = BTreeSet::new();
    // Inline modules (`mod x { … }`) deepen the path that `super::` climbs from.
    let mut inline: Vec<(usize, usize)> = Vec::new(); // (depth of its brace, count)
    let mut depth = 0usize;
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let c = bytes[i];
        let word_start = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if c == b'{' {
            depth += 1;
        } else if c == b'}' {
            if inline.last().is_some_and(|(d, _)| *d == depth) {
                inline.pop();
            }
            depth = depth.saturating_sub(1);
        } else if word_start && code[i..].starts_with("mod ") {
            let name_at = i + 4;
            let name = ident_at(code[name_at..].trim_start());
            let after = code[name_at..].trim_start()[name.len()..].trim_start();
            if after.starts_with('{') {
                inline.push((depth + 1, 1));
            }
        } else if word_start && code[i..].starts_with("crate::") {
            let rest = &code[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let close = match_close(rest, 0);
                out.extend(group_heads(&group[..close.saturating_sub(1)]));
            } else {
                out.insert(ident_at(rest).to_string());
            }
        } else if word_start && code[i..].starts_with("super::") {
            let mut k = 0;
            let mut rest = &code[i..];
            while let Some(r) = rest.strip_prefix("super::") {
                k += 1;
                rest = r;
            }
            let mut base = path.clone();
            for _ in 0..inline.len() {
                base.push(String::new());
            }
            let left = base.len().saturating_sub(k);
            let targets = if left >= 1 {
                vec![base[0].clone()]
            } else if let Some(group) = rest.strip_prefix('{') {
                let close = match_close(rest, 0);
                group_heads(&group[..close.saturating_sub(1)])
            } else {
                vec![ident_at(rest).to_string()]
            };
            out.extend(targets);
            i += code[i..].len() - rest.len();
            continue;
        }
        i += 1;
    }
    out.retain(|m| !m.is_empty() && *m != own && m != "self");
    out
}

/// Everything wrong with these files under these layers: modules without a layer,
/// references to unknown modules, upward references and cycles between top modules.
fn check(files: &[(String, String)], layers: &[Layer]) -> Vec<String> {
    let layer_of: BTreeMap<&str, (usize, &str)> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            l.modules
                .iter()
                .map(move |m| (m.as_str(), (i, l.name.as_str())))
        })
        .collect();
    let mut errors = Vec::new();
    // edges[a][b] = a file of `a` that uses `b`
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (rel, src) in files {
        if is_test_file(rel) || rel == "lib.rs" || rel.starts_with("bin/") {
            continue;
        }
        let top = module_path(rel).first().cloned().unwrap_or_default();
        let Some(&(from_layer, from_name)) = layer_of.get(top.as_str()) else {
            errors.push(format!("{rel}: module `{top}` is in no layer of lib.rs"));
            continue;
        };
        for target in references(rel, src) {
            let Some(&(to_layer, to_name)) = layer_of.get(target.as_str()) else {
                errors.push(format!(
                    "{rel}: uses `{target}`, which is in no layer of lib.rs"
                ));
                continue;
            };
            if to_layer > from_layer {
                errors.push(format!(
                    "{rel}: `{top}` ({from_name}) uses `{target}` ({to_name}), a layer above"
                ));
            }
            edges
                .entry(top.clone())
                .or_default()
                .entry(target)
                .or_insert_with(|| rel.clone());
        }
    }
    // Cycles: a module that reaches itself.
    let mut reported = BTreeSet::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((m, trail)) = stack.pop() {
            for next in edges
                .get(&m)
                .map(|e| e.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
            {
                if next == *start {
                    let mut members: Vec<String> = trail.clone();
                    members.sort();
                    if reported.insert(members) {
                        let mut msg = String::from("cycle:");
                        let mut path = trail.clone();
                        path.push(next.clone());
                        for w in path.windows(2) {
                            let file = &edges[&w[0]][&w[1]];
                            let _ = write!(msg, " {} -> {} ({file});", w[0], w[1]);
                        }
                        errors.push(msg);
                    }
                } else if seen.insert(next.clone()) {
                    let mut t = trail.clone();
                    t.push(next.clone());
                    stack.push((next, t));
                }
            }
        }
    }
    errors
}

fn read_tree(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read core/src")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            read_tree(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let rel = p
                .strip_prefix(root)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).expect("read file")));
        }
    }
}

#[test]
fn the_modules_of_core_keep_their_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let layers = layers_of(&lib);
    let names: Vec<&str> = layers.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Ground",
            "Dated data",
            "Engines",
            "Flow",
            "Formats",
            "Views",
            "Text",
            "Interfaces"
        ]
    );
    let mut files = Vec::new();
    read_tree(&src, &src, &mut files);
    assert!(files.len() > 50, "read {} files", files.len());
    let errors = check(&files, &layers);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

fn layers(spec: &[(&str, &[&str])]) -> Vec<Layer> {
    spec.iter()
        .map(|(n, ms)| Layer {
            name: n.to_string(),
            modules: ms.iter().map(|m| m.to_string()).collect(),
        })
        .collect()
}

fn files(spec: &[(&str, &str)]) -> Vec<(String, String)> {
    spec.iter()
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect()
}

#[test]
fn the_checker_refuses_an_upward_reference() {
    let l = layers(&[("Ground", &["dates"]), ("Text", &["text"])]);
    let ok = files(&[
        ("dates.rs", "pub fn iso() {}"),
        ("text/mod.rs", "use crate::dates::iso;"),
    ]);
    assert_eq!(check(&ok, &l), Vec::<String>::new());
    // A ground module that imports words.
    let up = files(&[
        ("dates.rs", "use crate::text::format;\npub fn iso() {}"),
        ("text/mod.rs", "use crate::dates::iso;"),
    ]);
    let errors = check(&up, &l);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("dates.rs: `dates` (Ground) uses `text` (Text)")),
        "{errors:?}"
    );
    // In a group, through `super::` out of a nested file, or by a full path in an expression.
    for src in [
        "use crate::{lang, text::format};",
        "fn f() -> String { crate::text::format::amount() }",
    ] {
        let f = files(&[("dates.rs", src)]);
        assert!(!check(&f, &l).is_empty(), "{src}");
    }
    let nested = files(&[("dates/parse.rs", "use super::super::text::t;")]);
    assert!(!check(&nested, &l).is_empty());
}

#[test]
fn the_checker_refuses_a_cycle_in_one_layer() {
    let l = layers(&[("Views", &["batch", "batch_view"])]);
    let f = files(&[
        ("batch.rs", "use crate::batch_view::Table;"),
        ("batch_view.rs", "use crate::batch::BatchRun;"),
    ]);
    let errors = check(&f, &l);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("cycle:"), "{errors:?}");
    assert!(errors[0].contains("batch.rs") && errors[0].contains("batch_view.rs"));
}

#[test]
fn comments_strings_and_tests_do_not_count() {
    let l = layers(&[("Ground", &["dates"]), ("Text", &["text"])]);
    let f = files(&[
        (
            "dates.rs",
            "//! See [`crate::text::format`].\n\
             /* crate::text */\n\
             const S: &str = \"crate::text::x\";\n\
             const R: &str = r#\"crate::text\"#;\n\
             const C: char = '\"';\n\
             fn f<'a>(x: &'a str) -> &'a str { x }\n\
             #[cfg(test)]\nmod tests {\n    use crate::text::format;\n    fn g() { if true { } }\n}\n\
             pub fn after() {}",
        ),
        ("dates/tests.rs", "use crate::text::format;"),
    ]);
    assert_eq!(check(&f, &l), Vec::<String>::new());
    // Code after a test module still counts.
    let after = files(&[(
        "dates.rs",
        "#[cfg(test)]\nmod tests { fn g() {} }\nuse crate::text::t;",
    )]);
    assert!(!check(&after, &l).is_empty());
}

#[test]
fn a_module_must_have_a_layer() {
    let l = layers(&[("Ground", &["dates"])]);
    let f = files(&[("dates.rs", "use crate::money::Cents;"), ("money.rs", "")]);
    let errors = check(&f, &l);
    assert!(errors.iter().any(|e| e.contains("`money`")), "{errors:?}");
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn the_layers_are_the_comment_groups_of_lib_rs() {
    let lib = "//! The crate.\n\n// Ground: the bottom.\npub mod dates;\npub mod lang;\n\n\
               // Text: every word,\n// in two languages.\npub mod text;\n";
    assert_eq!(
        layers_of(lib),
        layers(&[("Ground", &["dates", "lang"]), ("Text", &["text"])])
    );
}

//! The front matter of a page file (`---\nkey: value\n---\nbody`). Self-contained (no
//! use of the crate), because the build script (`core/build.rs`) includes this file too:
//! it reads every page's title and summary at build time for [`super::KbPage::title`].

/// Split `---\nkey: value\n---\nbody`. Returns the fields (if any), the body, and the
/// number of lines before the body (to report body problems at file line numbers).
pub fn split_front_matter(src: &str) -> (Option<Vec<(&str, &str)>>, &str, usize) {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let Some(rest) = src
        .strip_prefix("---\n")
        .or_else(|| src.strip_prefix("---\r\n"))
    else {
        return (None, src, 0);
    };
    let mut fields = Vec::new();
    let mut offset = 0usize;
    let mut lines_seen = 1usize;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        lines_seen += 1;
        let l = line.trim();
        if l == "---" {
            let body = rest.get(offset..).unwrap_or("");
            return (Some(fields), body, lines_seen);
        }
        if let Some((k, v)) = l.split_once(':') {
            fields.push((k.trim(), v.trim()));
        }
    }
    // No closing line: treat everything as body.
    (None, src, 0)
}

/// One field of the front matter, if present and not empty.
pub fn field<'a>(fields: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| *v)
        .filter(|v| !v.is_empty())
}

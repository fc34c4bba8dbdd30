//! The kennisbank as data files, which the web app fetches when a page is opened instead
//! of carrying every page in its code: one file per explanation page and language
//! (`content/<lang>/<slug>.json`) and one glossary per language
//! (`content/<lang>/begrippen.json`, the definitions; the names stay in the app, so the
//! glossary is searched by name at once).
//!
//! The build writes them ([`files`], run natively by `spoorwijzer-prerender --content`)
//! from the Markdown pages parsed here, and stops when a page has an issue. The app reads
//! them back with [`decode_page`] and [`decode_glossary`]. Reading checks what the parser
//! checks (routes, terms, safe addresses, embeds, the shape of tables), so a damaged or
//! foreign file is refused as a whole, never shown in part.
//!
//! The format is compact JSON. A block or an inline is an array that starts with its
//! kind; plain text is a string:
//!
//! ```text
//! page:    {"title": "...", "summary": "...", "updated": "2026-11-22",
//!           "blocks": [block, ...], "sources": [[label, url, note], ...]}
//! block:   ["h2" | "h3", id, [inline, ...]]   ["p", [inline, ...]]
//!          ["ul", [[inline, ...], ...]]        ["ol", start, [[inline, ...], ...]]
//!          ["table", [cell, ...], [[cell, ...], ...]]     (a cell is [inline, ...])
//!          ["note" | "uncertain" | "plan", [block, ...]]   ["embed", name]
//! inline:  "text"   ["b", [inline, ...]]   ["i", [inline, ...]]
//!          ["a", route, [inline, ...]]   ["term", slug, [inline, ...]]
//!          ["ext", url, [inline, ...]]
//! glossary: {"terms": {slug: definition, ...}}
//! ```

use serde_json::{json, Value};

use super::markdown::{is_safe_url, Block, CalloutKind, Embed, HeadingLevel, Inline};
use super::{is_known_route, KbPage, Page, PageIssue, Source, Term};
use crate::lang::Lang;

/// The deepest nesting of inlines a file may have (the parser makes at most 6 levels).
const MAX_DEPTH: usize = 8;

/// Where the data file of a page lives, relative to the app's own address.
pub fn page_path(page: KbPage, lang: Lang) -> String {
    format!("content/{}/{}.json", lang.code(), page.slug())
}

/// Where the glossary's definitions in one language live.
pub fn glossary_path(lang: Lang) -> String {
    format!("content/{}/begrippen.json", lang.code())
}

/// A data file that cannot be read: not JSON, or not the shape above. For the
/// developer console; the person sees a plain message that the page could not load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError(pub String);

fn bad<T>(what: &str) -> Result<T, DataError> {
    Err(DataError(what.to_string()))
}

/// Every data file of the build: `(path, JSON)`. Fails with every issue of every page,
/// so the build stops on a page that would not render as written.
pub fn files() -> Result<Vec<(String, String)>, Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        for &p in KbPage::all() {
            let issues: Vec<PageIssue> = p.issues(lang);
            if issues.is_empty() {
                out.push((page_path(p, lang), encode_page(&p.page(lang))));
            } else {
                problems.push(format!("{} ({}): {issues:?}", p.slug(), lang.code()));
            }
        }
        out.push((
            glossary_path(lang),
            encode_glossary(&Glossary::compiled(lang)),
        ));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

// ---------------------------------------------------------------------------------
// Pages

/// A page as its data file.
pub fn encode_page(page: &Page) -> String {
    json!({
        "title": page.title,
        "summary": page.summary,
        "updated": crate::dates::iso(page.updated),
        "blocks": page.blocks.iter().map(block_value).collect::<Vec<_>>(),
        "sources": page.sources.iter().map(|s| json!([s.label, s.url, s.note])).collect::<Vec<_>>(),
    })
    .to_string()
}

/// Read a page's data file. Refuses anything the parser would not have made.
pub fn decode_page(text: &str) -> Result<Page, DataError> {
    let v: Value = serde_json::from_str(text).map_err(|e| DataError(e.to_string()))?;
    let string = |key: &str| match v.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => bad(key),
    };
    let updated = crate::dates::parse_iso(&string("updated")?)
        .map_err(|_| DataError("updated".to_string()))?;
    let blocks = blocks(v.get("blocks"), true)?;
    let mut sources = Vec::new();
    for s in array(v.get("sources"))? {
        match s.as_array().map(Vec::as_slice) {
            Some([Value::String(label), Value::String(url), Value::String(note)])
                if is_safe_url(url) =>
            {
                sources.push(Source {
                    label: label.clone(),
                    url: url.clone(),
                    note: note.clone(),
                })
            }
            _ => return bad("source"),
        }
    }
    Ok(Page {
        title: string("title")?,
        summary: string("summary")?,
        updated,
        blocks,
        sources,
    })
}

fn array(v: Option<&Value>) -> Result<&[Value], DataError> {
    match v {
        Some(Value::Array(a)) => Ok(a),
        _ => bad("array"),
    }
}

fn block_value(b: &Block) -> Value {
    let list =
        |items: &[Vec<Inline>]| -> Vec<Value> { items.iter().map(|i| inlines_value(i)).collect() };
    match b {
        Block::Heading { level, id, content } => {
            let tag = match level {
                HeadingLevel::H2 => "h2",
                HeadingLevel::H3 => "h3",
            };
            json!([tag, id, inlines_value(content)])
        }
        Block::Paragraph(c) => json!(["p", inlines_value(c)]),
        Block::BulletList(items) => json!(["ul", list(items)]),
        Block::NumberedList { start, items } => json!(["ol", start, list(items)]),
        Block::Table { header, rows } => {
            let rows: Vec<Value> = rows.iter().map(|r| Value::Array(list(r))).collect();
            json!(["table", list(header), rows])
        }
        Block::Callout { kind, blocks } => {
            let tag = match kind {
                CalloutKind::Note => "note",
                CalloutKind::Uncertain => "uncertain",
                CalloutKind::Plan => "plan",
            };
            json!([tag, blocks.iter().map(block_value).collect::<Vec<_>>()])
        }
        Block::Embed(e) => json!(["embed", e.name()]),
    }
}

fn blocks(v: Option<&Value>, callouts: bool) -> Result<Vec<Block>, DataError> {
    array(v)?.iter().map(|b| block(b, callouts)).collect()
}

fn list(v: Option<&Value>) -> Result<Vec<Vec<Inline>>, DataError> {
    array(v)?.iter().map(|i| inlines(Some(i), 0)).collect()
}

fn block(v: &Value, callouts: bool) -> Result<Block, DataError> {
    let a = array(Some(v))?;
    let tag = a.first().and_then(Value::as_str).unwrap_or("");
    let text = |i: usize| a.get(i).and_then(Value::as_str).map(str::to_string);
    Ok(match (tag, a.len()) {
        ("h2" | "h3", 3) => Block::Heading {
            level: if tag == "h2" {
                HeadingLevel::H2
            } else {
                HeadingLevel::H3
            },
            id: text(1).ok_or_else(|| DataError("heading id".to_string()))?,
            content: inlines(a.get(2), 0)?,
        },
        ("p", 2) => Block::Paragraph(inlines(a.get(1), 0)?),
        ("ul", 2) => Block::BulletList(list(a.get(1))?),
        ("ol", 3) => Block::NumberedList {
            start: a
                .get(1)
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| DataError("list start".to_string()))?,
            items: list(a.get(2))?,
        },
        ("table", 3) => {
            let header = list(a.get(1))?;
            let rows = array(a.get(2))?
                .iter()
                .map(|r| list(Some(r)))
                .collect::<Result<Vec<_>, _>>()?;
            // The renderer relies on every row having as many cells as the header.
            if header.is_empty() || rows.iter().any(|r| r.len() != header.len()) {
                return bad("table shape");
            }
            Block::Table { header, rows }
        }
        ("note" | "uncertain" | "plan", 2) if callouts => Block::Callout {
            kind: match tag {
                "note" => CalloutKind::Note,
                "uncertain" => CalloutKind::Uncertain,
                _ => CalloutKind::Plan,
            },
            blocks: blocks(a.get(1), false)?,
        },
        ("embed", 2) => Block::Embed(
            text(1)
                .as_deref()
                .and_then(Embed::from_name)
                .ok_or_else(|| DataError("embed".to_string()))?,
        ),
        _ => return bad("block"),
    })
}

fn inlines_value(inlines: &[Inline]) -> Value {
    Value::Array(inlines.iter().map(inline_value).collect())
}

fn inline_value(i: &Inline) -> Value {
    match i {
        Inline::Text(t) => Value::String(t.clone()),
        Inline::Strong(c) => json!(["b", inlines_value(c)]),
        Inline::Emphasis(c) => json!(["i", inlines_value(c)]),
        Inline::InternalLink { route, content } => json!(["a", route, inlines_value(content)]),
        Inline::TermLink { term, content } => json!(["term", term.slug(), inlines_value(content)]),
        Inline::ExternalLink { url, content } => json!(["ext", url, inlines_value(content)]),
    }
}

fn inlines(v: Option<&Value>, depth: usize) -> Result<Vec<Inline>, DataError> {
    if depth > MAX_DEPTH {
        return bad("nesting");
    }
    array(v)?.iter().map(|i| inline(i, depth)).collect()
}

fn inline(v: &Value, depth: usize) -> Result<Inline, DataError> {
    if let Value::String(t) = v {
        return Ok(Inline::Text(t.clone()));
    }
    let a = array(Some(v))?;
    let tag = a.first().and_then(Value::as_str).unwrap_or("");
    let target = a.get(1).and_then(Value::as_str).unwrap_or("");
    let content = |i: usize| inlines(a.get(i), depth + 1);
    Ok(match (tag, a.len()) {
        ("b", 2) => Inline::Strong(content(1)?),
        ("i", 2) => Inline::Emphasis(content(1)?),
        ("a", 3) if is_known_route(target) => Inline::InternalLink {
            route: target.to_string(),
            content: content(2)?,
        },
        ("term", 3) => Inline::TermLink {
            term: Term::from_slug(target).ok_or_else(|| DataError("term".to_string()))?,
            content: content(2)?,
        },
        ("ext", 3) if is_safe_url(target) => Inline::ExternalLink {
            url: target.to_string(),
            content: content(2)?,
        },
        _ => return bad("inline"),
    })
}

// ---------------------------------------------------------------------------------
// The glossary

/// The definitions of every glossary term in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glossary {
    /// In the order of [`Term::all`].
    definitions: Vec<String>,
}

impl Glossary {
    /// The definitions as written in [`super::terms`] (for the build and for tests).
    pub fn compiled(lang: Lang) -> Glossary {
        Glossary {
            definitions: Term::all()
                .iter()
                .map(|t| t.definition(lang).to_string())
                .collect(),
        }
    }

    /// The definition of a term.
    pub fn definition(&self, term: Term) -> &str {
        Term::all()
            .iter()
            .position(|t| *t == term)
            .and_then(|i| self.definitions.get(i))
            .map_or("", String::as_str)
    }
}

/// The glossary as its data file.
pub fn encode_glossary(g: &Glossary) -> String {
    let terms: serde_json::Map<String, Value> = Term::all()
        .iter()
        .map(|&t| {
            (
                t.slug().to_string(),
                Value::String(g.definition(t).to_string()),
            )
        })
        .collect();
    json!({ "terms": terms }).to_string()
}

/// Read a glossary data file. Every term must have a non-empty definition.
pub fn decode_glossary(text: &str) -> Result<Glossary, DataError> {
    let v: Value = serde_json::from_str(text).map_err(|e| DataError(e.to_string()))?;
    let Some(Value::Object(terms)) = v.get("terms") else {
        return bad("terms");
    };
    let definitions = Term::all()
        .iter()
        .map(|t| match terms.get(t.slug()) {
            Some(Value::String(d)) if !d.trim().is_empty() => Ok(d.clone()),
            _ => bad(t.slug()),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Glossary { definitions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_reads_back_exactly_as_parsed() {
        for lang in [Lang::Nl, Lang::En] {
            for &p in KbPage::all() {
                let page = p.page(lang);
                let text = encode_page(&page);
                assert_eq!(decode_page(&text), Ok(page), "{} {lang:?}", p.slug());
            }
            let g = Glossary::compiled(lang);
            assert_eq!(decode_glossary(&encode_glossary(&g)), Ok(g.clone()));
            assert_eq!(
                g.definition(Term::Spoor2),
                Term::Spoor2.definition(lang),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn the_build_writes_every_page_and_glossary_in_both_languages() {
        let files = files().expect("no page has issues");
        assert_eq!(files.len(), 2 * (KbPage::all().len() + 1));
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert!(paths.contains(&"content/nl/poortwachter.json"));
        assert!(paths.contains(&"content/en/begrippen.json"));
        for (path, text) in &files {
            assert!(path.starts_with("content/") && path.ends_with(".json"));
            assert!(serde_json::from_str::<Value>(text).is_ok(), "{path}");
        }
    }

    #[test]
    fn titles_and_summaries_read_at_build_time_match_the_pages() {
        for lang in [Lang::Nl, Lang::En] {
            for &p in KbPage::all() {
                let page = p.page(lang);
                assert_eq!(p.title(lang), page.title, "{} {lang:?}", p.slug());
                assert_eq!(p.summary(lang), page.summary, "{} {lang:?}", p.slug());
            }
        }
    }

    /// A page with one of everything, to damage one part at a time.
    fn sample() -> Value {
        serde_json::from_str(
            r##"{"title":"T","summary":"S","updated":"2026-11-22",
            "blocks":[["h2","kop",["Kop"]],["p",["a ",["b",["b"]]," ",["term","wga",["WGA"]]]],
              ["table",[["A"],["B"]],[[["1"],["2"]]]],["note",[["p",[["a","#/tijdlijn",["kalender"]]]]]],
              ["embed","vergelijk"],["ol",2,[["x"]]]],
            "sources":[["Art. 1","https://wetten.overheid.nl/x",""]]}"##,
        )
        .unwrap()
    }

    #[test]
    fn a_sound_file_reads_and_a_damaged_one_is_refused() {
        let page = decode_page(&sample().to_string()).expect("the sample reads");
        assert_eq!(page.blocks.len(), 6);
        assert_eq!(page.sources.len(), 1);
        // Strong inside strong, ten levels deep.
        let mut nested = json!(["x"]);
        for _ in 0..10 {
            nested = json!([["b", nested]]);
        }
        let deep = json!(["p", nested]).to_string();
        let damaged = [
            r#"["p",[["ext","javascript:alert(1)",["x"]]]]"#,
            r##"["p",[["a","#/bestaat-niet",["x"]]]]"##,
            r#"["p",[["term","geen-begrip",["x"]]]]"#,
            r#"["embed","onbekend"]"#,
            r#"["table",[["A"],["B"]],[[["1"]]]]"#,
            r#"["note",[["note",[]]]]"#,
            r#"["h4","x",["x"]]"#,
            &deep,
            r#"["p","not a list"]"#,
            r#"{"p":1}"#,
        ];
        for d in damaged {
            let mut v = sample();
            v["blocks"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::from_str(d).unwrap());
            assert!(decode_page(&v.to_string()).is_err(), "{d}");
        }
        let mut v = sample();
        v["sources"] = json!([["x", "ftp://example.org", ""]]);
        assert!(decode_page(&v.to_string()).is_err());
        let mut v = sample();
        v["updated"] = json!("gisteren");
        assert!(decode_page(&v.to_string()).is_err());
        assert!(decode_page("<html>not found</html>").is_err());
        assert!(decode_page("").is_err());
    }

    #[test]
    fn a_glossary_without_a_definition_is_refused() {
        let g = encode_glossary(&Glossary::compiled(Lang::Nl));
        let mut v: Value = serde_json::from_str(&g).unwrap();
        v["terms"].as_object_mut().unwrap().remove("wga");
        assert!(decode_glossary(&v.to_string()).is_err());
        assert!(decode_glossary("{}").is_err());
        assert!(decode_glossary("not json").is_err());
    }
}

//! The kennisbank: explanation pages (`#/uitleg/<slug>`) and the glossary
//! (`#/begrippen/<term>`), in Dutch and English.
//!
//! The pages are Markdown files compiled into the binary with `include_str!`
//! (`core/content/nl/<slug>.md` and `core/content/en/<slug>.md`). [`KbPage::source`]
//! matches every page in every language, so a missing translation does not compile.
//! The glossary lives in [`terms`] as exhaustive matches.
//!
//! The web app renders [`Page`] and [`markdown::Block`]s element by element; it never
//! injects HTML. Labels around the content ("Bijgewerkt op", "Bronnen", the callout
//! headings, the glossary search box) are in `crate::text::kb::KbText`.
//!
//! A page file looks like this:
//!
//! ```text
//! ---
//! title: Spoor 1, spoor 2 en outplacement
//! summary: One or two plain sentences for the index and the meta description.
//! updated: 2026-11-22
//! ---
//! Body in the Markdown subset of [`markdown`] ...
//!
//! ## Bronnen            (## Sources in English; always the last h2)
//! - [Art. 7:658a BW](https://wetten.overheid.nl/...) optional note in plain text
//! ```

pub mod compare;
pub mod data;
pub mod front_matter;
pub mod markdown;
pub mod question_terms;
pub mod terms;

use chrono::NaiveDate;

use crate::lang::Lang;
use crate::listed::listed;
use crate::text::t;
use front_matter::split_front_matter;
use markdown::{plain_text, Block, HeadingLevel, Inline, Problem};
pub use terms::Term;

listed! {
    /// The explanation pages. The slugs are public routes (`#/uitleg/<slug>`): keep them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum KbPage {
        /// `spoor-1-spoor-2-outplacement`
        SporenEnOutplacement,
        /// `poortwachter`
        Poortwachter,
        /// `transitievergoeding`
        Transitievergoeding,
        /// `ziek-en-ontslag`
        ZiekEnOntslag,
        /// `situatieve-arbeidsongeschiktheid`
        SituatieveArbeidsongeschiktheid,
        /// `inkomen-en-verzekering`
        InkomenEnVerzekering,
        /// `hulp-en-rechten`
        HulpEnRechten,
    }
}

impl KbPage {
    /// All pages, in the order of the index at `#/uitleg` (the order of the enum).
    pub fn all() -> &'static [KbPage] {
        &KbPage::ALL
    }

    pub fn slug(self) -> &'static str {
        match self {
            KbPage::SporenEnOutplacement => "spoor-1-spoor-2-outplacement",
            KbPage::Poortwachter => "poortwachter",
            KbPage::Transitievergoeding => "transitievergoeding",
            KbPage::ZiekEnOntslag => "ziek-en-ontslag",
            KbPage::SituatieveArbeidsongeschiktheid => "situatieve-arbeidsongeschiktheid",
            KbPage::InkomenEnVerzekering => "inkomen-en-verzekering",
            KbPage::HulpEnRechten => "hulp-en-rechten",
        }
    }

    pub fn from_slug(slug: &str) -> Option<KbPage> {
        KbPage::all().iter().copied().find(|p| p.slug() == slug)
    }

    /// `#/uitleg/<slug>`
    pub fn route(self) -> String {
        format!("#/uitleg/{}", self.slug())
    }

    /// The Markdown source, compiled in from `content/nl/` and `content/en/` (one file name
    /// for both languages). Exhaustive: a missing file does not compile.
    pub fn source(self, lang: Lang) -> &'static str {
        macro_rules! page {
            ($file:literal) => {
                t(
                    lang,
                    include_str!(concat!("../../content/nl/", $file)),
                    include_str!(concat!("../../content/en/", $file)),
                )
            };
        }
        match self {
            KbPage::SporenEnOutplacement => page!("spoor-1-spoor-2-outplacement.md"),
            KbPage::Poortwachter => page!("poortwachter.md"),
            KbPage::Transitievergoeding => page!("transitievergoeding.md"),
            KbPage::ZiekEnOntslag => page!("ziek-en-ontslag.md"),
            KbPage::SituatieveArbeidsongeschiktheid => page!("situatieve-arbeidsongeschiktheid.md"),
            KbPage::InkomenEnVerzekering => page!("inkomen-en-verzekering.md"),
            KbPage::HulpEnRechten => page!("hulp-en-rechten.md"),
        }
    }

    /// The title, from the page file's front matter as the build read it (`build.rs`):
    /// the index and the links to a page show it without fetching the page. The slug
    /// when the file has none (the tests forbid it).
    pub fn title(self, lang: Lang) -> &'static str {
        self.front(lang)
            .map(|(title, _)| title)
            .unwrap_or(self.slug())
    }

    /// The summary for the index, from the front matter like [`KbPage::title`].
    pub fn summary(self, lang: Lang) -> &'static str {
        self.front(lang).map(|(_, summary)| summary).unwrap_or("")
    }

    fn front(self, lang: Lang) -> Option<(&'static str, &'static str)> {
        front::FRONT
            .iter()
            .find(|(l, slug, title, _)| {
                *l == lang.code() && *slug == self.slug() && !title.is_empty()
            })
            .map(|(_, _, title, summary)| (*title, *summary))
    }

    /// The parsed page. Never panics: should a compiled-in file be malformed (the
    /// tests forbid it), the page still renders with what could be read.
    pub fn page(self, lang: Lang) -> Page {
        parse_page(self.source(lang), lang, self.slug()).0
    }

    /// What is wrong with this page's source, if anything. Empty for every shipped page
    /// (tested); useful for anyone editing the content.
    pub fn issues(self, lang: Lang) -> Vec<PageIssue> {
        parse_page(self.source(lang), lang, self.slug()).1
    }
}

/// The title and summary of every page file, written by `build.rs`.
mod front {
    include!(concat!(env!("OUT_DIR"), "/kb_front.rs"));
}

/// One explanation page, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The h1 and the start of `document.title`.
    pub title: String,
    /// One or two sentences for the index at `#/uitleg`.
    pub summary: String,
    /// Show as "Bijgewerkt op {date}" (`crate::text::kb::KbText::UpdatedOn`,
    /// `crate::text::format::long_date`).
    pub updated: NaiveDate,
    /// The body, without the sources section.
    pub blocks: Vec<Block>,
    /// The "Bronnen" list at the end of the page.
    pub sources: Vec<Source>,
}

/// One entry of a page's "Bronnen" list: a link to the article or official page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub label: String,
    /// Always an `https://` or `http://` address (see [`markdown::is_safe_url`]).
    pub url: String,
    /// Plain text after the link, for example "secundaire bron". May be empty.
    pub note: String,
}

/// Something wrong in a page's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageIssue {
    /// The file does not start with a `---` front matter block.
    NoFrontMatter,
    /// A front-matter field is missing or empty.
    MissingField(&'static str),
    /// `updated:` is not a valid ISO date in the app's date range.
    BadDate(String),
    /// There is no final `## Bronnen` / `## Sources` section with a bullet list.
    NoSources,
    /// Source entry (0-based) does not start with an http(s) link.
    BadSource(usize),
    /// Something follows the sources list.
    ContentAfterSources,
    /// A link, term or embed in the body is unknown or unsafe.
    Markdown(Problem),
}

/// The heading of the sources section in each language.
fn sources_heading(lang: Lang) -> &'static str {
    t(lang, "Bronnen", "Sources")
}

/// Parse a page file. Returns the page (always) and its issues (empty when sound).
pub fn parse_page(src: &str, lang: Lang, fallback_title: &str) -> (Page, Vec<PageIssue>) {
    let mut issues = Vec::new();
    let (front, body, body_line) = split_front_matter(src);
    if front.is_none() {
        issues.push(PageIssue::NoFrontMatter);
    }
    let field = |name: &str| -> Option<String> {
        front
            .as_ref()
            .and_then(|f| front_matter::field(f, name))
            .map(str::to_string)
    };
    let title = field("title").unwrap_or_else(|| {
        issues.push(PageIssue::MissingField("title"));
        fallback_title.to_string()
    });
    let summary = field("summary").unwrap_or_else(|| {
        issues.push(PageIssue::MissingField("summary"));
        String::new()
    });
    let fallback_date = crate::dates::parse_iso(crate::text::ui::CONTENT_DATE)
        .unwrap_or_else(|_| crate::dates::min_date());
    let updated = match field("updated") {
        None => {
            issues.push(PageIssue::MissingField("updated"));
            fallback_date
        }
        Some(d) => crate::dates::parse_iso(&d).unwrap_or_else(|_| {
            issues.push(PageIssue::BadDate(d.clone()));
            fallback_date
        }),
    };

    let mut parsed = markdown::parse(body);
    for mut p in parsed.problems {
        p.line = p.line.saturating_add(body_line);
        issues.push(PageIssue::Markdown(p));
    }

    // The sources section: the last h2 named "Bronnen"/"Sources".
    let wanted = sources_heading(lang);
    let at = parsed.blocks.iter().rposition(|b| {
        matches!(b, Block::Heading { level: HeadingLevel::H2, content, .. }
            if plain_text(content).trim().eq_ignore_ascii_case(wanted))
    });
    let mut sources = Vec::new();
    match at {
        None => issues.push(PageIssue::NoSources),
        Some(i) => {
            let tail = parsed.blocks.split_off(i);
            match tail.get(1) {
                Some(Block::BulletList(items)) if !items.is_empty() => {
                    for (n, item) in items.iter().enumerate() {
                        match source_from_item(item) {
                            Some(s) => sources.push(s),
                            None => issues.push(PageIssue::BadSource(n)),
                        }
                    }
                }
                _ => issues.push(PageIssue::NoSources),
            }
            if tail.len() > 2 {
                issues.push(PageIssue::ContentAfterSources);
            }
        }
    }
    (
        Page {
            title,
            summary,
            updated,
            blocks: parsed.blocks,
            sources,
        },
        issues,
    )
}

fn source_from_item(item: &[Inline]) -> Option<Source> {
    let (first, rest) = item.split_first()?;
    let Inline::ExternalLink { url, content } = first else {
        return None;
    };
    let note = plain_text(rest);
    let note = note
        .trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—')
        })
        .trim()
        .to_string();
    Some(Source {
        label: plain_text(content).trim().to_string(),
        url: url.clone(),
        note,
    })
}

/// Lowercase and strip accents, for search and slugs. `Één` → `een`, `Ĳ` → `ij`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => out.push('a'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            'ĳ' => out.push_str("ij"),
            'ß' => out.push_str("ss"),
            '’' | '‘' => out.push('\''),
            // Combining accents (from decomposed input) are dropped.
            '\u{300}'..='\u{36f}' => {}
            other => out.push(other),
        }
    }
    out
}

/// Fold and treat hyphens, slashes and runs of white space as one space.
fn normalise(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let c = if c == '-' || c == '/' || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_string()
}

/// The glossary filter: terms whose name, slug or definition contains the query,
/// ignoring case and accents. Best matches first: names that start with the query,
/// then names with a word that starts with it, then names or slugs that contain it,
/// then definitions that contain it; alphabetical within each group. An empty query
/// gives all terms alphabetically.
pub fn search_terms(query: &str, lang: Lang) -> Vec<Term> {
    search_terms_in(query, lang, |t| Some(t.definition(lang)))
}

/// [`search_terms`] with the definitions from elsewhere (the web app fetches them, see
/// [`data`]); `None` while they are not there, so the names are searched at once.
pub fn search_terms_in<'a>(
    query: &str,
    lang: Lang,
    definition: impl Fn(Term) -> Option<&'a str>,
) -> Vec<Term> {
    let q = normalise(query);
    let mut hits: Vec<(u8, String, Term)> = Vec::new();
    for &t in Term::all() {
        let name = normalise(t.name(lang));
        let rank = if q.is_empty() || name.starts_with(&q) {
            Some(0)
        } else if name.split(' ').any(|w| w.starts_with(&q))
            || name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(&q))
        {
            Some(1)
        } else if name.contains(&q) || normalise(t.slug()).contains(&q) {
            Some(2)
        } else if definition(t).is_some_and(|d| normalise(d).contains(&q)) {
            Some(3)
        } else {
            None
        };
        if let Some(r) = rank {
            hits.push((r, name, t));
        }
    }
    crate::small_sort::sort_by(&mut hits, |a, b| a < b);
    hits.into_iter().map(|(_, _, t)| t).collect()
}

/// Whether `route` is a route of the app (design.md §6), so a link to it works.
/// `#/uitleg/<slug>` and `#/begrippen/<term>` must name an existing page or term.
/// A fragment query (`#/transitievergoeding?loon=3000`) is allowed on any route.
/// Question ids are checked for form only (`snake_case`); the interview defines them.
pub fn is_known_route(route: &str) -> bool {
    let Some(rest) = route.strip_prefix("#/") else {
        return false;
    };
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (rest, None),
    };
    if query.is_some_and(|q| q.chars().any(|c| c.is_whitespace() || c.is_control())) {
        return false;
    }
    let segments: Vec<&str> = path.split('/').collect();
    match segments.as_slice() {
        [""] => true,
        ["tijdlijn"]
        | ["transitievergoeding"]
        | ["inkomen"]
        | ["vergelijk"]
        | ["uitleg"]
        | ["begrippen"]
        | ["privacy"]
        | ["controle"]
        | ["advies"]
        | ["bewaren"] => true,
        ["werkgever", "batch"] => true,
        ["uitleg", slug] => KbPage::from_slug(slug).is_some(),
        ["begrippen", slug] => Term::from_slug(slug).is_some(),
        ["vraag", id] => is_question_id_form(id),
        ["gedeeld", payload] => {
            !payload.is_empty()
                && payload
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '=' | '.' | '~'))
        }
        _ => false,
    }
}

fn is_question_id_form(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests;

//! A small Markdown subset for the kennisbank, parsed into a render model.
//!
//! The web app maps this model to HTML elements one by one, so no HTML string is ever
//! built or injected (no `innerHTML`). Anything the subset does not know is shown as
//! plain text; the parser never panics and never fails. Problems that an author should
//! fix (an unknown route, an unknown term, an unsafe link, an unknown embed) are
//! reported in [`Parsed::problems`]; the tests require that the compiled-in pages have
//! none.
//!
//! Supported blocks:
//! - `## Kop` and `### Kop` (a single `#` is read as `##`, four or more as `###`;
//!   the page title itself is the h1 and comes from the front matter);
//! - paragraphs (consecutive lines, joined with a space);
//! - bullet lists (`- `, `* ` or `+ `) and numbered lists (`1. ` or `1) `), one level;
//! - pipe tables with a separator row (`| a | b |` then `|---|---|`);
//! - callouts: consecutive lines starting with `>`. The first line may carry a marker:
//!   `[!NOTE]`, `[!UNCERTAIN]` or `[!PLAN]`, or start with `**Let op**`. Without a
//!   marker the callout is a note;
//! - embeds: a line that is exactly `{{vergelijk}}`, or `{{wetsvoorstel:ID}}` with the id
//!   of a change in the pending-law register (`{{wetsvoorstel:36869}}`,
//!   `{{wetsvoorstel:baz}}`): its status, what it changes and when it was last checked,
//!   from [`crate::pending_law`], so no page writes its own sentence about it.
//!
//! Supported inlines: `**strong**`, `*emphasis*` or `_emphasis_`, backslash escapes,
//! and links `[text](target)` where the target is an internal route (`#/tijdlijn`),
//! a glossary term (`term:spoor-2`) or an `https://`/`http://` address.

use super::terms::Term;

/// Nesting limit for inlines (strong inside emphasis inside a link ...). Deeper input
/// is kept as plain text, so hostile input cannot exhaust the stack.
const MAX_INLINE_DEPTH: usize = 6;

/// The result of parsing: blocks to render, and problems for the author.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub blocks: Vec<Block>,
    pub problems: Vec<Problem>,
}

/// Something in the source an author should fix. The rendered output stays safe:
/// the offending link or embed is shown as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line number in the parsed text (the body, after the front matter).
    pub line: usize,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// `[x](#/...)` with a route that the app does not have.
    UnknownRoute(String),
    /// `[x](term:...)` with a slug that is not a glossary term.
    UnknownTerm(String),
    /// A link target that is neither a route, a term nor an http(s) address
    /// (for example `javascript:`), or an address with spaces or control characters.
    UnsupportedLink(String),
    /// `{{name}}` with an unknown name.
    UnknownEmbed(String),
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `h2` or `h3`. `id` is a stable, unique slug of the text within the document.
    Heading {
        level: HeadingLevel,
        id: String,
        content: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    BulletList(Vec<Vec<Inline>>),
    /// `start` is the number of the first item as written (usually 1).
    NumberedList {
        start: u32,
        items: Vec<Vec<Inline>>,
    },
    /// Every row has exactly as many cells as the header (short rows are padded with
    /// empty cells, long rows are cut), so the renderer can rely on the shape.
    Table {
        header: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// A highlighted box. Its blocks never contain another callout.
    Callout {
        kind: CalloutKind,
        blocks: Vec<Block>,
    },
    /// A component of the app, rendered in place.
    Embed(Embed),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    H2,
    H3,
}

/// What kind of highlighted box. The web app takes its heading from
/// `crate::text::kb::KbText` (`CalloutNote`, `CalloutUncertain`, `CalloutPlan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalloutKind {
    /// "Let op": something important for the reader.
    Note,
    /// "Onzeker": a figure or rule that the sources do not settle.
    Uncertain,
    /// "Plan, nog geen wet": a political plan that is not law.
    Plan,
}

/// Components the app renders in place of an embed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embed {
    /// `{{vergelijk}}`: the spoor 2 vs outplacement comparison table, with the rows
    /// of [`super::compare::CompareRow`].
    Vergelijk,
    /// `{{wetsvoorstel:ID}}`: the notice of one change in the pending-law register.
    PendingLaw(crate::pending_law::PendingLawId),
}

impl Embed {
    pub fn from_name(name: &str) -> Option<Embed> {
        if let Some(id) = name.strip_prefix("wetsvoorstel:") {
            return crate::pending_law::PendingLawId::parse(id).map(Embed::PendingLaw);
        }
        match name {
            "vergelijk" => Some(Embed::Vergelijk),
            _ => None,
        }
    }

    /// The name as written in a page: [`Embed::from_name`] reads it back.
    pub fn name(self) -> String {
        match self {
            Embed::Vergelijk => "vergelijk".to_string(),
            Embed::PendingLaw(id) => format!("wetsvoorstel:{}", id.code()),
        }
    }
}

/// An inline element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    /// A link inside the app. `route` is a known route such as `#/tijdlijn`.
    InternalLink {
        route: String,
        content: Vec<Inline>,
    },
    /// A link to a glossary term: render as a link to `term.route()`, or as a
    /// disclosure with the definition.
    TermLink {
        term: Term,
        content: Vec<Inline>,
    },
    /// A link to another site. Render with `rel="noopener noreferrer"`.
    ExternalLink {
        url: String,
        content: Vec<Inline>,
    },
}

/// Flatten inlines to plain text (for titles, `aria-label`s, search and tests).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for i in inlines {
        match i {
            Inline::Text(t) => out.push_str(t),
            Inline::Strong(c) | Inline::Emphasis(c) => push_plain(c, out),
            Inline::InternalLink { content, .. }
            | Inline::TermLink { content, .. }
            | Inline::ExternalLink { content, .. } => push_plain(content, out),
        }
    }
}

/// Parse a Markdown text in the supported subset. Never panics.
pub fn parse(src: &str) -> Parsed {
    let lines: Vec<&str> = src.lines().collect();
    let mut p = BlockParser {
        lines,
        pos: 0,
        problems: Vec::new(),
        ids: Vec::new(),
    };
    let blocks = p.blocks(true);
    Parsed {
        blocks,
        problems: p.problems,
    }
}

/// Parse one line of inline Markdown (for example a table cell or a summary).
/// Problems are appended to `problems` with the given line number.
pub fn parse_inline(text: &str, line: usize, problems: &mut Vec<Problem>) -> Vec<Inline> {
    let chars: Vec<char> = text.chars().collect();
    let mut ip = InlineParser { line, problems };
    ip.parse(&chars, 0)
}

// ---------------------------------------------------------------------------------
// Blocks

struct BlockParser<'a> {
    lines: Vec<&'a str>,
    pos: usize,
    problems: Vec<Problem>,
    ids: Vec<String>,
}

/// What a line starts, if anything.
enum LineKind<'a> {
    Blank,
    Heading(HeadingLevel, &'a str),
    Embed(&'a str),
    Quote,
    Bullet(&'a str),
    Numbered(u32, &'a str),
    Rule,
    TableStart,
    Text,
}

impl<'a> BlockParser<'a> {
    fn line(&self, i: usize) -> Option<&'a str> {
        self.lines.get(i).copied()
    }

    fn classify(&self, i: usize, allow_quote: bool) -> LineKind<'a> {
        let Some(raw) = self.line(i) else {
            return LineKind::Blank;
        };
        let line = raw.trim();
        if line.is_empty() {
            return LineKind::Blank;
        }
        if let Some((level, text)) = heading(line) {
            return LineKind::Heading(level, text);
        }
        if let Some(name) = line
            .strip_prefix("{{")
            .and_then(|r| r.strip_suffix("}}"))
            .filter(|n| !n.contains("{{") && !n.contains("}}"))
        {
            return LineKind::Embed(name.trim());
        }
        if allow_quote && line.starts_with('>') {
            return LineKind::Quote;
        }
        if is_rule(line) {
            return LineKind::Rule;
        }
        if let Some(rest) = bullet(line) {
            return LineKind::Bullet(rest);
        }
        if let Some((n, rest)) = numbered(line) {
            return LineKind::Numbered(n, rest);
        }
        if line.starts_with('|')
            && self
                .line(i + 1)
                .is_some_and(|next| is_table_separator(next.trim()))
        {
            return LineKind::TableStart;
        }
        LineKind::Text
    }

    fn blocks(&mut self, allow_quote: bool) -> Vec<Block> {
        let mut out = Vec::new();
        while self.pos < self.lines.len() {
            let start = self.pos;
            match self.classify(self.pos, allow_quote) {
                LineKind::Blank | LineKind::Rule => self.pos += 1,
                LineKind::Heading(level, text) => {
                    self.pos += 1;
                    let content = self.inline(text, start);
                    let id = self.unique_id(&plain_text(&content));
                    out.push(Block::Heading { level, id, content });
                }
                LineKind::Embed(name) => {
                    self.pos += 1;
                    match Embed::from_name(name) {
                        Some(e) => out.push(Block::Embed(e)),
                        None => {
                            self.problems.push(Problem {
                                line: start + 1,
                                kind: ProblemKind::UnknownEmbed(name.to_string()),
                            });
                            out.push(Block::Paragraph(vec![Inline::Text(
                                self.line(start).unwrap_or("").trim().to_string(),
                            )]));
                        }
                    }
                }
                LineKind::Quote => out.push(self.callout()),
                LineKind::Bullet(_) => out.push(self.bullet_list(allow_quote)),
                LineKind::Numbered(n, _) => out.push(self.numbered_list(n, allow_quote)),
                LineKind::TableStart => out.push(self.table()),
                LineKind::Text => out.push(self.paragraph(allow_quote)),
            }
        }
        out
    }

    fn inline(&mut self, text: &str, index: usize) -> Vec<Inline> {
        parse_inline(text, index + 1, &mut self.problems)
    }

    fn unique_id(&mut self, text: &str) -> String {
        let base = {
            let s = slugify(text);
            if s.is_empty() {
                "kop".to_string()
            } else {
                s
            }
        };
        let mut id = base.clone();
        let mut n = 2u32;
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n = n.saturating_add(1);
        }
        self.ids.push(id.clone());
        id
    }

    fn paragraph(&mut self, allow_quote: bool) -> Block {
        let start = self.pos;
        let mut text = String::new();
        while self.pos < self.lines.len() {
            if self.pos > start && !matches!(self.classify(self.pos, allow_quote), LineKind::Text) {
                break;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(self.line(self.pos).unwrap_or("").trim());
            self.pos += 1;
        }
        Block::Paragraph(self.inline(&text, start))
    }

    /// Collect list items. `item_start` tells whether a line starts a new item and
    /// returns its text.
    fn list_items(
        &mut self,
        allow_quote: bool,
        item_start: fn(&LineKind<'a>) -> Option<&'a str>,
    ) -> Vec<Vec<Inline>> {
        let mut items: Vec<(usize, String)> = Vec::new();
        while self.pos < self.lines.len() {
            let kind = self.classify(self.pos, allow_quote);
            if let Some(text) = item_start(&kind) {
                items.push((self.pos, text.trim().to_string()));
                self.pos += 1;
                continue;
            }
            match kind {
                LineKind::Text => {
                    // A continuation line of the current item.
                    let line = self.line(self.pos).unwrap_or("").trim();
                    match items.last_mut() {
                        Some((_, t)) => {
                            t.push(' ');
                            t.push_str(line);
                        }
                        None => break,
                    }
                    self.pos += 1;
                }
                LineKind::Blank => {
                    // A blank line ends the list unless the next item follows.
                    let next = self.pos + 1;
                    if item_start(&self.classify(next, allow_quote)).is_some() {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                LineKind::Heading(..)
                | LineKind::Embed(_)
                | LineKind::Quote
                | LineKind::Bullet(_)
                | LineKind::Numbered(..)
                | LineKind::Rule
                | LineKind::TableStart => break,
            }
        }
        items.into_iter().map(|(i, t)| self.inline(&t, i)).collect()
    }

    fn bullet_list(&mut self, allow_quote: bool) -> Block {
        let items = self.list_items(allow_quote, |k| match k {
            LineKind::Bullet(t) => Some(t),
            _ => None,
        });
        Block::BulletList(items)
    }

    fn numbered_list(&mut self, start: u32, allow_quote: bool) -> Block {
        let items = self.list_items(allow_quote, |k| match k {
            LineKind::Numbered(_, t) => Some(t),
            _ => None,
        });
        Block::NumberedList { start, items }
    }

    fn table(&mut self) -> Block {
        let head_index = self.pos;
        let header_cells = split_row(self.line(head_index).unwrap_or(""));
        let width = header_cells.len().max(1);
        let header: Vec<Vec<Inline>> = header_cells
            .iter()
            .map(|c| self.inline(c, head_index))
            .collect();
        self.pos += 2; // header and separator
        let mut rows = Vec::new();
        while let Some(line) = self.line(self.pos) {
            let t = line.trim();
            if !t.starts_with('|') {
                break;
            }
            let index = self.pos;
            let mut cells: Vec<Vec<Inline>> = split_row(t)
                .iter()
                .take(width)
                .map(|c| self.inline(c, index))
                .collect();
            while cells.len() < width {
                cells.push(Vec::new());
            }
            rows.push(cells);
            self.pos += 1;
        }
        let mut header = header;
        while header.len() < width {
            header.push(Vec::new());
        }
        Block::Table { header, rows }
    }

    fn callout(&mut self) -> Block {
        let first = self.pos;
        let mut inner: Vec<&'a str> = Vec::new();
        while let Some(line) = self.line(self.pos) {
            let t = line.trim_start();
            let Some(rest) = t.strip_prefix('>') else {
                break;
            };
            inner.push(rest.strip_prefix(' ').unwrap_or(rest));
            self.pos += 1;
        }
        let mut kind = CalloutKind::Note;
        let mut skip_first = false;
        if let Some(head) = inner.first() {
            let h = head.trim();
            let marker = [
                ("[!NOTE]", CalloutKind::Note),
                ("[!UNCERTAIN]", CalloutKind::Uncertain),
                ("[!PLAN]", CalloutKind::Plan),
            ]
            .into_iter()
            .find(|(m, _)| h.eq_ignore_ascii_case(m));
            if let Some((_, k)) = marker {
                kind = k;
                skip_first = true;
            }
        }
        let mut body: Vec<&'a str> = inner.into_iter().skip(usize::from(skip_first)).collect();
        // `> **Let op:** tekst` (or `**Please note:**`): a note whose label the app
        // shows as the callout heading, so it is taken out of the text.
        if !skip_first {
            if let Some(first_line) = body.first_mut() {
                if let Some(rest) = strip_note_label(first_line) {
                    *first_line = rest;
                }
            }
        }
        let offset = first + usize::from(skip_first);
        let mut sub = BlockParser {
            lines: body,
            pos: 0,
            problems: Vec::new(),
            ids: std::mem::take(&mut self.ids),
        };
        let blocks = sub.blocks(false);
        self.ids = sub.ids;
        for mut p in sub.problems {
            p.line = p.line.saturating_add(offset);
            self.problems.push(p);
        }
        Block::Callout { kind, blocks }
    }
}

/// If `line` starts with a bold "Let op" or "Please note" label (with or without a
/// colon, inside or after the stars), return the rest of the line.
fn strip_note_label(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let inner = t.strip_prefix("**")?;
    let end = inner.find("**")?;
    let label = inner.get(..end)?.trim().trim_end_matches(':').trim();
    let is_label = ["let op", "please note", "note"]
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l));
    if !is_label {
        return None;
    }
    let rest = inner.get(end + 2..)?;
    Some(rest.trim_start_matches(':').trim_start())
}

fn heading(line: &str) -> Option<(HeadingLevel, &str)> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = line.get(hashes..)?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let level = if hashes <= 2 {
        HeadingLevel::H2
    } else {
        HeadingLevel::H3
    };
    Some((level, rest.trim().trim_end_matches('#').trim_end()))
}

fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && (compact.chars().all(|c| c == '-')
            || compact.chars().all(|c| c == '*')
            || compact.chars().all(|c| c == '_'))
}

fn bullet(line: &str) -> Option<&str> {
    ["- ", "* ", "+ "]
        .into_iter()
        .find_map(|m| line.strip_prefix(m))
        .or_else(|| ["-", "*", "+"].into_iter().find(|m| line == *m).map(|_| ""))
}

fn numbered(line: &str) -> Option<(u32, &str)> {
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let n: u32 = line.get(..digits)?.parse().ok()?;
    let rest = line.get(digits..)?;
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    if rest.is_empty() {
        return Some((n, ""));
    }
    rest.strip_prefix(' ').map(|r| (n, r))
}

fn is_table_separator(line: &str) -> bool {
    if !line.starts_with('|') {
        return false;
    }
    let cells = split_row(line);
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim();
            let inner = c.trim_start_matches(':').trim_end_matches(':');
            !inner.is_empty() && inner.chars().all(|ch| ch == '-')
        })
}

/// Split `| a | b |` into `["a", "b"]`. A `\|` stays a literal bar inside a cell.
fn split_row(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('\\');
                cur.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        cells.push(cur.trim().to_string());
    }
    cells
}

/// A lowercase ASCII slug: accents folded, other characters become `-`.
pub fn slugify(text: &str) -> String {
    let folded = super::fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------------
// Inlines

struct InlineParser<'p> {
    line: usize,
    problems: &'p mut Vec<Problem>,
}

fn is_escapable(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// Index of the first unescaped `pat` (one or two chars) at or after `from`.
fn find_unescaped(chars: &[char], from: usize, pat: &[char]) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '\\' {
            i += 2;
            continue;
        }
        if chars.get(i..i + pat.len()) == Some(pat) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// For `[` at `open`, the index of its matching `]` (brackets nest).
fn matching_bracket(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                i += 2;
                continue;
            }
            '[' => depth += 1,
            ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// For `(` at `open`, the index of its matching `)` (parentheses nest).
fn matching_paren(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn push_text(out: &mut Vec<Inline>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Inline::Text(t)) = out.last_mut() {
        t.push_str(s);
    } else {
        out.push(Inline::Text(s.to_string()));
    }
}

fn push_all(out: &mut Vec<Inline>, items: Vec<Inline>) {
    for item in items {
        match item {
            Inline::Text(t) => push_text(out, &t),
            other => out.push(other),
        }
    }
}

impl InlineParser<'_> {
    fn parse(&mut self, chars: &[char], depth: usize) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        if depth > MAX_INLINE_DEPTH {
            let s: String = chars.iter().collect();
            push_text(&mut out, &s);
            return out;
        }
        let mut buf = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            // Escapes: `\*` is a literal star.
            if c == '\\' {
                if let Some(&n) = chars.get(i + 1) {
                    if is_escapable(n) {
                        buf.push(n);
                        i += 2;
                        continue;
                    }
                }
                buf.push(c);
                i += 1;
                continue;
            }
            // Strong: `**...**` with non-empty content.
            if c == '*' && chars.get(i + 1) == Some(&'*') {
                if let Some(end) = find_unescaped(chars, i + 2, &['*', '*']) {
                    if end > i + 2 {
                        push_text(&mut out, &std::mem::take(&mut buf));
                        let inner = self.parse(&chars[i + 2..end], depth + 1);
                        out.push(Inline::Strong(inner));
                        i = end + 2;
                        continue;
                    }
                }
                buf.push_str("**");
                i += 2;
                continue;
            }
            // Emphasis: `*...*` or `_..._`, not opening before a space, and `_` not
            // inside a word (so snake_case stays text).
            if c == '*' || c == '_' {
                let opens = chars.get(i + 1).is_some_and(|n| !n.is_whitespace())
                    && (c == '*' || i == 0 || !chars[i - 1].is_alphanumeric());
                if opens {
                    let mut j = i + 1;
                    let mut close = None;
                    while let Some(e) = find_unescaped(chars, j, &[c]) {
                        let after_ok =
                            c == '*' || chars.get(e + 1).is_none_or(|n| !n.is_alphanumeric());
                        let before_ok = e > i + 1 && !chars[e - 1].is_whitespace();
                        let doubled = c == '*' && chars.get(e + 1) == Some(&'*');
                        if after_ok && before_ok && !doubled {
                            close = Some(e);
                            break;
                        }
                        j = e + if doubled { 2 } else { 1 };
                    }
                    if let Some(end) = close {
                        push_text(&mut out, &std::mem::take(&mut buf));
                        let inner = self.parse(&chars[i + 1..end], depth + 1);
                        out.push(Inline::Emphasis(inner));
                        i = end + 1;
                        continue;
                    }
                }
                buf.push(c);
                i += 1;
                continue;
            }
            // Links: `[text](target)`.
            if c == '[' {
                if let Some(close) = matching_bracket(chars, i) {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(end) = matching_paren(chars, close + 1) {
                            push_text(&mut out, &std::mem::take(&mut buf));
                            let content = self.parse(&chars[i + 1..close], depth + 1);
                            let target: String = chars[close + 2..end].iter().collect();
                            let link = self.link(target.trim(), content);
                            push_all(&mut out, link);
                            i = end + 1;
                            continue;
                        }
                    }
                }
            }
            buf.push(c);
            i += 1;
        }
        push_text(&mut out, &buf);
        out
    }

    /// Build a link, or fall back to its content as plain inlines with a problem.
    fn link(&mut self, target: &str, content: Vec<Inline>) -> Vec<Inline> {
        // Links inside link text are not allowed in HTML: keep only their text.
        let content = strip_links(content);
        if target.starts_with("#/") {
            if super::is_known_route(target) {
                return vec![Inline::InternalLink {
                    route: target.to_string(),
                    content,
                }];
            }
            self.problem(ProblemKind::UnknownRoute(target.to_string()));
            return content;
        }
        if let Some(slug) = target.strip_prefix("term:") {
            if let Some(term) = Term::from_slug(slug) {
                return vec![Inline::TermLink { term, content }];
            }
            self.problem(ProblemKind::UnknownTerm(slug.to_string()));
            return content;
        }
        if is_safe_url(target) {
            return vec![Inline::ExternalLink {
                url: target.to_string(),
                content,
            }];
        }
        self.problem(ProblemKind::UnsupportedLink(target.to_string()));
        content
    }

    fn problem(&mut self, kind: ProblemKind) {
        self.problems.push(Problem {
            line: self.line,
            kind,
        });
    }
}

fn strip_links(content: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::new();
    for i in content {
        match i {
            Inline::InternalLink { content, .. }
            | Inline::TermLink { content, .. }
            | Inline::ExternalLink { content, .. } => push_all(&mut out, strip_links(content)),
            Inline::Strong(c) => out.push(Inline::Strong(strip_links(c))),
            Inline::Emphasis(c) => out.push(Inline::Emphasis(strip_links(c))),
            Inline::Text(t) => push_text(&mut out, &t),
        }
    }
    out
}

/// An `https://` (or `http://`) address with a host and without spaces, quotes,
/// angle brackets or control characters.
pub fn is_safe_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':')
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'))
}

#[cfg(test)]
mod tests;

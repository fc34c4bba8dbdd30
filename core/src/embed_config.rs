//! The embed configuration (design.md §6, issue 9): how an employer or an information
//! website configures Spoorwijzer without rebuilding it.
//!
//! There are two sources, read in this order:
//! 1. the inline block `<script type="application/json" id="spoorwijzer-config">` in
//!    `index.html`, which the host edits (a JSON object with the keys below);
//! 2. the query string before the `#` (for example an iframe's `src`).
//!
//! **URL parameters override the JSON block**, key by key: a *valid* URL value replaces the
//! JSON value. An invalid URL value is ignored, so the JSON value stays. A host can switch
//! the URL source off (except `lang` and `preview`) with `"via_url": 0` in the JSON block;
//! this stops a crafted link from showing a different organisation or contact block.
//!
//! Every invalid value is ignored with a typed [`Notice`] (nl + en text); nothing here can
//! panic, whatever the input. The keys are public names: see `EMBEDDING.md`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `lang` | `nl` or `en` | browser language, then `nl` |
//! | `org` | plain text, at most 80 characters | none |
//! | `rol` | `werknemer` or `werkgever` | none (the user chooses) |
//! | `tools` | comma list (or, in JSON, an array) of route names, see [`Tool`] | all |
//! | `accent` | `#rrggbb`, contrast with white at least 4.5:1 | the theme's accent |
//! | `logo` | a same-origin relative path, or `data:image/(png\|svg+xml\|jpeg\|gif\|webp)` | none |
//! | `contact_naam` | plain text, at most 80 characters | none |
//! | `contact_tel` | digits, spaces and `+ - ( ) .`, at most 30 characters | none |
//! | `contact_url` | an `https:` URL | none |
//! | `outplacement_naam`, `outplacement_url` | the employer's outplacement provider | none |
//! | `spoor2_naam`, `spoor2_url` | the employer's spoor 2 provider | none |
//! | `delen` | `0` or `1`: offer share-by-link | `1` |
//! | `onthouden` | `0` or `1`: offer local memory | `1` |
//! | `preview` | `1`: show the configuration notices | `0` |
//! | `parent` | the embedding page's origin, `https://host[:port]` | none (`"*"`) |
//! | `via_url` | JSON block only; `0`: ignore URL parameters except `lang`/`preview` | `1` |
//!
//! Keys that start with `_` in the JSON block are comments and are skipped silently.

use serde_json::Value;

use crate::flow::Role;
use crate::lang::Lang;
use crate::url::parse_query;

/// Longest accepted organisation, contact or provider name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest accepted phone number, in characters.
pub const MAX_TEL_CHARS: usize = 30;
/// Longest accepted `https:` URL, in bytes.
pub const MAX_URL_BYTES: usize = 2000;
/// Longest accepted logo value (a `data:` URI can be long), in bytes.
pub const MAX_LOGO_BYTES: usize = 200_000;
/// Longest JSON block that is read at all, in bytes.
pub const MAX_JSON_BYTES: usize = 500_000;
/// The minimum contrast ratio (WCAG 2.2 SC 1.4.3, AA for normal text).
pub const MIN_CONTRAST_X100: u32 = 450;
/// How much of a rejected value a notice repeats, in characters.
const NOTICE_VALUE_CHARS: usize = 60;

/// Where a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The inline JSON block in `index.html`.
    Json,
    /// The query string before the `#`.
    Url,
}

/// Why a configuration value was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeKind {
    /// The key is not a configuration key.
    UnknownKey,
    /// A JSON value of the wrong type (a number where text is expected, for example).
    WrongType,
    Empty,
    TooLong {
        max: u32,
    },
    /// Control characters or invisible direction marks.
    ControlCharacters,
    BadLang,
    BadRole,
    UnknownTool,
    /// `tools` named no known tool, so every tool stays.
    NoTools,
    BadColour,
    /// The accent colour's contrast with white, times 100 (rounded down).
    LowContrast {
        ratio_x100: u32,
    },
    BadLogo,
    BadPhone,
    NotHttps,
    BadUrl,
    BadFlag,
    BadOrigin,
    /// `via_url` can only be set in the JSON block.
    JsonOnly,
    /// The JSON block switched URL parameters off (`"via_url": 0`).
    UrlSwitchedOff,
    JsonInvalid {
        line: u32,
        column: u32,
    },
    JsonNotObject,
    JsonTooLong,
}

/// One ignored value and why. Its words, one line for the preview panel and the console:
/// `crate::text::embed::notice_line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub source: Source,
    /// The key as written (empty for problems with the JSON block as a whole).
    pub key: String,
    /// The rejected value, shortened to 60 characters (plain text; render as text).
    pub value: String,
    pub kind: NoticeKind,
}

impl Notice {
    fn new(source: Source, key: &str, value: &str, kind: NoticeKind) -> Notice {
        Notice {
            source,
            key: shorten(key),
            value: shorten(value),
            kind,
        }
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(NOTICE_VALUE_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().count() > NOTICE_VALUE_CHARS {
        out.push('…');
    }
    out
}

/// The role an embedder can preset. It skips the role question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedRole {
    Werknemer,
    Werkgever,
    /// The self-employed (zzp).
    Zelfstandige,
}

impl EmbedRole {
    pub fn parse(s: &str) -> Option<EmbedRole> {
        match s.trim() {
            "werknemer" => Some(EmbedRole::Werknemer),
            "werkgever" => Some(EmbedRole::Werkgever),
            "zelfstandige" => Some(EmbedRole::Zelfstandige),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            EmbedRole::Werknemer => "werknemer",
            EmbedRole::Werkgever => "werkgever",
            EmbedRole::Zelfstandige => "zelfstandige",
        }
    }

    /// The interview's role for this preset.
    pub fn role(self) -> Role {
        match self {
            EmbedRole::Werknemer => Role::Werknemer,
            EmbedRole::Werkgever => Role::Werkgever,
            EmbedRole::Zelfstandige => Role::Zelfstandige,
        }
    }
}

/// A tool or explanation that `tools` can show or hide, named by its route (design.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    Transitievergoeding,
    Tijdlijn,
    Inkomen,
    Vergelijk,
    Uitleg,
    Begrippen,
    WerkgeverBatch,
}

impl Tool {
    pub const ALL: [Tool; 7] = [
        Tool::Transitievergoeding,
        Tool::Tijdlijn,
        Tool::Inkomen,
        Tool::Vergelijk,
        Tool::Uitleg,
        Tool::Begrippen,
        Tool::WerkgeverBatch,
    ];

    /// The route name, as in `#/<route>` and in `tools=`.
    pub fn route(self) -> &'static str {
        match self {
            Tool::Transitievergoeding => "transitievergoeding",
            Tool::Tijdlijn => "tijdlijn",
            Tool::Inkomen => "inkomen",
            Tool::Vergelijk => "vergelijk",
            Tool::Uitleg => "uitleg",
            Tool::Begrippen => "begrippen",
            Tool::WerkgeverBatch => "werkgever/batch",
        }
    }

    /// Read a route name; `#/tijdlijn` and `/tijdlijn` are accepted too.
    pub fn parse(s: &str) -> Option<Tool> {
        let s = s.trim().trim_start_matches('#').trim_start_matches('/');
        Tool::ALL.into_iter().find(|t| t.route() == s)
    }
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const WHITE: Rgb = Rgb {
        r: 255,
        g: 255,
        b: 255,
    };

    /// Read exactly `#rrggbb` (hex digits in either case).
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        Some(Rgb {
            r: byte(0)?,
            g: byte(2)?,
            b: byte(4)?,
        })
    }

    /// `#rrggbb` in lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.2 relative luminance, 0.0 (black) to 1.0 (white).
    ///
    /// This is colour geometry, not money, so f64 is used (the one f64 use in this module).
    /// Formula: https://www.w3.org/TR/WCAG22/#dfn-relative-luminance (the 0.04045 threshold
    /// of the sRGB standard; WCAG's 0.03928 gives the same result for 8-bit values).
    pub fn luminance(self) -> f64 {
        fn lin(c: u8) -> f64 {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// The contrast ratio with another colour, times 100 and rounded down (so 4.49:1 never
    /// passes as 4.5:1). https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
    pub fn contrast_x100(self, other: Rgb) -> u32 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a >= b { (a, b) } else { (b, a) };
        let ratio = (hi + 0.05) / (lo + 0.05);
        // ratio is between 1.0 and 21.0, so the product fits a u32.
        (ratio * 100.0).floor() as u32
    }

    /// This colour mixed with black: `pct` percent black (integer arithmetic, rounded half
    /// away from zero). Used for the hover shade of the accent.
    pub fn darken(self, pct: u8) -> Rgb {
        let pct = u32::from(pct.min(100));
        let f = |c: u8| -> u8 {
            let v = (u32::from(c) * (100 - pct) * 2 + 100) / 200;
            u8::try_from(v).unwrap_or(u8::MAX)
        };
        Rgb {
            r: f(self.r),
            g: f(self.g),
            b: f(self.b),
        }
    }
}

/// The contact block in the footer: HR, the vertrouwenspersoon or the arbodienst.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub naam: Option<String>,
    pub tel: Option<String>,
    /// Always an `https:` URL.
    pub url: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.naam.is_none() && self.tel.is_none() && self.url.is_none()
    }

    /// The `tel:` link for the phone number: `+` and digits only, or `None`. In an
    /// international number the trunk prefix written as `(0)` is not dialled:
    /// `+31 (0)20 123 45 67` gives `tel:+31201234567`.
    pub fn tel_href(&self) -> Option<String> {
        let tel = self.tel.as_deref()?;
        let tel = if tel.trim_start().starts_with('+') {
            tel.replace("(0)", "")
        } else {
            tel.to_string()
        };
        let digits: String = tel
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        if digits.chars().filter(|c| c.is_ascii_digit()).count() < 3 {
            return None;
        }
        Some(format!("tel:{digits}"))
    }
}

/// The employer's own provider (outplacement bureau or spoor 2 bureau).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provider {
    pub naam: Option<String>,
    /// Always an `https:` URL.
    pub url: Option<String>,
}

impl Provider {
    pub fn is_empty(&self) -> bool {
        self.naam.is_none() && self.url.is_none()
    }
}

/// The whole configuration after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedConfig {
    pub lang: Option<Lang>,
    pub org: Option<String>,
    pub rol: Option<EmbedRole>,
    /// `None`: every tool is shown. `Some`: only these (never empty).
    pub tools: Option<Vec<Tool>>,
    /// Already checked for contrast; `None` keeps the theme's accent.
    pub accent: Option<Rgb>,
    /// A same-origin relative path or a `data:image/...` URI.
    pub logo: Option<String>,
    pub contact: Contact,
    pub outplacement: Provider,
    pub spoor2: Provider,
    /// Offer share-by-link (`delen`).
    pub delen: bool,
    /// Offer local memory (`onthouden`).
    pub onthouden: bool,
    /// Show the notices panel (`preview=1`).
    pub preview: bool,
    /// The embedding page's origin, for `postMessage`.
    pub parent: Option<String>,
    /// Whether URL parameters beyond `lang` and `preview` are read (`via_url`, JSON only).
    pub via_url: bool,
    /// Every ignored value, in the order met.
    pub notices: Vec<Notice>,
    /// Every key that was read and used, with its source, in the order met (a URL value
    /// that overrides the block's shows up twice: the block's first). For the preview.
    pub read: Vec<(Source, String)>,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            lang: None,
            org: None,
            rol: None,
            tools: None,
            accent: None,
            logo: None,
            contact: Contact::default(),
            outplacement: Provider::default(),
            spoor2: Provider::default(),
            delen: true,
            onthouden: true,
            preview: false,
            parent: None,
            via_url: true,
            notices: Vec::new(),
            read: Vec::new(),
        }
    }
}

/// A raw value before validation: JSON gives strings, numbers, booleans, arrays; the URL
/// gives strings only.
enum Raw<'a> {
    Text(&'a str),
    Json(&'a Value),
}

impl Raw<'_> {
    /// The value as text for notices.
    fn display(&self) -> String {
        match self {
            Raw::Text(s) => (*s).to_string(),
            Raw::Json(Value::String(s)) => s.clone(),
            Raw::Json(v) => v.to_string(),
        }
    }

    /// A string value (JSON strings only; numbers are not names).
    fn text(&self) -> Option<&str> {
        match self {
            Raw::Text(s) => Some(s),
            Raw::Json(Value::String(s)) => Some(s.as_str()),
            Raw::Json(_) => None,
        }
    }

    /// A 0/1 flag: "0"/"1", JSON 0/1 or false/true.
    fn flag(&self) -> Result<bool, NoticeKind> {
        let s = match self {
            Raw::Text(s) => s.trim().to_string(),
            Raw::Json(Value::Bool(b)) => return Ok(*b),
            Raw::Json(Value::Number(n)) => n.to_string(),
            Raw::Json(Value::String(s)) => s.trim().to_string(),
            Raw::Json(_) => return Err(NoticeKind::WrongType),
        };
        match s.as_str() {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            _ => Err(NoticeKind::BadFlag),
        }
    }
}

/// The keys this module knows.
const KEYS: [&str; 18] = [
    "lang",
    "org",
    "rol",
    "tools",
    "accent",
    "logo",
    "contact_naam",
    "contact_tel",
    "contact_url",
    "outplacement_naam",
    "outplacement_url",
    "spoor2_naam",
    "spoor2_url",
    "delen",
    "onthouden",
    "preview",
    "parent",
    "via_url",
];

impl EmbedConfig {
    /// Read both sources: the JSON block's text (or `None` when the page has no block) and
    /// the decoded query pairs (see [`parse_query`]). URL values override JSON values.
    pub fn from_sources(json: Option<&str>, query: &[(String, String)]) -> EmbedConfig {
        let mut c = EmbedConfig::default();
        if let Some(text) = json {
            c.apply_json(text);
        }
        for (k, v) in query {
            if !c.via_url && k != "lang" && k != "preview" && KEYS.contains(&k.as_str()) {
                c.notices
                    .push(Notice::new(Source::Url, k, v, NoticeKind::UrlSwitchedOff));
                continue;
            }
            c.apply(Source::Url, k, Raw::Text(v));
        }
        c
    }

    /// Read a query string (without `?`) only.
    pub fn from_query(q: &str) -> EmbedConfig {
        EmbedConfig::from_sources(None, &parse_query(q))
    }

    fn apply_json(&mut self, text: &str) {
        if text.len() > MAX_JSON_BYTES {
            self.notices
                .push(Notice::new(Source::Json, "", "", NoticeKind::JsonTooLong));
            return;
        }
        if text.trim().is_empty() {
            return;
        }
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                let line = u32::try_from(e.line()).unwrap_or(u32::MAX);
                let column = u32::try_from(e.column()).unwrap_or(u32::MAX);
                self.notices.push(Notice::new(
                    Source::Json,
                    "",
                    "",
                    NoticeKind::JsonInvalid { line, column },
                ));
                return;
            }
        };
        let Value::Object(map) = &value else {
            self.notices.push(Notice::new(
                Source::Json,
                "",
                &value.to_string(),
                NoticeKind::JsonNotObject,
            ));
            return;
        };
        for (k, v) in map {
            if k.starts_with('_') {
                continue;
            }
            self.apply(Source::Json, k, Raw::Json(v));
        }
    }

    fn apply(&mut self, source: Source, key: &str, raw: Raw<'_>) {
        match self.try_apply(source, key, &raw) {
            Ok(()) => self.read.push((source, key.to_string())),
            Err(kind) => self
                .notices
                .push(Notice::new(source, key, &raw.display(), kind)),
        }
    }

    fn try_apply(&mut self, source: Source, key: &str, raw: &Raw<'_>) -> Result<(), NoticeKind> {
        let text = || raw.text().ok_or(NoticeKind::WrongType);
        match key {
            "lang" => {
                let t = text()?.trim();
                match t {
                    "nl" => self.lang = Some(Lang::Nl),
                    "en" => self.lang = Some(Lang::En),
                    _ => return Err(NoticeKind::BadLang),
                }
            }
            "org" => self.org = Some(plain_text(text()?, MAX_NAME_CHARS)?),
            "rol" => self.rol = Some(EmbedRole::parse(text()?).ok_or(NoticeKind::BadRole)?),
            "tools" => self.apply_tools(source, raw)?,
            "accent" => {
                let rgb = Rgb::parse_hex(text()?).ok_or(NoticeKind::BadColour)?;
                let ratio = rgb.contrast_x100(Rgb::WHITE);
                if ratio < MIN_CONTRAST_X100 {
                    return Err(NoticeKind::LowContrast { ratio_x100: ratio });
                }
                self.accent = Some(rgb);
            }
            "logo" => self.logo = Some(logo(text()?)?),
            "contact_naam" => self.contact.naam = Some(plain_text(text()?, MAX_NAME_CHARS)?),
            "contact_tel" => self.contact.tel = Some(phone(text()?)?),
            "contact_url" => self.contact.url = Some(https_url(text()?)?),
            "outplacement_naam" => {
                self.outplacement.naam = Some(plain_text(text()?, MAX_NAME_CHARS)?)
            }
            "outplacement_url" => self.outplacement.url = Some(https_url(text()?)?),
            "spoor2_naam" => self.spoor2.naam = Some(plain_text(text()?, MAX_NAME_CHARS)?),
            "spoor2_url" => self.spoor2.url = Some(https_url(text()?)?),
            "delen" => self.delen = raw.flag()?,
            "onthouden" => self.onthouden = raw.flag()?,
            "preview" => self.preview = raw.flag()?,
            "parent" => self.parent = Some(origin(text()?)?),
            "via_url" => match source {
                Source::Json => self.via_url = raw.flag()?,
                Source::Url => return Err(NoticeKind::JsonOnly),
            },
            _ => return Err(NoticeKind::UnknownKey),
        }
        Ok(())
    }

    fn apply_tools(&mut self, source: Source, raw: &Raw<'_>) -> Result<(), NoticeKind> {
        let names: Vec<String> = match raw {
            Raw::Json(Value::Array(items)) => {
                let mut names = Vec::new();
                for item in items {
                    match item {
                        Value::String(s) => names.push(s.clone()),
                        other => self.notices.push(Notice::new(
                            source,
                            "tools",
                            &other.to_string(),
                            NoticeKind::WrongType,
                        )),
                    }
                }
                names
            }
            other => other
                .text()
                .ok_or(NoticeKind::WrongType)?
                .split(',')
                .map(str::to_string)
                .collect(),
        };
        let mut tools: Vec<Tool> = Vec::new();
        for name in names {
            if name.trim().is_empty() {
                continue;
            }
            match Tool::parse(&name) {
                Some(t) if !tools.contains(&t) => tools.push(t),
                Some(_) => {}
                None => {
                    self.notices
                        .push(Notice::new(source, "tools", &name, NoticeKind::UnknownTool))
                }
            }
        }
        if tools.is_empty() {
            return Err(NoticeKind::NoTools);
        }
        self.tools = Some(tools);
        Ok(())
    }

    /// Whether a tool is offered.
    pub fn shows(&self, tool: Tool) -> bool {
        match &self.tools {
            None => true,
            Some(list) => list.contains(&tool),
        }
    }

    /// The language: the configuration's (URL, then JSON block), then the browser's
    /// language tag, then Dutch (design.md §4).
    pub fn initial_lang(&self, navigator: Option<&str>) -> Lang {
        self.lang
            .or_else(|| navigator.and_then(Lang::parse))
            .unwrap_or(Lang::Nl)
    }

    /// The CSS custom properties to set on the document element for the accent colour,
    /// or nothing when the default theme stays. The accent carries white text in buttons
    /// and the header, and is the header's background, in light and dark mode alike.
    pub fn accent_properties(&self) -> Vec<(&'static str, String)> {
        match self.accent {
            None => Vec::new(),
            Some(rgb) => vec![
                ("--sw-color-accent", rgb.hex()),
                ("--sw-color-accent-hover", rgb.darken(25).hex()),
                ("--sw-color-accent-text", Rgb::WHITE.hex()),
                ("--sw-color-header-bg", rgb.hex()),
                ("--sw-color-header-text", Rgb::WHITE.hex()),
            ],
        }
    }

    /// The target origin for the resize message: `parent`, else `"*"` (acceptable only
    /// because the message carries nothing but a height).
    pub fn message_target(&self) -> &str {
        self.parent.as_deref().unwrap_or("*")
    }
}

/// Characters that reorder text invisibly (bidirectional controls): refused in names so a
/// name cannot pretend to be something else.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Plain text: trimmed, not empty, at most `max` characters, no control characters.
/// Markup characters are allowed: the app renders text, never HTML.
fn plain_text(s: &str, max: usize) -> Result<String, NoticeKind> {
    let t = s.trim();
    if t.is_empty() {
        return Err(NoticeKind::Empty);
    }
    if t.chars().count() > max {
        return Err(NoticeKind::TooLong {
            max: u32::try_from(max).unwrap_or(u32::MAX),
        });
    }
    if t.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(NoticeKind::ControlCharacters);
    }
    Ok(t.to_string())
}

fn phone(s: &str) -> Result<String, NoticeKind> {
    let t = plain_text(s, MAX_TEL_CHARS)?;
    let ok = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    if !ok || t.chars().filter(|c| c.is_ascii_digit()).count() < 3 {
        return Err(NoticeKind::BadPhone);
    }
    Ok(t)
}

/// A host name (or IPv4 address): letters, digits, `-` and `.`, with an optional port.
fn valid_host_port(hp: &str) -> bool {
    let (host, port) = match hp.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (hp, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && !host.starts_with(['.', '-'])
        && !host.ends_with('-')
        && !host.contains("..")
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    let port_ok = match port {
        None => true,
        Some(p) => !p.is_empty() && p.len() <= 5 && p.parse::<u16>().is_ok_and(|n| n > 0),
    };
    host_ok && port_ok
}

/// `s` without the spaces around it: not empty, and at most `max_bytes` long.
fn filled_within(s: &str, max_bytes: usize) -> Result<&str, NoticeKind> {
    let t = s.trim();
    if t.is_empty() {
        return Err(NoticeKind::Empty);
    }
    if t.len() > max_bytes {
        return Err(NoticeKind::TooLong {
            max: u32::try_from(max_bytes).unwrap_or(u32::MAX),
        });
    }
    Ok(t)
}

/// An `https:` URL: scheme `https://`, a plain host (no user name, so
/// `https://trusted@elsewhere` is refused), and a path/query without spaces, quotes,
/// angle brackets or backslashes.
fn https_url(s: &str) -> Result<String, NoticeKind> {
    let t = filled_within(s, MAX_URL_BYTES)?;
    let scheme_ok = t
        .get(..8)
        .is_some_and(|p| p.eq_ignore_ascii_case("https://"));
    if !scheme_ok {
        return Err(NoticeKind::NotHttps);
    }
    let rest = t.get(8..).unwrap_or("");
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if !valid_host_port(authority) {
        return Err(NoticeKind::BadUrl);
    }
    let tail_ok = tail.chars().all(|c| {
        c.is_ascii_graphic()
            && !matches!(
                c,
                '"' | '\'' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^'
            )
    });
    if !tail_ok {
        return Err(NoticeKind::BadUrl);
    }
    Ok(format!(
        "https://{}{}",
        authority.to_ascii_lowercase(),
        tail
    ))
}

/// The embedding page's origin: `https://host[:port]`, or `http://localhost[:port]` /
/// `http://127.0.0.1[:port]` for testing. One trailing `/` is dropped; nothing else may
/// follow the host.
fn origin(s: &str) -> Result<String, NoticeKind> {
    let t = s.trim();
    let t = t.strip_suffix('/').unwrap_or(t);
    let lower = t.to_ascii_lowercase();
    let (scheme, hp) = if let Some(hp) = lower.strip_prefix("https://") {
        ("https", hp)
    } else if let Some(hp) = lower.strip_prefix("http://") {
        let host = hp.split(':').next().unwrap_or("");
        if host != "localhost" && host != "127.0.0.1" {
            return Err(NoticeKind::BadOrigin);
        }
        ("http", hp)
    } else {
        return Err(NoticeKind::BadOrigin);
    };
    if !valid_host_port(hp) {
        return Err(NoticeKind::BadOrigin);
    }
    Ok(format!("{scheme}://{hp}"))
}

/// A logo: a same-origin relative path (letters, digits and `. _ ~ / -`, not starting with
/// `//`), or a `data:image/(png|svg+xml|jpeg|gif|webp)` URI. The CSP (`img-src 'self'
/// data:`) would block anything else anyway; this check gives a notice instead of a
/// silently broken image.
fn logo(s: &str) -> Result<String, NoticeKind> {
    let t = filled_within(s, MAX_LOGO_BYTES)?;
    let head = t.get(..5).unwrap_or("");
    if head.eq_ignore_ascii_case("data:") {
        let rest = t.get(5..).unwrap_or("");
        let Some((meta, payload)) = rest.split_once(',') else {
            return Err(NoticeKind::BadLogo);
        };
        let meta = meta.to_ascii_lowercase();
        let (mime, base64) = match meta.strip_suffix(";base64") {
            Some(m) => (m, true),
            None => (meta.as_str(), false),
        };
        let mime_ok = matches!(
            mime,
            "image/png" | "image/svg+xml" | "image/jpeg" | "image/gif" | "image/webp"
        );
        let payload_ok = !payload.is_empty()
            && if base64 {
                payload
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
            } else {
                payload.bytes().all(|b| b.is_ascii_graphic())
            };
        if !mime_ok || !payload_ok {
            return Err(NoticeKind::BadLogo);
        }
        return Ok(t.to_string());
    }
    let path_ok = !t.starts_with("//")
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'/' | b'-'));
    if !path_ok {
        return Err(NoticeKind::BadLogo);
    }
    Ok(t.to_string())
}

pub mod host;

#[cfg(test)]
mod tests;

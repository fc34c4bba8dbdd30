//! Every source a user can see is official, and no internal reference reaches a user.
//!
//! The test enumerates every place the app shows a citation: the registry, the outcome's
//! route cards and warnings, the comparison, the glossary, the explanation pages (their
//! "Bronnen" and every link in their Markdown, in both languages), the letters, the
//! poortwachter calendar, the income projection, the AOW table, the holidays, the
//! parameter table and the pending-law register. It extracts every `http(s)://host` from
//! each label and URL and checks the host against [`OFFICIAL_HOSTS`].

use super::{help, Source, ALL, SECONDARY_PREFIX};
use crate::flow::outcome::{AdviceRoute, Help, Warning, WarningKind};
use crate::flow::Voice;
use crate::income::{ConsiderationKind, PhaseKind};
use crate::kb::compare::CompareRow;
use crate::kb::{KbPage, Term};
use crate::lang::Lang;
use crate::letters::LetterKind;
use crate::listed::every_variant;
use crate::poortwachter::{MilestoneId, NoticeId};
use crate::text::flow::outcome::{
    help_text, route_sources, route_text, warning_sources, warning_text,
};
use crate::text::poortwachter::{
    milestone_consequence, milestone_title, milestone_what, notice_body, notice_title,
};

/// The hosts a citation may link to (and their subdomains, such as www.uwv.nl and
/// uitspraken.rechtspraak.nl).
const OFFICIAL_HOSTS: &[&str] = &[
    "wetten.overheid.nl",
    "officielebekendmakingen.nl",
    "zoek.officielebekendmakingen.nl",
    "rechtspraak.nl",
    "tweedekamer.nl",
    "eerstekamer.nl",
    "uwv.nl",
    "rijksoverheid.nl",
    "svb.nl",
    "belastingdienst.nl",
    "cpb.nl",
    // The Kamer van Koophandel, a public body (zelfstandig bestuursorgaan): its pages for
    // entrepreneurs, on the self-employed's cover.
    "kvk.nl",
];

/// Allowed only for the bedrijfsarts's guideline (the label names STECR).
const STECR_HOST: &str = "stecr.nl";

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// Whether `host` is `allowed` or one of its subdomains.
fn host_is(host: &str, allowed: &str) -> bool {
    host == allowed
        || host
            .strip_suffix(allowed)
            .is_some_and(|rest| rest.ends_with('.'))
}

fn is_official(host: &str) -> bool {
    OFFICIAL_HOSTS.iter().any(|a| host_is(host, a))
}

/// Every `http://` or `https://` address in `text`, as (scheme, host), the host in lower
/// case and without a port.
fn hosts(text: &str) -> Vec<(&'static str, String)> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for scheme in ["https://", "http://"] {
        let mut from = 0;
        while let Some(at) = lower[from..].find(scheme) {
            let start = from + at + scheme.len();
            let rest = &lower[start..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '@'))
                .unwrap_or(rest.len());
            // Userinfo ("trusted.nl@evil.example") names the real host after the '@'.
            let host = rest[..end].rsplit('@').next().unwrap_or_default();
            out.push((scheme, host.trim_end_matches('.').to_string()));
            from = start;
        }
    }
    out
}

/// What the user sees of one citation, and where.
#[derive(Debug, Clone)]
struct Shown {
    place: String,
    label: String,
    url: Option<String>,
    /// A secondary source may stand here: a yearly figure from before 2025.
    secondary_allowed: bool,
}

impl Shown {
    fn new(place: impl Into<String>, s: &Source) -> Shown {
        Shown {
            place: place.into(),
            label: s.label.to_string(),
            url: s.url.map(str::to_string),
            secondary_allowed: false,
        }
    }
}

/// Why a citation is not allowed, if it is not.
fn check(label: &str, url: Option<&str>, secondary_allowed: bool) -> Result<(), String> {
    let secondary = label.starts_with(SECONDARY_PREFIX);
    if secondary && !secondary_allowed {
        return Err("a secondary source is only allowed for a figure before 2025".into());
    }
    if let Some(u) = url {
        if !u.starts_with("https://") {
            return Err(format!("not an https link: {u}"));
        }
        if hosts(u).len() != 1 {
            return Err(format!("not one address: {u}"));
        }
    }
    let all = hosts(label)
        .into_iter()
        .chain(url.map(hosts).unwrap_or_default());
    for (_, host) in all {
        let ok = is_official(&host)
            || (host_is(&host, STECR_HOST) && label.contains("STECR"))
            || secondary;
        if !ok {
            return Err(format!("host {host} is not an official source"));
        }
        if host_is(&host, "wetten.overheid.nl") {
            let u = url.unwrap_or(label);
            if !(u.contains("/jci1.3:c:BWBR") && u.contains("&artikel=")) {
                return Err(format!("a law link must point to the article: {u}"));
            }
        }
    }
    internal_reference(label)
}

/// Notes, file names and issue numbers are for the team, not for the user.
fn internal_reference(text: &str) -> Result<(), String> {
    let lower = text.to_lowercase();
    for bad in [
        "law-reference",
        "law-verification",
        "law-review",
        "§",
        ".md",
        ".rs",
        "issue",
        "todo",
    ] {
        if lower.contains(bad) {
            return Err(format!("internal reference {bad:?} in {text:?}"));
        }
    }
    // An issue number such as "#12" (routes like "#/uitleg" are fine).
    let bytes = lower.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'#' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return Err(format!("issue number in {text:?}"));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The places a citation is shown. The advice's enums list all their variants (`ALL`, from
// `listed!`); the others are guarded by an exhaustive match, so a new variant does not
// compile until it is listed here.

fn routes() -> Vec<AdviceRoute> {
    AdviceRoute::ALL.to_vec()
}

fn warnings() -> Vec<WarningKind> {
    WarningKind::ALL.to_vec()
}

fn helps() -> Vec<Help> {
    Help::ALL.to_vec()
}

fn notices() -> Vec<NoticeId> {
    every_variant!(NoticeId: PregnancyUwvReport, PregnancyOpzegverbod, ContractEnd,
        PartialRecovery, RecoveredBeforeWeek6, Recovered, Loonsanctie, VrijwilligeVerlenging,
        EarlierPeriodsNotCounted, HolidaysNotCovered)
}

fn phases() -> Vec<PhaseKind> {
    every_variant!(PhaseKind: NoticePeriod, SickPayYear1, SickPayYear2, Ziektewet, Ww75, Ww70,
        AfterWw, WgaLgu75, WgaLgu70, WgaLoonaanvulling, WgaVervolg, Iva, AovWaiting, Aov,
        SelfEmployedNoCover)
}

fn considerations() -> Vec<ConsiderationKind> {
    every_variant!(ConsiderationKind: CheckHiaatExcedent, VsoWhileSick, VoluntaryUwvInsurance,
        AovAndBaz, Verzuimverzekering, MkbVerzuimOntzorg, EigenRisicoDrager { next: None },
        Compensatieregeling)
}

/// Markdown links `[label](url)` in a page file, and any other address in its text.
fn markdown_links(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let before = &rest[..at];
        let label = before.rfind('[').map(|i| &before[i + 1..]).unwrap_or("");
        let after = &rest[at + 2..];
        let url = &after[..after.find(')').unwrap_or(after.len())];
        if url.starts_with("http") {
            out.push((label.to_string(), url.to_string()));
        }
        rest = &rest[at + 2..];
    }
    out
}

/// Every citation a user can see, with where it is shown.
fn shown() -> Vec<Shown> {
    let mut v = Vec::new();
    for s in ALL {
        v.push(Shown::new("registry", s));
    }
    for r in routes() {
        for s in route_sources(r) {
            v.push(Shown::new(format!("route {r:?}"), s));
        }
    }
    for w in warnings() {
        for s in warning_sources(w) {
            v.push(Shown::new(format!("warning {w:?}"), s));
        }
    }
    for row in CompareRow::all() {
        for s in row.sources() {
            v.push(Shown::new(format!("comparison {row:?}"), s));
        }
    }
    for t in Term::all() {
        if let Some(s) = t.source() {
            v.push(Shown::new(format!("term {}", t.slug()), &s));
        }
    }
    for page in KbPage::all() {
        for lang in LANGS {
            for s in page.page(lang).sources {
                v.push(Shown {
                    place: format!("page {} ({lang:?}) Bronnen", page.slug()),
                    label: format!("{} {}", s.label, s.note),
                    url: Some(s.url),
                    secondary_allowed: false,
                });
            }
        }
    }
    for k in LetterKind::ALL {
        for s in crate::letters::legal_basis(k) {
            v.push(Shown::new(format!("letter {k:?}"), s));
        }
    }
    for m in MilestoneId::all() {
        for s in m.sources() {
            v.push(Shown::new(format!("milestone {m:?}"), s));
        }
    }
    for n in notices() {
        for s in n.sources() {
            v.push(Shown::new(format!("notice {n:?}"), s));
        }
    }
    for p in phases() {
        for s in p.sources() {
            v.push(Shown::new(format!("income phase {p:?}"), s));
        }
    }
    for c in considerations() {
        for s in c.sources() {
            v.push(Shown::new(format!("income consideration {c:?}"), s));
        }
    }
    for row in crate::aow::AOW_ROWS {
        for s in row.sources {
            v.push(Shown::new(format!("AOW row from {}", row.born_from), s));
        }
    }
    let (first, last) = (
        *crate::holidays::COVERED_YEARS.start(),
        *crate::holidays::COVERED_YEARS.end(),
    );
    for year in first..=last + 2 {
        for h in crate::holidays::holidays_in_year(year) {
            v.push(Shown::new(format!("holiday {}", h.date), &h.source));
        }
    }
    for row in crate::params::ROWS {
        let before_2025 = chrono::Datelike::year(&row.from) < 2025;
        let figures = [
            Some(row.tv_cap),
            Some(row.wia_max_dagloon),
            row.min_wage_month,
        ];
        for f in figures.into_iter().flatten() {
            let mut s = Shown::new(format!("parameter row from {}", row.from), &f.source);
            s.secondary_allowed = before_2025;
            v.push(s);
        }
    }
    for row in crate::params::LOONGRENS {
        let mut s = Shown::new(format!("loongrens {}", row.year), &row.annual.source);
        s.secondary_allowed = row.year < 2025;
        v.push(s);
    }
    for row in crate::pending_law::REGISTER {
        v.push(Shown::new(format!("pending law {:?}", row.id), &row.source));
    }
    v
}

// ---------------------------------------------------------------------------------------
// The tests.

#[test]
fn the_checker_accepts_official_hosts_and_rejects_others() {
    let ok = |label: &str, url: &str| check(label, Some(url), false);
    assert_eq!(
        ok(
            "Art. 7:670b BW",
            "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=670b"
        ),
        Ok(())
    );
    assert_eq!(ok("UWV", "https://www.uwv.nl/particulieren/"), Ok(()));
    assert_eq!(
        ok(
            "HR 2019",
            "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2019:1734"
        ),
        Ok(())
    );
    assert_eq!(
        ok(
            "Stb.",
            "https://zoek.officielebekendmakingen.nl/stb-2020-188.html"
        ),
        Ok(())
    );
    assert_eq!(
        ok(
            "STECR Werkwijzer Arbeidsconflicten",
            "https://www.stecr.nl/"
        ),
        Ok(())
    );

    // A dictionary site, a law firm, an insurer: rejected.
    assert!(ok(
        "Art. 45 Ziektewet",
        "https://www.ensie.nl/paul-lammerts/benadelingshandeling-ziektewet"
    )
    .is_err());
    assert!(ok(
        "Poortwachter",
        "https://poelmannvandenbroek.nl/de-stecr-werkwijzer/"
    )
    .is_err());
    assert!(ok("Verzekering", "https://www.interpolis.nl/zakelijk/").is_err());
    // A host that only looks official.
    assert!(ok("x", "https://wetten.overheid.nl.evil.example/").is_err());
    assert!(ok("x", "https://evil-uwv.nl/").is_err());
    assert!(ok("x", "https://www.uwv.nl@evil.example/").is_err());
    // stecr.nl only for the guideline.
    assert!(ok("Iets anders", "https://www.stecr.nl/").is_err());
    // An address in the label counts too.
    assert!(check(
        "Art. 7:658a BW; https://www.brightmine.com/nl/x",
        None,
        false
    )
    .is_err());
    // Plain http, and a law link to the act's root instead of the article.
    assert!(ok("UWV", "http://www.uwv.nl/").is_err());
    assert!(ok("BW", "https://wetten.overheid.nl/BWBR0005290/").is_err());
    // A secondary source: only with its prefix and only for a figure before 2025.
    let secondary = "Secundaire bron: Rendement, maximale transitievergoeding 2022";
    let url = "https://www.rendement.nl/transitievergoeding/";
    assert_eq!(check(secondary, Some(url), true), Ok(()));
    assert!(check(secondary, Some(url), false).is_err());
    assert!(check("Rendement 2022", Some(url), true).is_err());
    // Internal notes never reach the user.
    assert!(check("Art. 7:629 BW (law-reference §5.8)", None, false).is_err());
    assert!(check("Zie issue #12", None, false).is_err());
}

#[test]
fn every_source_a_user_can_see_is_official() {
    let all = shown();
    assert!(
        all.len() > 200,
        "the enumeration found only {} sources",
        all.len()
    );
    let bad: Vec<String> = all
        .iter()
        .filter_map(|s| {
            check(&s.label, s.url.as_deref(), s.secondary_allowed)
                .err()
                .map(|e| format!("{}: {} ({:?}): {e}", s.place, s.label, s.url))
        })
        .collect();
    assert!(bad.is_empty(), "not official:\n{}", bad.join("\n"));
}

#[test]
fn every_link_in_the_explanation_pages_is_official_or_a_help_link() {
    let mut bad = Vec::new();
    for page in KbPage::all() {
        for lang in LANGS {
            let text = page.source(lang);
            let links = markdown_links(text);
            // Every address in the file is inside a link.
            assert_eq!(
                links.len(),
                hosts(text).len(),
                "{} ({lang:?}): an address outside a Markdown link",
                page.slug()
            );
            for (label, url) in links {
                if help::ALL.contains(&url.as_str()) {
                    continue;
                }
                if let Err(e) = check(&label, Some(&url), false) {
                    bad.push(format!("{} ({lang:?}): [{label}]({url}): {e}", page.slug()));
                }
            }
            if let Err(e) = internal_reference(text) {
                bad.push(format!("{} ({lang:?}): {e}", page.slug()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn help_links_are_listed_and_are_not_citations() {
    for h in helps() {
        for lang in LANGS {
            if let Some(url) = help_text(h, Voice::Werknemer, lang).url {
                assert!(
                    help::ALL.contains(&url),
                    "{h:?}: {url} is not a listed help link"
                );
            }
        }
    }
    for t in Term::all() {
        if let Some(url) = t.website() {
            assert!(help::ALL.contains(&url), "{}: {url}", t.slug());
            assert!(
                t.source().is_none(),
                "{}: a website is not a citation",
                t.slug()
            );
        }
    }
    // A help link is never cited as a source.
    for s in shown() {
        if let Some(url) = &s.url {
            assert!(!help::ALL.contains(&url.as_str()), "{}: {url}", s.place);
        }
    }
}

#[test]
fn the_registry_lists_each_citation_once() {
    let file = include_str!("../source.rs");
    let names: Vec<&str> = file
        .lines()
        .filter_map(|l| l.strip_prefix("pub const "))
        .filter_map(|l| l.split_once(": Source ="))
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        names.len(),
        ALL.len(),
        "a registry constant is missing from ALL"
    );
    let list = &file[file.find("pub const ALL: &[Source]").unwrap_or(0)..];
    for n in &names {
        assert!(list.contains(&format!("    {n},\n")), "{n} is not in ALL");
    }
    for (i, a) in ALL.iter().enumerate() {
        for b in &ALL[i + 1..] {
            assert_ne!(a.label, b.label, "label written twice");
            if a.url.is_some() {
                assert_ne!(a.url, b.url, "URL written twice: {}", a.label);
            }
        }
    }
}

/// `(path, text)` of files below `core/src`, each path written once.
macro_rules! files_in_src {
    ($($path:literal),+ $(,)?) => {
        [$(($path, include_str!(concat!("../", $path)))),+]
    };
}

#[test]
fn citations_are_not_written_outside_the_registry() {
    // These files show citations; they refer to the registry and hold no address of their
    // own (the parameter table keeps the secondary sources of its old figures).
    for (name, text) in files_in_src![
        "text/flow/outcome.rs",
        "letters.rs",
        "text/keep/letters.rs",
        "kb/compare.rs",
        "kb/terms.rs",
        "poortwachter/mod.rs",
        "text/poortwachter.rs",
        "income/mod.rs",
        "income/considerations.rs",
        "income/durations.rs",
        "income/rates.rs",
        "income/types.rs",
        "income/validation.rs",
        "aow.rs",
        "holidays.rs",
        "pending_law.rs",
    ] {
        assert!(
            !text.contains("\"http"),
            "{name} writes an address of its own"
        );
    }
}

#[test]
fn no_internal_reference_reaches_a_user() {
    let mut texts: Vec<String> = shown().into_iter().map(|s| s.label).collect();
    for lang in LANGS {
        for t in Term::all() {
            texts.push(t.name(lang).to_string());
            texts.push(t.definition(lang).to_string());
        }
        for row in CompareRow::all() {
            let c = row.cells(lang);
            texts.extend([c.aspect, c.spoor2, c.outplacement].map(str::to_string));
        }
        for voice in [Voice::Werknemer, Voice::Werkgever] {
            for r in routes() {
                let t = route_text(r, voice, lang);
                texts.extend([t.title, t.who_pays, t.legal_basis].map(str::to_string));
                texts.extend(t.uncertain.map(str::to_string));
                for list in [t.next, t.employee_must, t.conditions, t.risks] {
                    texts.extend(list.iter().map(|s| s.to_string()));
                }
            }
            for kind in warnings() {
                let w = warning_text(&Warning { kind, date: None }, voice, lang);
                texts.extend([w.title.to_string(), w.consequence, w.action]);
            }
        }
        for h in helps() {
            let t = help_text(h, Voice::Werknemer, lang);
            texts.extend([t.name, t.what].map(str::to_string));
        }
        for m in MilestoneId::all() {
            texts.extend([
                milestone_title(m, lang),
                milestone_what(m, lang).to_string(),
                milestone_consequence(m, lang).to_string(),
            ]);
        }
        for n in notices() {
            texts.extend([notice_title(n, lang), notice_body(n, lang)].map(str::to_string));
        }
    }
    let bad: Vec<String> = texts
        .iter()
        .filter_map(|t| internal_reference(t).err())
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

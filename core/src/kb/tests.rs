//! Tests of the kennisbank: content completeness, links, sources, search and routes.

use super::markdown::{Block, CalloutKind, Embed, HeadingLevel, Inline};
use super::*;
use crate::text::kb::{results_count, KbText};

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// Visit every inline of a list of blocks (callouts included).
fn inlines<'a>(blocks: &'a [Block], out: &mut Vec<&'a Inline>) {
    fn walk<'a>(i: &'a [Inline], out: &mut Vec<&'a Inline>) {
        for x in i {
            out.push(x);
            match x {
                Inline::Strong(c) | Inline::Emphasis(c) => walk(c, out),
                Inline::InternalLink { content, .. }
                | Inline::TermLink { content, .. }
                | Inline::ExternalLink { content, .. } => walk(content, out),
                Inline::Text(_) => {}
            }
        }
    }
    for b in blocks {
        match b {
            Block::Heading { content, .. } | Block::Paragraph(content) => walk(content, out),
            Block::BulletList(items) | Block::NumberedList { items, .. } => {
                items.iter().for_each(|i| walk(i, out))
            }
            Block::Table { header, rows } => {
                header.iter().for_each(|c| walk(c, out));
                rows.iter().flatten().for_each(|c| walk(c, out));
            }
            Block::Callout { blocks, .. } => inlines(blocks, out),
            Block::Embed(_) => {}
        }
    }
}

fn all_text(page: &Page) -> String {
    let mut v = Vec::new();
    inlines(&page.blocks, &mut v);
    v.iter()
        .filter_map(|i| match i {
            Inline::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn callouts(blocks: &[Block]) -> Vec<CalloutKind> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Callout { kind, .. } => Some(*kind),
            _ => None,
        })
        .collect()
}

fn internal_routes(page: &Page) -> Vec<String> {
    let mut v = Vec::new();
    inlines(&page.blocks, &mut v);
    v.iter()
        .filter_map(|i| match i {
            Inline::InternalLink { route, .. } => Some(route.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_page_exists_in_both_languages_without_issues() {
    for &p in KbPage::all() {
        for lang in LANGS {
            assert_eq!(p.issues(lang), vec![], "{} ({:?})", p.slug(), lang);
            let page = p.page(lang);
            assert!(
                !page.title.trim().is_empty(),
                "{} {:?} title",
                p.slug(),
                lang
            );
            assert!(page.summary.len() > 40, "{} {:?} summary", p.slug(), lang);
            assert!(
                page.blocks.len() >= 5,
                "{} {:?} body too short",
                p.slug(),
                lang
            );
            assert!(
                !page.sources.is_empty(),
                "{} {:?} has no sources",
                p.slug(),
                lang
            );
            // The body has real sections.
            let h2 = page
                .blocks
                .iter()
                .filter(|b| {
                    matches!(
                        b,
                        Block::Heading {
                            level: HeadingLevel::H2,
                            ..
                        }
                    )
                })
                .count();
            assert!(h2 >= 2, "{} {:?} has {h2} sections", p.slug(), lang);
        }
    }
}

#[test]
fn every_page_has_a_plausible_update_date() {
    let content_date = crate::dates::parse_iso(crate::text::ui::CONTENT_DATE).unwrap();
    for &p in KbPage::all() {
        for lang in LANGS {
            let d = p.page(lang).updated;
            // A page cannot be updated after the content date of the release, and
            // this content was written in 2026.
            assert!(d <= content_date, "{} {:?}: {d}", p.slug(), lang);
            assert!(
                d >= NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                "{} {:?}: {d}",
                p.slug(),
                lang
            );
        }
        assert_eq!(
            p.page(Lang::Nl).updated,
            p.page(Lang::En).updated,
            "{}",
            p.slug()
        );
    }
}

#[test]
fn dutch_and_english_pages_have_the_same_sources_and_structure() {
    for &p in KbPage::all() {
        let nl = p.page(Lang::Nl);
        let en = p.page(Lang::En);
        assert_eq!(
            nl.sources.len(),
            en.sources.len(),
            "{}: number of sources",
            p.slug()
        );
        let urls = |pg: &Page| pg.sources.iter().map(|s| s.url.clone()).collect::<Vec<_>>();
        assert_eq!(urls(&nl), urls(&en), "{}: source addresses", p.slug());
        assert_eq!(
            callouts(&nl.blocks),
            callouts(&en.blocks),
            "{}: callouts",
            p.slug()
        );
        let embeds = |pg: &Page| {
            pg.blocks
                .iter()
                .filter(|b| matches!(b, Block::Embed(_)))
                .count()
        };
        assert_eq!(embeds(&nl), embeds(&en), "{}: embeds", p.slug());
        let h2 = |pg: &Page| {
            pg.blocks
                .iter()
                .filter(|b| {
                    matches!(
                        b,
                        Block::Heading {
                            level: HeadingLevel::H2,
                            ..
                        }
                    )
                })
                .count()
        };
        assert_eq!(h2(&nl), h2(&en), "{}: sections", p.slug());
        let mut rn = internal_routes(&nl);
        let mut re = internal_routes(&en);
        rn.sort();
        rn.dedup();
        re.sort();
        re.dedup();
        assert_eq!(rn, re, "{}: internal links", p.slug());
    }
}

#[test]
fn every_source_is_a_safe_link_with_a_label() {
    for &p in KbPage::all() {
        for lang in LANGS {
            for s in p.page(lang).sources {
                assert!(markdown::is_safe_url(&s.url), "{}: {}", p.slug(), s.url);
                assert!(s.label.len() >= 3, "{}: {:?}", p.slug(), s);
            }
        }
    }
}

#[test]
fn every_link_in_every_page_points_somewhere_that_exists() {
    for &p in KbPage::all() {
        for lang in LANGS {
            let page = p.page(lang);
            let mut v = Vec::new();
            inlines(&page.blocks, &mut v);
            let mut links = 0;
            for i in v {
                match i {
                    Inline::InternalLink { route, content } => {
                        links += 1;
                        assert!(is_known_route(route), "{}: {route}", p.slug());
                        assert!(!markdown::plain_text(content).trim().is_empty());
                    }
                    Inline::TermLink { term, content } => {
                        links += 1;
                        assert_eq!(Term::from_slug(term.slug()), Some(*term));
                        assert!(!markdown::plain_text(content).trim().is_empty());
                    }
                    Inline::ExternalLink { url, content } => {
                        links += 1;
                        assert!(markdown::is_safe_url(url), "{}: {url}", p.slug());
                        assert!(!markdown::plain_text(content).trim().is_empty());
                    }
                    Inline::Text(_) | Inline::Strong(_) | Inline::Emphasis(_) => {}
                }
            }
            assert!(links >= 3, "{} {:?}: only {links} links", p.slug(), lang);
        }
    }
}

#[test]
fn no_markup_leaks_into_the_text() {
    // Unclosed bold, broken link syntax, mistyped markers or embeds would show up as
    // raw characters on the page.
    for &p in KbPage::all() {
        for lang in LANGS {
            let page = p.page(lang);
            let mut v = Vec::new();
            inlines(&page.blocks, &mut v);
            for i in v {
                if let Inline::Text(t) = i {
                    for bad in ["**", "](", "{{", "}}", "[!", "\\"] {
                        assert!(
                            !t.contains(bad),
                            "{} {:?}: {bad:?} in {t:?}",
                            p.slug(),
                            lang
                        );
                    }
                }
            }
            for b in &page.blocks {
                if let Block::Callout { blocks, .. } = b {
                    if let Some(Block::Paragraph(first)) = blocks.first() {
                        let start = markdown::plain_text(first);
                        assert!(
                            !start.starts_with("Let op") && !start.starts_with("Please note"),
                            "{}: the callout label is shown twice",
                            p.slug()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn pages_carry_the_required_parts() {
    for lang in LANGS {
        // The comparison table is embedded on the spoor page.
        let sp = KbPage::SporenEnOutplacement.page(lang);
        assert!(sp.blocks.contains(&Block::Embed(Embed::Vergelijk)));
        assert!(internal_routes(&sp).iter().any(|r| r == "#/vergelijk"));
        // The poortwachter page links to the personal calendar.
        assert!(internal_routes(&KbPage::Poortwachter.page(lang))
            .iter()
            .any(|r| r.starts_with("#/tijdlijn")));
        // The transitievergoeding page links to the calculator.
        assert!(internal_routes(&KbPage::Transitievergoeding.page(lang))
            .iter()
            .any(|r| r.starts_with("#/transitievergoeding")));
        // Uncertain points are marked; announced changes come from the register.
        assert!(callouts(&KbPage::Transitievergoeding.page(lang).blocks)
            .contains(&CalloutKind::Uncertain));
        use crate::pending_law::PendingLawId as P;
        let embeds = |p: KbPage| {
            p.page(lang)
                .blocks
                .into_iter()
                .filter_map(|b| match b {
                    Block::Embed(Embed::PendingLaw(id)) => Some(id),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            embeds(KbPage::Poortwachter),
            vec![P::PoortwachterSmallEmployers]
        );
        assert_eq!(
            embeds(KbPage::InkomenEnVerzekering),
            vec![P::WwDuration, P::Baz],
            "WW and BAZ"
        );
        assert_eq!(
            embeds(KbPage::Transitievergoeding),
            vec![P::Bill36869, P::CompensationEnd2028]
        );
        let income = callouts(&KbPage::InkomenEnVerzekering.page(lang).blocks);
        assert!(
            income.contains(&CalloutKind::Uncertain),
            "July 2026 figures"
        );
        assert!(
            callouts(&KbPage::SituatieveArbeidsongeschiktheid.page(lang).blocks)
                .contains(&CalloutKind::Note)
        );
    }
}

#[test]
fn key_facts_are_on_their_pages() {
    let has = |p: KbPage, lang: Lang, needle: &str| {
        let page = p.page(lang);
        let text = all_text(&page);
        let sources: String = page
            .sources
            .iter()
            .map(|s| format!("{} {} {}", s.label, s.url, s.note))
            .collect();
        assert!(
            text.contains(needle) || sources.contains(needle),
            "{} {:?} lacks {needle:?}",
            p.slug(),
            lang
        );
    };
    for lang in LANGS {
        has(KbPage::ZiekEnOntslag, lang, "ECLI:NL:HR:2019:1734");
        has(KbPage::ZiekEnOntslag, lang, "7:670");
        has(
            KbPage::SituatieveArbeidsongeschiktheid,
            lang,
            "ECLI:NL:GHSHE:2025:1152",
        );
        has(KbPage::SituatieveArbeidsongeschiktheid, lang, "7:628");
        has(KbPage::SituatieveArbeidsongeschiktheid, lang, "7:629");
        has(KbPage::SituatieveArbeidsongeschiktheid, lang, "STECR");
        has(KbPage::Poortwachter, lang, "42");
        has(KbPage::InkomenEnVerzekering, lang, "IVA");
        has(KbPage::HulpEnRechten, lang, "Juridisch Loket");
    }
    has(KbPage::Transitievergoeding, Lang::Nl, "€ 102.000");
    has(KbPage::Transitievergoeding, Lang::En, "€102,000");
    has(KbPage::InkomenEnVerzekering, Lang::Nl, "€ 304,25");
    has(KbPage::InkomenEnVerzekering, Lang::En, "€304.25");
}

#[test]
fn page_slugs_are_unique_and_round_trip() {
    let mut seen = std::collections::BTreeSet::new();
    for &p in KbPage::all() {
        assert!(seen.insert(p.slug()), "duplicate slug {}", p.slug());
        assert_eq!(KbPage::from_slug(p.slug()), Some(p));
        assert!(is_known_route(&p.route()));
        assert!(p
            .slug()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
    }
    assert_eq!(KbPage::from_slug("bestaat-niet"), None);
    assert_eq!(KbPage::from_slug(""), None);
}

#[test]
fn the_glossary_is_complete_in_both_languages() {
    assert!(Term::all().len() >= 50, "{} terms", Term::all().len());
    let mut seen = std::collections::BTreeSet::new();
    for &t in Term::all() {
        assert!(seen.insert(t.slug()), "duplicate slug {}", t.slug());
        assert_eq!(Term::from_slug(t.slug()), Some(t));
        assert!(is_known_route(&t.route()), "{}", t.route());
        assert!(t
            .slug()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        for lang in LANGS {
            let name = t.name(lang);
            let def = t.definition(lang);
            assert!(!name.trim().is_empty(), "{} {:?}", t.slug(), lang);
            // One to three sentences, and not a stub.
            let sentences = def.matches(". ").count() + 1;
            assert!(
                (1..=3).contains(&sentences),
                "{} {:?}: {sentences} sentences",
                t.slug(),
                lang
            );
            assert!(def.len() >= 40, "{} {:?}: too short", t.slug(), lang);
            assert!(def.ends_with('.'), "{} {:?}", t.slug(), lang);
        }
        // The English text is not a copy of the Dutch.
        assert_ne!(
            t.definition(Lang::Nl),
            t.definition(Lang::En),
            "{}",
            t.slug()
        );
        if let Some(s) = t.source() {
            let url = s.url.unwrap_or_default();
            assert!(markdown::is_safe_url(url), "{}: {}", t.slug(), url);
            assert!(!s.label.is_empty());
        }
        if let Some(url) = t.website() {
            assert!(markdown::is_safe_url(url), "{}: {}", t.slug(), url);
        }
    }
    // Every term's page exists (exhaustive by type) and the names are unique per language.
    for lang in LANGS {
        let mut names = std::collections::BTreeSet::new();
        for &t in Term::all() {
            assert!(names.insert(fold(t.name(lang))), "{} {:?}", t.slug(), lang);
        }
    }
}

#[test]
fn the_issue_terms_are_present() {
    for slug in [
        "transitievergoeding",
        "spoor-2",
        "outplacement",
        "bedrijfsarts",
        "probleemanalyse",
        "plan-van-aanpak",
        "eerstejaarsevaluatie",
        "wia",
        "wga",
        "iva",
        "hiaat",
        "excedent",
        "ww",
        "ziektewet-vangnet",
        "loonsanctie",
        "deskundigenoordeel",
        "vso",
        "opzegverbod",
        "slapend-dienstverband",
        "aov",
        "baz",
        "eigenrisicodrager",
        "verzuimverzekering",
        "situatieve-arbeidsongeschiktheid",
    ] {
        assert!(Term::from_slug(slug).is_some(), "{slug}");
    }
}

#[test]
fn most_terms_are_used_on_a_page() {
    // The glossary and the pages should reinforce each other: count the terms that
    // some page links to.
    let mut used = std::collections::BTreeSet::new();
    for &p in KbPage::all() {
        let page = p.page(Lang::Nl);
        let mut v = Vec::new();
        inlines(&page.blocks, &mut v);
        for i in v {
            if let Inline::TermLink { term, .. } = i {
                used.insert(*term);
            }
        }
    }
    assert!(
        used.len() * 10 >= Term::all().len() * 7,
        "only {} of {} terms are linked from a page",
        used.len(),
        Term::all().len()
    );
}

#[test]
fn every_term_is_linked_from_its_own_page() {
    let mut missing = Vec::new();
    for &t in Term::all() {
        let Some(p) = t.page() else { continue };
        for lang in LANGS {
            let page = p.page(lang);
            let mut v = Vec::new();
            inlines(&page.blocks, &mut v);
            if !v
                .iter()
                .any(|i| matches!(i, Inline::TermLink { term, .. } if *term == t))
            {
                missing.push(format!("{} on {} ({:?})", t.slug(), p.slug(), lang));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "terms not linked from their page: {missing:#?}"
    );
}

#[test]
fn search_is_case_and_accent_insensitive_and_ranked() {
    let first = |q: &str, lang: Lang| search_terms(q, lang).first().copied();
    assert_eq!(first("wia", Lang::Nl), Some(Term::Wia));
    assert_eq!(first("WIA", Lang::En), Some(Term::Wia));
    assert_eq!(first("SPOOR 2", Lang::Nl), Some(Term::Spoor2));
    assert_eq!(first("spöör 1", Lang::Nl), Some(Term::Spoor1));
    assert_eq!(first("  no risk ", Lang::Nl), Some(Term::NoRiskPolis));
    assert_eq!(first("bedrijfsarts", Lang::En), Some(Term::Bedrijfsarts));
    assert_eq!(first("company doctor", Lang::En), Some(Term::Bedrijfsarts));
    // Matching a word inside a name: "hiaat" finds "WGA-hiaat".
    assert_eq!(first("hiaat", Lang::Nl), Some(Term::Hiaat));
    // Definitions are searched last: "beeindigt" (without the diaeresis) finds the
    // transitievergoeding through its definition "beëindigt".
    assert!(search_terms("beeindigt", Lang::Nl).contains(&Term::Transitievergoeding));
    // Name matches come before definition matches.
    let spoor = search_terms("spoor", Lang::Nl);
    assert_eq!(&spoor[..2], &[Term::Spoor1, Term::Spoor2]);
    assert!(spoor.len() > 2, "definitions mentioning spoor follow");
    assert!(search_terms("xyzzy", Lang::Nl).is_empty());
    // Before the definitions have arrived (the web app fetches them), names are found
    // and definitions are not.
    assert!(!search_terms_in("beeindigt", Lang::Nl, |_| None).contains(&Term::Transitievergoeding));
    assert_eq!(
        search_terms_in("spoor", Lang::Nl, |_| None)[..2],
        [Term::Spoor1, Term::Spoor2]
    );
}

#[test]
fn an_empty_search_lists_every_term_alphabetically() {
    for lang in LANGS {
        let all = search_terms("", lang);
        assert_eq!(all.len(), Term::all().len());
        let names: Vec<String> = all.iter().map(|t| normalise(t.name(lang))).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        assert_eq!(search_terms("   ", lang).len(), Term::all().len());
    }
}

#[test]
fn fold_strips_accents_and_case() {
    for (text, folded) in [
        ("Één BEËINDIGING", "een beeindiging"),
        ("Ĳssel", "ijssel"),
        ("e\u{301}e\u{308}n", "een"),
    ] {
        assert_eq!(fold(text), folded, "{text}");
    }
    assert_eq!(normalise(" no-risk  polis "), "no risk polis");
}

#[test]
fn known_routes() {
    for r in [
        "#/",
        "#/tijdlijn",
        "#/tijdlijn?periode=2026-01-05..",
        "#/transitievergoeding",
        "#/transitievergoeding?loon=3000&start=2020-01-01",
        "#/inkomen",
        "#/vergelijk",
        "#/uitleg",
        "#/uitleg/poortwachter",
        "#/begrippen",
        "#/begrippen/spoor-2",
        "#/privacy",
        "#/vraag/eerste_ziektedag",
        "#/controle",
        "#/advies",
        "#/bewaren",
        "#/werkgever/batch",
        "#/gedeeld/abc-DEF_123",
    ] {
        assert!(is_known_route(r), "{r}");
    }
    for r in [
        "",
        "#",
        "/",
        "#/onbekend",
        "#/uitleg/onbekend",
        "#/uitleg/",
        "#/begrippen/onbekend",
        "#/begrippen/spoor-2/extra",
        "#/vraag/",
        "#/vraag/Hoofdletter",
        "#/vraag/1start",
        "#/werkgever",
        "#/gedeeld/",
        "#/tijdlijn?a=b c",
        "https://www.uwv.nl/",
        "#/Tijdlijn",
    ] {
        assert!(!is_known_route(r), "{r}");
    }
}

#[test]
fn parse_page_reports_what_is_wrong() {
    let (page, issues) = parse_page("Alleen tekst", Lang::Nl, "fallback");
    assert_eq!(page.title, "fallback");
    assert!(issues.contains(&PageIssue::NoFrontMatter));
    assert!(issues.contains(&PageIssue::NoSources));

    let src = "---\ntitle: T\nsummary: S\nupdated: 2026-13-01\n---\nTekst [x](term:niets)\n\n## Bronnen\n- geen link\n- [ok](https://www.uwv.nl/)\n\nNa de bronnen.";
    let (page, issues) = parse_page(src, Lang::Nl, "f");
    assert_eq!(page.title, "T");
    assert_eq!(page.sources.len(), 1);
    assert!(issues.contains(&PageIssue::BadDate("2026-13-01".into())));
    assert!(issues.contains(&PageIssue::BadSource(0)));
    assert!(issues.contains(&PageIssue::ContentAfterSources));
    assert!(issues.iter().any(|i| matches!(
        i,
        PageIssue::Markdown(markdown::Problem { line: 6, kind: markdown::ProblemKind::UnknownTerm(s) }) if s == "niets"
    )));

    // The English sources heading is "Sources", so "Bronnen" in English is missing.
    let src =
        "---\ntitle: T\nsummary: S\nupdated: 2026-01-01\n---\n## Bronnen\n- [a](https://a.nl/)";
    assert!(parse_page(src, Lang::En, "f")
        .1
        .contains(&PageIssue::NoSources));
    let (page, issues) = parse_page(src, Lang::Nl, "f");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        page.sources,
        vec![Source {
            label: "a".into(),
            url: "https://a.nl/".into(),
            note: String::new()
        }]
    );
    assert!(
        page.blocks.is_empty(),
        "the sources section is not part of the body"
    );

    // Missing fields.
    let (_, issues) = parse_page("---\ntitle:\n---\n", Lang::Nl, "f");
    assert!(issues.contains(&PageIssue::MissingField("title")));
    assert!(issues.contains(&PageIssue::MissingField("summary")));
    assert!(issues.contains(&PageIssue::MissingField("updated")));
}

#[test]
fn source_notes_are_kept() {
    let src = "---\ntitle: T\nsummary: S\nupdated: 2026-01-01\n---\n## Bronnen\n- [Art. 7:673 BW](https://wetten.overheid.nl/x) — secundaire bron";
    let (page, issues) = parse_page(src, Lang::Nl, "f");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(page.sources[0].note, "secundaire bron");
    assert_eq!(page.sources[0].label, "Art. 7:673 BW");
}

#[test]
fn results_count_texts() {
    assert_eq!(results_count(1, Lang::Nl), "1 begrip gevonden");
    assert_eq!(results_count(12, Lang::Nl), "12 begrippen gevonden");
    assert_eq!(results_count(0, Lang::En), "0 terms found");
}

#[test]
fn kb_texts_exist_in_both_languages() {
    for t in KbText::ALL {
        assert!(!t.text(Lang::Nl).is_empty());
        assert!(!t.text(Lang::En).is_empty());
    }
    // The sources heading of the files is the label the app shows.
    assert_eq!(KbText::Sources.text(Lang::Nl), sources_heading(Lang::Nl));
    assert_eq!(KbText::Sources.text(Lang::En), sources_heading(Lang::En));
}

proptest::proptest! {
    #[test]
    fn search_and_routes_never_panic(s in ".{0,60}") {
        let _ = search_terms(&s, Lang::Nl);
        let _ = search_terms(&s, Lang::En);
        let _ = is_known_route(&s);
        let _ = is_known_route(&format!("#/{s}"));
    }

    #[test]
    fn parse_page_never_panics(s in ".{0,300}") {
        let _ = parse_page(&s, Lang::Nl, "x");
        let _ = parse_page(&format!("---\ntitle: {s}\n---\n{s}\n## Bronnen\n- {s}"), Lang::Nl, "x");
    }

    #[test]
    fn search_results_always_match(s in "[a-zé ]{1,6}") {
        for t in search_terms(&s, Lang::Nl) {
            let q = normalise(&s);
            let hay = format!("{} {} {}", normalise(t.name(Lang::Nl)), normalise(t.slug()), normalise(t.definition(Lang::Nl)));
            proptest::prop_assert!(q.is_empty() || hay.contains(&q));
        }
    }
}

/// Corrected legal statements on the explanation pages and in the glossary: the corrected
/// key facts are there in both languages, the old wrong claim is gone.
mod law_review {
    use super::*;

    fn text(p: KbPage, lang: Lang) -> String {
        all_text(&p.page(lang))
    }

    fn has(p: KbPage, lang: Lang, needles: &[&str]) {
        let t = text(p, lang);
        for n in needles {
            assert!(t.contains(n), "{} {lang:?} lacks {n:?}", p.slug());
        }
    }

    fn lacks(p: KbPage, lang: Lang, wrong: &[&str]) {
        let t = text(p, lang);
        for w in wrong {
            assert!(!t.contains(w), "{} {lang:?} still says {w:?}", p.slug());
        }
    }

    #[test]
    fn the_ban_on_dismissal_past_the_aow_age_is_short_not_absent() {
        has(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &["6 weken", "13 weken", "1 juli 2023"],
        );
        lacks(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &["je de AOW-leeftijd hebt bereikt;"],
        );
        has(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &["6 weeks", "13 weeks", "1 July 2023"],
        );
        lacks(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &["you have reached your state pension (AOW) age;"],
        );
    }

    #[test]
    fn the_vso_texts_state_the_ww_and_ziektewet_rules_correctly() {
        has(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &[
                "nadat de overeenkomst tot stand kwam",
                "3 weken",
                "6 maanden",
                "verwijtbare werkloosheid",
                "fictieve opzegtermijn",
                "UWV weigert dan je Ziektewet-uitkering",
                "104 weken ziekte, plus een eventuele",
                "geen wettelijk recht op een transitievergoeding",
            ],
        );
        lacks(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &[
                "Na het tekenen heb je",
                "de juiste opzegtermijn is aangehouden",
                "omdat het opzegverbod dan voorbij is",
                "UWV kan je Ziektewet-uitkering weigeren",
            ],
        );
        has(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &[
                "after the agreement came into being",
                "3 weeks",
                "6 months",
                "culpable unemployment",
                "notional notice period",
                "UWV then refuses",
                "104 weeks of illness, plus any",
                "no statutory right to a transitievergoeding",
            ],
        );
        lacks(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &[
                "After signing you have",
                "the correct notice period was respected",
                "because the ban on dismissal has then ended",
                "UWV can refuse",
            ],
        );
    }

    #[test]
    fn a_recovery_report_is_not_presented_as_usual_practice() {
        let p = KbPage::SituatieveArbeidsongeschiktheid;
        has(
            p,
            Lang::Nl,
            &[
                "Meld je alleen beter als de bedrijfsarts",
                "weigert UWV",
                "verwijtbare werkloosheid",
            ],
        );
        lacks(
            p,
            Lang::Nl,
            &[
                "Daar zit iets in",
                "Daarom staat in een VSO vaak dat je je eerst beter meldt",
                "kan UWV je Ziektewet-uitkering weigeren",
            ],
        );
        has(
            p,
            Lang::En,
            &[
                "Only report as recovered if the company doctor",
                "UWV refuses",
                "culpable unemployment",
            ],
        );
        lacks(
            p,
            Lang::En,
            &[
                "There is something in that",
                "That is why a settlement agreement often says that you first report as recovered",
                "UWV can refuse",
            ],
        );
    }

    #[test]
    fn the_glossary_counts_the_bedenktermijn_from_the_agreement() {
        let nl = Term::Bedenktermijn.definition(Lang::Nl);
        assert!(
            !nl.contains("Na het tekenen") && nl.contains("e-mail"),
            "{nl}"
        );
        let en = Term::Bedenktermijn.definition(Lang::En);
        assert!(
            !en.contains("After signing") && en.contains("e-mail"),
            "{en}"
        );
        let nl = Term::Benadelingshandeling.definition(Lang::Nl);
        assert!(nl.contains("weigert") && !nl.contains("kan je"), "{nl}");
        let en = Term::Benadelingshandeling.definition(Lang::En);
        assert!(en.contains("refuses") && !en.contains("can then"), "{en}");
    }

    #[test]
    fn the_aanzegplicht_and_the_ziektewet_safety_net_are_explained() {
        has(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &[
                "aanzegplicht",
                "6 maanden of langer",
                "één maandloon",
                "meld je dan zelf",
                "65%",
            ],
        );
        has(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &[
                "aanzegplicht",
                "6 months or longer",
                "one month's wage",
                "report sick to UWV yourself",
                "65%",
            ],
        );
        has(
            KbPage::InkomenEnVerzekering,
            Lang::Nl,
            &["Meld je dan zelf", "52 weken", "65%"],
        );
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::Nl,
            &["Na ongeveer een jaar kijkt UWV"],
        );
        has(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &["report sick to UWV yourself", "52 weeks", "65%"],
        );
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &["After about a year UWV checks"],
        );
    }

    #[test]
    fn sick_pay_is_seventy_percent_up_to_the_maximum_dagloon() {
        has(KbPage::InkomenEnVerzekering, Lang::Nl, &["70% van het"]);
        lacks(KbPage::InkomenEnVerzekering, Lang::Nl, &["minstens 70%"]);
        has(KbPage::InkomenEnVerzekering, Lang::En, &["70% of the"]);
        lacks(KbPage::InkomenEnVerzekering, Lang::En, &["at least 70%"]);
        let nl = Term::Loondoorbetaling.definition(Lang::Nl);
        assert!(nl.contains("70% van het maximumdagloon"), "{nl}");
        let en = Term::Loondoorbetaling.definition(Lang::En);
        assert!(en.contains("70% of the maximum daily wage"), "{en}");
    }

    #[test]
    fn the_vervolguitkering_uses_a_lower_old_wage() {
        has(
            KbPage::InkomenEnVerzekering,
            Lang::Nl,
            &["lager dan het minimumloon", "artikel 62 WIA"],
        );
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::Nl,
            &["hoe hoog je oude loon ook was"],
        );
        has(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &["lower than the minimum wage", "article 62 WIA"],
        );
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &["however high your old wage was"],
        );
        assert!(Term::Vervolguitkering
            .definition(Lang::Nl)
            .contains("lager was"));
        assert!(Term::Vervolguitkering
            .definition(Lang::En)
            .contains("was lower"));
    }

    #[test]
    fn the_uwv_voluntary_insurance_needs_13_weeks_and_a_year_of_insurance() {
        has(
            KbPage::InkomenEnVerzekering,
            Lang::Nl,
            &[
                "binnen 13 weken",
                "in het jaar daarvoor verplicht verzekerd",
                "60 dagen",
            ],
        );
        has(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &[
                "within 13 weeks",
                "compulsorily insured in the year before",
                "60 days",
            ],
        );
        for lang in LANGS {
            let page = KbPage::InkomenEnVerzekering.page(lang);
            assert!(page
                .sources
                .iter()
                .any(|s| s.url.contains("uwv.nl/particulieren/verzekeren")));
            assert!(page.blocks.contains(&Block::Embed(Embed::PendingLaw(
                crate::pending_law::PendingLawId::Baz
            ))));
        }
        lacks(KbPage::InkomenEnVerzekering, Lang::Nl, &["Raad van State"]);
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &["Council of State"],
        );
        let nl = Term::Aov.definition(Lang::Nl);
        assert!(
            nl.contains("vrijwillig bij UWV") && !nl.contains("geen wettelijke verzekering"),
            "{nl}"
        );
        let en = Term::Aov.definition(Lang::En);
        assert!(en.contains("voluntarily with UWV"), "{en}");
        assert!(!Term::Baz
            .source()
            .map(|s| s.label)
            .unwrap_or_default()
            .contains("Raad van State"));
    }

    #[test]
    fn pages_state_no_status_of_announced_changes_of_their_own() {
        // The register's notice ({{wetsvoorstel:ID}}) says where a change stands; no page
        // carries a "plan" callout or its own sentence about it.
        for &p in KbPage::all() {
            for lang in LANGS {
                assert!(
                    !callouts(&p.page(lang).blocks).contains(&CalloutKind::Plan),
                    "{} {lang:?}",
                    p.slug()
                );
            }
        }
        lacks(
            KbPage::Transitievergoeding,
            Lang::Nl,
            &["niet bang te zijn", "coalitieakkoord", "nog geen wet"],
        );
        lacks(
            KbPage::Transitievergoeding,
            Lang::En,
            &["need not fear", "coalition agreement", "not law"],
        );
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::Nl,
            &["Voorjaarsnota", "coalitieakkoord", "nog geen wet"],
        );
        lacks(
            KbPage::InkomenEnVerzekering,
            Lang::En,
            &["Spring Memorandum", "coalition agreement", "not law yet"],
        );
        lacks(
            KbPage::Poortwachter,
            Lang::Nl,
            &["coalitieakkoord", "nog geen wet"],
        );
        lacks(
            KbPage::Poortwachter,
            Lang::En,
            &["coalition agreement", "not law yet"],
        );
    }

    #[test]
    fn xella_obliges_the_employer_to_accept_and_does_not_forbid_dormant_contracts() {
        has(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &[
                "niet verboden",
                "gerechtvaardigd belang",
                "schadevergoeding",
                "geldt er niet voor",
            ],
        );
        lacks(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &[
                "dit meestal niet mag",
                "weinig reden meer",
                "krijgt dat geld terug van UWV",
            ],
        );
        has(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &[
                "did not forbid",
                "legitimate interest",
                "damages",
                "does not apply to it",
            ],
        );
        lacks(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &[
                "this is usually not allowed",
                "little reason left",
                "gets that money back from UWV",
            ],
        );
        for lang in LANGS {
            assert!(KbPage::ZiekEnOntslag
                .page(lang)
                .blocks
                .contains(&Block::Embed(Embed::PendingLaw(
                    crate::pending_law::PendingLawId::Bill36869
                ))));
        }
        let nl = Term::Xella.definition(Lang::Nl);
        assert!(
            nl.contains("niet verboden") && nl.contains("gerechtvaardigd belang"),
            "{nl}"
        );
        let en = Term::Xella.definition(Lang::En);
        assert!(
            en.contains("not forbidden") && en.contains("legitimate interest"),
            "{en}"
        );
    }

    #[test]
    fn the_billijke_vergoeding_is_explained_with_its_articles() {
        has(
            KbPage::ZiekEnOntslag,
            Lang::Nl,
            &[
                "billijke vergoeding",
                "7:671b lid 9 sub c",
                "7:682 lid 1 sub c",
                "2 maanden",
            ],
        );
        has(
            KbPage::ZiekEnOntslag,
            Lang::En,
            &[
                "fair compensation",
                "7:671b(9)(c)",
                "7:682(1)(c)",
                "2 months",
            ],
        );
    }

    #[test]
    fn outplacement_can_be_agreed_after_two_years_of_illness() {
        let p = KbPage::SporenEnOutplacement;
        has(
            p,
            Lang::Nl,
            &[
                "na twee jaar ziekte",
                "Kosten van spoor 2 mogen er nooit af",
            ],
        );
        lacks(
            p,
            Lang::Nl,
            &["als je **niet** ziek bent", "Je bent dan niet ziek."],
        );
        has(
            p,
            Lang::En,
            &[
                "after two years of illness",
                "The costs of spoor 2 may never be deducted",
            ],
        );
        lacks(
            p,
            Lang::En,
            &["sick and your job ends", "You are not sick."],
        );
        assert!(Term::Outplacement
            .definition(Lang::Nl)
            .contains("twee jaar ziekte"));
        assert!(Term::Outplacement
            .definition(Lang::En)
            .contains("two years of illness"));
    }
}

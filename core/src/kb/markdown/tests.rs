//! Tests of the kennisbank's Markdown subset: headings, paragraphs, emphasis, links, lists and callouts.

use super::*;

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

/// A paragraph of plain text.
fn para(s: &str) -> Block {
    Block::Paragraph(vec![text(s)])
}

fn one_paragraph(src: &str) -> Vec<Inline> {
    let p = parse(src);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    match p.blocks.as_slice() {
        [Block::Paragraph(i)] => i.clone(),
        other => panic!("expected one paragraph, got {other:?}"),
    }
}

/// Whether `text` reads as a single paragraph (and nothing else).
fn is_one_paragraph(text: &str) -> bool {
    matches!(parse(text).blocks.as_slice(), [Block::Paragraph(_)])
}

#[test]
fn headings_and_ids() {
    let p = parse("## Wat is spoor 2?\n\n### Wie betaalt\n# Eén\n#### Diep\n## Wat is spoor 2?");
    let got: Vec<(HeadingLevel, String, String)> = p
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading { level, id, content } => (*level, id.clone(), plain_text(content)),
            other => panic!("not a heading: {other:?}"),
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                HeadingLevel::H2,
                "wat-is-spoor-2".into(),
                "Wat is spoor 2?".into()
            ),
            (HeadingLevel::H3, "wie-betaalt".into(), "Wie betaalt".into()),
            (HeadingLevel::H2, "een".into(), "Eén".into()),
            (HeadingLevel::H3, "diep".into(), "Diep".into()),
            (
                HeadingLevel::H2,
                "wat-is-spoor-2-2".into(),
                "Wat is spoor 2?".into()
            ),
        ]
    );
    // `#hashtag` without a space is text, not a heading.
    assert!(is_one_paragraph("#hashtag"));
}

#[test]
fn paragraphs_join_lines_and_split_on_blank_lines() {
    let p = parse("een\ntwee\n\ndrie");
    assert_eq!(p.blocks, vec![para("een twee"), para("drie")]);
}

#[test]
fn strong_emphasis_and_escapes() {
    assert_eq!(
        one_paragraph("a **vet** en *schuin* en _ook_ en snake_case_id en \\*ster\\*"),
        vec![
            text("a "),
            Inline::Strong(vec![text("vet")]),
            text(" en "),
            Inline::Emphasis(vec![text("schuin")]),
            text(" en "),
            Inline::Emphasis(vec![text("ook")]),
            text(" en snake_case_id en *ster*"),
        ]
    );
    // Unclosed markers stay text.
    assert_eq!(
        one_paragraph("2 * 3 = 6 en **open"),
        vec![text("2 * 3 = 6 en **open")]
    );
    // Emphasis inside strong.
    assert_eq!(
        one_paragraph("**heel *erg* belangrijk**"),
        vec![Inline::Strong(vec![
            text("heel "),
            Inline::Emphasis(vec![text("erg")]),
            text(" belangrijk")
        ])]
    );
}

#[test]
fn the_three_kinds_of_links() {
    assert_eq!(
        one_paragraph(
            "Zie [de kalender](#/tijdlijn), [spoor 2](term:spoor-2) en [UWV](https://www.uwv.nl/)."
        ),
        vec![
            text("Zie "),
            Inline::InternalLink {
                route: "#/tijdlijn".into(),
                content: vec![text("de kalender")]
            },
            text(", "),
            Inline::TermLink {
                term: Term::Spoor2,
                content: vec![text("spoor 2")]
            },
            text(" en "),
            Inline::ExternalLink {
                url: "https://www.uwv.nl/".into(),
                content: vec![text("UWV")]
            },
            text("."),
        ]
    );
}

#[test]
fn bad_links_become_text_and_are_reported() {
    let p =
        parse("[a](#/bestaat-niet) [b](term:onbekend) [c](javascript:alert(1)) [d](https://x y)");
    assert_eq!(p.blocks, vec![para("a b c d")]);
    assert_eq!(
        p.problems
            .iter()
            .map(|p| p.kind.clone())
            .collect::<Vec<_>>(),
        vec![
            ProblemKind::UnknownRoute("#/bestaat-niet".into()),
            ProblemKind::UnknownTerm("onbekend".into()),
            ProblemKind::UnsupportedLink("javascript:alert(1)".into()),
            ProblemKind::UnsupportedLink("https://x y".into()),
        ]
    );
    assert!(p.problems.iter().all(|p| p.line == 1));
}

#[test]
fn brackets_without_target_are_text_and_nested_links_are_flattened() {
    assert_eq!(
        one_paragraph("[niet een link] (ook niet)"),
        vec![text("[niet een link] (ook niet)")]
    );
    assert_eq!(
        one_paragraph("[buiten [binnen](#/) rest](#/uitleg)"),
        vec![Inline::InternalLink {
            route: "#/uitleg".into(),
            content: vec![text("buiten binnen rest")]
        }]
    );
}

#[test]
fn lists() {
    let p = parse("- een\n- twee\n  gaat door\n\n- drie\n\nNa de lijst.\n\n3. c\n4) d\n");
    assert_eq!(
        p.blocks,
        vec![
            Block::BulletList(vec![
                vec![text("een")],
                vec![text("twee gaat door")],
                vec![text("drie")]
            ]),
            para("Na de lijst."),
            Block::NumberedList {
                start: 3,
                items: vec![vec![text("c")], vec![text("d")]]
            },
        ]
    );
    // A list directly after a paragraph line starts a new block.
    let p = parse("Tekst\n- punt");
    assert!(matches!(
        p.blocks.as_slice(),
        [Block::Paragraph(_), Block::BulletList(_)]
    ));
    // A year at the start of a line is not a list.
    assert!(is_one_paragraph("2026 was een jaar"));
}

#[test]
fn tables_are_rectangular() {
    let p = parse("| Aspect | Spoor 2 | Outplacement |\n|---|:--:|---|\n| Wie | **werkgever** |\n| a | b | c | d |\nna");
    let Some(Block::Table { header, rows }) = p.blocks.first() else {
        panic!("no table: {:?}", p.blocks);
    };
    assert_eq!(header.len(), 3);
    assert_eq!(plain_text(&header[2]), "Outplacement");
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.len() == 3));
    assert_eq!(rows[0][1], vec![Inline::Strong(vec![text("werkgever")])]);
    assert!(rows[0][2].is_empty());
    assert_eq!(plain_text(&rows[1][2]), "c");
    assert_eq!(p.blocks.get(1), Some(&para("na")));
    // Without a separator row it is just text.
    assert!(is_one_paragraph("| a | b |\n| c | d |"));
    // An escaped bar stays inside its cell.
    let p = parse("| a \\| b | c |\n|---|---|");
    let Some(Block::Table { header, .. }) = p.blocks.first() else {
        panic!("no table");
    };
    assert_eq!(plain_text(&header[0]), "a | b");
}

#[test]
fn callouts_with_and_without_markers() {
    let p = parse(
        "> [!UNCERTAIN]\n> Dit bedrag is **niet** officieel.\n>\n> - punt\n\n> **Let op** teken niets.\n\n> [!PLAN]\n> > geen nesting",
    );
    assert_eq!(p.blocks.len(), 3);
    assert_eq!(
        p.blocks[0],
        Block::Callout {
            kind: CalloutKind::Uncertain,
            blocks: vec![
                Block::Paragraph(vec![
                    text("Dit bedrag is "),
                    Inline::Strong(vec![text("niet")]),
                    text(" officieel.")
                ]),
                Block::BulletList(vec![vec![text("punt")]]),
            ]
        }
    );
    assert_eq!(
        p.blocks[1],
        Block::Callout {
            kind: CalloutKind::Note,
            blocks: vec![para("teken niets.")]
        },
        "the label becomes the callout heading"
    );
    // The other spellings of the label, and a bold word that is not a label.
    for src in ["> **Let op:** x", "> **Please note**: x", "> **NOTE** x"] {
        assert_eq!(
            parse(src).blocks,
            vec![Block::Callout {
                kind: CalloutKind::Note,
                blocks: vec![para("x")]
            }],
            "{src}"
        );
    }
    assert_eq!(
        parse("> **Belangrijk** x").blocks,
        vec![Block::Callout {
            kind: CalloutKind::Note,
            blocks: vec![Block::Paragraph(vec![
                Inline::Strong(vec![text("Belangrijk")]),
                text(" x")
            ])]
        }]
    );
    assert_eq!(
        p.blocks[2],
        Block::Callout {
            kind: CalloutKind::Plan,
            blocks: vec![para("> geen nesting")]
        }
    );
}

#[test]
fn problems_in_callouts_get_the_right_line() {
    let p = parse("tekst\n\n> [!NOTE]\n> regel\n> [x](term:bestaat-niet)");
    assert_eq!(p.problems.len(), 1);
    assert_eq!(p.problems[0].line, 4, "the paragraph starts on line 4");
}

#[test]
fn embeds() {
    let p = parse("Voor\n{{vergelijk}}\nNa\n\n{{onbekend}}");
    assert_eq!(
        p.blocks,
        vec![
            para("Voor"),
            Block::Embed(Embed::Vergelijk),
            para("Na"),
            para("{{onbekend}}"),
        ]
    );
    assert_eq!(
        p.problems[0].kind,
        ProblemKind::UnknownEmbed("onbekend".into())
    );
    assert_eq!(p.problems[0].line, 5);
    let p = parse(
        "{{wetsvoorstel:36869}}

{{wetsvoorstel:baz}}

{{wetsvoorstel:1}}",
    );
    use crate::pending_law::PendingLawId;
    assert_eq!(
        p.blocks[..2],
        [
            Block::Embed(Embed::PendingLaw(PendingLawId::Bill36869)),
            Block::Embed(Embed::PendingLaw(PendingLawId::Baz)),
        ]
    );
    assert_eq!(
        p.problems[0].kind,
        ProblemKind::UnknownEmbed("wetsvoorstel:1".into())
    );
}

#[test]
fn safe_urls() {
    assert!(is_safe_url(
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=670"
    ));
    assert!(is_safe_url(
        "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2019:1734"
    ));
    assert!(!is_safe_url("javascript:alert(1)"));
    assert!(!is_safe_url("data:text/html,x"));
    assert!(!is_safe_url("https://"));
    assert!(!is_safe_url("https://a\"onmouseover=x"));
    assert!(!is_safe_url("//evil.example"));
}

#[test]
fn deep_nesting_does_not_overflow() {
    let deep = "[".repeat(5000) + &"](#/)".repeat(5000);
    let _ = parse(&deep);
    let stars = "*a ".repeat(3000) + &"b* ".repeat(3000);
    let _ = parse(&stars);
}

proptest::proptest! {
    #[test]
    fn never_panics(s in ".{0,400}") {
        let p = parse(&s);
        // Every table stays rectangular, whatever the input.
        for b in &p.blocks {
            if let Block::Table { header, rows } = b {
                proptest::prop_assert!(rows.iter().all(|r| r.len() == header.len()));
            }
        }
    }

    #[test]
    fn never_panics_on_markdownish_input(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "**", "*", "_", "[", "]", "(", ")", "\\", "|", "---", "\n", "> ", "- ",
                "1. ", "## ", "{{vergelijk}}", "{{", "}}", "#/", "term:", "https://", "é",
                " ", "a", "[!UNCERTAIN]", "|---|", "\n\n",
            ]),
            0..120,
        )
    ) {
        let s: String = parts.concat();
        let p = parse(&s);
        // No link ever carries an unsafe target.
        fn check(inl: &[Inline]) -> bool {
            inl.iter().all(|i| match i {
                Inline::ExternalLink { url, content } => is_safe_url(url) && check(content),
                Inline::InternalLink { route, content } => super::super::is_known_route(route) && check(content),
                Inline::TermLink { content, .. } | Inline::Strong(content) | Inline::Emphasis(content) => check(content),
                Inline::Text(_) => true,
            })
        }
        fn walk(blocks: &[Block]) -> bool {
            blocks.iter().all(|b| match b {
                Block::Heading { content, .. } | Block::Paragraph(content) => check(content),
                Block::BulletList(items) | Block::NumberedList { items, .. } => items.iter().all(|i| check(i)),
                Block::Table { header, rows } => header.iter().all(|c| check(c)) && rows.iter().all(|r| r.iter().all(|c| check(c))),
                Block::Callout { blocks, .. } => !blocks.iter().any(|b| matches!(b, Block::Callout { .. })) && walk(blocks),
                Block::Embed(_) => true,
            })
        }
        proptest::prop_assert!(walk(&p.blocks));
    }
}

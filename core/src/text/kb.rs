//! Texts of the kennisbank in the web app: the labels around the content of `#/uitleg`
//! and `#/begrippen` ("Bijgewerkt op", "Bronnen", the callout headings, the glossary
//! search box), the comparison page `#/vergelijk`, and the not-found messages for an
//! unknown explanation page or term. The pages and the glossary themselves are content,
//! in `crate::kb`.

use crate::lang::Lang;

/// Labels around the kennisbank content, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KbText {
    /// h1 of `#/uitleg`.
    IndexTitle,
    IndexIntro,
    /// h1 of `#/begrippen`.
    GlossaryTitle,
    GlossaryIntro,
    /// Label of the glossary filter box.
    SearchLabel,
    SearchHint,
    /// Shown when the filter matches nothing.
    NoResults,
    /// "Bijgewerkt op" + date.
    UpdatedOn,
    /// h2 of the sources list (the same word the page files use).
    Sources,
    /// Heading of a `Note` callout.
    CalloutNote,
    /// Heading of an `Uncertain` callout.
    CalloutUncertain,
    /// Heading of a `Plan` callout.
    CalloutPlan,
    /// Before a term's source in the glossary.
    TermSource,
    /// Link from a term to its explanation page.
    ReadMore,
    /// Back link on a page or term.
    BackToIndex,
    BackToGlossary,
    /// Summary of a term disclosure: "Wat betekent dit?"
    WhatDoesThisMean,
    /// The closing disclaimer.
    Disclaimer,
    /// Shown near external links.
    ExternalLinkHint,
    /// h1 of `#/vergelijk`.
    CompareTitle,
    CompareIntro,
    /// Link from `#/vergelijk` to the explanation page about the tracks.
    CompareReadMore,
    /// h1 when `#/uitleg/<slug>` names no page.
    PageNotFoundTitle,
    PageNotFoundBody,
    /// Link from the index to the glossary.
    GlossaryLink,
    /// Heading of the list of pages on the index.
    IndexTopics,
    /// Link in an opened term disclosure to the term in the glossary.
    TermInGlossary,
    /// Visually hidden text after a term that can be opened: "(uitleg openen)".
    TermToggleHint,
}

impl KbText {
    pub fn text(self, lang: Lang) -> &'static str {
        use KbText::*;
        match lang {
            Lang::Nl => match self {
                IndexTitle => "Uitleg",
                IndexIntro => "Korte uitleg over ziek zijn, re-integratie, ontslag en je inkomen. Lees wat de regels zeggen en wat ze voor jou betekenen.",
                GlossaryTitle => "Begrippen",
                GlossaryIntro => "Moeilijke woorden over werk en ziekte, in gewone taal uitgelegd.",
                SearchLabel => "Zoek een begrip",
                SearchHint => "Typ een deel van een woord, bijvoorbeeld ‘spoor’ of ‘WIA’. De lijst past zich aan terwijl je typt.",
                NoResults => "Geen begrippen gevonden. Probeer een ander woord.",
                UpdatedOn => "Bijgewerkt op",
                Sources => "Bronnen",
                CalloutNote => "Let op",
                CalloutUncertain => "Onzeker",
                CalloutPlan => "Plan, nog geen wet",
                TermSource => "Bron:",
                ReadMore => "Lees meer",
                BackToIndex => "Terug naar alle uitleg",
                BackToGlossary => "Terug naar alle begrippen",
                WhatDoesThisMean => "Wat betekent dit?",
                Disclaimer => "Dit is algemene informatie, geen juridisch advies. Twijfel je over jouw situatie? Vraag dan hulp, bijvoorbeeld bij het Juridisch Loket, je vakbond of een advocaat.",
                ExternalLinkHint => "(externe website)",
                CompareTitle => "Spoor 2 of outplacement?",
                CompareIntro => "Spoor 2 en outplacement lijken op elkaar: in allebei zoek je werk bij een andere werkgever. Maar spoor 2 is voor als je ziek bent, en outplacement voor als je niet ziek bent en je baan stopt. In de tabel zie je de verschillen.",
                CompareReadMore => "Lees meer over spoor 1, spoor 2 en outplacement",
                PageNotFoundTitle => "Deze uitleg bestaat niet",
                PageNotFoundBody => "We hebben geen uitleg op dit adres. Misschien is de link oud of staat er een typfout in. Kies hieronder een onderwerp uit de lijst.",
                GlossaryLink => "Alle begrippen op een rij",
                IndexTopics => "Onderwerpen",
                TermInGlossary => "Bekijk in de begrippenlijst",
                TermToggleHint => "(uitleg)",
            },
            Lang::En => match self {
                IndexTitle => "Explanations",
                IndexIntro => "Short explanations about being sick, re-integration, dismissal and your income. Read what the rules say and what they mean for you.",
                GlossaryTitle => "Glossary",
                GlossaryIntro => "Difficult words about work and illness, explained in plain language.",
                SearchLabel => "Search for a term",
                SearchHint => "Type part of a word, for example ‘spoor’ or ‘WIA’. The list updates as you type.",
                NoResults => "No terms found. Try another word.",
                UpdatedOn => "Updated on",
                Sources => "Sources",
                CalloutNote => "Please note",
                CalloutUncertain => "Uncertain",
                CalloutPlan => "Plan, not law yet",
                TermSource => "Source:",
                ReadMore => "Read more",
                BackToIndex => "Back to all explanations",
                BackToGlossary => "Back to the glossary",
                WhatDoesThisMean => "What does this mean?",
                Disclaimer => "This is general information, not legal advice. Unsure about your situation? Ask for help, for example at the Juridisch Loket, your union or a lawyer.",
                ExternalLinkHint => "(external website)",
                CompareTitle => "Spoor 2 or outplacement?",
                CompareIntro => "Spoor 2 and outplacement look alike: in both you look for work with another employer. But spoor 2 is for when you are sick, and outplacement for when you are not sick and your job ends. The table shows the differences.",
                CompareReadMore => "Read more about spoor 1, spoor 2 and outplacement",
                PageNotFoundTitle => "This explanation does not exist",
                PageNotFoundBody => "There is no explanation at this address. The link may be old or contain a typo. Choose a topic from the list below.",
                GlossaryLink => "All terms at a glance",
                IndexTopics => "Topics",
                TermInGlossary => "See it in the glossary",
                TermToggleHint => "(explanation)",
            },
        }
    }
}

/// "12 begrippen gevonden" for the live region under the glossary filter.
pub fn results_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 begrip gevonden".to_string(),
        (Lang::Nl, n) => format!("{n} begrippen gevonden"),
        (Lang::En, 1) => "1 term found".to_string(),
        (Lang::En, n) => format!("{n} terms found"),
    }
}

/// Texts around the comparison table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareText {
    /// The table caption.
    Caption,
    /// Column header of the aspect column.
    AspectHeader,
    Spoor2Header,
    OutplacementHeader,
}

impl CompareText {
    pub fn text(self, lang: Lang) -> &'static str {
        use CompareText::*;
        match lang {
            Lang::Nl => match self {
                Caption => "Spoor 2 en outplacement vergeleken",
                AspectHeader => "Onderwerp",
                Spoor2Header => "Spoor 2",
                OutplacementHeader => "Outplacement",
            },
            Lang::En => match self {
                Caption => "Spoor 2 and outplacement compared",
                AspectHeader => "Topic",
                Spoor2Header => "Spoor 2",
                OutplacementHeader => "Outplacement",
            },
        }
    }
}

/// The notice on `#/begrippen/<term>` when the term does not exist. The unknown slug is
/// shown back as plain text (never as HTML), shortened to 40 characters.
pub fn unknown_term(slug: &str, lang: Lang) -> String {
    let mut shown: String = slug.chars().filter(|c| !c.is_control()).take(40).collect();
    if slug.chars().count() > 40 {
        shown.push('…');
    }
    match lang {
        Lang::Nl => {
            format!("Het begrip ‘{shown}’ staat niet in de lijst. Hieronder zie je alle begrippen.")
        }
        Lang::En => format!("The term ‘{shown}’ is not in the list. All terms are shown below."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [KbText; 9] = [
        KbText::CompareTitle,
        KbText::CompareIntro,
        KbText::CompareReadMore,
        KbText::PageNotFoundTitle,
        KbText::PageNotFoundBody,
        KbText::GlossaryLink,
        KbText::IndexTopics,
        KbText::TermInGlossary,
        KbText::TermToggleHint,
    ];

    #[test]
    fn every_text_is_filled_and_translated() {
        for t in ALL {
            let nl = t.text(Lang::Nl);
            let en = t.text(Lang::En);
            assert!(!nl.is_empty() && !en.is_empty(), "{t:?}");
            assert_ne!(nl, en, "{t:?}");
        }
    }

    #[test]
    fn unknown_term_is_shortened_and_cleaned() {
        let long = "a".repeat(100);
        let s = unknown_term(&long, Lang::Nl);
        assert!(s.contains(&format!("‘{}…’", "a".repeat(40))), "{s}");
        let s = unknown_term("x\u{7}y", Lang::En);
        assert!(s.contains("‘xy’"), "{s}");
        assert!(unknown_term("wia2", Lang::Nl).starts_with("Het begrip ‘wia2’"));
    }
}

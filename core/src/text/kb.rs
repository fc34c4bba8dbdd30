//! Texts of the kennisbank in the web app: the labels around the content of `#/uitleg`
//! and `#/begrippen` ("Bijgewerkt op", "Bronnen", the callout headings, the glossary
//! search box), the comparison page `#/vergelijk`, and the not-found messages for an
//! unknown explanation page or term. The pages and the glossary themselves are content,
//! in `crate::kb`.

use crate::lang::Lang;
use crate::text::t;

crate::listed::listed! {
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
}

impl KbText {
    pub fn text(self, lang: Lang) -> &'static str {
        use KbText::*;
        match self {
            IndexTitle => t(lang, "Uitleg", "Explanations"),
            IndexIntro => t(lang, "Korte uitleg over ziek zijn, re-integratie, ontslag en je inkomen. Lees wat de regels zeggen en wat ze voor jou betekenen.", "Short explanations about being sick, re-integration, dismissal and your income. Read what the rules say and what they mean for you."),
            GlossaryTitle => t(lang, "Begrippen", "Glossary"),
            GlossaryIntro => t(lang, "Moeilijke woorden over werk en ziekte, in gewone taal uitgelegd.", "Difficult words about work and illness, explained in plain language."),
            SearchLabel => t(lang, "Zoek een begrip", "Search for a term"),
            SearchHint => t(lang, "Typ een deel van een woord, bijvoorbeeld ‘spoor’ of ‘WIA’. De lijst past zich aan terwijl je typt.", "Type part of a word, for example ‘spoor’ or ‘WIA’. The list updates as you type."),
            NoResults => t(lang, "Geen begrippen gevonden. Probeer een ander woord.", "No terms found. Try another word."),
            UpdatedOn => t(lang, "Bijgewerkt op", "Updated on"),
            Sources => t(lang, "Bronnen", "Sources"),
            CalloutNote => t(lang, "Let op", "Please note"),
            CalloutUncertain => t(lang, "Onzeker", "Uncertain"),
            CalloutPlan => t(lang, "Plan, nog geen wet", "Plan, not law yet"),
            TermSource => t(lang, "Bron:", "Source:"),
            ReadMore => t(lang, "Lees meer", "Read more"),
            BackToIndex => t(lang, "Terug naar alle uitleg", "Back to all explanations"),
            BackToGlossary => t(lang, "Terug naar alle begrippen", "Back to the glossary"),
            WhatDoesThisMean => t(lang, "Wat betekent dit?", "What does this mean?"),
            Disclaimer => t(lang, "Dit is algemene informatie, geen juridisch advies. Twijfel je over jouw situatie? Vraag dan hulp, bijvoorbeeld bij het Juridisch Loket, je vakbond of een advocaat.", "This is general information, not legal advice. Unsure about your situation? Ask for help, for example at the Juridisch Loket, your union or a lawyer."),
            ExternalLinkHint => t(lang, "(externe website)", "(external website)"),
            CompareTitle => t(lang, "Spoor 2 of outplacement?", "Spoor 2 or outplacement?"),
            CompareIntro => t(lang, "Spoor 2 en outplacement lijken op elkaar: in allebei zoek je werk bij een andere werkgever. Maar spoor 2 is voor als je ziek bent, en outplacement voor als je niet ziek bent en je baan stopt. In de tabel zie je de verschillen.", "Spoor 2 and outplacement look alike: in both you look for work with another employer. But spoor 2 is for when you are sick, and outplacement for when you are not sick and your job ends. The table shows the differences."),
            CompareReadMore => t(lang, "Lees meer over spoor 1, spoor 2 en outplacement", "Read more about spoor 1, spoor 2 and outplacement"),
            PageNotFoundTitle => t(lang, "Deze uitleg bestaat niet", "This explanation does not exist"),
            PageNotFoundBody => t(lang, "We hebben geen uitleg op dit adres. Misschien is de link oud of staat er een typfout in. Kies hieronder een onderwerp uit de lijst.", "There is no explanation at this address. The link may be old or contain a typo. Choose a topic from the list below."),
            GlossaryLink => t(lang, "Alle begrippen op een rij", "All terms at a glance"),
            IndexTopics => t(lang, "Onderwerpen", "Topics"),
            TermInGlossary => t(lang, "Bekijk in de begrippenlijst", "See it in the glossary"),
            TermToggleHint => t(lang, "(uitleg)", "(explanation)"),
        }
    }
}

/// "12 begrippen gevonden" for the live region under the glossary filter.
pub fn results_count(n: usize, lang: Lang) -> String {
    match n {
        1 => t(lang, "1 begrip gevonden", "1 term found").to_string(),
        n => t(
            lang,
            format!("{n} begrippen gevonden"),
            format!("{n} terms found"),
        ),
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
        match self {
            Caption => t(
                lang,
                "Spoor 2 en outplacement vergeleken",
                "Spoor 2 and outplacement compared",
            ),
            AspectHeader => t(lang, "Onderwerp", "Topic"),
            Spoor2Header => t(lang, "Spoor 2", "Spoor 2"),
            OutplacementHeader => t(lang, "Outplacement", "Outplacement"),
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
    t(
        lang,
        format!("Het begrip ‘{shown}’ staat niet in de lijst. Hieronder zie je alle begrippen."),
        format!("The term ‘{shown}’ is not in the list. All terms are shown below."),
    )
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

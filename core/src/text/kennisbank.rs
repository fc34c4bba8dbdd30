//! Texts of the kennisbank pages in the web app that [`crate::kb::KbText`] does not
//! have: the comparison page `#/vergelijk`, the not-found messages for an unknown
//! explanation page or term, and small labels around the rendered content.
//!
//! Exhaustive matches: a missing translation does not compile.

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KbWebText {
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

impl KbWebText {
    pub fn text(self, lang: Lang) -> &'static str {
        use KbWebText::*;
        match lang {
            Lang::Nl => match self {
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

    const ALL: [KbWebText; 9] = [
        KbWebText::CompareTitle,
        KbWebText::CompareIntro,
        KbWebText::CompareReadMore,
        KbWebText::PageNotFoundTitle,
        KbWebText::PageNotFoundBody,
        KbWebText::GlossaryLink,
        KbWebText::IndexTopics,
        KbWebText::TermInGlossary,
        KbWebText::TermToggleHint,
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

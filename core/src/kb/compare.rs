//! The spoor 2 vs outplacement comparison: the data behind the `{{vergelijk}}` embed
//! and the `#/vergelijk` page. Each row is one aspect, with the text for spoor 2 and
//! for outplacement, in both languages (exhaustive matches).
//!
//! Sources: art. 7:658a BW and the Wet verbetering poortwachter (spoor 2); Besluit
//! voorwaarden in mindering brengen kosten op transitievergoeding, Stb. 2015, 171 as
//! changed by Stb. 2020, 188 (spoor 2 costs are not deductible, agreed outplacement
//! costs are); art. 7:629 lid 3 BW (loonstop); art. 25 lid 9 Wet WIA (loonsanctie).
//! The typical durations are practice, not law, and are worded that way.

use crate::lang::Lang;
use crate::source::{self as cite, Source};
use crate::text::t;

crate::listed::listed! {
    /// One row of the comparison.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CompareRow {
        Situation,
        LegalBasis,
        WhoStarts,
        WhoPays,
        Transitievergoeding,
        When,
        Duration,
        Steps,
        EmployeeDuties,
        Sanctions,
        WhileSick,
    }
}

/// The texts of one row: the aspect (row header) and the two cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareCells {
    pub aspect: &'static str,
    pub spoor2: &'static str,
    pub outplacement: &'static str,
}

impl CompareRow {
    pub fn all() -> &'static [CompareRow] {
        &Self::ALL
    }

    pub fn cells(self, lang: Lang) -> CompareCells {
        use CompareRow::*;
        let (aspect, spoor2, outplacement) = match self {
            Situation => t(
                lang,
                (
                    "Voor wie",
                    "Je bent ziek en kunt niet terug in je eigen werk of ander werk bij je werkgever.",
                    "Je baan eindigt of gaat eindigen, bijvoorbeeld na een reorganisatie, een conflict of twee jaar ziekte. Het is geen re-integratie tijdens ziekte.",
                ),
                (
                    "Who it is for",
                    "You are sick and cannot return to your own work or other work at your employer.",
                    "Your job ends or is going to end, for example after a reorganisation, a conflict or two years of illness. It is not re-integration during illness.",
                ),
            ),
            LegalBasis => t(
                lang,
                (
                    "Wettelijke basis",
                    "Artikel 7:658a BW en de Wet verbetering poortwachter.",
                    "Geen wet. Een afspraak in je contract, een vaststellingsovereenkomst of een sociaal plan.",
                ),
                (
                    "Legal basis",
                    "Article 7:658a of the Dutch Civil Code and the Gatekeeper Act.",
                    "No law. An agreement in your contract, a settlement agreement or a social plan.",
                ),
            ),
            WhoStarts => t(
                lang,
                (
                    "Wie begint ermee",
                    "Je werkgever. Hij is het verplicht. De bedrijfsarts of arbeidsdeskundige adviseert.",
                    "Jij en je werkgever, als jullie dat samen afspreken.",
                ),
                (
                    "Who starts it",
                    "Your employer. It is obliged to. The company doctor or work capacity expert advises.",
                    "You and your employer, if you agree on it together.",
                ),
            ),
            WhoPays => t(lang, ("Wie betaalt", "Je werkgever.", "Meestal je werkgever."), ("Who pays", "Your employer.", "Usually your employer.")),
            Transitievergoeding => t(
                lang,
                (
                    "Aftrekken van de transitievergoeding",
                    "Mag nooit.",
                    "Mag, als de kosten vooraf op papier staan en je vooraf schriftelijk hebt ingestemd. Ook na twee jaar ziekte.",
                ),
                (
                    "Deducted from the transitievergoeding",
                    "Never allowed.",
                    "Allowed, if the costs were put on paper beforehand and you agreed in writing beforehand. Also after two years of illness.",
                ),
            ),
            When => t(
                lang,
                (
                    "Wanneer",
                    "Zodra duidelijk is dat terugkeer bij je werkgever niet lukt, en uiterlijk na de eerstejaarsevaluatie (week 46 tot 52).",
                    "Meestal tijdens de opzegtermijn of na het tekenen van een vaststellingsovereenkomst.",
                ),
                (
                    "When",
                    "As soon as it is clear that a return to your employer will not work, and at the latest after the first-year review (weeks 46 to 52).",
                    "Usually during the notice period or after signing a settlement agreement.",
                ),
            ),
            Duration => t(
                lang,
                (
                    "Hoe lang",
                    "In de praktijk tot je nieuw werk hebt, of tot het einde van de 104 weken ziekte.",
                    "Zo lang als jullie afspreken, vaak een paar maanden.",
                ),
                (
                    "How long",
                    "In practice until you have a new job, or until the end of the 104 weeks of illness.",
                    "As long as you agree, often a few months.",
                ),
            ),
            Steps => t(
                lang,
                (
                    "Hoe gaat het",
                    "Arbeidsdeskundig onderzoek, een re-integratiebedrijf, een plan, zoeken naar werk, werken op proef, plaatsing.",
                    "Intake, kijken naar je sterke punten, oriëntatie op werk, sollicitatietraining, plaatsing of een eigen bedrijf.",
                ),
                (
                    "How it works",
                    "Work capacity assessment, a re-integration agency, a plan, looking for work, a trial placement, placement.",
                    "Intake, looking at your strengths, exploring the job market, application training, placement or your own business.",
                ),
            ),
            EmployeeDuties => t(
                lang,
                (
                    "Wat moet jij doen",
                    "Meewerken, passend werk aannemen en je aan het plan van aanpak houden.",
                    "Niets verplicht. Je doet vrijwillig mee.",
                ),
                (
                    "What you must do",
                    "Cooperate, accept suitable work and stick to the action plan.",
                    "Nothing is compulsory. You take part voluntarily.",
                ),
            ),
            Sanctions => t(
                lang,
                (
                    "Als het niet goed gaat",
                    "Werk jij niet mee: een loonstop of zelfs ontslag. Doet je werkgever te weinig: een loonsanctie tot 52 weken.",
                    "Geen sancties in de wet.",
                ),
                (
                    "If things go wrong",
                    "If you do not cooperate: a wage stop or even dismissal. If your employer does too little: a wage sanction of up to 52 weeks.",
                    "No sanctions in the law.",
                ),
            ),
            WhileSick => t(
                lang,
                (
                    "Als je ziek bent",
                    "Dit is de route als je ziek bent en niet terug kunt in je eigen werk bij je werkgever.",
                    "Tijdens je ziekte is spoor 2 de route. Eindigt je contract na twee jaar ziekte, dan kunnen jullie outplacement afspreken. Vindt de bedrijfsarts dat je niet ziek bent, maar door de situatie niet bij deze werkgever kunt werken (situatieve arbeidsongeschiktheid), dan past outplacement ook eerder. Een vaststellingsovereenkomst tekenen terwijl je ziek bent is riskant voor je Ziektewet-uitkering.",
                ),
                (
                    "If you are sick",
                    "This is the route when you are sick and cannot return to your own work with your employer.",
                    "While you are sick, spoor 2 is the route. If your contract ends after two years of illness, you can agree on outplacement. If the company doctor (bedrijfsarts) finds that you are not sick, but cannot work for this employer because of the situation (situational unfitness), outplacement fits earlier too. Signing a settlement agreement (vaststellingsovereenkomst) while sick puts your Sickness Benefit (Ziektewet) at risk.",
                ),
            ),
        };
        CompareCells {
            aspect,
            spoor2,
            outplacement,
        }
    }
}

/// The deduction of costs from the transitievergoeding: the article and the decree.
const KOSTEN: &[Source] = &[cite::BW_7_673_LID_6, cite::STB_2015_171, cite::STB_2020_188];

impl CompareRow {
    /// The sources behind one row. The typical durations and steps are practice; their
    /// rows cite UWV's own instruction on how it tests the re-integration.
    pub fn sources(self) -> &'static [Source] {
        use CompareRow::*;
        match self {
            Situation => &[
                cite::UWV_REINTEGREREN,
                cite::BW_7_658A_LID_1,
                cite::STB_2015_171,
            ],
            LegalBasis => &[cite::BW_7_658A, cite::UWV_REINTEGREREN],
            WhoStarts => &[cite::BW_7_658A, cite::REGELING_PROCESGANG],
            WhoPays | Transitievergoeding => KOSTEN,
            When => &[cite::REGELING_PROCESGANG, cite::UWV_WERKWIJZER_POORTWACHTER],
            Duration => &[cite::BW_7_629, cite::UWV_WERKWIJZER_POORTWACHTER],
            Steps => &[cite::UWV_WERKWIJZER_POORTWACHTER, cite::UWV_REINTEGREREN],
            EmployeeDuties => &[cite::BW_7_629_LID_3, cite::BW_7_660A],
            Sanctions => &[cite::BW_7_629_LID_3, cite::BW_7_660A, cite::WIA_25_LID_9],
            WhileSick => &[cite::STECR_WERKWIJZER, cite::ZW_45],
        }
    }
}

/// Every source of the comparison once, in the order of the rows: the "Bronnen" list
/// under the table.
pub fn sources() -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for row in CompareRow::all() {
        for s in row.sources() {
            if !out.contains(s) {
                out.push(*s);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_filled_in_both_languages_and_differs() {
        for &r in CompareRow::all() {
            for lang in [Lang::Nl, Lang::En] {
                let c = r.cells(lang);
                assert!(!c.aspect.is_empty() && !c.spoor2.is_empty() && !c.outplacement.is_empty());
                // A comparison row that says the same thing twice compares nothing,
                // except "who pays", where both are (usually) the employer.
                if r != CompareRow::WhoPays {
                    assert_ne!(c.spoor2, c.outplacement, "{r:?} {lang:?}");
                }
            }
            assert_ne!(r.cells(Lang::Nl).spoor2, r.cells(Lang::En).spoor2, "{r:?}");
        }
    }

    #[test]
    fn outplacement_is_not_limited_to_situational_cases() {
        for (lang, after_illness, wrong) in [
            (Lang::Nl, "twee jaar ziekte", "Alleen als de bedrijfsarts"),
            (
                Lang::En,
                "two years of illness",
                "Only if the company doctor",
            ),
        ] {
            for row in [
                CompareRow::Situation,
                CompareRow::WhileSick,
                CompareRow::Transitievergoeding,
            ] {
                let c = row.cells(lang);
                assert!(c.outplacement.contains(after_illness), "{row:?} {lang:?}");
                assert!(!c.outplacement.starts_with(wrong), "{row:?} {lang:?}");
            }
            let c = CompareRow::Situation.cells(lang);
            assert!(!c.outplacement.contains("niet ziek") && !c.outplacement.contains("not sick"));
        }
    }

    #[test]
    fn the_deduction_rule_is_stated_both_ways() {
        let c = CompareRow::Transitievergoeding.cells(Lang::Nl);
        assert!(c.spoor2.contains("nooit"));
        assert!(c.outplacement.contains("schriftelijk"));
    }
}

#[cfg(test)]
mod source_tests {
    use super::*;

    #[test]
    fn every_row_has_sources_and_the_list_has_no_duplicates() {
        for row in CompareRow::all() {
            assert!(!row.sources().is_empty(), "{row:?} has no source");
        }
        let all = sources();
        for (i, a) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(a), "duplicate source {}", a.label);
        }
        assert!(all
            .iter()
            .any(|s| s.label.contains("45 lid 1 sub j Ziektewet")));
    }

    #[test]
    fn the_while_sick_row_names_the_bedrijfsarts_judgement() {
        let nl = CompareRow::WhileSick.cells(Lang::Nl);
        assert!(nl.outplacement.contains("bedrijfsarts"));
        let en = CompareRow::WhileSick.cells(Lang::En);
        assert!(en.outplacement.contains("company doctor"));
    }
}

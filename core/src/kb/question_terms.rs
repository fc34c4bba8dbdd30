//! The glossary terms each question uses. The question page shows them in its "Wat
//! betekent dit?" help, each with its definition in place (terms in questions
//! show their definition accessibly). The match is exhaustive, so a new question must
//! decide which terms it needs.

use super::Term;
use crate::flow::QuestionId;

/// The glossary terms a question uses, most important first.
pub fn terms(q: QuestionId) -> &'static [Term] {
    use QuestionId::*;
    match q {
        Rol => &[Term::Spoor2, Term::Outplacement],
        ZiekNu => &[Term::Bedrijfsarts, Term::Verzuimprotocol],
        EersteZiektedag => &[Term::Wachttijd, Term::WetVerbeteringPoortwachter],
        EerdereZiekteperiode | EerdereZiekteperiodeBegin | EerdereZiekteperiodeEinde => {
            &[Term::Samentellen]
        }
        ProbleemanalyseGedaan => &[Term::Probleemanalyse, Term::Bedrijfsarts],
        PlanVanAanpakGedaan => &[Term::PlanVanAanpak, Term::Casemanager],
        ArbeidsdeskundigOnderzoek => &[Term::ArbeidsdeskundigOnderzoek],
        EigenWerkMogelijk => &[Term::BedongenArbeid, Term::Spoor1],
        AangepastWerkMogelijk => &[Term::BedongenArbeid, Term::PassendeArbeid],
        AnderWerkIntern => &[Term::PassendeArbeid, Term::Spoor1],
        OorzaakWerkOfConflict => &[Term::SituatieveArbeidsongeschiktheid, Term::Mediation],
        OordeelBedrijfsartsSituatief => {
            &[Term::SituatieveArbeidsongeschiktheid, Term::StecrWerkwijzer]
        }
        TerugkeerBinnen26Weken => &[Term::Bedrijfsarts],
        EerstejaarsevaluatieGedaan => &[Term::Eerstejaarsevaluatie, Term::Spoor2],
        Spoor2Gestart => &[Term::Spoor2, Term::Reintegratiebedrijf],
        BaanEindigt => &[Term::Opzegverbod, Term::Transitievergoeding],
        RedenEinde => &[Term::Transitievergoeding, Term::Opzegverbod],
        Initiatief => &[Term::Transitievergoeding, Term::Kantonrechter],
        DatumEinde => &[Term::Transitievergoeding, Term::Ww],
        VsoAangeboden => &[Term::Vso, Term::Bedenktermijn, Term::Benadelingshandeling],
        VsoBedrag => &[Term::Vso, Term::Transitievergoeding],
        VsoEinddatum => &[Term::Vso, Term::Opzegverbod, Term::Ww],
        Outplacement => &[Term::Outplacement, Term::Transitievergoeding],
        ContractType => &[Term::Cao, Term::ZiektewetVangnet],
        DatumInDienst => &[Term::Transitievergoeding],
        UrenPerWeek => &[Term::Transitievergoeding],
        BrutoMaandloon => &[Term::Transitievergoeding, Term::Dagloon],
        WerkgeverGrootte => &[Term::Verzuimverzekering],
        Leeftijd => &[Term::Wia],
        Eigenrisicodrager => &[Term::Eigenrisicodrager, Term::Verzuimverzekering],
        HiaatExcedent => &[Term::Hiaat, Term::Excedent, Term::Wga],
        LoonBovenWiaGrens => &[Term::Maximumdagloon, Term::Excedent],
        ZelfstandigInkomen => &[Term::Aov, Term::Baz],
        ZzpZiek | ZzpEersteZiektedag | ZzpJaarwinst | ZzpAovBedrag | ZzpAovEigenrisico => {
            &[Term::Aov]
        }
        ZzpAov | ZzpBroodfonds => &[Term::Aov, Term::Baz],
        ZzpUwvVrijwillig => &[Term::Uwv, Term::Aov],
        ZzpVerplichtVerzekerd | ZzpEindeVerplicht => &[Term::Uwv],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_question_names_at_least_one_term_and_each_term_is_defined() {
        for q in QuestionId::ALL {
            let ts = terms(q);
            assert!(!ts.is_empty(), "{q:?} names no term");
            for t in ts {
                for lang in [Lang::Nl, Lang::En] {
                    assert!(
                        !t.name(lang).is_empty() && !t.definition(lang).is_empty(),
                        "{t:?}"
                    );
                }
                assert_eq!(
                    ts.iter().filter(|x| *x == t).count(),
                    1,
                    "{q:?} repeats {t:?}"
                );
            }
        }
        assert!(terms(QuestionId::VsoAangeboden).contains(&Term::Benadelingshandeling));
    }
}

//! The letters a reader can write (issue 8): which ones for which role, the legal basis
//! of each, and the facts from the answers they are filled with. A fact the answers do
//! not give stays a gap, written `[...]` in the letter (see [`gaps`]). The letters' words,
//! and the finished letter, are in `crate::text::keep::letters`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::flow::{self, Answers, Voice};
use crate::poortwachter::MilestoneId;
use crate::source::{self as cite, Source};

/// The letters. The ids (`as_str`) are stable: the page uses them as option values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// Employee → UWV.
    UwvDeskundigenoordeel,
    /// Employee → employer (Xella).
    SlapendDienstverband,
    /// Employee → employer.
    KopieProbleemanalyse,
    /// Employer → employee.
    UitnodigingEerstejaarsevaluatie,
    /// Employer → employee, with the consent to sign.
    OutplacementAfspraak,
}

impl LetterKind {
    pub const ALL: [LetterKind; 5] = [
        LetterKind::UwvDeskundigenoordeel,
        LetterKind::SlapendDienstverband,
        LetterKind::KopieProbleemanalyse,
        LetterKind::UitnodigingEerstejaarsevaluatie,
        LetterKind::OutplacementAfspraak,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::UwvDeskundigenoordeel => "uwv_deskundigenoordeel",
            LetterKind::SlapendDienstverband => "slapend_dienstverband",
            LetterKind::KopieProbleemanalyse => "kopie_probleemanalyse",
            LetterKind::UitnodigingEerstejaarsevaluatie => "uitnodiging_eerstejaarsevaluatie",
            LetterKind::OutplacementAfspraak => "outplacement_afspraak",
        }
    }

    pub fn parse(s: &str) -> Option<LetterKind> {
        LetterKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Who writes it.
    pub fn voice(self) -> Voice {
        match self {
            LetterKind::UwvDeskundigenoordeel
            | LetterKind::SlapendDienstverband
            | LetterKind::KopieProbleemanalyse => Voice::Werknemer,
            LetterKind::UitnodigingEerstejaarsevaluatie | LetterKind::OutplacementAfspraak => {
                Voice::Werkgever
            }
        }
    }
}

/// The letters offered for these answers: the reader's own letters (by `rol`). The
/// self-employed have no employer and no poortwachter: none of these letters is theirs.
pub fn letters_for(answers: &Answers) -> Vec<LetterKind> {
    if flow::role(answers) == Some(flow::Role::Zelfstandige) {
        return Vec::new();
    }
    let v = flow::voice(answers);
    LetterKind::ALL
        .into_iter()
        .filter(|k| k.voice() == v)
        .collect()
}

/// The legal basis of each letter.
pub fn legal_basis(k: LetterKind) -> &'static [Source] {
    match k {
        LetterKind::UwvDeskundigenoordeel => &[cite::BW_7_629A, cite::UWV_DESKUNDIGENOORDEEL],
        LetterKind::SlapendDienstverband => &[
            cite::HR_2019_1734_XELLA,
            cite::BW_7_611,
            cite::BW_7_669_LID_3,
            cite::BW_7_673E,
            cite::BW_7_670B,
        ],
        LetterKind::KopieProbleemanalyse => &[cite::BW_7_658A_LID_3, cite::REGELING_PROCESGANG],
        LetterKind::UitnodigingEerstejaarsevaluatie => &[
            cite::BW_7_658A,
            cite::REGELING_PROCESGANG,
            cite::UWV_WERKWIJZER_POORTWACHTER,
        ],
        LetterKind::OutplacementAfspraak => {
            &[cite::BW_7_673_LID_6, cite::STB_2015_171, cite::STB_2020_188]
        }
    }
}

/// The dates and amounts from the answers, before formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub today: NaiveDate,
    pub first_sick_day: Option<NaiveDate>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub wachttijd_end: Option<NaiveDate>,
    pub xella_amount: Option<crate::money::Cents>,
    pub eval_from: Option<NaiveDate>,
    pub eval_until: Option<NaiveDate>,
}

/// Read the facts from the one derived situation ([`crate::flow::situation`]): the
/// calendar engine gives the eerstejaarsevaluatie window and the end of the 104 weeks; the
/// transitievergoeding engine gives the Xella amount (the transitievergoeding at the end
/// of the wachttijd, docs/law/compensatie-en-xella.md#xella-amount) when the start date
/// and the wage are known.
pub fn facts(answers: &Answers, today: NaiveDate) -> Facts {
    let sit = flow::derive(answers, today);
    let sick = sit.sickness.as_ref();
    Facts {
        today,
        first_sick_day: sick.map(|s| s.current_first_day),
        start_date: sit.employment.start,
        end_date: sit.employment.end,
        wachttijd_end: sick.and_then(|s| s.wachttijd_end()),
        xella_amount: sit.xella_amount,
        eval_from: sick.and_then(|s| s.date(MilestoneId::EerstejaarsevaluatieStart)),
        eval_until: sick.and_then(|s| s.date(MilestoneId::EerstejaarsevaluatieEind)),
    }
}

/// The gaps still in a text: every `[...]`, in order.
pub fn gaps(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// The file name for a downloaded letter: `spoorwijzer-brief-<id>.txt`.
pub fn file_name(kind: LetterKind) -> String {
    format!("spoorwijzer-brief-{}.txt", kind.as_str().replace('_', "-"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::flow::{Answer, Opt, QuestionId as Q};
    use crate::money::Cents;

    pub(crate) use crate::dates::ymd as d;

    /// A sick employee in a permanent job since 2016 (docs/law/poortwachter.md#worked-example-a).
    pub(crate) fn sick_employee() -> Answers {
        let mut a = Answers::new();
        a.insert(Q::Rol, Answer::Choice(Opt::Werknemer));
        a.insert(Q::ZiekNu, Answer::Choice(Opt::Ja));
        // docs/law/poortwachter.md#worked-example-a: first sick day Monday 5 January 2026.
        a.insert(Q::EersteZiektedag, Answer::Date(d(2026, 1, 5)));
        for q in [
            Q::EerdereZiekteperiode,
            Q::ProbleemanalyseGedaan,
            Q::PlanVanAanpakGedaan,
            Q::ArbeidsdeskundigOnderzoek,
            Q::EigenWerkMogelijk,
            Q::AangepastWerkMogelijk,
            Q::AnderWerkIntern,
            Q::OorzaakWerkOfConflict,
            Q::TerugkeerBinnen26Weken,
            Q::EerstejaarsevaluatieGedaan,
            Q::Spoor2Gestart,
            Q::BaanEindigt,
        ] {
            a.insert(q, Answer::Choice(Opt::Nee));
        }
        a.insert(Q::DatumInDienst, Answer::Date(d(2016, 1, 1)));
        a.insert(Q::ContractType, Answer::Choice(Opt::Vast));
        a.insert(Q::UrenPerWeek, Answer::Integer(36));
        a.insert(Q::BrutoMaandloon, Answer::Money(Cents(300_000)));
        a
    }

    #[test]
    fn letters_follow_the_role() {
        assert_eq!(
            letters_for(&sick_employee()),
            vec![
                LetterKind::UwvDeskundigenoordeel,
                LetterKind::SlapendDienstverband,
                LetterKind::KopieProbleemanalyse
            ]
        );
        let mut wg = sick_employee();
        wg.insert(Q::Rol, Answer::Choice(Opt::Werkgever));
        assert_eq!(
            letters_for(&wg),
            vec![
                LetterKind::UitnodigingEerstejaarsevaluatie,
                LetterKind::OutplacementAfspraak
            ]
        );
        let mut zzp = Answers::new();
        zzp.insert(Q::Rol, Answer::Choice(Opt::Zelfstandige));
        zzp.insert(Q::ZzpZiek, Answer::Choice(Opt::Ja));
        assert_eq!(letters_for(&zzp), vec![]);
        for k in LetterKind::ALL {
            assert_eq!(LetterKind::parse(k.as_str()), Some(k));
            assert!(!legal_basis(k).is_empty(), "{k:?} cites a legal basis");
        }
    }
}

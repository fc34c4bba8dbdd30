//! Letter templates filled from the answers (issue 8). Each letter has a Dutch text (the
//! letter itself), an English translation as a reading aid, its legal basis and, where a
//! point is not certain, an uncertainty note. Gaps the user fills in are written as
//! `[...]` (see [`gaps`]). The words are in `crate::text::keep::letters`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::flow::{self, Answers, Voice};
use crate::lang::Lang;
use crate::poortwachter::MilestoneId;
use crate::source::{self as cite, Source};
use crate::text::format;
use crate::text::keep::letters::{self as words, Gap};

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

/// The letters offered for these answers: the reader's own letters (by `rol`).
pub fn letters_for(answers: &Answers) -> Vec<LetterKind> {
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

/// The values a letter is filled with, formatted for one language. A value the answers
/// do not give is a gap (`[...]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub today: String,
    pub first_sick_day: String,
    pub start_date: String,
    pub end_date: String,
    pub wachttijd_end: String,
    pub xella_amount: String,
    pub eval_from: String,
    pub eval_until: String,
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

impl Facts {
    /// Format for one language; missing values become gaps.
    pub fn fill(&self, lang: Lang) -> Fill {
        let d = |x: Option<NaiveDate>, g: Gap| match x {
            Some(x) => format::long_date(x, lang),
            None => words::gap(g, lang),
        };
        Fill {
            today: format::long_date(self.today, lang),
            first_sick_day: d(self.first_sick_day, Gap::FirstSickDay),
            start_date: d(self.start_date, Gap::StartDate),
            end_date: d(self.end_date, Gap::Date),
            wachttijd_end: d(self.wachttijd_end, Gap::WachttijdEnd),
            xella_amount: match self.xella_amount {
                Some(c) => format::amount(c, lang),
                None => words::gap(Gap::Amount, lang),
            },
            eval_from: d(self.eval_from, Gap::Date),
            eval_until: d(self.eval_until, Gap::Date),
        }
    }
}

/// A finished letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    /// The title in the reader's language.
    pub title: &'static str,
    /// The letter itself (Dutch).
    pub text_nl: String,
    /// The English reading aid.
    pub text_en: String,
    pub legal_basis: &'static [Source],
    /// Shown to the user when a point is not certain.
    pub uncertain: Option<&'static str>,
}

/// Build one letter from the answers. `lang` is the reader's language (title, notes).
pub fn letter(kind: LetterKind, answers: &Answers, today: NaiveDate, lang: Lang) -> Letter {
    let f = facts(answers, today);
    Letter {
        kind,
        title: words::title(kind, lang),
        text_nl: words::body(kind, &f.fill(Lang::Nl), Lang::Nl),
        text_en: words::body(kind, &f.fill(Lang::En), Lang::En),
        legal_basis: legal_basis(kind),
        uncertain: words::uncertain(kind, lang),
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
mod tests {
    use super::*;
    use crate::flow::{Answer, Opt, QuestionId as Q};
    use crate::money::Cents;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn sick_employee() -> Answers {
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
        for k in LetterKind::ALL {
            assert_eq!(LetterKind::parse(k.as_str()), Some(k));
            assert!(!legal_basis(k).is_empty(), "{k:?} cites a legal basis");
        }
    }

    #[test]
    fn every_letter_is_filled_cites_its_basis_and_marks_gaps() {
        let today = d(2028, 2, 1);
        for k in LetterKind::ALL {
            let l = letter(k, &sick_employee(), today, Lang::Nl);
            assert!(
                l.text_nl.contains("1 februari 2028"),
                "{k:?}: date of today"
            );
            assert!(l.text_en.contains("1 February 2028"), "{k:?}: English date");
            // Name and address are always for the user to fill in.
            assert!(!gaps(&l.text_nl).is_empty());
            assert_eq!(
                gaps(&l.text_nl).len(),
                gaps(&l.text_en).len(),
                "{k:?}: same gaps"
            );
            assert!(!l.title.is_empty());
        }
        let x = letter(
            LetterKind::SlapendDienstverband,
            &sick_employee(),
            today,
            Lang::Nl,
        );
        assert!(x.text_nl.contains("ECLI:NL:HR:2019:1734"));
        assert!(x.text_nl.contains("5 januari 2026"));
        assert!(x.text_nl.contains("1 januari 2016"));
        // The end of the 104 weeks: day 728 = 5 Jan 2026 + 727 days = 2 Jan 2028
        // (docs/law/poortwachter.md#worked-example-a).
        assert!(x.text_nl.contains("2 januari 2028"), "{}", x.text_nl);
        // The 2028 cap is not published: the engine uses its estimate, which does not
        // bite here (12 years at € 3.240 a month is far below it), so the amount is
        // exact and filled in.
        assert!(!x.text_nl.contains("[bedrag]"), "{}", x.text_nl);
        assert!(x.text_nl.contains("€ 12.9"), "{}", x.text_nl);
        assert!(x.uncertain.is_some());
        let e = letter(
            LetterKind::UitnodigingEerstejaarsevaluatie,
            &sick_employee(),
            today,
            Lang::En,
        );
        // Weeks 46–52: Mon 16 Nov 2026 – Sun 3 Jan 2027 (docs/law/poortwachter.md#worked-example-a).
        assert!(e.text_nl.contains("16 november 2026"), "{}", e.text_nl);
        assert!(e.text_nl.contains("3 januari 2027"), "{}", e.text_nl);
        assert_eq!(e.title, "Invitation to the first-year review");
        let o = letter(
            LetterKind::OutplacementAfspraak,
            &sick_employee(),
            today,
            Lang::Nl,
        );
        assert!(o.text_nl.contains("artikel 7:673 lid 6 BW"));
        assert!(o.text_nl.contains("Stb. 2015, 171"));
        assert!(o.text_nl.contains("Handtekening"));
        let u = letter(
            LetterKind::UwvDeskundigenoordeel,
            &sick_employee(),
            today,
            Lang::Nl,
        );
        assert!(u.text_nl.contains("probleemanalyse"));
        assert!(u.text_nl.contains("plan van aanpak"));
        assert!(u.text_nl.contains("aanvraagformulier"));
        let c = letter(
            LetterKind::KopieProbleemanalyse,
            &sick_employee(),
            today,
            Lang::Nl,
        );
        assert!(c.text_nl.contains("7:658a lid 3 BW"));
    }

    #[test]
    fn the_xella_amount_is_filled_when_the_engine_can_compute_it() {
        let mut a = sick_employee();
        a.insert(Q::EersteZiektedag, Answer::Date(d(2024, 1, 1)));
        let f = facts(&a, d(2026, 11, 22));
        // Day 728 = 1 Jan 2024 + 727 days = 28 Dec 2025 (2024 has 366 days).
        assert_eq!(f.wachttijd_end, Some(d(2025, 12, 28)));
        // In service 1 Jan 2016 – 28 Dec 2025: 119 whole months and 28 days.
        // M = 3000 × 1.08 = 3240; 3240 × 119 / 36 = 10.710,00 for the whole months,
        // plus the engine's share for the 28 remaining days (10.791,29): between 10.710
        // and 10.800.
        let amount = f.xella_amount.expect("xella amount");
        assert!((1_071_000..1_080_000).contains(&amount.0), "{amount:?}");
        let l = letter(
            LetterKind::SlapendDienstverband,
            &a,
            d(2026, 11, 22),
            Lang::Nl,
        );
        assert!(l.text_nl.contains(&format::amount(amount, Lang::Nl)));
        assert!(!l.text_nl.contains("[bedrag]"));
        assert!(l.text_nl.contains("28 december 2025"));
    }

    #[test]
    fn without_answers_the_facts_are_gaps() {
        let l = letter(
            LetterKind::SlapendDienstverband,
            &Answers::new(),
            d(2026, 11, 22),
            Lang::Nl,
        );
        let g = gaps(&l.text_nl);
        assert!(g.contains(&"eerste ziektedag"));
        assert!(g.contains(&"datum in dienst"));
        assert!(g.contains(&"bedrag"));
        assert!(g.contains(&"einde van de 104 weken"));
        let en = gaps(&l.text_en);
        assert!(en.contains(&"first sick day"));
        assert_eq!(
            file_name(LetterKind::SlapendDienstverband),
            "spoorwijzer-brief-slapend-dienstverband.txt"
        );
    }
}

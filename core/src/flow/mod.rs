//! The guided interview (issue 5): questions, the answers map, routing by replay, the
//! outcome with route cards, warnings and help, and the spoor 2 / outplacement comparison.
//!
//! The flow only routes and decides; every word is in `crate::text::flow`. Pages call:
//! - [`routing::next`] for the step after the current answers, [`routing::previous`] for
//!   the back link, [`routing::progress`] for "Stap x van y", [`routing::relevant`] for the
//!   check-answers page;
//! - [`questions::question`] and `text::flow::question_text` to render any question;
//! - [`answers::validate`] on "Volgende";
//! - [`outcome::outcome`] for `#/advies` (the comparison for `#/vergelijk` is `crate::kb::compare`);
//! - [`answers::export_json`] / [`answers::import_json`] for files.

pub mod answers;
pub mod links;
pub mod outcome;
pub mod questions;
pub mod routing;
pub mod situation;
pub mod steps;
#[cfg(test)]
mod tests;

pub use answers::{validate, Answer, AnswerError, Answers, RawInput};
pub use outcome::{outcome, Outcome};
pub use questions::{Kind, Opt, Question, QuestionId};
pub use routing::{
    after_change, following, is_on_path, next, previous, progress, relevant, relevant_by_section,
    Step,
};
pub use situation::{derive, Situation};

use chrono::NaiveDate;
use serde::Serialize;

use crate::money::Cents;
use crate::transitievergoeding::Termination;

/// Whose voice the texts use: the employee reads "Ben je ziek?", the employer reads "Is
/// je werknemer ziek?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    Werknemer,
    Werkgever,
}

/// The voice for these answers: the employer's when `rol` is `werkgever`, otherwise the
/// employee's (also before the role is known, for `informatie` and for the self-employed,
/// who are addressed as "je" about their own work).
pub fn voice(answers: &Answers) -> Voice {
    match answers.get(&QuestionId::Rol) {
        Some(Answer::Choice(Opt::Werkgever)) => Voice::Werkgever,
        Some(_) | None => Voice::Werknemer,
    }
}

/// Who uses the app. It is not kept beside the answers: it is the answer to `rol`, given
/// on the start page, in the interview, or preset by an embedder (`rol=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Werknemer,
    Werkgever,
    /// The self-employed (zzp): their own questions, no employer.
    Zelfstandige,
    Informatie,
}

impl Role {
    /// The answer to the interview's `rol` question.
    pub fn answer(self) -> Answer {
        Answer::Choice(match self {
            Role::Werknemer => Opt::Werknemer,
            Role::Werkgever => Opt::Werkgever,
            Role::Zelfstandige => Opt::Zelfstandige,
            Role::Informatie => Opt::Informatie,
        })
    }

    /// The public name, as in `rol=`.
    pub fn code(self) -> &'static str {
        match self {
            Role::Werknemer => "werknemer",
            Role::Werkgever => "werkgever",
            Role::Zelfstandige => "zelfstandige",
            Role::Informatie => "informatie",
        }
    }

    /// Read a public name (`werknemer`, `werkgever`, `zelfstandige`, `informatie`).
    pub fn parse(s: &str) -> Option<Role> {
        [
            Role::Werknemer,
            Role::Werkgever,
            Role::Zelfstandige,
            Role::Informatie,
        ]
        .into_iter()
        .find(|r| r.code() == s.trim())
    }
}

/// The role these answers give: the answer to `rol`, if any.
pub fn role(answers: &Answers) -> Option<Role> {
    match answers.get(&QuestionId::Rol) {
        Some(Answer::Choice(Opt::Werknemer)) => Some(Role::Werknemer),
        Some(Answer::Choice(Opt::Werkgever)) => Some(Role::Werkgever),
        Some(Answer::Choice(Opt::Zelfstandige)) => Some(Role::Zelfstandige),
        Some(Answer::Choice(Opt::Informatie)) => Some(Role::Informatie),
        Some(_) | None => None,
    }
}

/// Read helpers over the *effective* answers (only what the walk reached).
pub(crate) struct View {
    pub a: Answers,
}

impl View {
    pub fn new(answers: &Answers) -> View {
        View {
            a: routing::effective(answers),
        }
    }
    pub fn is(&self, q: QuestionId, o: Opt) -> bool {
        matches!(self.a.get(&q), Some(Answer::Choice(x)) if *x == o)
    }
    pub fn any(&self, q: QuestionId, os: &[Opt]) -> bool {
        os.iter().any(|o| self.is(q, *o))
    }
    pub fn unknown(&self, q: QuestionId) -> bool {
        matches!(self.a.get(&q), Some(Answer::Unknown))
    }
    pub fn sick(&self) -> bool {
        self.is(QuestionId::ZiekNu, Opt::Ja)
    }
}

/// One reader per kind of answer: the value when `q` was answered with that kind, else
/// `None` (not answered, "weet ik niet", or another kind).
macro_rules! read_as {
    ($($name:ident: $variant:ident => $t:ty),+ $(,)?) => {
        impl View {
            $(pub fn $name(&self, q: QuestionId) -> Option<$t> {
                match self.a.get(&q) {
                    Some(Answer::$variant(v)) => Some(*v),
                    Some(_) | None => None,
                }
            })+
        }
    };
}

read_as! {
    choice: Choice => Opt,
    date: Date => NaiveDate,
    money: Money => Cents,
    integer: Integer => i64,
}

/// The sick periods from the answers, oldest first, for the poortwachter calendar engine:
/// `(first day, last day)`, with `None` as last day while still sick.
///
/// Only an earlier period that ended less than four weeks before the current one is asked
/// for (art. 7:629 lid 10 BW: periods with an interruption of less than four weeks are
/// added together). An earlier period whose dates do not fit (end before start, or not
/// before the current first sick day) is left out rather than guessed.
pub fn sick_periods(answers: &Answers) -> Vec<(NaiveDate, Option<NaiveDate>)> {
    sick_periods_of(&View::new(answers))
}

pub(crate) fn sick_periods_of(v: &View) -> Vec<(NaiveDate, Option<NaiveDate>)> {
    let Some(first) = v.date(QuestionId::EersteZiektedag) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let (Some(b), Some(e)) = (
        v.date(QuestionId::EerdereZiekteperiodeBegin),
        v.date(QuestionId::EerdereZiekteperiodeEinde),
    ) {
        if b <= e && e < first {
            out.push((b, Some(e)));
        }
    }
    out.push((first, None));
    out
}

/// What the answers tell the transitievergoeding engine. Every field can be missing; the
/// lead's outcome page fills the "money" section only when the engine has enough.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TvHints {
    /// `datum_in_dienst`
    pub start: Option<NaiveDate>,
    /// `datum_einde`
    pub end: Option<NaiveDate>,
    /// `bruto_maandloon` (gross monthly base wage, without holiday pay)
    pub monthly_wage: Option<Cents>,
    /// `uren_per_week`
    pub hours_per_week: Option<i64>,
    /// `leeftijd` (no transitievergoeding after AOW age, art. 7:673 lid 7 sub b BW)
    pub age: Option<i64>,
    /// How the contract ends, as the transitievergoeding engine's own enum, so the flow,
    /// the command line (`reden`, docs/cli-transitievergoeding.md) and the calculator share
    /// one set of codes. The flow produces only `employer_initiative`,
    /// `fixed_term_not_renewed`, `mutual_consent`, `after_two_years_illness` and
    /// `employee_resigned`.
    pub termination: Option<Termination>,
}

/// The transitievergoeding inputs, when the job ends (or may end). `None` when the
/// answers say the job does not end.
pub fn transitievergoeding_inputs(answers: &Answers) -> Option<TvHints> {
    transitievergoeding_inputs_of(&View::new(answers))
}

pub(crate) fn transitievergoeding_inputs_of(v: &View) -> Option<TvHints> {
    if !v.any(QuestionId::BaanEindigt, &[Opt::Ja, Opt::Misschien]) {
        return None;
    }
    Some(TvHints {
        start: v.date(QuestionId::DatumInDienst),
        end: v.date(QuestionId::DatumEinde),
        monthly_wage: v.money(QuestionId::BrutoMaandloon),
        hours_per_week: v.integer(QuestionId::UrenPerWeek),
        age: v.integer(QuestionId::Leeftijd),
        termination: termination_kind(v),
    })
}

/// The employer's size class from `werkgever_grootte`: `minder_dan_25` is small and
/// `vanaf_25` medium or large in the Belastingdienst's classification for the
/// gedifferentieerde premie Whk (the question's hint explains it); "Weet ik niet" or no
/// answer is unknown.
pub(crate) fn employer_size(v: &View) -> crate::transitievergoeding::EmployerSize {
    use crate::transitievergoeding::EmployerSize;
    match v.choice(QuestionId::WerkgeverGrootte) {
        Some(Opt::MinderDan25) => EmployerSize::Small,
        Some(Opt::Vanaf25) => EmployerSize::MediumLarge,
        Some(_) | None => EmployerSize::Unknown,
    }
}

pub(crate) fn termination_kind(v: &View) -> Option<Termination> {
    use QuestionId as Q;
    if v.is(Q::RedenEinde, Opt::LangdurigeZiekte) {
        return Some(Termination::AfterTwoYearsIllness);
    }
    if v.is(Q::RedenEinde, Opt::TijdelijkContract) {
        return if v.is(Q::Initiatief, Opt::Werknemer) {
            Some(Termination::EmployeeResigned)
        } else {
            Some(Termination::FixedTermNotRenewed)
        };
    }
    if v.any(Q::VsoAangeboden, &[Opt::Aangeboden, Opt::Getekend]) || v.is(Q::Initiatief, Opt::Samen)
    {
        return Some(Termination::MutualConsent);
    }
    if v.is(Q::RedenEinde, Opt::EigenKeuze) || v.is(Q::Initiatief, Opt::Werknemer) {
        return Some(Termination::EmployeeResigned);
    }
    if v.is(Q::Initiatief, Opt::Werkgever) {
        return Some(Termination::EmployerInitiative);
    }
    None
}

#[cfg(test)]
mod role_tests {
    use super::*;

    #[test]
    fn the_role_is_the_answer_to_rol() {
        let mut a = Answers::new();
        assert_eq!(role(&a), None);
        for r in [
            Role::Werknemer,
            Role::Werkgever,
            Role::Zelfstandige,
            Role::Informatie,
        ] {
            a.insert(QuestionId::Rol, r.answer());
            assert_eq!(role(&a), Some(r));
            assert_eq!(Opt::parse(r.code()).map(Answer::Choice), Some(r.answer()));
        }
        a.insert(QuestionId::Rol, Answer::Unknown);
        assert_eq!(role(&a), None);
    }
}

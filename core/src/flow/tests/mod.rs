//! Flow tests in the smart-answers style (anchors.md §A1): given these answers, the next
//! question is X; outcome tests; a walk over every reachable path; export and import.

use chrono::NaiveDate;

use super::answers::{
    check, export_json, import_json, validate, Answer, AnswerError, Answers, ImportError,
    ImportProblem, RawInput,
};
use super::outcome::{outcome, AdviceRoute, WarningKind, Why};
use super::questions::{Kind, Opt, QuestionId as Q};
use super::routing::{
    effective, next, previous, progress, relevant, sample_answers, Step, ROUTING_QUESTIONS,
};
use super::{sick_periods, transitievergoeding_inputs, Voice};
use crate::lang::Lang;
use crate::money::Cents;
use crate::transitievergoeding::Termination;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2026, 11, 22)
}

fn c(o: Opt) -> Answer {
    Answer::Choice(o)
}

fn given(pairs: &[(Q, Answer)]) -> Answers {
    pairs.iter().copied().collect()
}

/// Answers written as the export file writes them: `question_id=value` pairs separated by
/// white space, in the order given. A value is an option id, an ISO date, a plain number
/// (amounts in euros, `3250` or `3250.50`) or `weet_niet`; it is read by the export
/// file's own reader, so a wrong id or value fails the test that wrote it.
pub(in crate::flow) fn script(text: &str) -> Vec<(Q, Answer)> {
    text.split_whitespace()
        .map(|pair| {
            let (id, value) = pair
                .split_once('=')
                .unwrap_or_else(|| panic!("`{pair}` is not id=value"));
            let q = Q::parse(id).unwrap_or_else(|| panic!("no question `{id}`"));
            let value = serde_json::Value::String(value.to_string());
            let answer = super::answers::answer_from_json(q, &value)
                .unwrap_or_else(|e| panic!("`{pair}`: {e:?}"));
            (q, answer)
        })
        .collect()
}

/// [`script`] as a set of answers.
pub(in crate::flow) fn answers(text: &str) -> Answers {
    script(text).into_iter().collect()
}

/// Walk a scripted path: before each answer, the next question must be the scripted one;
/// after the last, the check-answers page.
fn assert_path(path: &[(Q, Answer)]) {
    let mut a = Answers::new();
    for (q, ans) in path {
        assert_eq!(
            next(&a),
            Step::Ask(*q),
            "after {:?}",
            a.keys().collect::<Vec<_>>()
        );
        a.insert(*q, *ans);
    }
    assert_eq!(next(&a), Step::CheckAnswers);
    let rel: Vec<Q> = relevant(&a).into_iter().map(|(q, _)| q).collect();
    let expected: Vec<Q> = path.iter().map(|(q, _)| *q).collect();
    assert_eq!(rel, expected);
}

/// The interview from `rol` to `spoor2_gestart` for someone sick since `first`, in the
/// order the interview asks it: each answer has a common default, `over` replaces or adds
/// answers by question id, and routing keeps only the questions it would ask (no plan van
/// aanpak without a probleemanalyse, no situational judgement without a conflict).
pub(in crate::flow) fn sick_path(
    rol: Opt,
    first: NaiveDate,
    over: &[(Q, Answer)],
) -> Vec<(Q, Answer)> {
    let mut a = given(&[
        (Q::Rol, c(rol)),
        (Q::ZiekNu, c(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(first)),
        (Q::EerdereZiekteperiode, c(Opt::Nee)),
        (Q::ProbleemanalyseGedaan, c(Opt::Ja)),
        (Q::PlanVanAanpakGedaan, c(Opt::Ja)),
        (Q::ArbeidsdeskundigOnderzoek, c(Opt::Ja)),
        (Q::EigenWerkMogelijk, c(Opt::Nee)),
        (Q::AangepastWerkMogelijk, c(Opt::Nee)),
        (Q::AnderWerkIntern, c(Opt::Nee)),
        (Q::OorzaakWerkOfConflict, c(Opt::Nee)),
        (Q::TerugkeerBinnen26Weken, c(Opt::Nee)),
        (Q::EerstejaarsevaluatieGedaan, c(Opt::Ja)),
        (Q::Spoor2Gestart, c(Opt::Nee)),
    ]);
    a.extend(over.iter().copied());
    let path = relevant(&a);
    assert_eq!(
        path.last().map(|(q, _)| *q),
        Some(Q::Spoor2Gestart),
        "the sickness part is not complete"
    );
    path
}

fn contract_block() -> Vec<(Q, Answer)> {
    vec![
        (Q::ContractType, c(Opt::Vast)),
        (Q::DatumInDienst, Answer::Date(d(2015, 9, 1))),
        (Q::UrenPerWeek, Answer::Integer(36)),
        (Q::BrutoMaandloon, Answer::Money(Cents(325_000))),
        (Q::WerkgeverGrootte, c(Opt::Vanaf25)),
        (Q::Leeftijd, Answer::Integer(45)),
    ]
}

/// A sick employee, up to the question whether the own work is possible.
fn sick_until_eigen_werk() -> Vec<(Q, Answer)> {
    let mut p = sick_path(Opt::Werknemer, d(2026, 1, 5), &[]);
    p.truncate(7);
    assert_eq!(
        p.last().map(|(q, _)| *q),
        Some(Q::ArbeidsdeskundigOnderzoek)
    );
    p
}

/// A sick employee for whom spoor 1 is out of reach.
fn sick_employee_spoor2() -> Vec<(Q, Answer)> {
    let mut p = sick_path(Opt::Werknemer, d(2026, 1, 5), &[]);
    p.push((Q::BaanEindigt, c(Opt::Nee)));
    p.extend(contract_block());
    p.extend([
        (Q::HiaatExcedent, Answer::Unknown),
        (Q::LoonBovenWiaGrens, c(Opt::Nee)),
        (Q::ZelfstandigInkomen, c(Opt::Nee)),
    ]);
    p
}

/// A sick employee who could do the own work but is in a conflict, with `oordeel` as the
/// bedrijfsarts's judgement on situational unfitness; the job may end at the employer's
/// initiative and a settlement agreement is offered.
fn sick_in_conflict(oordeel: Answer) -> Vec<(Q, Answer)> {
    let mut v = sick_path(
        Opt::Werknemer,
        d(2026, 1, 5),
        &[
            (Q::EigenWerkMogelijk, c(Opt::Ja)),
            (Q::OorzaakWerkOfConflict, c(Opt::Conflict)),
            (Q::OordeelBedrijfsartsSituatief, oordeel),
            (Q::TerugkeerBinnen26Weken, Answer::Unknown),
            (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
        ],
    );
    v.extend([
        (Q::BaanEindigt, c(Opt::Misschien)),
        (Q::RedenEinde, c(Opt::Conflict)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::VsoAangeboden, c(Opt::Aangeboden)),
        (Q::VsoBedrag, Answer::Unknown),
        (Q::VsoEinddatum, Answer::Unknown),
    ]);
    v
}

/// An employee who is not sick and whose job ends for `reden` at the employer's
/// initiative on `end`, with `vso` and `outplacement` as the answers about a settlement
/// agreement and outplacement, followed by the contract block.
fn not_sick_job_ends(reden: Opt, end: NaiveDate, vso: Opt, outplacement: Opt) -> Vec<(Q, Answer)> {
    let mut p = vec![
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(reden)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(end)),
        (Q::VsoAangeboden, c(vso)),
    ];
    p.extend(vso_terms(
        vso,
        Answer::Money(Cents(1_500_000)),
        Answer::Date(end),
    ));
    p.push((Q::Outplacement, c(outplacement)));
    p.extend(contract_block());
    p
}

/// The amount and end date of a settlement agreement, asked only when one is offered or
/// signed.
fn vso_terms(vso: Opt, amount: Answer, end: Answer) -> Vec<(Q, Answer)> {
    if matches!(vso, Opt::Aangeboden | Opt::Getekend) {
        vec![(Q::VsoBedrag, amount), (Q::VsoEinddatum, end)]
    } else {
        Vec::new()
    }
}

#[test]
fn a_script_reads_every_kind_of_answer_and_refuses_a_wrong_one() {
    let s = script("rol=werknemer eerste_ziektedag=2026-01-05 bruto_maandloon=3250.50 leeftijd=45 vso_bedrag=weet_niet");
    assert_eq!(
        s,
        vec![
            (Q::Rol, c(Opt::Werknemer)),
            (Q::EersteZiektedag, Answer::Date(d(2026, 1, 5))),
            (Q::BrutoMaandloon, Answer::Money(Cents(325_050))),
            (Q::Leeftijd, Answer::Integer(45)),
            (Q::VsoBedrag, Answer::Unknown),
        ]
    );
    // As a set of answers, a later answer to the same question replaces the earlier one.
    let set = answers("rol=werknemer rol=werkgever leeftijd=45");
    assert_eq!((set.len(), set[&Q::Rol]), (2, c(Opt::Werkgever)));
    for wrong in ["rol=baas", "geen_vraag=ja", "leeftijd=veel", "rol"] {
        assert!(
            std::panic::catch_unwind(|| script(wrong)).is_err(),
            "{wrong}"
        );
    }
}

mod engines;
mod import_export;
mod law_review;
mod links;
mod navigation;
mod outcome_routes;
mod paths;
mod pending_law;
mod routing;
mod self_employed;
pub(in crate::flow) mod situations;
pub(in crate::flow) mod situations_vso_conflict;
mod texts;
mod urgent;
mod validation;
mod voice;
mod warnings;

//! Flow tests in the smart-answers style (anchors.md §A1): given these answers, the next
//! question is X; outcome tests; a walk over every reachable path; export and import.

use chrono::NaiveDate;

use super::answers::{
    check, export_json, import_json, validate, Answer, AnswerError, Answers, ImportError,
    ImportProblem, RawInput,
};
use super::outcome::{outcome, AdviceRoute, Outcome, Tool, Warning, WarningKind, Why};
use super::questions::{Kind, Opt, QuestionId as Q};
use super::routing::{
    effective, next, previous, progress, relevant, sample_answers, Step, ROUTING_QUESTIONS,
};
use super::{sick_periods, transitievergoeding_inputs, Voice};
use crate::lang::Lang;
use crate::money::Cents;
use crate::text::flow::outcome::{RenderedCard, RenderedOutcome, RenderedWarning};
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
/// (amounts in euros, `3250` or `3250.50`) or `weet_niet`. The export file's own reader
/// reads it and the question's rules check it (its options, bounds and whether "weet ik
/// niet" is allowed; a date in the future is let through), so a wrong id or value fails
/// the test that wrote it.
pub(in crate::flow) fn script(text: &str) -> Vec<(Q, Answer)> {
    text.split_whitespace()
        .map(|pair| {
            let (id, value) = pair
                .split_once('=')
                .unwrap_or_else(|| panic!("`{pair}` is not id=value"));
            let q = Q::parse(id).unwrap_or_else(|| panic!("no question `{id}`"));
            let value = serde_json::Value::String(value.to_string());
            let answer = super::answers::answer_from_json(q, &value)
                .and_then(|a| check(q, a, crate::dates::max_date()))
                .unwrap_or_else(|e| panic!("`{pair}`: {e:?}"));
            (q, answer)
        })
        .collect()
}

/// [`script`] as a set of answers.
pub(in crate::flow) fn answers(text: &str) -> Answers {
    script(text).into_iter().collect()
}

/// The warning of `kind` on the outcome; the test fails without it.
pub(in crate::flow) fn warning(o: &Outcome, kind: WarningKind) -> &Warning {
    let found = o.warnings.iter().find(|w| w.kind == kind);
    found.unwrap_or_else(|| panic!("no warning {kind:?}"))
}

/// The rendered warning of `kind`; the test fails without it.
fn rendered_warning(r: &RenderedOutcome, kind: WarningKind) -> &RenderedWarning {
    let found = r.warnings.iter().find(|w| w.kind == kind);
    found.unwrap_or_else(|| panic!("no warning {kind:?}"))
}

/// The href of the link to `tool`; the test fails without it.
fn tool_href(o: &Outcome, tool: Tool) -> &str {
    let found = o.tools.iter().find(|t| t.tool == tool);
    &found.unwrap_or_else(|| panic!("no link to {tool:?}")).href
}

/// The rendered card for `route`; the test fails without it.
pub(in crate::flow) fn rendered_card(r: &RenderedOutcome, route: AdviceRoute) -> &RenderedCard {
    let found = r.routes.iter().find(|c| c.route == route);
    found.unwrap_or_else(|| panic!("no card {route:?}"))
}

/// Answer a scripted path in turn: before each answer, the next question must be the one
/// it answers. Gives the answers at the end.
fn assert_asked_in_turn(path: &[(Q, Answer)]) -> Answers {
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
    a
}

/// Walk a scripted path: before each answer, the next question must be the scripted one;
/// after the last, the check-answers page.
fn assert_path(path: &[(Q, Answer)]) {
    let a = assert_asked_in_turn(path);
    assert_eq!(next(&a), Step::CheckAnswers);
    let rel: Vec<Q> = relevant(&a).into_iter().map(|(q, _)| q).collect();
    let expected: Vec<Q> = path.iter().map(|(q, _)| *q).collect();
    assert_eq!(rel, expected);
}

/// `path` with the answers of `over` (a [`script`]): an answer to a question already in
/// `path` replaces it where it stands, an answer to a new question is added at the end.
fn amend(mut path: Vec<(Q, Answer)>, over: &str) -> Vec<(Q, Answer)> {
    for (q, answer) in script(over) {
        match path.iter_mut().find(|(p, _)| *p == q) {
            Some(slot) => slot.1 = answer,
            None => path.push((q, answer)),
        }
    }
    path
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
    let mut a = answers(
        "ziek_nu=ja eerdere_ziekteperiode=nee \
         probleemanalyse_gedaan=ja plan_van_aanpak_gedaan=ja arbeidsdeskundig_onderzoek=ja \
         eigen_werk_mogelijk=nee aangepast_werk_mogelijk=nee ander_werk_intern=nee \
         oorzaak_werk_of_conflict=nee terugkeer_binnen_26_weken=nee \
         eerstejaarsevaluatie_gedaan=ja spoor2_gestart=nee",
    );
    a.insert(Q::Rol, c(rol));
    a.insert(Q::EersteZiektedag, Answer::Date(first));
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
    script(
        "contract_type=vast datum_in_dienst=2015-09-01 uren_per_week=36 \
         bruto_maandloon=3250 werkgever_grootte=vanaf_25 leeftijd=45",
    )
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
    [
        sick_path(Opt::Werknemer, d(2026, 1, 5), &[]),
        script("baan_eindigt=nee"),
        contract_block(),
        script("hiaat_excedent=weet_niet loon_boven_wia_grens=nee zelfstandig_inkomen=nee"),
    ]
    .concat()
}

/// A sick employee who could do the own work but is in a conflict, with `oordeel` as the
/// bedrijfsarts's judgement on situational unfitness; the job may end at the employer's
/// initiative and a settlement agreement is offered.
fn sick_in_conflict(oordeel: Answer) -> Vec<(Q, Answer)> {
    let mut over = script(
        "eigen_werk_mogelijk=ja oorzaak_werk_of_conflict=conflict \
         terugkeer_binnen_26_weken=weet_niet eerstejaarsevaluatie_gedaan=nee",
    );
    over.push((Q::OordeelBedrijfsartsSituatief, oordeel));
    let job = script(
        "baan_eindigt=misschien reden_einde=conflict initiatief=werkgever \
         vso_aangeboden=aangeboden vso_bedrag=weet_niet vso_einddatum=weet_niet",
    );
    [sick_path(Opt::Werknemer, d(2026, 1, 5), &over), job].concat()
}

/// An employee who is not sick and whose job ends for `reden` at the employer's
/// initiative on `end`, with `vso` and `outplacement` as the answers about a settlement
/// agreement and outplacement, followed by the contract block.
fn not_sick_job_ends(reden: Opt, end: NaiveDate, vso: Opt, outplacement: Opt) -> Vec<(Q, Answer)> {
    let mut p = job_ends(reden, Opt::Werkgever, end, vso);
    p.extend(vso_terms(
        vso,
        Answer::Money(Cents(1_500_000)),
        Answer::Date(end),
    ));
    p.push((Q::Outplacement, c(outplacement)));
    p.extend(contract_block());
    p
}

/// An employee who is not sick and whose job ends on `end` in a reorganisation, with no
/// settlement agreement and no outplacement.
fn reorganisation_ends(end: NaiveDate) -> Vec<(Q, Answer)> {
    not_sick_job_ends(Opt::Reorganisatie, end, Opt::Nee, Opt::Nee)
}

/// An employee who is not sick and whose job ends for `reden` at the initiative of `by`
/// on `end`, up to the answer `vso` whether a settlement agreement is offered.
fn job_ends(reden: Opt, by: Opt, end: NaiveDate, vso: Opt) -> Vec<(Q, Answer)> {
    script(&format!(
        "rol=werknemer ziek_nu=nee baan_eindigt=ja reden_einde={} initiatief={} \
         datum_einde={end} vso_aangeboden={}",
        reden.as_str(),
        by.as_str(),
        vso.as_str()
    ))
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
    for wrong in [
        "rol=baas",
        "rol=ja",
        "geen_vraag=ja",
        "leeftijd=veel",
        "leeftijd=7",
        "rol=weet_niet",
        "rol",
    ] {
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

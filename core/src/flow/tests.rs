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
use super::{sick_periods, transitievergoeding_inputs, TerminationKind, Voice};
use crate::lang::Lang;
use crate::money::Cents;

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

/// A sick employee for whom spoor 1 is out of reach.
fn sick_employee_spoor2() -> Vec<(Q, Answer)> {
    let mut p = vec![
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(d(2026, 1, 5))),
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
        (Q::BaanEindigt, c(Opt::Nee)),
    ];
    p.extend(contract_block());
    p.extend([
        (Q::HiaatExcedent, Answer::Unknown),
        (Q::LoonBovenWiaGrens, c(Opt::Nee)),
        (Q::ZelfstandigInkomen, c(Opt::Nee)),
    ]);
    p
}

// ---------------------------------------------------------------------------------------
// Per-question routing.

#[test]
fn full_path_sick_employee() {
    assert_path(&sick_employee_spoor2());
}

#[test]
fn full_path_employee_not_sick_job_ending() {
    let mut p = vec![
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::Reorganisatie)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
        (Q::VsoAangeboden, c(Opt::Aangeboden)),
        (Q::Outplacement, c(Opt::WerkgeverBetaalt)),
    ];
    p.extend(contract_block());
    p.push((Q::ZelfstandigInkomen, c(Opt::Nee)));
    assert_path(&p);
}

#[test]
fn full_path_employer_situational() {
    let mut p = vec![
        (Q::Rol, c(Opt::Werkgever)),
        (Q::ZiekNu, c(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(d(2026, 9, 1))),
        (Q::EerdereZiekteperiode, c(Opt::Binnen4Weken)),
        (Q::EerdereZiekteperiodeBegin, Answer::Date(d(2026, 6, 1))),
        (Q::EerdereZiekteperiodeEinde, Answer::Date(d(2026, 8, 14))),
        (Q::ProbleemanalyseGedaan, c(Opt::Nee)),
        // no plan_van_aanpak_gedaan: there is no probleemanalyse
        (Q::ArbeidsdeskundigOnderzoek, c(Opt::Nee)),
        (Q::EigenWerkMogelijk, c(Opt::Ja)),
        // no aangepast_werk_mogelijk / ander_werk_intern: the own work is possible
        (Q::OorzaakWerkOfConflict, c(Opt::Conflict)),
        (Q::OordeelBedrijfsartsSituatief, c(Opt::Situatief)),
        (Q::TerugkeerBinnen26Weken, Answer::Unknown),
        (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
        (Q::Spoor2Gestart, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Misschien)),
        (Q::RedenEinde, c(Opt::Conflict)),
        (Q::Initiatief, c(Opt::Samen)),
        // no datum_einde: only "misschien"
        (Q::VsoAangeboden, c(Opt::Aangeboden)),
        (Q::Outplacement, c(Opt::UitTransitievergoeding)),
    ];
    p.extend(contract_block());
    p.extend([
        (Q::Eigenrisicodrager, c(Opt::Wga)),
        (Q::HiaatExcedent, c(Opt::Beide)),
        (Q::LoonBovenWiaGrens, c(Opt::Nee)),
    ]);
    assert_path(&p);
}

#[test]
fn informatie_ends_after_the_first_question() {
    assert_path(&[(Q::Rol, c(Opt::Informatie))]);
    // Stale answers from an earlier role are not reached.
    let a = given(&[(Q::Rol, c(Opt::Informatie)), (Q::ZiekNu, c(Opt::Ja))]);
    assert_eq!(next(&a), Step::CheckAnswers);
    assert_eq!(relevant(&a).len(), 1);
}

#[test]
fn first_question_is_rol() {
    assert_eq!(next(&Answers::new()), Step::Ask(Q::Rol));
}

#[test]
fn each_branching_answer_leads_to_its_next_question() {
    let base = [(Q::Rol, c(Opt::Werknemer)), (Q::ZiekNu, c(Opt::Ja))];
    let sick = |extra: &[(Q, Answer)]| {
        let mut v = base.to_vec();
        v.push((Q::EersteZiektedag, Answer::Date(d(2026, 1, 5))));
        v.extend_from_slice(extra);
        given(&v)
    };
    // (answers, expected next)
    let cases: Vec<(Answers, Step)> = vec![
        (given(&base[..1]), Step::Ask(Q::ZiekNu)),
        (given(&base), Step::Ask(Q::EersteZiektedag)),
        (sick(&[]), Step::Ask(Q::EerdereZiekteperiode)),
        (
            given(&[(Q::Rol, c(Opt::Werknemer)), (Q::ZiekNu, c(Opt::Nee))]),
            Step::Ask(Q::BaanEindigt),
        ),
        (
            given(&[(Q::Rol, c(Opt::Werkgever)), (Q::ZiekNu, c(Opt::Nee))]),
            Step::Ask(Q::BaanEindigt),
        ),
        (
            sick(&[(Q::EerdereZiekteperiode, c(Opt::Binnen4Weken))]),
            Step::Ask(Q::EerdereZiekteperiodeBegin),
        ),
        (
            sick(&[
                (Q::EerdereZiekteperiode, c(Opt::Binnen4Weken)),
                (Q::EerdereZiekteperiodeBegin, Answer::Unknown),
            ]),
            Step::Ask(Q::EerdereZiekteperiodeEinde),
        ),
        (
            sick(&[(Q::EerdereZiekteperiode, c(Opt::LangerGeleden))]),
            Step::Ask(Q::ProbleemanalyseGedaan),
        ),
        (
            sick(&[(Q::EerdereZiekteperiode, Answer::Unknown)]),
            Step::Ask(Q::ProbleemanalyseGedaan),
        ),
        (
            sick(&[
                (Q::EerdereZiekteperiode, c(Opt::Nee)),
                (Q::ProbleemanalyseGedaan, c(Opt::Ja)),
            ]),
            Step::Ask(Q::PlanVanAanpakGedaan),
        ),
        (
            sick(&[
                (Q::EerdereZiekteperiode, c(Opt::Nee)),
                (Q::ProbleemanalyseGedaan, Answer::Unknown),
            ]),
            Step::Ask(Q::PlanVanAanpakGedaan),
        ),
        (
            sick(&[
                (Q::EerdereZiekteperiode, c(Opt::Nee)),
                (Q::ProbleemanalyseGedaan, c(Opt::Nee)),
            ]),
            Step::Ask(Q::ArbeidsdeskundigOnderzoek),
        ),
        (
            sick(&[
                (Q::EerdereZiekteperiode, c(Opt::Nee)),
                (Q::ProbleemanalyseGedaan, c(Opt::Nee)),
                (Q::ArbeidsdeskundigOnderzoek, c(Opt::Nee)),
            ]),
            Step::Ask(Q::EigenWerkMogelijk),
        ),
    ];
    for (i, (a, want)) in cases.iter().enumerate() {
        assert_eq!(next(a), *want, "case {i}");
    }
}

fn sick_until_eigen_werk() -> Vec<(Q, Answer)> {
    vec![
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(d(2026, 1, 5))),
        (Q::EerdereZiekteperiode, c(Opt::Nee)),
        (Q::ProbleemanalyseGedaan, c(Opt::Ja)),
        (Q::PlanVanAanpakGedaan, c(Opt::Ja)),
        (Q::ArbeidsdeskundigOnderzoek, c(Opt::Ja)),
    ]
}

#[test]
fn work_questions_branch() {
    let with = |extra: &[(Q, Answer)]| {
        let mut v = sick_until_eigen_werk();
        v.extend_from_slice(extra);
        next(&given(&v))
    };
    assert_eq!(with(&[]), Step::Ask(Q::EigenWerkMogelijk));
    assert_eq!(
        with(&[(Q::EigenWerkMogelijk, c(Opt::Ja))]),
        Step::Ask(Q::OorzaakWerkOfConflict)
    );
    assert_eq!(
        with(&[(Q::EigenWerkMogelijk, c(Opt::Nee))]),
        Step::Ask(Q::AangepastWerkMogelijk)
    );
    assert_eq!(
        with(&[(Q::EigenWerkMogelijk, Answer::Unknown)]),
        Step::Ask(Q::AangepastWerkMogelijk)
    );
    assert_eq!(
        with(&[
            (Q::EigenWerkMogelijk, c(Opt::Nee)),
            (Q::AangepastWerkMogelijk, c(Opt::Ja))
        ]),
        Step::Ask(Q::OorzaakWerkOfConflict)
    );
    assert_eq!(
        with(&[
            (Q::EigenWerkMogelijk, c(Opt::Nee)),
            (Q::AangepastWerkMogelijk, c(Opt::Nee))
        ]),
        Step::Ask(Q::AnderWerkIntern)
    );
    let base = [
        (Q::EigenWerkMogelijk, c(Opt::Nee)),
        (Q::AangepastWerkMogelijk, c(Opt::Nee)),
        (Q::AnderWerkIntern, c(Opt::Nee)),
    ];
    let mut v = base.to_vec();
    assert_eq!(with(&v), Step::Ask(Q::OorzaakWerkOfConflict));
    v.push((Q::OorzaakWerkOfConflict, c(Opt::Nee)));
    assert_eq!(with(&v), Step::Ask(Q::TerugkeerBinnen26Weken));
    for o in [Opt::Conflict, Opt::Werkomstandigheden] {
        let mut v = base.to_vec();
        v.push((Q::OorzaakWerkOfConflict, c(o)));
        assert_eq!(with(&v), Step::Ask(Q::OordeelBedrijfsartsSituatief));
        v.push((Q::OordeelBedrijfsartsSituatief, c(Opt::Ziek)));
        assert_eq!(with(&v), Step::Ask(Q::TerugkeerBinnen26Weken));
    }
    let mut v = base.to_vec();
    v.push((Q::OorzaakWerkOfConflict, Answer::Unknown));
    assert_eq!(with(&v), Step::Ask(Q::TerugkeerBinnen26Weken));
    v.push((Q::TerugkeerBinnen26Weken, c(Opt::Ja)));
    assert_eq!(with(&v), Step::Ask(Q::EerstejaarsevaluatieGedaan));
    v.push((Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)));
    assert_eq!(with(&v), Step::Ask(Q::Spoor2Gestart));
    v.push((Q::Spoor2Gestart, c(Opt::JaReintegratiebedrijf)));
    assert_eq!(with(&v), Step::Ask(Q::BaanEindigt));
}

#[test]
fn job_questions_branch() {
    let not_sick = |extra: &[(Q, Answer)]| {
        let mut v = vec![(Q::Rol, c(Opt::Werknemer)), (Q::ZiekNu, c(Opt::Nee))];
        v.extend_from_slice(extra);
        next(&given(&v))
    };
    assert_eq!(
        not_sick(&[(Q::BaanEindigt, c(Opt::Nee))]),
        Step::Ask(Q::ContractType)
    );
    assert_eq!(
        not_sick(&[(Q::BaanEindigt, c(Opt::Ja))]),
        Step::Ask(Q::RedenEinde)
    );
    assert_eq!(
        not_sick(&[(Q::BaanEindigt, c(Opt::Misschien))]),
        Step::Ask(Q::RedenEinde)
    );
    assert_eq!(
        not_sick(&[
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(Opt::Functioneren))
        ]),
        Step::Ask(Q::Initiatief)
    );
    assert_eq!(
        not_sick(&[
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, Answer::Unknown),
            (Q::Initiatief, Answer::Unknown)
        ]),
        Step::Ask(Q::DatumEinde)
    );
    assert_eq!(
        not_sick(&[
            (Q::BaanEindigt, c(Opt::Misschien)),
            (Q::RedenEinde, Answer::Unknown),
            (Q::Initiatief, Answer::Unknown)
        ]),
        Step::Ask(Q::VsoAangeboden)
    );
    assert_eq!(
        not_sick(&[
            (Q::BaanEindigt, c(Opt::Misschien)),
            (Q::RedenEinde, Answer::Unknown),
            (Q::Initiatief, Answer::Unknown),
            (Q::VsoAangeboden, c(Opt::Nee)),
        ]),
        Step::Ask(Q::Outplacement)
    );
    // A sick employee (no situational judgement) is not asked about outplacement.
    let mut v = sick_employee_spoor2();
    v.retain(|(q, _)| *q != Q::BaanEindigt);
    v.extend([
        (Q::BaanEindigt, c(Opt::Misschien)),
        (Q::RedenEinde, c(Opt::Reorganisatie)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::VsoAangeboden, c(Opt::Aangeboden)),
    ]);
    let a = given(&v);
    assert_eq!(next(&a), Step::CheckAnswers);
    assert!(!relevant(&a).iter().any(|(q, _)| *q == Q::Outplacement));
}

#[test]
fn contract_and_role_specific_questions() {
    let start = |rol: Opt| {
        let mut v = vec![
            (Q::Rol, c(rol)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Nee)),
        ];
        v.extend(contract_block());
        v
    };
    let mut wg = start(Opt::Werkgever);
    assert_eq!(next(&given(&wg)), Step::Ask(Q::Eigenrisicodrager));
    wg.push((Q::Eigenrisicodrager, Answer::Unknown));
    assert_eq!(next(&given(&wg)), Step::CheckAnswers);
    let wn = start(Opt::Werknemer);
    assert_eq!(next(&given(&wn)), Step::Ask(Q::ZelfstandigInkomen));
    // Each contract question in turn.
    let mut v = vec![
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Nee)),
    ];
    for (q, a) in contract_block() {
        assert_eq!(next(&given(&v)), Step::Ask(q));
        v.push((q, a));
    }
}

#[test]
fn sick_employee_is_asked_about_insurance() {
    let p = sick_employee_spoor2();
    let i = p.iter().position(|(q, _)| *q == Q::HiaatExcedent).unwrap();
    assert_eq!(next(&given(&p[..i])), Step::Ask(Q::HiaatExcedent));
    assert_eq!(next(&given(&p[..i + 1])), Step::Ask(Q::LoonBovenWiaGrens));
}

#[test]
fn changing_an_early_answer_reroutes_and_drops_stale_answers() {
    let mut a = given(&sick_employee_spoor2());
    assert_eq!(next(&a), Step::CheckAnswers);
    a.insert(Q::ZiekNu, c(Opt::Nee));
    // Contract answers are kept; the sick answers are no longer reached.
    assert_eq!(next(&a), Step::CheckAnswers);
    let rel = relevant(&a);
    assert!(!rel.iter().any(|(q, _)| *q == Q::EersteZiektedag));
    assert!(!rel.iter().any(|(q, _)| *q == Q::HiaatExcedent));
    assert!(sick_periods(&a).is_empty());
    // A change that opens new questions asks them first.
    a.insert(Q::BaanEindigt, c(Opt::Ja));
    assert_eq!(next(&a), Step::Ask(Q::RedenEinde));
}

#[test]
fn an_answer_that_does_not_fit_is_asked_again() {
    let a = given(&[(Q::Rol, c(Opt::Werknemer)), (Q::ZiekNu, c(Opt::Vast))]);
    assert_eq!(next(&a), Step::Ask(Q::ZiekNu));
    let a = given(&[(Q::Rol, Answer::Unknown)]);
    assert_eq!(next(&a), Step::Ask(Q::Rol));
    let a = given(&[(Q::Rol, c(Opt::Werknemer)), (Q::ZiekNu, Answer::Integer(3))]);
    assert_eq!(next(&a), Step::Ask(Q::ZiekNu));
}

#[test]
fn previous_gives_the_back_link() {
    let p = sick_employee_spoor2();
    let a = given(&p);
    assert_eq!(previous(&a, Some(Q::Rol)), None);
    assert_eq!(previous(&a, Some(Q::ZiekNu)), Some(Q::Rol));
    assert_eq!(
        previous(&a, Some(Q::ArbeidsdeskundigOnderzoek)),
        Some(Q::PlanVanAanpakGedaan)
    );
    // From the check-answers page: the last question.
    assert_eq!(previous(&a, None), Some(Q::ZelfstandigInkomen));
    // The question being asked now: the last answered one.
    let part = given(&p[..5]);
    assert_eq!(
        previous(&part, Some(Q::PlanVanAanpakGedaan)),
        Some(Q::ProbleemanalyseGedaan)
    );
    // Skipped questions are not in the back chain.
    let mut v = sick_until_eigen_werk();
    v.push((Q::EigenWerkMogelijk, c(Opt::Ja)));
    assert_eq!(
        previous(&given(&v), Some(Q::OorzaakWerkOfConflict)),
        Some(Q::EigenWerkMogelijk)
    );
}

#[test]
fn progress_only_when_reliable() {
    // At the start the length depends on the role and on sickness.
    assert_eq!(progress(&Answers::new()), None);
    // After the last routing question only fixed questions remain.
    let p = sick_employee_spoor2();
    let i = p.iter().position(|(q, _)| *q == Q::ContractType).unwrap();
    let a = given(&p[..i]);
    assert_eq!(next(&a), Step::Ask(Q::ContractType));
    assert_eq!(progress(&a), Some((i + 1, p.len())));
    // Before baan_eindigt the count still depends on its answer.
    let j = p.iter().position(|(q, _)| *q == Q::BaanEindigt).unwrap();
    assert_eq!(progress(&given(&p[..j])), None);
    // Not on the check-answers page.
    assert_eq!(progress(&given(&p)), None);
    // The employer's not-sick path: all remaining answers give the same length.
    let a = given(&[
        (Q::Rol, c(Opt::Werkgever)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Nee)),
    ]);
    // contract block (6) + eigenrisicodrager = 7 more, 3 answered.
    assert_eq!(progress(&a), Some((4, 10)));
}

// ---------------------------------------------------------------------------------------
// The walk over every reachable path.

struct WalkStats {
    leaves: usize,
    routes: std::collections::BTreeSet<String>,
    warnings: std::collections::BTreeSet<String>,
}

/// Depth-first over every answer to the routing questions (all options and "Weet ik
/// niet"); every other question gets the answer of `variant` (cycling through its
/// options, so each option of each question is used on every routing path).
fn walk_all(a: &mut Answers, variant: usize, depth: usize, stats: &mut WalkStats) {
    assert!(
        depth <= Q::ALL.len(),
        "walk deeper than the number of questions: a loop"
    );
    match next(a) {
        Step::CheckAnswers => {
            stats.leaves += 1;
            check_leaf(a, variant, stats);
        }
        Step::Ask(q) => {
            let all = sample_answers(q, true);
            let choices: Vec<Answer> = if ROUTING_QUESTIONS.contains(&q) {
                all
            } else {
                vec![all[variant % all.len()]]
            };
            for ans in choices {
                a.insert(q, ans);
                walk_all(a, variant, depth + 1, stats);
                a.remove(&q);
            }
        }
    }
}

fn check_leaf(a: &Answers, variant: usize, stats: &mut WalkStats) {
    // On a sample of the paths: wherever "Stap x van y" is shown along the path, x is the
    // position and y the length this path really has.
    if variant == 0 && stats.leaves % 97 == 1 {
        let path = relevant(a);
        for i in 0..path.len() {
            let prefix: Answers = path[..i].iter().copied().collect();
            if let Some((x, y)) = progress(&prefix) {
                assert_eq!((x, y), (i + 1, path.len()), "{path:?}");
            }
        }
    }
    // Several "today"s: before, early in, deep in and after the first two years.
    let todays = [
        d(2025, 6, 5),
        d(2025, 9, 1),
        d(2026, 11, 22),
        d(2027, 8, 1),
        d(2099, 12, 31),
    ];
    let today = todays[variant % todays.len()];
    let o = outcome(a, today);
    assert!(!o.routes.is_empty(), "no route for {a:?}");
    assert!(!o.help.is_empty());
    let eff = effective(a);
    let sick = eff.get(&Q::ZiekNu) == Some(&c(Opt::Ja));
    let situ = eff.get(&Q::OordeelBedrijfsartsSituatief) == Some(&c(Opt::Situatief));
    // The situational route appears exactly when the bedrijfsarts judged so.
    assert_eq!(o.has_route(AdviceRoute::Situatief), situ, "{a:?}");
    if !sick {
        assert!(
            !o.has_route(AdviceRoute::Spoor2)
                && !o.has_route(AdviceRoute::Spoor1En2)
                && !o.has_route(AdviceRoute::Spoor1)
        );
        assert!(!o.has_warning(WarningKind::VsoWhileSick));
    } else {
        assert!(
            !o.has_route(AdviceRoute::Outplacement),
            "outplacement for a sick employee: {a:?}"
        );
    }
    if situ {
        assert!(!o.has_route(AdviceRoute::Spoor2));
    }
    let mut kinds: Vec<_> = o.warnings.iter().map(|w| w.kind).collect();
    let n = kinds.len();
    kinds.sort_by_key(|k| format!("{k:?}"));
    kinds.dedup();
    assert_eq!(kinds.len(), n, "duplicate warning");
    // Rendering is exercised on two variants (each with another "today").
    let langs: &[Lang] = if variant < 2 {
        &[Lang::Nl, Lang::En]
    } else {
        &[]
    };
    for lang in langs.iter().copied() {
        let r = o.render(lang);
        assert_eq!(r.routes.len(), o.routes.len());
        for w in &r.warnings {
            assert!(!w.text.consequence.contains("{datum}"));
            assert!(!w.text.action.contains("{datum}"));
        }
    }
    for r in &o.routes {
        stats.routes.insert(format!("{:?}", r.route));
    }
    for w in &o.warnings {
        stats.warnings.insert(format!("{:?}", w.kind));
    }
    if variant == 0 {
        let _ = transitievergoeding_inputs(a);
        let _ = export_json(a);
    }
}

#[test]
fn every_reachable_path_ends_in_check_answers_and_an_outcome() {
    let mut stats = WalkStats {
        leaves: 0,
        routes: Default::default(),
        warnings: Default::default(),
    };
    // The largest option list has 7 options plus "Weet ik niet": 8 variants cover all.
    for variant in 0..8 {
        walk_all(&mut Answers::new(), variant, 0, &mut stats);
    }
    assert!(stats.leaves > 1000, "only {} leaves", stats.leaves);
    // Every route card is reachable.
    for r in [
        "Spoor1",
        "Spoor2",
        "Spoor1En2",
        "Outplacement",
        "Situatief",
        "TeVroeg",
        "NietVanToepassing",
        "Informatie",
    ] {
        assert!(stats.routes.contains(r), "route {r} never reached");
    }
    for w in [
        "VsoWhileSick",
        "VsoSignedWhileSick",
        "VsoWw",
        "OpzegverbodTijdensZiekte",
        "FixedTermEndsWhileSick",
        "Aanzegplicht",
        "MissedProbleemanalyse",
        "MissedPlanVanAanpak",
        "MissedEerstejaarsevaluatie",
        "Spoor2Late",
        "ConflictAskBedrijfsarts",
        "SituatiefStillReportedSick",
        "OutplacementFromTv",
        "TvClaimDeadline",
        "EmployerCompensationDeadline",
        "BillijkeVergoeding",
        "EmployeeObligations",
        "DeskundigenoordeelSecondOpinion",
        "CheckHiaat",
        "SelfEmployed",
    ] {
        assert!(stats.warnings.contains(w), "warning {w} never triggered");
    }
}

#[test]
fn routing_questions_list_is_complete() {
    // Changing the answer to a question outside ROUTING_QUESTIONS never changes which
    // questions are reached. Checked on the scripted paths, for every alternative answer.
    let paths = [sick_employee_spoor2(), {
        let mut p = vec![
            (Q::Rol, c(Opt::Werkgever)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(Opt::Conflict)),
            (Q::Initiatief, c(Opt::Samen)),
            (Q::DatumEinde, Answer::Unknown),
            (Q::VsoAangeboden, c(Opt::Getekend)),
            (Q::Outplacement, c(Opt::Nee)),
        ];
        p.extend(contract_block());
        p.push((Q::Eigenrisicodrager, c(Opt::Nee)));
        p
    }];
    for p in paths {
        let a = given(&p);
        let ids: Vec<Q> = relevant(&a).into_iter().map(|x| x.0).collect();
        for (q, _) in &p {
            if ROUTING_QUESTIONS.contains(q) {
                continue;
            }
            for alt in sample_answers(*q, true) {
                let mut b = a.clone();
                b.insert(*q, alt);
                let ids_b: Vec<Q> = relevant(&b).into_iter().map(|x| x.0).collect();
                assert_eq!(ids, ids_b, "{q} = {alt:?} changed the path");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Outcomes.

#[test]
fn spoor2_when_spoor1_is_out_of_reach_with_the_reason() {
    let o = outcome(&given(&sick_employee_spoor2()), today());
    let card = o.card(AdviceRoute::Spoor2).expect("spoor 2 card");
    assert!(card.why.contains(&Why::EigenWerkNee));
    assert!(card.why.contains(&Why::AnderWerkNee));
    assert!(card.why.contains(&Why::GeenTerugkeer26));
    // First sick day 5 Jan 2026 (docs/law/poortwachter.md#worked-example-a): the eerstejaarsevaluatie
    // window is Mon 16 Nov 2026 – Sun 3 Jan 2027, the latest start of spoor 2.
    let ti = card.timing.unwrap();
    assert_eq!(ti.evaluation_from, d(2026, 11, 16));
    assert_eq!(ti.latest_start, d(2027, 1, 3));
    assert_eq!(ti.started, Some(false));
    assert!(!ti.late); // 22 Nov 2026 is before 3 Jan 2027
    assert!(!o.has_route(AdviceRoute::Spoor1));
    // The reason is personal, in both languages.
    let nl = o.render(Lang::Nl);
    let c2 = nl
        .routes
        .iter()
        .find(|c| c.route == AdviceRoute::Spoor2)
        .unwrap();
    assert!(c2
        .why
        .iter()
        .any(|w| w.contains("niet terug in je eigen werk")));
    assert!(c2.timing.iter().any(|t| t.contains("3 januari 2027")));
    let en = o.render(Lang::En);
    let c2 = en
        .routes
        .iter()
        .find(|c| c.route == AdviceRoute::Spoor2)
        .unwrap();
    assert!(c2
        .why
        .iter()
        .any(|w| w.contains("cannot return to your own work")));
    // Late after week 52 without a start.
    let o = outcome(&given(&sick_employee_spoor2()), d(2027, 1, 4));
    assert!(o.card(AdviceRoute::Spoor2).unwrap().timing.unwrap().late);
    assert!(o.has_warning(WarningKind::Spoor2Late));
    // After 104 weeks (day 728 ends 2 Jan 2028): no longer "late", but over.
    let o = outcome(&given(&sick_employee_spoor2()), d(2028, 1, 3));
    let card = o.card(AdviceRoute::Spoor2).unwrap();
    assert!(!card.timing.unwrap().late);
    assert!(card.why.contains(&Why::Na104Weken));
    assert!(!o.has_warning(WarningKind::Spoor2Late));
    let o = outcome(&given(&sick_employee_spoor2()), d(2028, 1, 2));
    assert!(!o
        .card(AdviceRoute::Spoor2)
        .unwrap()
        .why
        .contains(&Why::Na104Weken));
}

#[test]
fn spoor1_when_own_work_is_possible() {
    let mut v = sick_until_eigen_werk();
    v.extend([
        (Q::EigenWerkMogelijk, c(Opt::Ja)),
        (Q::OorzaakWerkOfConflict, c(Opt::Nee)),
        (Q::TerugkeerBinnen26Weken, c(Opt::Ja)),
        (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
        (Q::Spoor2Gestart, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Nee)),
    ]);
    let o = outcome(&given(&v), d(2026, 6, 1));
    let card = o.card(AdviceRoute::Spoor1).expect("spoor 1");
    assert!(card.why.contains(&Why::EigenWerkJa));
    assert!(!o.has_route(AdviceRoute::Spoor2));
    assert!(!o.has_route(AdviceRoute::Spoor1En2));
}

#[test]
fn both_tracks_when_only_adapted_work_and_no_return_within_26_weeks() {
    let mut v = sick_until_eigen_werk();
    v.extend([
        (Q::EigenWerkMogelijk, c(Opt::Nee)),
        (Q::AangepastWerkMogelijk, c(Opt::Ja)),
        (Q::OorzaakWerkOfConflict, c(Opt::Nee)),
        (Q::TerugkeerBinnen26Weken, c(Opt::Nee)),
    ]);
    let o = outcome(&given(&v), today());
    assert!(o.has_route(AdviceRoute::Spoor1En2));
    // Unknown answers late in the first year: both tracks as well.
    let mut v = sick_until_eigen_werk();
    v.extend([
        (Q::EigenWerkMogelijk, Answer::Unknown),
        (Q::AangepastWerkMogelijk, Answer::Unknown),
        (Q::AnderWerkIntern, Answer::Unknown),
    ]);
    let o = outcome(&given(&v), today()); // week 46
    let card = o.card(AdviceRoute::Spoor1En2).expect("both tracks");
    assert!(card.why.contains(&Why::NogOnduidelijk));
    assert!(o.has_warning(WarningKind::DeskundigenoordeelSecondOpinion));
    // The same answers in week 20: spoor 1 first.
    let o = outcome(&given(&v), d(2026, 5, 20));
    assert!(o.has_route(AdviceRoute::Spoor1));
    assert!(!o.has_route(AdviceRoute::Spoor1En2));
}

#[test]
fn too_early_in_the_first_weeks() {
    let a = given(&[
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(d(2026, 11, 10))),
        (Q::ProbleemanalyseGedaan, c(Opt::Nee)),
        (Q::EigenWerkMogelijk, Answer::Unknown),
        (Q::AangepastWerkMogelijk, Answer::Unknown),
        (Q::AnderWerkIntern, Answer::Unknown),
        (Q::EerdereZiekteperiode, c(Opt::Nee)),
        (Q::ArbeidsdeskundigOnderzoek, c(Opt::Nee)),
    ]);
    let o = outcome(&a, today()); // day 13 = week 2
    let card = o.card(AdviceRoute::TeVroeg).expect("te vroeg");
    assert!(card.why.contains(&Why::InWeek(2)));
    assert!(!o.has_warning(WarningKind::MissedProbleemanalyse));
}

#[test]
fn situational_route_only_on_the_bedrijfsarts_judgement() {
    let with = |oordeel: Answer| {
        let mut v = sick_until_eigen_werk();
        v.extend([
            (Q::EigenWerkMogelijk, c(Opt::Ja)),
            (Q::OorzaakWerkOfConflict, c(Opt::Conflict)),
            (Q::OordeelBedrijfsartsSituatief, oordeel),
            (Q::TerugkeerBinnen26Weken, Answer::Unknown),
            (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
            (Q::Spoor2Gestart, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Misschien)),
            (Q::RedenEinde, c(Opt::Conflict)),
            (Q::Initiatief, c(Opt::Werkgever)),
            (Q::VsoAangeboden, c(Opt::Aangeboden)),
        ]);
        outcome(&given(&v), today())
    };
    let o = with(c(Opt::Situatief));
    let card = o.card(AdviceRoute::Situatief).expect("situational route");
    assert!(card.why.contains(&Why::BedrijfsartsSituatief));
    assert!(!o.has_route(AdviceRoute::Spoor2) && !o.has_route(AdviceRoute::Spoor1));
    assert!(o.has_warning(WarningKind::SituatiefStillReportedSick));
    // The card names its conditions, risks and sources, and the uncertainty.
    let r = o.render(Lang::Nl);
    let rc = r
        .routes
        .iter()
        .find(|c| c.route == AdviceRoute::Situatief)
        .unwrap();
    assert!(rc.conditions.iter().any(|s| s.contains("bedrijfsarts")));
    assert!(rc
        .risks
        .iter()
        .any(|s| s.contains("Ziek is ziek") || s.contains("ziek is ziek")));
    assert!(rc
        .risks
        .iter()
        .any(|s| s.contains("art. 45 lid 1 sub j Ziektewet")));
    assert!(rc.risks.iter().any(|s| s.contains("WW")));
    assert!(rc.next.iter().any(|s| s.contains("mediation")));
    assert!(rc
        .sources
        .iter()
        .any(|s| s.label.contains("ECLI:NL:GHSHE:2025:1152")));
    assert!(rc.sources.iter().any(|s| s.label.contains("STECR")));
    assert!(rc.sources.iter().any(|s| s.label.contains("7:628")));
    assert!(rc.uncertain.is_some());
    // Ill according to the bedrijfsarts, or not judged: no situational route.
    for other in [c(Opt::Ziek), c(Opt::NogNietBeoordeeld), Answer::Unknown] {
        let o = with(other);
        assert!(!o.has_route(AdviceRoute::Situatief), "{other:?}");
        assert!(o.has_warning(WarningKind::VsoWhileSick));
    }
    assert!(with(c(Opt::NogNietBeoordeeld)).has_warning(WarningKind::ConflictAskBedrijfsarts));
    assert!(!with(c(Opt::Ziek)).has_warning(WarningKind::ConflictAskBedrijfsarts));
}

#[test]
fn warnings_for_vso_and_dismissal_while_sick() {
    let mut v = sick_employee_spoor2();
    v.retain(|(q, _)| *q != Q::BaanEindigt);
    v.extend([
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::Reorganisatie)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
        (Q::VsoAangeboden, c(Opt::Getekend)),
    ]);
    let o = outcome(&given(&v), today());
    assert!(o.has_warning(WarningKind::VsoSignedWhileSick));
    assert!(!o.has_warning(WarningKind::VsoWhileSick));
    // Two years from 5 Jan 2026: 5 Jan 2028.
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::OpzegverbodTijdensZiekte)
        .unwrap();
    assert_eq!(w.date, Some(d(2028, 1, 5)));
    let nl = o.render(Lang::Nl);
    let rw = nl
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::OpzegverbodTijdensZiekte)
        .unwrap();
    assert!(rw.text.consequence.contains("5 januari 2028"));
    // A signed VSO is mutual consent: no statutory claim deadline warning.
    assert!(!o.has_warning(WarningKind::TvClaimDeadline));
    // After two years, no opzegverbod warning.
    let o = outcome(&given(&v), d(2028, 1, 5));
    assert!(!o.has_warning(WarningKind::OpzegverbodTijdensZiekte));
}

#[test]
fn missed_poortwachter_steps() {
    let mut v = sick_employee_spoor2();
    for (q, a) in v.iter_mut() {
        if *q == Q::EersteZiektedag {
            *a = Answer::Date(d(2026, 9, 1));
        }
        if *q == Q::ProbleemanalyseGedaan {
            *a = c(Opt::Nee);
        }
    }
    let o = outcome(&given(&v), today()); // 83 days = week 12
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::MissedProbleemanalyse)
        .unwrap();
    assert_eq!(w.date, Some(d(2026, 10, 12))); // 1 Sep + 41 days
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::MissedPlanVanAanpak)
        .unwrap();
    assert_eq!(w.date, Some(d(2026, 10, 26))); // 1 Sep + 55 days
    assert!(!o.has_warning(WarningKind::MissedEerstejaarsevaluatie));
    assert!(o.has_warning(WarningKind::DeskundigenoordeelSecondOpinion));
    assert!(o.has_warning(WarningKind::EmployeeObligations));
    // Within week 6, nothing is missed yet.
    let o = outcome(&given(&v), d(2026, 10, 12));
    assert!(!o.has_warning(WarningKind::MissedProbleemanalyse));
}

#[test]
fn not_sick_job_ending_gives_outplacement_and_the_claim_deadline() {
    let mut p = vec![
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::Reorganisatie)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
        (Q::VsoAangeboden, c(Opt::Nee)),
        (Q::Outplacement, c(Opt::UitTransitievergoeding)),
    ];
    p.extend(contract_block());
    let a = given(&p);
    let o = outcome(&a, today());
    assert_eq!(o.routes[0].route, AdviceRoute::Outplacement);
    assert!(o.has_route(AdviceRoute::NietVanToepassing));
    assert!(o.has_warning(WarningKind::OutplacementFromTv));
    assert!(!o.has_warning(WarningKind::VsoWhileSick));
    assert!(!o.has_warning(WarningKind::EmployeeObligations));
    // 31 Jan 2027 + 3 months = 30 Apr 2027 (no 31 April: the month's last day).
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::TvClaimDeadline)
        .unwrap();
    assert_eq!(w.date, Some(d(2027, 4, 30)));
    let nl = o.render(Lang::Nl);
    let rw = nl
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::TvClaimDeadline)
        .unwrap();
    assert!(rw
        .text
        .consequence
        .ends_with("Uiterste datum: 30 april 2027."));
    let en = o.render(Lang::En);
    let card = &en.routes[0];
    assert!(card.who_pays.contains("in writing beforehand"));
    // The tools are pre-filled.
    let tv = o
        .tools
        .iter()
        .find(|t| t.tool == super::outcome::Tool::Transitievergoeding)
        .unwrap();
    assert_eq!(
        tv.href,
        "#/transitievergoeding?start=2015-09-01&einde=2027-01-31&loon=3250.00&reden=employer_initiative"
    );
}

#[test]
fn employer_voice_and_duties_first() {
    let mut v = sick_employee_spoor2();
    v[0] = (Q::Rol, c(Opt::Werkgever));
    v.retain(|(q, _)| *q != Q::ZelfstandigInkomen);
    v.push((Q::Eigenrisicodrager, c(Opt::Nee)));
    let a = given(&v);
    assert_eq!(next(&a), Step::CheckAnswers);
    let o = outcome(&a, today());
    assert_eq!(o.voice, Voice::Werkgever);
    assert_eq!(
        o.duties.first(),
        Some(&super::outcome::Duty::WgZiekmeldingArbodienst)
    );
    let nl = o.render(Lang::Nl);
    assert!(nl.summary[0].starts_with("Je werknemer is ziek sinds 5 januari 2026"));
    let card = nl
        .routes
        .iter()
        .find(|c| c.route == AdviceRoute::Spoor2)
        .unwrap();
    assert!(card
        .why
        .iter()
        .any(|w| w.to_lowercase().contains("je werknemer")));
    // The employer is not told to check the employee's own hiaat cover.
    assert!(!o.has_warning(WarningKind::CheckHiaat));
    // After 88 weeks the employer hears about the compensation deadline.
    let o = outcome(&a, d(2027, 9, 20));
    assert!(o.has_warning(WarningKind::EmployerCompensationDeadline));
}

#[test]
fn informatie_outcome_points_to_the_explanations() {
    let o = outcome(&given(&[(Q::Rol, c(Opt::Informatie))]), today());
    assert!(o.informatie);
    assert_eq!(o.routes.len(), 1);
    assert_eq!(o.routes[0].route, AdviceRoute::Informatie);
    assert!(o.tools.iter().any(|t| t.href == "#/uitleg"));
    assert!(o.tools.iter().any(|t| t.href == "#/vergelijk"));
}

#[test]
fn helpers_for_the_engines() {
    let a = given(&[
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(d(2025, 6, 20))),
        (Q::EerdereZiekteperiode, c(Opt::Binnen4Weken)),
        (Q::EerdereZiekteperiodeBegin, Answer::Date(d(2025, 3, 3))),
        (Q::EerdereZiekteperiodeEinde, Answer::Date(d(2025, 5, 30))),
    ]);
    assert_eq!(
        sick_periods(&a),
        vec![
            (d(2025, 3, 3), Some(d(2025, 5, 30))),
            (d(2025, 6, 20), None)
        ]
    );
    let o = outcome(&a, today());
    let tl = o
        .tools
        .iter()
        .find(|t| t.tool == super::outcome::Tool::Tijdlijn)
        .unwrap();
    assert_eq!(
        tl.href,
        "#/tijdlijn?periode=2025-03-03..2025-05-30&periode=2025-06-20.."
    );
    // An earlier period that does not end before the current one is left out.
    let mut b = a.clone();
    b.insert(Q::EerdereZiekteperiodeEinde, Answer::Date(d(2025, 7, 1)));
    assert_eq!(sick_periods(&b), vec![(d(2025, 6, 20), None)]);
    // No job ending: no transitievergoeding inputs.
    assert_eq!(transitievergoeding_inputs(&a), None);
    let cases = [
        (
            Opt::Reorganisatie,
            Opt::Werkgever,
            Opt::Nee,
            Some(TerminationKind::EmployerInitiative),
        ),
        (
            Opt::TijdelijkContract,
            Opt::Werkgever,
            Opt::Nee,
            Some(TerminationKind::FixedTermNotRenewed),
        ),
        (
            Opt::TijdelijkContract,
            Opt::Werknemer,
            Opt::Nee,
            Some(TerminationKind::EmployeeResigned),
        ),
        (
            Opt::Conflict,
            Opt::Werkgever,
            Opt::Getekend,
            Some(TerminationKind::MutualConsent),
        ),
        (
            Opt::LangdurigeZiekte,
            Opt::Werkgever,
            Opt::Aangeboden,
            Some(TerminationKind::AfterTwoYearsIllness),
        ),
        (
            Opt::EigenKeuze,
            Opt::Werknemer,
            Opt::Nee,
            Some(TerminationKind::EmployeeResigned),
        ),
        (
            Opt::Anders,
            Opt::Samen,
            Opt::Nee,
            Some(TerminationKind::MutualConsent),
        ),
    ];
    for (reden, init, vso, want) in cases {
        let mut p = vec![
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(reden)),
            (Q::Initiatief, c(init)),
            (Q::DatumEinde, Answer::Date(d(2027, 3, 31))),
            (Q::VsoAangeboden, c(vso)),
            (Q::Outplacement, c(Opt::Nee)),
        ];
        p.extend(contract_block());
        let h = transitievergoeding_inputs(&given(&p)).unwrap();
        assert_eq!(h.termination, want, "{reden:?} {init:?} {vso:?}");
        assert_eq!(h.start, Some(d(2015, 9, 1)));
        assert_eq!(h.end, Some(d(2027, 3, 31)));
        assert_eq!(h.monthly_wage, Some(Cents(325_000)));
    }
    let h = transitievergoeding_inputs(&given(&[
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Misschien)),
        (Q::RedenEinde, Answer::Unknown),
        (Q::Initiatief, Answer::Unknown),
    ]))
    .unwrap();
    assert_eq!(h.termination, None);
    assert_eq!(
        TerminationKind::AfterTwoYearsIllness.code(),
        "after_two_years_illness"
    );
}

// ---------------------------------------------------------------------------------------
// Validation.

fn txt(s: &str) -> RawInput {
    RawInput::Text(s.to_string())
}

#[test]
fn validate_choices() {
    let ch = |s: &str| RawInput::Choice(s.to_string());
    assert_eq!(validate(Q::ZiekNu, &ch("ja"), today()), Ok(c(Opt::Ja)));
    assert_eq!(
        validate(Q::ZiekNu, &ch(""), today()),
        Err(AnswerError::ChooseOne)
    );
    assert_eq!(
        validate(Q::ZiekNu, &ch("werknemer"), today()),
        Err(AnswerError::UnknownOption)
    );
    assert_eq!(
        validate(Q::ZiekNu, &ch("bla"), today()),
        Err(AnswerError::UnknownOption)
    );
    assert_eq!(
        validate(Q::ZiekNu, &RawInput::Unknown, today()),
        Err(AnswerError::UnknownNotAllowed)
    );
    assert_eq!(
        validate(Q::ProbleemanalyseGedaan, &RawInput::Unknown, today()),
        Ok(Answer::Unknown)
    );
    assert_eq!(
        validate(Q::ProbleemanalyseGedaan, &ch("weet_niet"), today()),
        Ok(Answer::Unknown)
    );
    assert_eq!(
        validate(Q::ZiekNu, &txt("ja"), today()),
        Err(AnswerError::WrongKind)
    );
}

#[test]
fn validate_dates() {
    let parts = |a: &str, b: &str, y: &str| RawInput::DateParts {
        day: a.into(),
        month: b.into(),
        year: y.into(),
    };
    let q = Q::EersteZiektedag;
    assert_eq!(
        validate(q, &parts("5", "1", "2026"), today()),
        Ok(Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        validate(q, &parts("31", "2", "2026"), today()),
        Err(AnswerError::DateImpossible)
    );
    assert_eq!(
        validate(q, &parts("", "", ""), today()),
        Err(AnswerError::DateEmpty)
    );
    assert_eq!(
        validate(q, &parts("1", "1", "1949"), today()),
        Err(AnswerError::DateOutOfRange)
    );
    assert_eq!(
        validate(q, &parts("x", "1", "2026"), today()),
        Err(AnswerError::DateFormat)
    );
    assert_eq!(
        validate(q, &parts("23", "11", "2026"), today()),
        Err(AnswerError::DateInFuture)
    );
    assert_eq!(
        validate(q, &parts("22", "11", "2026"), today()),
        Ok(Answer::Date(today()))
    );
    assert_eq!(
        validate(q, &RawInput::DateText("05-01-2026".into()), today()),
        Ok(Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        validate(q, &RawInput::Unknown, today()),
        Err(AnswerError::UnknownNotAllowed)
    );
    // The end of the contract may lie in the future.
    assert_eq!(
        validate(Q::DatumEinde, &parts("31", "3", "2027"), today()),
        Ok(Answer::Date(d(2027, 3, 31)))
    );
    assert_eq!(
        validate(Q::DatumEinde, &txt("2027-03-31"), today()),
        Err(AnswerError::WrongKind)
    );
}

#[test]
fn validate_money_and_integers() {
    let q = Q::BrutoMaandloon;
    assert_eq!(
        validate(q, &txt("3.250,50"), today()),
        Ok(Answer::Money(Cents(325_050)))
    );
    assert_eq!(
        validate(q, &txt("€ 3.250"), today()),
        Ok(Answer::Money(Cents(325_000)))
    );
    assert_eq!(
        validate(q, &txt("3250.50"), today()),
        Ok(Answer::Money(Cents(325_050)))
    );
    assert_eq!(
        validate(q, &txt(""), today()),
        Err(AnswerError::NumberEmpty)
    );
    assert_eq!(
        validate(q, &txt("abc"), today()),
        Err(AnswerError::BadNumber)
    );
    assert_eq!(
        validate(q, &txt("-5"), today()),
        Err(AnswerError::AmountNotPositive)
    );
    assert_eq!(
        validate(q, &txt("0"), today()),
        Err(AnswerError::AmountNotPositive)
    );
    assert_eq!(
        validate(q, &txt("2.000.000"), today()),
        Err(AnswerError::AmountTooLarge)
    );
    assert_eq!(
        validate(q, &RawInput::Unknown, today()),
        Ok(Answer::Unknown)
    );
    let q = Q::Leeftijd;
    assert_eq!(validate(q, &txt("45"), today()), Ok(Answer::Integer(45)));
    assert_eq!(validate(q, &txt(" 67 "), today()), Ok(Answer::Integer(67)));
    assert_eq!(
        validate(q, &txt("12"), today()),
        Err(AnswerError::OutOfBounds { min: 15, max: 100 })
    );
    assert_eq!(
        validate(q, &txt("45,5"), today()),
        Err(AnswerError::NotWhole)
    );
    assert_eq!(
        validate(q, &txt("vijf"), today()),
        Err(AnswerError::BadNumber)
    );
    assert_eq!(
        validate(q, &txt(""), today()),
        Err(AnswerError::NumberEmpty)
    );
    assert_eq!(
        validate(Q::UrenPerWeek, &txt("81"), today()),
        Err(AnswerError::OutOfBounds { min: 1, max: 80 })
    );
    assert_eq!(
        validate(Q::UrenPerWeek, &txt("36"), today()),
        Ok(Answer::Integer(36))
    );
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    use crate::text::flow::error_message;
    let all = [
        AnswerError::ChooseOne,
        AnswerError::UnknownOption,
        AnswerError::DateEmpty,
        AnswerError::DateFormat,
        AnswerError::DateImpossible,
        AnswerError::DateOutOfRange,
        AnswerError::DateInFuture,
        AnswerError::NumberEmpty,
        AnswerError::BadNumber,
        AnswerError::NotWhole,
        AnswerError::OutOfBounds { min: 15, max: 100 },
        AnswerError::AmountNotPositive,
        AnswerError::AmountTooLarge,
        AnswerError::UnknownNotAllowed,
        AnswerError::WrongKind,
    ];
    for e in all {
        let nl = error_message(e, Lang::Nl);
        let en = error_message(e, Lang::En);
        assert!(!nl.is_empty() && !en.is_empty());
        assert_ne!(nl, en);
    }
    assert_eq!(
        error_message(AnswerError::OutOfBounds { min: 15, max: 100 }, Lang::Nl),
        "Vul een getal in van 15 tot en met 100"
    );
}

proptest::proptest! {
    #[test]
    fn validate_never_panics(s in "\\PC{0,40}", t2 in "\\PC{0,6}", t3 in "\\PC{0,6}", qi in 0usize..33) {
        let q = Q::ALL[qi % Q::ALL.len()];
        for raw in [
            RawInput::Choice(s.clone()),
            RawInput::Text(s.clone()),
            RawInput::DateText(s.clone()),
            RawInput::DateParts { day: t2.clone(), month: t3.clone(), year: s.clone() },
            RawInput::Unknown,
        ] {
            if let Ok(a) = validate(q, &raw, today()) {
                proptest::prop_assert!(check(q, a, today()).is_ok());
            }
        }
    }

    #[test]
    fn import_never_panics(s in "\\PC{0,80}", k in "[a-z_]{0,20}", v in "\\PC{0,20}") {
        let _ = import_json(&s, today());
        let obj = serde_json::json!({ k.clone(): v.clone(), "leeftijd": v, "rol": k });
        let _ = super::answers::import_value(&obj, today());
    }
}

// ---------------------------------------------------------------------------------------
// Export and import.

#[test]
fn export_import_round_trip() {
    for p in [sick_employee_spoor2(), {
        let mut v = sick_employee_spoor2();
        v.push((Q::TerugkeerBinnen26Weken, Answer::Unknown));
        v.push((Q::BrutoMaandloon, Answer::Unknown));
        v
    }] {
        let a = given(&p);
        let text = export_json(&a);
        let back = import_json(&text, today()).unwrap();
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.answers, a);
    }
    let text = export_json(&given(&sick_employee_spoor2()));
    assert!(text.contains("\"eerste_ziektedag\": \"2026-01-05\""));
    assert!(text.contains("\"bruto_maandloon\": \"3250.00\""));
    assert!(text.contains("\"leeftijd\": 45"));
    assert!(text.contains("\"hiaat_excedent\": \"weet_niet\""));
}

#[test]
fn import_the_documented_example() {
    let text = r#"{"rol":"werknemer","eerste_ziektedag":"2026-01-05","bruto_maandloon":"3250.00","leeftijd":45,"ziek_nu":"ja"}"#;
    let got = import_json(text, today()).unwrap();
    assert!(got.problems.is_empty());
    assert_eq!(got.answers.get(&Q::Rol), Some(&c(Opt::Werknemer)));
    assert_eq!(
        got.answers.get(&Q::EersteZiektedag),
        Some(&Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        got.answers.get(&Q::BrutoMaandloon),
        Some(&Answer::Money(Cents(325_000)))
    );
    assert_eq!(got.answers.get(&Q::Leeftijd), Some(&Answer::Integer(45)));
    // JSON numbers for money are read exactly (no f64): 1.005 → 1,01 (half away from zero).
    let got = import_json(r#"{"bruto_maandloon": 3250.005}"#, today()).unwrap();
    assert_eq!(
        got.answers.get(&Q::BrutoMaandloon),
        Some(&Answer::Money(Cents(325_001)))
    );
}

#[test]
fn lenient_import_reports_per_key() {
    let text = r#"{
        "rol": "werknemer",
        "onbekende_vraag": "ja",
        "ziek_nu": "misschien",
        "eerste_ziektedag": "2026-02-31",
        "datum_in_dienst": "2030-01-01",
        "leeftijd": 45.5,
        "uren_per_week": 200,
        "bruto_maandloon": "veel",
        "contract_type": 3,
        "werkgever_grootte": "weet_niet",
        "baan_eindigt": "weet_niet"
    }"#;
    let got = import_json(text, today()).unwrap();
    assert_eq!(got.answers.len(), 2, "{:?}", got.answers);
    assert_eq!(got.answers.get(&Q::Rol), Some(&c(Opt::Werknemer)));
    assert_eq!(
        got.answers.get(&Q::WerkgeverGrootte),
        Some(&Answer::Unknown)
    );
    let find = |k: &str| {
        got.problems.iter().find(|p| match p {
            ImportProblem::UnknownQuestion { key } => key == k,
            ImportProblem::BadValue { key, .. } => key == k,
        })
    };
    assert_eq!(
        find("onbekende_vraag"),
        Some(&ImportProblem::UnknownQuestion {
            key: "onbekende_vraag".into()
        })
    );
    let bad = |k: &str, e: AnswerError| {
        assert_eq!(
            find(k),
            Some(&ImportProblem::BadValue {
                key: k.into(),
                error: e
            }),
            "{k}"
        );
    };
    bad("ziek_nu", AnswerError::UnknownOption);
    bad("eerste_ziektedag", AnswerError::DateImpossible);
    bad("datum_in_dienst", AnswerError::DateInFuture);
    bad("leeftijd", AnswerError::NotWhole);
    bad(
        "uren_per_week",
        AnswerError::OutOfBounds { min: 1, max: 80 },
    );
    bad("bruto_maandloon", AnswerError::BadNumber);
    bad("contract_type", AnswerError::WrongKind);
    bad("baan_eindigt", AnswerError::UnknownNotAllowed);
    assert_eq!(got.problems.len(), 9);
    assert_eq!(import_json("not json", today()), Err(ImportError::NotJson));
    assert_eq!(import_json("[1,2]", today()), Err(ImportError::NotAnObject));
}

// ---------------------------------------------------------------------------------------
// Texts.

#[test]
fn every_question_has_texts_per_role_and_language() {
    use crate::text::flow::{option_label, question_text, unknown_label};
    for q in Q::ALL {
        for v in [Voice::Werknemer, Voice::Werkgever] {
            let nl = question_text(q, v, Lang::Nl);
            let en = question_text(q, v, Lang::En);
            for s in [nl.heading, nl.help, nl.short, en.heading, en.help, en.short] {
                assert!(!s.trim().is_empty(), "{q}");
            }
            assert_ne!(nl.heading, en.heading, "{q}");
            assert_ne!(nl.help, en.help, "{q}");
            for o in q.question().options() {
                let a = option_label(q, *o, v, Lang::Nl);
                let b = option_label(q, *o, v, Lang::En);
                assert!(!a.is_empty() && !b.is_empty());
                assert_ne!(a, b, "{q} {o:?}");
            }
            // Option labels within a question are distinct.
            let mut labels: Vec<_> = q
                .question()
                .options()
                .iter()
                .map(|o| option_label(q, *o, v, Lang::Nl))
                .collect();
            let n = labels.len();
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), n, "{q}");
        }
        if q.question().allow_unknown {
            assert_ne!(unknown_label(q, Lang::Nl), unknown_label(q, Lang::En));
        }
        if let Kind::Money { .. } = q.question().kind {
            assert!(unknown_label(q, Lang::Nl).contains("niet invullen"));
        }
    }
    assert_eq!(
        question_text(Q::ZiekNu, Voice::Werknemer, Lang::Nl).heading,
        "Ben je nu ziek?"
    );
    assert_eq!(
        question_text(Q::ZiekNu, Voice::Werkgever, Lang::Nl).heading,
        "Is je werknemer nu ziek?"
    );
}

#[test]
fn outcome_texts_are_complete() {
    use super::outcome::Warning;
    use crate::text::flow::outcome::{route_sources, route_text, warning_sources, warning_text};
    let routes = [
        AdviceRoute::Spoor1,
        AdviceRoute::Spoor2,
        AdviceRoute::Spoor1En2,
        AdviceRoute::Outplacement,
        AdviceRoute::Situatief,
        AdviceRoute::TeVroeg,
        AdviceRoute::NietVanToepassing,
        AdviceRoute::Informatie,
    ];
    for r in routes {
        assert!(!route_sources(r).is_empty(), "{r:?}");
        for v in [Voice::Werknemer, Voice::Werkgever] {
            let nl = route_text(r, v, Lang::Nl);
            let en = route_text(r, v, Lang::En);
            assert_eq!(nl.next.len(), en.next.len(), "{r:?}");
            assert_eq!(nl.employee_must.len(), en.employee_must.len(), "{r:?}");
            assert_eq!(nl.conditions.len(), en.conditions.len(), "{r:?}");
            assert_eq!(nl.risks.len(), en.risks.len(), "{r:?}");
            assert_eq!(nl.uncertain.is_some(), en.uncertain.is_some());
            assert!(!nl.next.is_empty());
            assert_ne!(nl.title, en.title);
        }
    }
    let kinds = [
        WarningKind::VsoWhileSick,
        WarningKind::VsoSignedWhileSick,
        WarningKind::VsoWw,
        WarningKind::OpzegverbodTijdensZiekte,
        WarningKind::TooEarlyForLongIllnessDismissal,
        WarningKind::FixedTermEndsWhileSick,
        WarningKind::Aanzegplicht,
        WarningKind::MissedProbleemanalyse,
        WarningKind::MissedPlanVanAanpak,
        WarningKind::MissedEerstejaarsevaluatie,
        WarningKind::Spoor2Late,
        WarningKind::ConflictAskBedrijfsarts,
        WarningKind::SituatiefStillReportedSick,
        WarningKind::OutplacementFromTv,
        WarningKind::TvClaimDeadline,
        WarningKind::EmployerCompensationDeadline,
        WarningKind::BillijkeVergoeding,
        WarningKind::EmployeeObligations,
        WarningKind::DeskundigenoordeelSecondOpinion,
        WarningKind::AowAge,
        WarningKind::OpzegverbodNaAow,
        WarningKind::CheckHiaat,
        WarningKind::HighEarnerExcedent,
        WarningKind::SelfEmployed,
    ];
    for k in kinds {
        assert!(!warning_sources(k).is_empty(), "{k:?}");
        for v in [Voice::Werknemer, Voice::Werkgever] {
            for date in [None, Some(d(2027, 4, 30))] {
                let w = Warning { kind: k, date };
                let nl = warning_text(&w, v, Lang::Nl);
                let en = warning_text(&w, v, Lang::En);
                assert!(!nl.consequence.contains("{datum}") && !en.action.contains("{datum}"));
                assert_ne!(nl.title, en.title);
                assert!(!nl.action.is_empty() && !en.consequence.is_empty());
            }
        }
    }
}

#[test]
fn docs_flow_md_lists_every_question_and_option() {
    // docs/flow.md is the public contract of the ids (design.md §6).
    let doc = include_str!("../../../docs/flow.md");
    for q in Q::ALL {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", q.as_str())))
            .unwrap_or_else(|| panic!("{q} missing in docs/flow.md"));
        for o in q.question().options() {
            assert!(
                row.contains(&format!("`{}`", o.as_str())),
                "{q}: option {o:?} missing"
            );
        }
        assert!(
            row.ends_with(if q.question().allow_unknown {
                "| yes |"
            } else {
                "| no |"
            }),
            "{q}"
        );
    }
}

#[test]
fn check_answers_groups() {
    use super::questions::Section;
    use super::routing::relevant_by_section;
    let groups = relevant_by_section(&given(&sick_employee_spoor2()));
    let names: Vec<Section> = groups.iter().map(|g| g.0).collect();
    assert_eq!(
        names,
        vec![
            Section::Rol,
            Section::Ziekte,
            Section::Baan,
            Section::Contract,
            Section::Inkomen
        ]
    );
    // ziek_nu … spoor2_gestart: 13 questions (no bedrijfsarts judgement: no conflict).
    assert_eq!(groups[1].1.len(), 13);
    for s in names {
        for v in [Voice::Werknemer, Voice::Werkgever] {
            assert_ne!(
                crate::text::flow::section_title(s, v, Lang::Nl),
                crate::text::flow::section_title(s, v, Lang::En)
            );
        }
    }
}

/// Any answer for a question, valid or not: every sample answer, a random option (which
/// may not belong to the question), a random integer or date, or nothing.
fn arb_answer() -> impl proptest::strategy::Strategy<Value = Option<Answer>> {
    use proptest::prelude::*;
    prop_oneof![
        Just(None),
        (0usize..40).prop_map(|i| Some(c(super::questions::Opt::ALL[i % 39]))),
        (-5i64..200).prop_map(|v| Some(Answer::Integer(v))),
        (0i32..60_000).prop_map(|n| Some(Answer::Date(
            d(1950, 1, 1) + chrono::Duration::days(n as i64)
        ))),
        (-10i64..1_000_000_000).prop_map(|v| Some(Answer::Money(Cents(v)))),
        Just(Some(Answer::Unknown)),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    #[test]
    fn any_answers_route_and_give_an_outcome(
        picks in proptest::collection::vec(arb_answer(), 33),
        today_n in 0i64..60_000,
    ) {
        let mut a = Answers::new();
        for (q, p) in Q::ALL.iter().zip(picks) {
            if let Some(ans) = p {
                a.insert(*q, ans);
            }
        }
        let today = d(1950, 1, 1) + chrono::Duration::days(today_n);
        let step = next(&a);
        let rel = relevant(&a);
        proptest::prop_assert!(rel.len() <= Q::ALL.len());
        if let Step::Ask(q) = step {
            proptest::prop_assert!(!rel.iter().any(|(r, _)| *r == q));
        }
        let _ = progress(&a);
        let _ = previous(&a, rel.last().map(|x| x.0));
        let o = outcome(&a, today);
        proptest::prop_assert!(!o.routes.is_empty());
        let _ = o.render(Lang::Nl);
        let _ = o.render(Lang::En);
        let _ = sick_periods(&a);
        let _ = transitievergoeding_inputs(&a);
    }
}

// ---------------------------------------------------------------------------------------
// The engines plugged into the outcome: poortwachter deadlines and the transitievergoeding.

mod engines {
    use super::*;
    use crate::flow::outcome::Money;
    use crate::poortwachter::{Actor, MilestoneId, Status};
    use crate::transitievergoeding::Termination;

    fn sick_employee(first: NaiveDate) -> Answers {
        given(&[
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Ja)),
            (Q::EersteZiektedag, Answer::Date(first)),
            (Q::EerdereZiekteperiode, c(Opt::Nee)),
            (Q::ProbleemanalyseGedaan, c(Opt::Nee)),
            (Q::ArbeidsdeskundigOnderzoek, c(Opt::Nee)),
            (Q::EigenWerkMogelijk, Answer::Unknown),
        ])
    }

    #[test]
    fn deadlines_contain_the_probleemanalyse_date() {
        // First sick day Monday 2 November 2026; today 22 November (day 21, week 3).
        // Probleemanalyse: end of week 6 = day 42 = 2 Nov + 41 days = Sunday 13 December.
        // Plan van aanpak: end of week 8 = day 56 = 2 Nov + 55 days = 27 December.
        let o = outcome(&sick_employee(d(2026, 11, 2)), today());
        assert_eq!(o.next_deadlines.len(), 3);
        let first = o.next_deadlines[0];
        assert_eq!(first.id, MilestoneId::Probleemanalyse);
        assert_eq!(first.date, d(2026, 12, 13));
        assert_eq!(first.actor, Actor::Bedrijfsarts);
        assert_eq!(first.status, Status::Future);
        assert_eq!(o.next_deadlines[1].id, MilestoneId::PlanVanAanpak);
        assert_eq!(o.next_deadlines[1].date, d(2026, 12, 27));
        // Every shown date lies today or later, in date order.
        assert!(o.next_deadlines.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(o.next_deadlines.iter().all(|x| x.date >= today()));
        assert_eq!(
            o.calendar_href.as_deref(),
            Some("#/tijdlijn?periode=2026-11-02..")
        );
        let r = o.render(Lang::Nl);
        assert_eq!(r.deadlines.len(), 3);
        assert!(
            r.deadlines[0].date.contains("13 december 2026"),
            "{:?}",
            r.deadlines[0]
        );
        assert!(r.deadlines[0].title.contains("Probleemanalyse"));
        assert_eq!(r.deadlines[0].actor, "bedrijfsarts");
        let en = o.render(Lang::En);
        assert!(
            en.deadlines[0].date.contains("December"),
            "{:?}",
            en.deadlines[0]
        );
    }

    #[test]
    fn deadlines_soon_are_marked_due_soon() {
        // Sick since 9 October 2026: day 42 is 19 November (passed), plan van aanpak day 56
        // = 9 Oct + 55 = 3 December: within 14 days of 22 November, so "due soon".
        let o = outcome(&sick_employee(d(2026, 10, 9)), today());
        let plan = o
            .next_deadlines
            .iter()
            .find(|x| x.id == MilestoneId::PlanVanAanpak)
            .expect("plan van aanpak is next");
        assert_eq!(plan.date, d(2026, 12, 3));
        assert_eq!(plan.status, Status::DueSoon);
        assert!(o
            .next_deadlines
            .iter()
            .all(|x| x.id != MilestoneId::Probleemanalyse));
    }

    #[test]
    fn not_sick_has_no_deadlines() {
        let o = outcome(
            &given(&[
                (Q::Rol, c(Opt::Werknemer)),
                (Q::ZiekNu, c(Opt::Nee)),
                (Q::BaanEindigt, c(Opt::Nee)),
            ]),
            today(),
        );
        assert!(o.next_deadlines.is_empty());
        assert_eq!(o.calendar_href, None);
        assert_eq!(o.money, Money::NotApplicable);
    }

    fn dismissed(wage: Cents) -> Answers {
        given(&[
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(Opt::Reorganisatie)),
            (Q::Initiatief, c(Opt::Werkgever)),
            (Q::DatumEinde, Answer::Date(d(2026, 12, 31))),
            (Q::VsoAangeboden, c(Opt::Nee)),
            (Q::Outplacement, c(Opt::Nee)),
            (Q::ContractType, c(Opt::Vast)),
            (Q::DatumInDienst, Answer::Date(d(2016, 1, 1))),
            (Q::UrenPerWeek, Answer::Integer(38)),
            (Q::BrutoMaandloon, Answer::Money(wage)),
        ])
    }

    #[test]
    fn money_shows_the_engines_amount() {
        // In service 1 Jan 2016 – 31 Dec 2026: exactly 11 years. Wage € 3.000 + 8% holiday
        // pay = € 3.240 a month. 1/3 × 3.240 × 11 = € 11.880,00 (art. 7:673 lid 2 BW),
        // below the 2026 cap of € 102.000.
        let a = dismissed(Cents(300_000));
        let o = outcome(&a, today());
        let Money::Transitievergoeding(r) = &o.money else {
            panic!("expected an amount, got {:?}", o.money);
        };
        assert!(r.due);
        assert_eq!(r.amount, Cents(1_188_000));
        assert!(!r.capped);
        // 3 months after the end date (art. 7:686a lid 4 sub a BW).
        assert_eq!(r.claim_deadline, d(2027, 3, 31));
        // The same inputs straight into the engine give the same amount.
        let mut input = crate::transitievergoeding::TvInput::new(
            d(2016, 1, 1),
            d(2026, 12, 31),
            crate::transitievergoeding::Wage::Monthly(crate::money::Decimal::new(300_000, 2)),
        );
        input.termination = Termination::EmployerInitiative;
        let direct = crate::transitievergoeding::calculate(&input).unwrap();
        assert_eq!(direct.amount, r.amount);
        let nl = o.render(Lang::Nl);
        assert_eq!(nl.money.amount.as_deref(), Some("€ 11.880,00"));
        assert!(nl.money.lines[0].contains("€ 11.880,00"));
        let (_, href) = nl.money.calculator.clone().unwrap();
        assert!(href.contains("reden=employer_initiative"), "{href}");
        // A different wage changes the amount: € 4.000 × 1,08 × 11 / 3 = € 15.840,00.
        let o2 = outcome(&dismissed(Cents(400_000)), today());
        let Money::Transitievergoeding(r2) = &o2.money else {
            panic!("expected an amount");
        };
        assert_eq!(r2.amount, Cents(1_584_000));
    }

    #[test]
    fn money_in_2027_and_2028_has_an_amount_with_its_estimate() {
        // Ends 31 March 2027: 11 years and 3 months at € 3.240 = 11 × 1.080 + 3 × 90 =
        // € 12.150,00, far below the (estimated) 2027 cap: exact, no mark by the amount.
        let mut a = dismissed(Cents(300_000));
        a.insert(Q::DatumEinde, Answer::Date(d(2027, 3, 31)));
        let o = outcome(&a, today());
        let Money::Transitievergoeding(r) = &o.money else {
            panic!("expected an amount, got {:?}", o.money);
        };
        assert_eq!(r.amount, Cents(1_215_000));
        assert!(o.render(Lang::Nl).money.uncertain.is_empty());
        // A high earner in 2028 is capped by the estimate: the mark stands by the amount.
        let mut a = dismissed(Cents(2_000_000));
        a.insert(Q::DatumInDienst, Answer::Date(d(1990, 1, 1)));
        a.insert(Q::DatumEinde, Answer::Date(d(2028, 6, 30)));
        let o = outcome(&a, today());
        let Money::Transitievergoeding(r) = &o.money else {
            panic!("expected an amount, got {:?}", o.money);
        };
        // 12 × M = 12 × 21.600 = 259.200 is above the € 102.000 estimate, so the annual
        // wage caps: the estimate does not change the amount either way.
        assert!(r.amount > Cents::ZERO);
        let mut a = dismissed(Cents(700_000));
        a.insert(Q::DatumInDienst, Answer::Date(d(1985, 1, 1)));
        a.insert(Q::DatumEinde, Answer::Date(d(2028, 6, 30)));
        let o = outcome(&a, today());
        let Money::Transitievergoeding(r) = &o.money else {
            panic!("expected an amount, got {:?}", o.money);
        };
        // M = 7.560; 43 years × 2.520 is far above the cap; 12 × M = 90.720 is below it.
        assert_eq!(r.amount, Cents::euros(102_000));
        let nl = o.render(Lang::Nl);
        assert!(
            nl.money
                .uncertain
                .iter()
                .any(|t| t.contains("Maximum 2028: nog niet vastgesteld")),
            "{:?}",
            nl.money.uncertain
        );
    }

    #[test]
    fn money_without_wage_links_to_the_calculator() {
        let mut a = dismissed(Cents(300_000));
        a.insert(Q::BrutoMaandloon, Answer::Unknown);
        let o = outcome(&a, today());
        let Money::NeedInputs { href } = &o.money else {
            panic!("expected the calculator link, got {:?}", o.money);
        };
        assert!(href.starts_with("#/transitievergoeding?start=2016-01-01"));
        let r = o.render(Lang::En);
        assert!(r.money.amount.is_none());
        assert!(r.money.calculator.is_some());
    }

    #[test]
    fn resignation_uses_the_engines_code_and_is_not_due() {
        let mut a = dismissed(Cents(300_000));
        a.insert(Q::RedenEinde, c(Opt::EigenKeuze));
        a.insert(Q::Initiatief, c(Opt::Werknemer));
        let o = outcome(&a, today());
        assert_eq!(
            o.tv_inputs.and_then(|h| h.termination),
            Some(Termination::EmployeeResigned)
        );
        let Money::Transitievergoeding(r) = &o.money else {
            panic!("expected an engine result");
        };
        assert!(!r.due);
        assert!(r.href.contains("reden=employee_resigned"), "{}", r.href);
        // Every `reden=` the flow writes is a code the engine (and the CLI) reads.
        let code = r.href.split("reden=").nth(1).unwrap();
        assert_eq!(
            Termination::parse(code),
            Some(Termination::EmployeeResigned)
        );
        assert!(o.render(Lang::Nl).money.amount.is_none());
    }

    #[test]
    fn wia_loongrens_comes_from_params() {
        let line = crate::text::flow::wia_loongrens_line(today(), Lang::Nl).unwrap();
        let expected = crate::params::wia_loongrens_year(today())
            .unwrap()
            .value
            .format_whole(Lang::Nl);
        assert!(line.contains(&expected), "{line}");
        // One WIA wage limit: € 79.409 all of 2026 (the maximum premieloon does not
        // move on 1 July); 2027 is an estimate until it is published.
        let l26 = crate::text::flow::wia_loongrens_line(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            Lang::Nl,
        )
        .unwrap();
        assert!(l26.starts_with("€ 79.409 per jaar"), "{l26}");
        assert!(!l26.contains("schatting"), "{l26}");
        let l27 = crate::text::flow::wia_loongrens_line(
            chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
            Lang::Nl,
        )
        .unwrap();
        assert!(l27.contains("schatting"), "{l27}");
        let a = given(&[
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Ja)),
            (Q::LoonBovenWiaGrens, c(Opt::Ja)),
            (Q::HiaatExcedent, c(Opt::Geen)),
        ]);
        // Build a full sick path so the warning is reached.
        let mut full = sick_employee(d(2026, 6, 1));
        full.extend(a);
        for (q, ans) in [
            (Q::AangepastWerkMogelijk, Answer::Unknown),
            (Q::AnderWerkIntern, Answer::Unknown),
            (Q::OorzaakWerkOfConflict, c(Opt::Nee)),
            (Q::TerugkeerBinnen26Weken, Answer::Unknown),
            (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
            (Q::Spoor2Gestart, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Nee)),
        ] {
            full.insert(q, ans);
        }
        full.extend(contract_block());
        full.insert(Q::ZelfstandigInkomen, c(Opt::Nee));
        assert_eq!(next(&full), Step::CheckAnswers);
        let o = outcome(&full, today());
        let w = o
            .render(Lang::Nl)
            .warnings
            .into_iter()
            .find(|w| w.kind == WarningKind::HighEarnerExcedent)
            .expect("high earner warning");
        assert!(
            w.text.consequence.contains(&expected),
            "{}",
            w.text.consequence
        );
        assert!(!w.text.consequence.contains("{grens}"));
    }
}

mod navigation {
    use super::*;
    use crate::flow::routing::{after_change, following};

    fn employee_not_sick() -> Answers {
        let mut a = given(&[
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Nee)),
        ]);
        a.extend(contract_block());
        a.insert(Q::ZelfstandigInkomen, c(Opt::Nee));
        a
    }

    #[test]
    fn following_walks_the_path_in_order_even_when_answered() {
        let a = employee_not_sick();
        assert_eq!(next(&a), Step::CheckAnswers);
        // Going back to ziek_nu and pressing "Volgende" goes to baan_eindigt, not to the
        // check-answers page.
        assert_eq!(following(&a, Q::Rol), Step::Ask(Q::ZiekNu));
        assert_eq!(following(&a, Q::ZiekNu), Step::Ask(Q::BaanEindigt));
        assert_eq!(following(&a, Q::ZelfstandigInkomen), Step::CheckAnswers);
        // A question off the path: the next open step.
        assert_eq!(following(&a, Q::EersteZiektedag), Step::CheckAnswers);
        // Partly answered: after the last answered one comes the open question.
        let b = given(&[(Q::Rol, c(Opt::Werkgever))]);
        assert_eq!(following(&b, Q::Rol), Step::Ask(Q::ZiekNu));
    }

    #[test]
    fn a_change_from_check_answers_returns_there_or_asks_new_questions() {
        let mut a = employee_not_sick();
        // A change that opens nothing: straight back to the check-answers page.
        a.insert(Q::UrenPerWeek, Answer::Integer(20));
        assert_eq!(after_change(&a), Step::CheckAnswers);
        // Now sick: the sickness questions open and are asked first.
        a.insert(Q::ZiekNu, c(Opt::Ja));
        assert_eq!(after_change(&a), Step::Ask(Q::EersteZiektedag));
    }
}

#[test]
fn the_income_link_is_pre_filled_from_the_answers() {
    use super::outcome::Tool;
    use crate::form_model::inkomen::parse_query;
    let mut a: Answers = sick_employee_spoor2().into_iter().collect();
    a.insert(Q::BrutoMaandloon, Answer::Money(Cents(400_000)));
    a.insert(Q::HiaatExcedent, c(Opt::Hiaat));
    let out = outcome(&a, today());
    let link = out
        .tools
        .iter()
        .find(|t| t.tool == Tool::Inkomen)
        .expect("a sick employee gets the income link");
    // € 4.000 × 12 = € 48.000, plus 8% holiday allowance = € 51.840.
    assert_eq!(
        link.href,
        "#/inkomen?jaarloon=51840.00&ziek=2026-01-05&hiaat=basis"
    );
    // The income page reads every parameter of that link without a notice.
    let query = link.href.split_once('?').map(|(_, q)| q).unwrap_or("");
    let (form, ignored) = parse_query(query);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(form.wage, "51840.00");
    assert_eq!(
        form.sick_day,
        crate::forms::DateParts::new("5", "1", "2026")
    );

    // "Weet ik niet" (the scripted path's answer) gives the range.
    let a: Answers = sick_employee_spoor2().into_iter().collect();
    let out = outcome(&a, today());
    let link = out.tools.iter().find(|t| t.tool == Tool::Inkomen).unwrap();
    assert_eq!(
        link.href,
        "#/inkomen?jaarloon=42120.00&ziek=2026-01-05&hiaat=onbekend"
    );
}

mod pending_law {
    //! The register of announced changes reaches the outcome with what it would mean.
    use super::*;
    use crate::flow::outcome::{PendingMeaning, PendingNotice};
    use crate::pending_law::PendingLawId;
    use crate::transitievergoeding::EmployerSize;

    /// An employer whose employee has been sick since 2 September 2024: the 104 weeks
    /// ended on 30 August 2026, after bill 36869's intended date of 1 July 2026.
    fn long_sick(size: Opt) -> Answers {
        let mut a: Answers = sick_employee_spoor2().into_iter().collect();
        a.insert(Q::Rol, c(Opt::Werkgever));
        a.remove(&Q::ZelfstandigInkomen);
        a.insert(Q::Eigenrisicodrager, c(Opt::Nee));
        a.insert(Q::EersteZiektedag, Answer::Date(d(2024, 9, 2)));
        a.insert(Q::WerkgeverGrootte, c(size));
        assert_eq!(next(&a), Step::CheckAnswers, "the path is complete");
        a
    }

    fn codes(a: &Answers) -> Vec<PendingLawId> {
        outcome(a, today())
            .pending_law
            .iter()
            .map(|n| n.id)
            .collect()
    }

    #[test]
    fn a_medium_or_large_employer_after_two_years_sees_bill_36869() {
        let o = outcome(&long_sick(Opt::Vanaf25), today());
        assert!(o.pending_law.contains(&PendingNotice {
            id: PendingLawId::Bill36869,
            meaning: PendingMeaning::Compensation {
                size: EmployerSize::MediumLarge,
                wachttijd_end: d(2026, 8, 30),
            },
        }));
        let r = o.render(Lang::Nl);
        let n = r.pending_law.iter().find(|n| n.code == "36869").unwrap();
        assert_eq!(n.label, "Let op: wetsvoorstel, nog geen wet");
        assert!(
            n.dates.contains("Laatst gecontroleerd op 29 november 2026"),
            "{}",
            n.dates
        );
        assert!(n.meaning.as_deref().unwrap().contains("30 augustus 2026"));
        let en = o.render(Lang::En);
        let n = en.pending_law.iter().find(|n| n.code == "36869").unwrap();
        assert_eq!(n.label, "Note: a bill, not yet law");
        assert!(n.dates.contains("Last checked on 29 November 2026"));
    }

    #[test]
    fn unknown_size_sees_it_too_and_a_small_employer_does_not() {
        let mut a = long_sick(Opt::Vanaf25);
        a.insert(Q::WerkgeverGrootte, Answer::Unknown);
        assert!(codes(&a).contains(&PendingLawId::Bill36869));
        let small = codes(&long_sick(Opt::MinderDan25));
        assert!(!small.contains(&PendingLawId::Bill36869));
        // A small employer with a sick employee hears of the simpler Poortwachter plan.
        assert!(small.contains(&PendingLawId::PoortwachterSmallEmployers));
    }

    #[test]
    fn the_104_weeks_before_the_bill_or_early_in_the_illness_see_nothing() {
        // Sick since 1 June 2024: the 104 weeks ended on 30 May 2026, before 1 July.
        let mut a = long_sick(Opt::Vanaf25);
        a.insert(Q::EersteZiektedag, Answer::Date(d(2024, 6, 1)));
        assert!(!codes(&a).contains(&PendingLawId::Bill36869));
        // Sick for ten weeks: the compensation is not in view yet.
        a.insert(Q::EersteZiektedag, Answer::Date(d(2026, 9, 14)));
        assert!(!codes(&a).contains(&PendingLawId::Bill36869));
    }

    #[test]
    fn a_job_that_ends_hears_of_the_shorter_ww() {
        let mut a = long_sick(Opt::Vanaf25);
        a.insert(Q::ZiekNu, c(Opt::Nee));
        a.insert(Q::BaanEindigt, c(Opt::Ja));
        assert!(codes(&a).contains(&PendingLawId::WwDuration));
    }
}

mod law_review {
    //! Corrected legal statements: the warning is triggered where the law says so, and its
    //! words carry the corrected facts in both languages, without the old wrong claim.
    use super::*;
    use crate::flow::outcome::{Outcome, Warning};
    use crate::text::flow::outcome::{warning_sources, warning_text, RenderedWarning};

    /// A sick employee (spoor 2 path) whose job ends for `reden`, at `init`'s initiative,
    /// with `vso` as the answer about a settlement agreement.
    fn sick_and_ending(first: NaiveDate, reden: Opt, init: Opt, vso: Opt) -> Answers {
        let mut a: Answers = sick_employee_spoor2().into_iter().collect();
        a.insert(Q::EersteZiektedag, Answer::Date(first));
        a.insert(Q::BaanEindigt, c(Opt::Ja));
        a.insert(Q::RedenEinde, c(reden));
        a.insert(Q::Initiatief, c(init));
        a.insert(Q::DatumEinde, Answer::Date(d(2027, 3, 31)));
        a.insert(Q::VsoAangeboden, c(vso));
        a
    }

    fn as_employer(mut a: Answers) -> Answers {
        a.insert(Q::Rol, c(Opt::Werkgever));
        a.remove(&Q::ZelfstandigInkomen);
        a.insert(Q::Eigenrisicodrager, c(Opt::Nee));
        a
    }

    fn rendered(o: &Outcome, lang: Lang, k: WarningKind) -> RenderedWarning {
        o.render(lang)
            .warnings
            .into_iter()
            .find(|w| w.kind == k)
            .unwrap_or_else(|| panic!("{k:?} not shown"))
    }

    /// All words of a warning in one string.
    fn words(w: &RenderedWarning) -> String {
        format!("{} {} {}", w.text.title, w.text.consequence, w.text.action)
    }

    /// The warning's words for both voices and languages, without a date.
    fn all_words(k: WarningKind, lang: Lang) -> String {
        [Voice::Werknemer, Voice::Werkgever]
            .iter()
            .map(|v| {
                let t = warning_text(
                    &Warning {
                        kind: k,
                        date: None,
                    },
                    *v,
                    lang,
                );
                format!("{} {} {}", t.title, t.consequence, t.action)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn past_the_aow_age_the_ban_on_dismissal_is_six_weeks_not_absent() {
        // Sick since Thursday 1 October 2026 (after 1 July 2023: 6 weeks); 6 weeks end on
        // Wednesday 11 November, so notice is possible from 12 November.
        let mut a = sick_and_ending(d(2026, 10, 1), Opt::Reorganisatie, Opt::Werkgever, Opt::Nee);
        a.insert(Q::Leeftijd, Answer::Integer(68));
        let o = outcome(&a, d(2026, 11, 5));
        assert!(o.has_warning(WarningKind::AowAge));
        let w = o
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::OpzegverbodNaAow)
            .expect("the short ban is shown");
        assert_eq!(w.date, Some(d(2026, 11, 12)));
        // Not the two-year ban of a younger employee.
        assert!(!o.has_warning(WarningKind::OpzegverbodTijdensZiekte));
        let nl = words(&rendered(&o, Lang::Nl, WarningKind::OpzegverbodNaAow));
        assert!(nl.contains("6 weken") && nl.contains("13 weken"), "{nl}");
        assert!(nl.contains("12 november 2026") && nl.contains("art. 7:670 lid 1 sub a BW"));
        let en = words(&rendered(&o, Lang::En, WarningKind::OpzegverbodNaAow));
        assert!(en.contains("6 weeks") && en.contains("13 weeks"), "{en}");
        assert!(en.contains("12 November 2026"));
        // The AOW warning no longer says the ban does not apply.
        for (lang, gone, needles) in [
            (
                Lang::Nl,
                "geldt dan niet",
                ["6 weken", "13 weken", "1 juli 2023", "art. 7:669 lid 4 BW"],
            ),
            (
                Lang::En,
                "does not apply",
                ["6 weeks", "13 weeks", "1 July 2023", "art. 7:669(4) BW"],
            ),
        ] {
            let t = all_words(WarningKind::AowAge, lang);
            assert!(!t.contains(gone), "{t}");
            for n in needles {
                assert!(t.contains(n), "{lang:?} lacks {n}: {t}");
            }
        }
        assert!(warning_sources(WarningKind::AowAge)
            .iter()
            .any(|s| s.label.contains("7:629 lid 2 sub b")));
        // After the six weeks the short ban is over.
        let o = outcome(&a, d(2026, 11, 12));
        assert!(!o.has_warning(WarningKind::OpzegverbodNaAow));
        assert!(!o.has_warning(WarningKind::OpzegverbodTijdensZiekte));
        // A dismissal because of long illness is not "two years away" either.
        a.insert(Q::RedenEinde, c(Opt::LangdurigeZiekte));
        let o = outcome(&as_employer(a), d(2026, 11, 5));
        assert!(!o.has_warning(WarningKind::TooEarlyForLongIllnessDismissal));
        assert!(o.has_warning(WarningKind::OpzegverbodNaAow));
        let nl = words(&rendered(&o, Lang::Nl, WarningKind::OpzegverbodNaAow));
        assert!(
            nl.contains("Je werknemer heeft de AOW-leeftijd bereikt"),
            "{nl}"
        );
    }

    #[test]
    fn illness_before_july_2023_gives_thirteen_weeks_past_the_aow_age() {
        // Sick since 1 June 2023: 13 weeks = 91 days, notice possible from 31 August 2023.
        let mut a = sick_and_ending(d(2023, 6, 1), Opt::Reorganisatie, Opt::Werkgever, Opt::Nee);
        a.insert(Q::Leeftijd, Answer::Integer(67));
        let o = outcome(&a, d(2023, 8, 1));
        let w = o
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::OpzegverbodNaAow)
            .unwrap();
        assert_eq!(w.date, Some(d(2023, 8, 31)));
        // A younger employee keeps the two-year ban.
        a.insert(Q::Leeftijd, Answer::Integer(66));
        let o = outcome(&a, d(2023, 8, 1));
        assert!(o.has_warning(WarningKind::OpzegverbodTijdensZiekte));
        assert!(!o.has_warning(WarningKind::OpzegverbodNaAow));
        assert!(!o.has_warning(WarningKind::AowAge));
    }

    #[test]
    fn the_age_question_no_longer_says_the_ban_does_not_apply() {
        use crate::text::flow::question_text;
        let nl = question_text(Q::Leeftijd, Voice::Werknemer, Lang::Nl).help;
        assert!(!nl.contains("valt buiten het ontslagverbod"), "{nl}");
        assert!(nl.contains("6 of 13 weken"), "{nl}");
        let en = question_text(Q::Leeftijd, Voice::Werknemer, Lang::En).help;
        assert!(!en.contains("outside the ban"), "{en}");
        assert!(en.contains("6 or 13 weeks"), "{en}");
    }

    /// The words of a warning in the four combinations, rendered from the outcome.
    fn shown(a: &Answers, today: NaiveDate, k: WarningKind) -> (String, String) {
        let o = outcome(a, today);
        (
            words(&rendered(&o, Lang::Nl, k)),
            words(&rendered(&o, Lang::En, k)),
        )
    }

    fn check(text: &str, has: &[&str], lacks: &[&str]) {
        for n in has {
            assert!(text.contains(n), "lacks {n:?}: {text}");
        }
        for n in lacks {
            assert!(!text.contains(n), "still says {n:?}: {text}");
        }
    }

    #[test]
    fn a_vso_while_sick_is_refused_until_the_end_of_the_wachttijd() {
        let a = sick_and_ending(
            d(2026, 1, 5),
            Opt::Conflict,
            Opt::Werkgever,
            Opt::Aangeboden,
        );
        for a in [a.clone(), as_employer(a.clone())] {
            let (nl, en) = shown(&a, today(), WarningKind::VsoWhileSick);
            check(
                &nl,
                &[
                    "weigert UWV",
                    "art. 45 lid 1 sub j Ziektewet",
                    "art. 19 lid 1 WW",
                    "104 weken",
                    "loonsanctie",
                    "art. 25 lid 9 WIA",
                    "geen wettelijk recht op een transitievergoeding",
                ],
                &[
                    "kan UWV",
                    "Na twee jaar ziekte kan een vaststellingsovereenkomst wel",
                ],
            );
            check(
                &en,
                &[
                    "UWV refuses",
                    "art. 19(1) WW",
                    "104 weeks",
                    "wage sanction",
                    "no statutory right to a transition payment",
                ],
                &["can refuse", "a settlement agreement is fine"],
            );
        }
        let o = outcome(&as_employer(a), today());
        let w = rendered(&o, Lang::Nl, WarningKind::VsoWhileSick);
        assert!(
            !w.text.title.contains("terwijl je ziek bent"),
            "{}",
            w.text.title
        );
        let nl = words(&w);
        check(
            &nl,
            &["tot na de wachttijd", "ook tijdens een loonsanctie"],
            &["tot na de twee ziektejaren"],
        );
        // Sick and not situational: the WW warning for a VSO without illness is not shown.
        assert!(!o.has_warning(WarningKind::VsoWw));
    }

    #[test]
    fn the_bedenktermijn_runs_from_the_agreement_not_the_signing() {
        let a = sick_and_ending(d(2026, 1, 5), Opt::Conflict, Opt::Werkgever, Opt::Getekend);
        for a in [a.clone(), as_employer(a)] {
            let (nl, en) = shown(&a, today(), WarningKind::VsoSignedWhileSick);
            check(
                &nl,
                &[
                    "14 dagen nadat de overeenkomst tot stand kwam",
                    "per e-mail",
                    "3 weken",
                    "6 maanden",
                    "weigert UWV",
                ],
                &[
                    "na het tekenen",
                    "kan de Ziektewet-uitkering weigeren of verlagen",
                ],
            );
            check(
                &en,
                &[
                    "14 days after the agreement came into being",
                    "e-mail",
                    "3 weeks",
                    "6 months",
                    "UWV refuses",
                ],
                &["after signing", "can refuse or reduce"],
            );
        }
        use crate::text::flow::question_text;
        let nl = question_text(Q::VsoAangeboden, Voice::Werknemer, Lang::Nl).help;
        check(nl, &["tot stand kwam", "3 weken"], &["Na het tekenen"]);
        let en = question_text(Q::VsoAangeboden, Voice::Werknemer, Lang::En).help;
        check(en, &["came into being", "3 weeks"], &["After signing"]);
    }

    #[test]
    fn a_vso_without_illness_names_the_ww_conditions() {
        let mut p = vec![
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(Opt::Reorganisatie)),
            (Q::Initiatief, c(Opt::Werkgever)),
            (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
            (Q::VsoAangeboden, c(Opt::Aangeboden)),
            (Q::Outplacement, c(Opt::Nee)),
        ];
        p.extend(contract_block());
        p.push((Q::ZelfstandigInkomen, c(Opt::Nee)));
        let a = given(&p);
        let (nl, en) = shown(&a, today(), WarningKind::VsoWw);
        check(
            &nl,
            &[
                "initiatief",
                "dringende reden",
                "verwijtbare werkloosheid",
                "art. 24 WW",
                "art. 16 WW",
                "begint je WW later",
                "je houdt je recht op WW",
                "14 dagen",
                "3 weken",
            ],
            &["opzegtermijn is aangehouden", "na het tekenen"],
        );
        check(
            &en,
            &[
                "initiative",
                "culpable unemployment",
                "art. 24 WW",
                "art. 16 WW",
                "starts later",
                "keep your right to WW",
            ],
            &["notice period was respected", "after signing"],
        );
        let (nl, _) = shown(&as_employer(a.clone()), today(), WarningKind::VsoWw);
        check(&nl, &["je werknemer"], &["je werkgever"]);
        // No settlement agreement: no such warning.
        let mut b = a;
        b.insert(Q::VsoAangeboden, c(Opt::Nee));
        assert!(!outcome(&b, today()).has_warning(WarningKind::VsoWw));
        assert!(warning_sources(WarningKind::VsoWw)
            .iter()
            .any(|s| s.url.is_some_and(|u| u.contains("BWBR0004045&artikel=24"))));
    }

    #[test]
    fn situational_unfitness_warns_about_actual_fitness_not_the_sick_report() {
        let mut a: Answers = sick_until_eigen_werk().into_iter().collect();
        for (q, ans) in [
            (Q::EigenWerkMogelijk, c(Opt::Ja)),
            (Q::OorzaakWerkOfConflict, c(Opt::Conflict)),
            (Q::OordeelBedrijfsartsSituatief, c(Opt::Situatief)),
            (Q::TerugkeerBinnen26Weken, Answer::Unknown),
            (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
            (Q::Spoor2Gestart, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Misschien)),
            (Q::RedenEinde, c(Opt::Conflict)),
            (Q::Initiatief, c(Opt::Werkgever)),
            (Q::VsoAangeboden, c(Opt::Aangeboden)),
        ] {
            a.insert(q, ans);
        }
        let o = outcome(&a, today());
        assert!(o.has_warning(WarningKind::VsoWw));
        let (nl, en) = shown(&a, today(), WarningKind::SituatiefStillReportedSick);
        check(
            &nl,
            &[
                "echt kunt doen, volgens de bedrijfsarts",
                "geen formaliteit",
                "weigert UWV",
                "art. 19 lid 1 WW",
                "terugvorderen",
            ],
            &["ziek gemeld", "kan UWV een vaststellingsovereenkomst"],
        );
        check(
            &en,
            &[
                "according to the company doctor",
                "not a formality",
                "UWV refuses",
                "art. 19(1) WW",
            ],
            &["reported sick", "can treat"],
        );
        for lang in [Lang::Nl, Lang::En] {
            let r = o.render(lang);
            let card = r
                .routes
                .iter()
                .find(|c| c.route == AdviceRoute::Situatief)
                .unwrap();
            let all = format!("{:?} {:?}", card.conditions, card.risks);
            check(
                &all,
                &["art. 16 WW", "art. 24 WW"],
                &[
                    "niet ziek gemeld",
                    "not reported sick",
                    "opzegtermijn is aangehouden",
                    "notice period was respected",
                ],
            );
        }
    }

    #[test]
    fn the_outplacement_card_counts_the_bedenktermijn_from_the_agreement() {
        use crate::text::flow::outcome::route_text;
        let nl = route_text(AdviceRoute::Outplacement, Voice::Werknemer, Lang::Nl)
            .next
            .join(" ");
        check(
            &nl,
            &["vanaf de dag dat jullie het eens werden", "3 weken"],
            &["na het tekenen"],
        );
        let en = route_text(AdviceRoute::Outplacement, Voice::Werknemer, Lang::En)
            .next
            .join(" ");
        check(
            &en,
            &["from the day you reached agreement", "3 weeks"],
            &["after signing"],
        );
    }

    /// An employee whose fixed-term contract ends on 31 March 2027, sick or not.
    fn fixed_term_ends(sick: bool) -> Answers {
        if sick {
            return sick_and_ending(
                d(2026, 1, 5),
                Opt::TijdelijkContract,
                Opt::Werkgever,
                Opt::Nee,
            );
        }
        let mut p = vec![
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(Opt::TijdelijkContract)),
            (Q::Initiatief, c(Opt::Werkgever)),
            (Q::DatumEinde, Answer::Date(d(2027, 3, 31))),
            (Q::VsoAangeboden, c(Opt::Nee)),
            (Q::Outplacement, c(Opt::Nee)),
        ];
        p.extend(contract_block());
        p.push((Q::ZelfstandigInkomen, c(Opt::Nee)));
        given(&p)
    }

    #[test]
    fn a_fixed_term_contract_that_ends_brings_the_aanzegplicht() {
        for sick in [false, true] {
            let a = fixed_term_ends(sick);
            let o = outcome(&a, today());
            let w = o
                .warnings
                .iter()
                .find(|w| w.kind == WarningKind::Aanzegplicht)
                .expect("aanzegplicht");
            // A month before 31 March 2027.
            assert_eq!(w.date, Some(d(2027, 2, 28)));
            let (nl, en) = shown(&a, today(), WarningKind::Aanzegplicht);
            check(
                &nl,
                &[
                    "6 maanden of langer",
                    "uiterlijk een maand voor de einddatum schriftelijk",
                    "onder welke voorwaarden",
                    "aanzegvergoeding van één maandloon",
                    "te laat",
                    "art. 7:668 BW",
                    "28 februari 2027",
                    "3 maanden",
                ],
                &[],
            );
            check(
                &en,
                &[
                    "6 months or longer",
                    "in writing, at least a month before the end date",
                    "on what terms",
                    "one month's wage",
                    "art. 7:668 BW",
                    "28 February 2027",
                ],
                &[],
            );
            let (nl, en) = shown(&as_employer(a), today(), WarningKind::Aanzegplicht);
            check(
                &nl,
                &["je werknemer", "ben je een aanzegvergoeding"],
                &["je werkgever"],
            );
            check(&en, &["your employee", "you owe"], &["your employer"]);
        }
        // Without an end date the text names no date and no placeholder.
        let mut a = fixed_term_ends(false);
        a.insert(Q::DatumEinde, Answer::Unknown);
        let (nl, _) = shown(&a, today(), WarningKind::Aanzegplicht);
        check(
            &nl,
            &["art. 7:668 BW"],
            &["Volgens je antwoorden", "{datum}"],
        );
        // A dismissal is no fixed-term contract ending: no aanzegplicht.
        let mut b = fixed_term_ends(false);
        b.insert(Q::RedenEinde, c(Opt::Reorganisatie));
        assert!(!outcome(&b, today()).has_warning(WarningKind::Aanzegplicht));
    }

    #[test]
    fn a_fixed_term_contract_ending_while_sick_names_the_ziektewet_details() {
        let a = fixed_term_ends(true);
        let (nl, en) = shown(&a, today(), WarningKind::FixedTermEndsWhileSick);
        check(
            &nl,
            &[
                "meld je dan zelf meteen ziek bij UWV",
                "52 weken",
                "65%",
                "art. 19aa Ziektewet",
                "art. 38 Ziektewet",
                "maximumdagloon",
            ],
            &[],
        );
        check(
            &en,
            &[
                "report sick to UWV yourself",
                "52 weeks",
                "65%",
                "art. 19aa Ziektewet",
            ],
            &[],
        );
        let (nl, _) = shown(
            &as_employer(a),
            today(),
            WarningKind::FixedTermEndsWhileSick,
        );
        check(
            &nl,
            &["re-integratieverslag", "eigenrisicodrager"],
            &["je werkgever"],
        );
    }

    #[test]
    fn sick_pay_is_seventy_percent_up_to_the_maximum_dagloon() {
        use crate::flow::outcome::Duty;
        use crate::text::flow::outcome::{duty_text, route_text};
        for r in [AdviceRoute::Spoor1, AdviceRoute::TeVroeg] {
            for v in [Voice::Werknemer, Voice::Werkgever] {
                let nl = route_text(r, v, Lang::Nl).who_pays;
                check(nl, &["70% van het maximumdagloon"], &["minstens 70%"]);
                let en = route_text(r, v, Lang::En).who_pays;
                check(en, &["70% of the maximum daily wage"], &["at least 70%"]);
            }
        }
        let nl = duty_text(Duty::WgLoondoorbetaling, Lang::Nl);
        check(
            nl,
            &["70% van het maximumdagloon", "6 of 13 weken"],
            &["minstens 70%"],
        );
        let en = duty_text(Duty::WgLoondoorbetaling, Lang::En);
        check(
            en,
            &["70% of the maximum daily wage", "6 or 13 weeks"],
            &["at least 70%"],
        );
    }

    #[test]
    fn self_employed_income_names_the_uwv_voluntary_insurance() {
        let mut a = fixed_term_ends(false);
        a.insert(Q::ZelfstandigInkomen, c(Opt::Ja));
        let (nl, en) = shown(&a, today(), WarningKind::SelfEmployed);
        check(
            &nl,
            &[
                "vrijwillig verzekeren",
                "binnen 13 weken",
                "in het jaar daarvoor verplicht verzekerd",
                "60 dagen",
            ],
            &["nog geen wet", "geen wettelijke verzekering"],
        );
        check(
            &en,
            &[
                "voluntarily with UWV",
                "within 13 weeks",
                "compulsorily insured in the year before",
                "60 days",
            ],
            &["not law yet", "no statutory insurance"],
        );
        assert!(warning_sources(WarningKind::SelfEmployed)
            .iter()
            .any(|s| s.url.is_some_and(|u| u.starts_with("https://www.uwv.nl/"))));
        // The BAZ's status comes from the register, shown next to the warning.
        assert!(outcome(&a, today())
            .pending_law
            .iter()
            .any(|n| n.id == crate::pending_law::PendingLawId::Baz));
        use crate::text::flow::question_text;
        let nl = question_text(Q::ZelfstandigInkomen, Voice::Werknemer, Lang::Nl).help;
        check(
            nl,
            &["vrijwillige verzekering bij UWV", "13 weken"],
            &["niet verzekerd via je werkgever of UWV"],
        );
        let en = question_text(Q::ZelfstandigInkomen, Voice::Werknemer, Lang::En).help;
        check(
            en,
            &["voluntary insurance with UWV", "13 weeks"],
            &["through your employer or UWV"],
        );
    }

    #[test]
    fn question_texts_leave_the_status_of_bill_36869_to_the_register() {
        use crate::text::flow::question_text;
        for v in [Voice::Werknemer, Voice::Werkgever] {
            let nl = question_text(Q::WerkgeverGrootte, v, Lang::Nl).help;
            check(
                nl,
                &["36869"],
                &["nog geen wet", "houden alleen kleine werkgevers"],
            );
            let en = question_text(Q::WerkgeverGrootte, v, Lang::En).help;
            check(
                en,
                &["36869"],
                &["not law yet", "only small employers would keep"],
            );
        }
    }

    #[test]
    fn missed_steps_and_a_dismissal_name_the_billijke_vergoeding() {
        // Sick since 1 September 2026, no probleemanalyse by week 12, dismissed.
        let mut a = sick_and_ending(d(2026, 9, 1), Opt::Reorganisatie, Opt::Werkgever, Opt::Nee);
        a.insert(Q::ProbleemanalyseGedaan, c(Opt::Nee));
        let o = outcome(&a, today());
        assert!(o.has_warning(WarningKind::MissedProbleemanalyse));
        assert!(o.has_warning(WarningKind::BillijkeVergoeding));
        let (nl, en) = shown(&a, today(), WarningKind::BillijkeVergoeding);
        check(
            &nl,
            &[
                "ernstig verwijtbaar",
                "art. 7:671b lid 9 sub c BW",
                "art. 7:682 lid 1 sub c BW",
                "2 maanden",
            ],
            &[],
        );
        check(
            &en,
            &[
                "serious culpability",
                "art. 7:671b(9)(c) BW",
                "art. 7:682(1)(c) BW",
                "2 months",
            ],
            &[],
        );
        let (nl, _) = shown(
            &as_employer(a.clone()),
            today(),
            WarningKind::BillijkeVergoeding,
        );
        check(&nl, &["je zieke werknemer"], &["je werkgever"]);
        // A settlement agreement is no dismissal; without missed steps nothing either.
        let mut b = a.clone();
        b.insert(Q::VsoAangeboden, c(Opt::Getekend));
        assert!(!outcome(&b, today()).has_warning(WarningKind::BillijkeVergoeding));
        a.insert(Q::ProbleemanalyseGedaan, c(Opt::Ja));
        assert!(!outcome(&a, today()).has_warning(WarningKind::BillijkeVergoeding));
    }

    #[test]
    fn docs_flow_md_lists_every_warning_code() {
        use WarningKind as W;
        let all = [
            W::VsoWhileSick,
            W::VsoSignedWhileSick,
            W::VsoWw,
            W::OpzegverbodTijdensZiekte,
            W::TooEarlyForLongIllnessDismissal,
            W::FixedTermEndsWhileSick,
            W::Aanzegplicht,
            W::MissedProbleemanalyse,
            W::MissedPlanVanAanpak,
            W::MissedEerstejaarsevaluatie,
            W::Spoor2Late,
            W::ConflictAskBedrijfsarts,
            W::SituatiefStillReportedSick,
            W::OutplacementFromTv,
            W::TvClaimDeadline,
            W::EmployerCompensationDeadline,
            W::BillijkeVergoeding,
            W::EmployeeObligations,
            W::DeskundigenoordeelSecondOpinion,
            W::AowAge,
            W::OpzegverbodNaAow,
            W::CheckHiaat,
            W::HighEarnerExcedent,
            W::SelfEmployed,
        ];
        // A new kind must be added to the list above (and to docs/flow.md).
        for k in all {
            match k {
                W::VsoWhileSick
                | W::VsoSignedWhileSick
                | W::VsoWw
                | W::OpzegverbodTijdensZiekte
                | W::TooEarlyForLongIllnessDismissal
                | W::FixedTermEndsWhileSick
                | W::Aanzegplicht
                | W::MissedProbleemanalyse
                | W::MissedPlanVanAanpak
                | W::MissedEerstejaarsevaluatie
                | W::Spoor2Late
                | W::ConflictAskBedrijfsarts
                | W::SituatiefStillReportedSick
                | W::OutplacementFromTv
                | W::TvClaimDeadline
                | W::EmployerCompensationDeadline
                | W::BillijkeVergoeding
                | W::EmployeeObligations
                | W::DeskundigenoordeelSecondOpinion
                | W::AowAge
                | W::OpzegverbodNaAow
                | W::CheckHiaat
                | W::HighEarnerExcedent
                | W::SelfEmployed => {}
            }
        }
        let doc = include_str!("../../../docs/flow.md");
        for k in all {
            let code = serde_json::to_string(&k).unwrap_or_default();
            let code = code.trim_matches('"');
            assert!(
                doc.contains(&format!("`{code}`")),
                "docs/flow.md lacks {code}"
            );
        }
    }

    #[test]
    fn the_compensation_warning_states_current_law_and_points_to_the_notice() {
        let nl = all_words(WarningKind::EmployerCompensationDeadline, Lang::Nl);
        check(
            &nl,
            &[
                "art. 7:673e BW",
                "6 maanden na de betaling",
                "aangekondigde wetswijziging",
            ],
            &["nog geen wet", "wetsvoorstel"],
        );
        let en = all_words(WarningKind::EmployerCompensationDeadline, Lang::En);
        check(
            &en,
            &[
                "art. 7:673e BW",
                "6 months after paying",
                "announced change",
            ],
            &["not law yet", "bill"],
        );
    }
}

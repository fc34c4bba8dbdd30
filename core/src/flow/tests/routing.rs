//! Per-question routing: given these answers, the next question is X.

use super::*;

#[test]
fn full_path_sick_employee() {
    assert_path(&sick_employee_spoor2());
}

#[test]
fn full_path_employee_not_sick_job_ending() {
    let mut p = not_sick_job_ends(
        Opt::Reorganisatie,
        d(2027, 1, 31),
        Opt::Aangeboden,
        Opt::WerkgeverBetaalt,
    );
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
        (Q::VsoBedrag, Answer::Money(Cents(2_000_000))),
        (Q::VsoEinddatum, Answer::Unknown),
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
    // A settlement agreement on the table: its amount and end date come next, also when
    // it is signed; not when none is offered or it is unknown.
    assert_eq!(next(&given(&v)), Step::Ask(Q::VsoBedrag));
    for other in [c(Opt::Nee), Answer::Unknown] {
        let mut w = v.clone();
        w.retain(|(q, _)| *q != Q::VsoAangeboden);
        w.push((Q::VsoAangeboden, other));
        assert_eq!(next(&given(&w)), Step::CheckAnswers, "{other:?}");
    }
    let mut w = v.clone();
    w.retain(|(q, _)| *q != Q::VsoAangeboden);
    w.push((Q::VsoAangeboden, c(Opt::Getekend)));
    assert_eq!(next(&given(&w)), Step::Ask(Q::VsoBedrag));
    v.push((Q::VsoBedrag, Answer::Unknown));
    assert_eq!(next(&given(&v)), Step::Ask(Q::VsoEinddatum));
    v.push((Q::VsoEinddatum, Answer::Unknown));
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

//! Per-question routing: given these answers, the next question is X.

use super::*;

#[test]
fn full_path_sick_employee() {
    assert_path(&sick_employee_spoor2());
}

#[test]
fn full_path_employee_not_sick_job_ending() {
    let job = not_sick_job_ends(
        Opt::Reorganisatie,
        d(2027, 1, 31),
        Opt::Aangeboden,
        Opt::WerkgeverBetaalt,
    );
    assert_path(&amend(job, "zelfstandig_inkomen=nee"));
}

#[test]
fn full_path_employer_situational() {
    let p = [
        script(
            "rol=werkgever ziek_nu=ja eerste_ziektedag=2026-09-01 \
             eerdere_ziekteperiode=binnen_4_weken eerdere_ziekteperiode_begin=2026-06-01 \
             eerdere_ziekteperiode_einde=2026-08-14",
        ),
        // No plan_van_aanpak_gedaan: there is no probleemanalyse. No aangepast_werk_mogelijk
        // and no ander_werk_intern: the own work is possible.
        script(
            "probleemanalyse_gedaan=nee arbeidsdeskundig_onderzoek=nee eigen_werk_mogelijk=ja \
             oorzaak_werk_of_conflict=conflict oordeel_bedrijfsarts_situatief=situatief \
             terugkeer_binnen_26_weken=weet_niet eerstejaarsevaluatie_gedaan=nee spoor2_gestart=nee",
        ),
        // No datum_einde: only "misschien".
        script(
            "baan_eindigt=misschien reden_einde=conflict initiatief=samen \
             vso_aangeboden=aangeboden vso_bedrag=20000 vso_einddatum=weet_niet \
             outplacement=uit_transitievergoeding",
        ),
        contract_block(),
        script("eigenrisicodrager=wga hiaat_excedent=beide loon_boven_wia_grens=nee"),
    ]
    .concat();
    assert_path(&p);
}

#[test]
fn informatie_ends_after_the_first_question() {
    assert_path(&script("rol=informatie"));
    // Stale answers from an earlier role are not reached.
    let a = answers("rol=informatie ziek_nu=ja");
    assert_eq!(next(&a), Step::CheckAnswers);
    assert_eq!(relevant(&a).len(), 1);
}

#[test]
fn first_question_is_rol() {
    assert_eq!(next(&Answers::new()), Step::Ask(Q::Rol));
}

#[test]
fn each_branching_answer_leads_to_its_next_question() {
    // Each line is answered in turn: before each answer, its question is the next one.
    let sick = "rol=werknemer ziek_nu=ja eerste_ziektedag=2026-01-05";
    for walk in [
        "rol=werknemer ziek_nu=nee baan_eindigt=nee",
        "rol=werkgever ziek_nu=nee baan_eindigt=nee",
        &format!(
            "{sick} eerdere_ziekteperiode=binnen_4_weken eerdere_ziekteperiode_begin=weet_niet \
             eerdere_ziekteperiode_einde=weet_niet"
        ),
        &format!("{sick} eerdere_ziekteperiode=langer_geleden probleemanalyse_gedaan=ja"),
        &format!("{sick} eerdere_ziekteperiode=weet_niet probleemanalyse_gedaan=ja"),
        &format!(
            "{sick} eerdere_ziekteperiode=nee probleemanalyse_gedaan=ja plan_van_aanpak_gedaan=ja"
        ),
        &format!(
            "{sick} eerdere_ziekteperiode=nee probleemanalyse_gedaan=weet_niet \
             plan_van_aanpak_gedaan=ja"
        ),
        &format!(
            "{sick} eerdere_ziekteperiode=nee probleemanalyse_gedaan=nee \
             arbeidsdeskundig_onderzoek=nee eigen_werk_mogelijk=ja"
        ),
    ] {
        assert_asked_in_turn(&script(walk));
    }
}

#[test]
fn work_questions_branch() {
    // Each line is answered in turn after the sickness questions: before each answer, its
    // question is the next one.
    let no_work = "eigen_werk_mogelijk=nee aangepast_werk_mogelijk=nee ander_werk_intern=nee";
    for walk in [
        "eigen_werk_mogelijk=ja oorzaak_werk_of_conflict=nee",
        "eigen_werk_mogelijk=weet_niet aangepast_werk_mogelijk=nee",
        "eigen_werk_mogelijk=nee aangepast_werk_mogelijk=ja oorzaak_werk_of_conflict=nee",
        &format!("{no_work} oorzaak_werk_of_conflict=nee terugkeer_binnen_26_weken=nee"),
        &format!(
            "{no_work} oorzaak_werk_of_conflict=conflict oordeel_bedrijfsarts_situatief=ziek \
             terugkeer_binnen_26_weken=nee"
        ),
        &format!(
            "{no_work} oorzaak_werk_of_conflict=werkomstandigheden \
             oordeel_bedrijfsarts_situatief=ziek terugkeer_binnen_26_weken=nee"
        ),
        &format!(
            "{no_work} oorzaak_werk_of_conflict=weet_niet terugkeer_binnen_26_weken=ja \
             eerstejaarsevaluatie_gedaan=nee spoor2_gestart=ja_reintegratiebedrijf baan_eindigt=nee"
        ),
    ] {
        assert_asked_in_turn(&amend(sick_until_eigen_werk(), walk));
    }
}

#[test]
fn job_questions_branch() {
    // Each line is answered in turn: before each answer, its question is the next one.
    for walk in [
        "baan_eindigt=nee contract_type=vast",
        "baan_eindigt=ja reden_einde=functioneren initiatief=werkgever",
        "baan_eindigt=ja reden_einde=weet_niet initiatief=weet_niet datum_einde=weet_niet",
        "baan_eindigt=misschien reden_einde=weet_niet initiatief=weet_niet \
         vso_aangeboden=nee outplacement=nee",
    ] {
        assert_asked_in_turn(&script(&format!("rol=werknemer ziek_nu=nee {walk}")));
    }
    // A sick employee (no situational judgement) is not asked about outplacement.
    let mut v = amend(
        sick_employee_spoor2(),
        "baan_eindigt=misschien reden_einde=reorganisatie initiatief=werkgever \
         vso_aangeboden=aangeboden",
    );
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
    let start = |rol: &str| {
        let mut v = script(&format!("rol={rol} ziek_nu=nee baan_eindigt=nee"));
        v.extend(contract_block());
        v
    };
    let mut wg = start("werkgever");
    assert_eq!(next(&given(&wg)), Step::Ask(Q::Eigenrisicodrager));
    wg.push((Q::Eigenrisicodrager, Answer::Unknown));
    assert_eq!(next(&given(&wg)), Step::CheckAnswers);
    // Each contract question in turn.
    let wn = start("werknemer");
    assert_asked_in_turn(&wn);
    assert_eq!(next(&given(&wn)), Step::Ask(Q::ZelfstandigInkomen));
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
    let a = answers("rol=werkgever ziek_nu=nee baan_eindigt=nee");
    // contract block (6) + eigenrisicodrager = 7 more, 3 answered.
    assert_eq!(progress(&a), Some((4, 10)));
}

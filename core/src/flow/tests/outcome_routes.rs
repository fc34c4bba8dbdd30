//! Outcomes: the route, the tools and the duties for given answers.

use super::*;

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
    for (lang, reason) in [
        (Lang::Nl, "niet terug in je eigen werk"),
        (Lang::En, "cannot return to your own work"),
    ] {
        let r = o.render(lang);
        let card = rendered_card(&r, AdviceRoute::Spoor2);
        assert!(
            card.why.iter().any(|w| w.contains(reason)),
            "{:?}",
            card.why
        );
    }
    let nl = o.render(Lang::Nl);
    let card = rendered_card(&nl, AdviceRoute::Spoor2);
    assert!(card.timing.iter().any(|t| t.contains("3 januari 2027")));
    // Late after week 52 without a start.
    let o = outcome(&given(&sick_employee_spoor2()), d(2027, 1, 4));
    assert!(o.card(AdviceRoute::Spoor2).unwrap().timing.unwrap().late);
    assert!(o.has_warning(WarningKind::Spoor2Late));
    // After 104 weeks (day 728 ends 2 Jan 2028) the contract sleeps: spoor 2 is no longer
    // "late" but over, and the one card is the dormant contract's.
    let o = outcome(&given(&sick_employee_spoor2()), d(2028, 1, 3));
    assert!(!o.has_route(AdviceRoute::Spoor2));
    let card = o.card(AdviceRoute::SlapendDienstverband).unwrap();
    assert!(card.why.contains(&Why::WachttijdVoorbij(d(2028, 1, 2))));
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
    let v = amend(
        sick_until_eigen_werk(),
        "eigen_werk_mogelijk=ja oorzaak_werk_of_conflict=nee terugkeer_binnen_26_weken=ja \
         eerstejaarsevaluatie_gedaan=nee spoor2_gestart=nee baan_eindigt=nee",
    );
    let o = outcome(&given(&v), d(2026, 6, 1));
    let card = o.card(AdviceRoute::Spoor1).expect("spoor 1");
    assert!(card.why.contains(&Why::EigenWerkJa));
    assert!(!o.has_route(AdviceRoute::Spoor2));
    assert!(!o.has_route(AdviceRoute::Spoor1En2));
}

#[test]
fn both_tracks_when_only_adapted_work_and_no_return_within_26_weeks() {
    let v = amend(
        sick_until_eigen_werk(),
        "eigen_werk_mogelijk=nee aangepast_werk_mogelijk=ja oorzaak_werk_of_conflict=nee \
         terugkeer_binnen_26_weken=nee",
    );
    let o = outcome(&given(&v), today());
    assert!(o.has_route(AdviceRoute::Spoor1En2));
    // Unknown answers late in the first year: both tracks as well.
    let v = amend(
        sick_until_eigen_werk(),
        "eigen_werk_mogelijk=weet_niet aangepast_werk_mogelijk=weet_niet ander_werk_intern=weet_niet",
    );
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
    let a = answers(
        "rol=werknemer ziek_nu=ja eerste_ziektedag=2026-11-10 eerdere_ziekteperiode=nee \
         probleemanalyse_gedaan=nee arbeidsdeskundig_onderzoek=nee \
         eigen_werk_mogelijk=weet_niet aangepast_werk_mogelijk=weet_niet ander_werk_intern=weet_niet",
    );
    let o = outcome(&a, today()); // day 13 = week 2
    let card = o.card(AdviceRoute::TeVroeg).expect("te vroeg");
    assert!(card.why.contains(&Why::InWeek(2)));
    assert!(!o.has_warning(WarningKind::MissedProbleemanalyse));
}

#[test]
fn situational_route_only_on_the_bedrijfsarts_judgement() {
    let with = |oordeel: Answer| outcome(&given(&sick_in_conflict(oordeel)), today());
    let o = with(c(Opt::Situatief));
    let card = o.card(AdviceRoute::Situatief).expect("situational route");
    assert!(card.why.contains(&Why::BedrijfsartsSituatief));
    assert!(!o.has_route(AdviceRoute::Spoor2) && !o.has_route(AdviceRoute::Spoor1));
    assert!(o.has_warning(WarningKind::SituatiefStillReportedSick));
    // The card names its conditions, risks and sources, and the uncertainty.
    let r = o.render(Lang::Nl);
    let rc = rendered_card(&r, AdviceRoute::Situatief);
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
fn not_sick_job_ending_gives_outplacement_and_the_claim_deadline() {
    let a = given(&not_sick_job_ends(
        Opt::Reorganisatie,
        d(2027, 1, 31),
        Opt::Nee,
        Opt::UitTransitievergoeding,
    ));
    let o = outcome(&a, today());
    assert_eq!(o.routes[0].route, AdviceRoute::Outplacement);
    // Not sick: no card that says spoor 1 and 2 do not apply.
    assert_eq!(o.routes.len(), 1);
    assert!(o.has_warning(WarningKind::OutplacementFromTv));
    assert!(!o.has_warning(WarningKind::VsoWhileSick));
    assert!(!o.has_warning(WarningKind::EmployeeObligations));
    // 31 Jan 2027 + 3 months = 30 Apr 2027 (no 31 April: the month's last day).
    assert_eq!(
        warning(&o, WarningKind::TvClaimDeadline).date,
        Some(d(2027, 4, 30))
    );
    let nl = o.render(Lang::Nl);
    let rw = rendered_warning(&nl, WarningKind::TvClaimDeadline);
    assert!(rw
        .text
        .consequence
        .ends_with("Uiterste datum: 30 april 2027."));
    let en = o.render(Lang::En);
    let card = &en.routes[0];
    assert!(card.who_pays.contains("in writing beforehand"));
    // The tools are pre-filled.
    assert_eq!(
        tool_href(&o, Tool::Transitievergoeding),
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
        Some(&crate::flow::outcome::Duty::WgZiekmeldingArbodienst)
    );
    let nl = o.render(Lang::Nl);
    assert!(nl.summary[0].starts_with("Je werknemer is ziek sinds 5 januari 2026"));
    let card = rendered_card(&nl, AdviceRoute::Spoor2);
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
    let o = outcome(&answers("rol=informatie"), today());
    assert!(o.informatie);
    assert_eq!(o.routes.len(), 1);
    assert_eq!(o.routes[0].route, AdviceRoute::Informatie);
    assert!(o.tools.iter().any(|t| t.href == "#/uitleg"));
    assert!(o.tools.iter().any(|t| t.href == "#/vergelijk"));
}

#[test]
fn helpers_for_the_engines() {
    let a = answers(
        "rol=werknemer ziek_nu=ja eerste_ziektedag=2025-06-20 \
         eerdere_ziekteperiode=binnen_4_weken eerdere_ziekteperiode_begin=2025-03-03 \
         eerdere_ziekteperiode_einde=2025-05-30",
    );
    assert_eq!(
        sick_periods(&a),
        vec![
            (d(2025, 3, 3), Some(d(2025, 5, 30))),
            (d(2025, 6, 20), None)
        ]
    );
    let o = outcome(&a, today());
    assert_eq!(
        tool_href(&o, Tool::Tijdlijn),
        "#/tijdlijn?periode=2025-03-03..2025-05-30&periode=2025-06-20.."
    );
    // An earlier period that does not end before the current one is left out.
    let mut b = a.clone();
    b.insert(Q::EerdereZiekteperiodeEinde, Answer::Date(d(2025, 7, 1)));
    assert_eq!(sick_periods(&b), vec![(d(2025, 6, 20), None)]);
    // No job ending: no transitievergoeding inputs.
    assert_eq!(transitievergoeding_inputs(&a), None);
    use Opt::*;
    use Termination::*;
    let cases = [
        (Reorganisatie, Werkgever, Nee, EmployerInitiative),
        (TijdelijkContract, Werkgever, Nee, FixedTermNotRenewed),
        (TijdelijkContract, Werknemer, Nee, EmployeeResigned),
        (Conflict, Werkgever, Getekend, MutualConsent),
        (
            LangdurigeZiekte,
            Werkgever,
            Aangeboden,
            AfterTwoYearsIllness,
        ),
        (EigenKeuze, Werknemer, Nee, EmployeeResigned),
        (Anders, Samen, Nee, MutualConsent),
    ];
    for (reden, init, vso, want) in cases {
        let mut p = job_ends(reden, init, d(2027, 3, 31), vso);
        p.extend(vso_terms(vso, Answer::Unknown, Answer::Unknown));
        p.extend(script("outplacement=nee"));
        p.extend(contract_block());
        let h = transitievergoeding_inputs(&given(&p)).unwrap();
        assert_eq!(h.termination, Some(want), "{reden:?} {init:?} {vso:?}");
        assert_eq!(h.start, Some(d(2015, 9, 1)));
        assert_eq!(h.end, Some(d(2027, 3, 31)));
        assert_eq!(h.monthly_wage, Some(Cents(325_000)));
    }
    let h = transitievergoeding_inputs(&answers(
        "rol=werknemer ziek_nu=nee baan_eindigt=misschien reden_einde=weet_niet initiatief=weet_niet",
    ))
    .unwrap();
    assert_eq!(h.termination, None);
    assert_eq!(
        Termination::AfterTwoYearsIllness.code(),
        "after_two_years_illness"
    );
}

#[test]
fn the_income_link_is_pre_filled_from_the_answers() {
    use crate::form_model::inkomen::parse_query;
    let p = amend(
        sick_employee_spoor2(),
        "bruto_maandloon=4000 hiaat_excedent=hiaat",
    );
    let out = outcome(&given(&p), today());
    // A sick employee gets the income link. € 4.000 × 12 = € 48.000, plus 8% holiday
    // allowance = € 51.840.
    let href = tool_href(&out, Tool::Inkomen);
    assert_eq!(
        href,
        "#/inkomen?jaarloon=51840.00&ziek=2026-01-05&uren=36&hiaat=basis"
    );
    // The income page reads every parameter of that link without a notice.
    let query = href.split_once('?').map(|(_, q)| q).unwrap_or("");
    let (form, ignored) = parse_query(query);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(form.wage, "51840.00");
    assert_eq!(
        form.sick_day,
        crate::dates::DateParts::new("5", "1", "2026")
    );
    // The hours per week feed the year-1 minimum-wage floor.
    assert_eq!(form.hours, "36");

    // "Weet ik niet" (the scripted path's answer) gives the range.
    let out = outcome(&given(&sick_employee_spoor2()), today());
    assert_eq!(
        tool_href(&out, Tool::Inkomen),
        "#/inkomen?jaarloon=42120.00&ziek=2026-01-05&uren=36&hiaat=onbekend"
    );
}

#[test]
fn sick_without_countable_periods_gets_a_card_that_says_why() {
    // Sick, but no first sick day to count from: no route can be chosen, and the advice
    // says so instead of showing no card at all.
    let a = answers("rol=werknemer ziek_nu=ja");
    let o = outcome(&a, today());
    let card = o.card(AdviceRoute::Informatie).expect("a card");
    assert_eq!(card.why, vec![Why::ZiekteNietTeTellen]);
    assert_eq!(o.routes.len(), 1);
    // Also far from today (the clock of the engine plays no part).
    let o = outcome(&a, d(1959, 10, 5));
    assert!(!o.routes.is_empty());
}

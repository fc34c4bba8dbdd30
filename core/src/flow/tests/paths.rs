//! The walk over every reachable path, and arbitrary answers that must still route
//! and give an outcome.

use super::*;

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

/// Whether the outcome has route cards for these effective answers: information only,
/// or a person who is sick or whose job (may) end.
fn advice_expected(eff: &Answers) -> bool {
    let is = |q: Q, o: Opt| eff.get(&q) == Some(&c(o));
    let person = is(Q::Rol, Opt::Werknemer) || is(Q::Rol, Opt::Werkgever);
    !person
        || is(Q::ZiekNu, Opt::Ja)
        || is(Q::BaanEindigt, Opt::Ja)
        || is(Q::BaanEindigt, Opt::Misschien)
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
    assert!(!o.help.is_empty());
    let eff = effective(a);
    let sick = eff.get(&Q::ZiekNu) == Some(&c(Opt::Ja));
    // A card for every situation with something to advise; none that only says
    // "does not apply" (an empty part is hidden).
    assert_eq!(o.routes.is_empty(), !advice_expected(&eff), "{a:?}");
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
    let employer = [
        script(
            "rol=werkgever ziek_nu=nee baan_eindigt=ja reden_einde=conflict initiatief=samen \
             datum_einde=weet_niet vso_aangeboden=getekend outplacement=nee",
        ),
        contract_block(),
        script("eigenrisicodrager=nee"),
    ]
    .concat();
    let paths = [sick_employee_spoor2(), employer];
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

/// Any answer for a question, valid or not: every sample answer, a random option (which
/// may not belong to the question), a random integer or date, or nothing.
fn arb_answer() -> impl proptest::strategy::Strategy<Value = Option<Answer>> {
    use proptest::prelude::*;
    prop_oneof![
        Just(None),
        (0usize..crate::flow::questions::Opt::ALL.len() + 1).prop_map(|i| {
            let all = crate::flow::questions::Opt::ALL;
            Some(c(all[i % all.len()]))
        }),
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
        picks in proptest::collection::vec(arb_answer(), Q::ALL.len()),
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
        proptest::prop_assert!(!o.routes.is_empty() || !advice_expected(&effective(&a)));
        let _ = o.render(Lang::Nl);
        let _ = o.render(Lang::En);
        let _ = sick_periods(&a);
        let _ = transitievergoeding_inputs(&a);
    }
}

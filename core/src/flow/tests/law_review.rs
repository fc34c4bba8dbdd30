//! Corrected legal statements: the warning is triggered where the law says so, and its
//! words carry the corrected facts in both languages, without the old wrong claim.
use super::*;
use super::{rendered_card, warning};
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

/// An employee who is not sick and whose job ends for `reden` on `end`, with `vso` as the
/// answer about a settlement agreement; no outplacement and no income as self-employed.
fn not_sick_and_ending(reden: Opt, end: NaiveDate, vso: Opt) -> Answers {
    let mut p = not_sick_job_ends(reden, end, vso, Opt::Nee);
    p.push((Q::ZelfstandigInkomen, c(Opt::Nee)));
    given(&p)
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
    let short_ban = warning(&o, WarningKind::OpzegverbodNaAow).date;
    assert_eq!(short_ban, Some(d(2026, 11, 12)));
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
    let short_ban = warning(&o, WarningKind::OpzegverbodNaAow).date;
    assert_eq!(short_ban, Some(d(2023, 8, 31)));
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
    let a = not_sick_and_ending(Opt::Reorganisatie, d(2027, 1, 31), Opt::Aangeboden);
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
    let a = given(&sick_in_conflict(c(Opt::Situatief)));
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
    // The outcome also warns about the WW, and the card names its conditions.
    let o = outcome(&a, today());
    assert!(o.has_warning(WarningKind::VsoWw));
    for lang in [Lang::Nl, Lang::En] {
        let r = o.render(lang);
        let card = rendered_card(&r, AdviceRoute::Situatief);
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
    not_sick_and_ending(Opt::TijdelijkContract, d(2027, 3, 31), Opt::Nee)
}

#[test]
fn a_fixed_term_contract_that_ends_brings_the_aanzegplicht() {
    for sick in [false, true] {
        let a = fixed_term_ends(sick);
        let o = outcome(&a, today());
        // A month before 31 March 2027.
        let aanzeg = warning(&o, WarningKind::Aanzegplicht).date;
        assert_eq!(aanzeg, Some(d(2027, 2, 28)));
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
            "art. 38 lid 2 Ziektewet",
            "laatste werkdag",
            "maximumdagloon",
        ],
        &["niet eerder en niet later"],
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
        W::IllnessAndConflict,
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
        W::UwvVoluntaryDeadline,
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
            | W::IllnessAndConflict
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
            | W::SelfEmployed
            | W::UwvVoluntaryDeadline => {}
        }
    }
    let doc = include_str!("../../../../docs/flow.md");
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
    for (lang, notice, lacks) in [
        (
            Lang::Nl,
            "aangekondigde wetswijziging",
            ["nog geen wet", "wetsvoorstel"],
        ),
        (Lang::En, "announced change", ["not law yet", "bill"]),
    ] {
        let term = crate::text::transitievergoeding::compensation_term(lang);
        let text = all_words(WarningKind::EmployerCompensationDeadline, lang);
        check(&text, &["art. 7:673e BW", term, notice], &lacks);
    }
}

//! Two situations that change the advice as a whole, in both voices, on a fixed today:
//! a dormant contract after the 104 weeks, and a fixed-term contract that ends while the
//! employee is sick. Given these answers, the outcome holds these facts with these dates
//! and amounts (worked out by hand in the comments).

use super::*;
use crate::flow::outcome::{Duty, Money, Outcome, Summary, Tool};
use crate::flow::situation::EndReport;
use crate::poortwachter::{Actor, MilestoneId};
use crate::text::transitievergoeding::compensation_term;
use crate::transitievergoeding::CompensationStatus;

/// The fixed today of these tests: Sunday 29 November 2026.
fn now() -> NaiveDate {
    d(2026, 11, 29)
}

/// One of `lines` contains every one of `needles`.
#[track_caller]
pub(in crate::flow) fn assert_a_line_says(lines: &[String], needles: &[&str]) {
    assert!(
        lines.iter().any(|l| needles.iter().all(|n| l.contains(n))),
        "no line says all of {needles:?}: {lines:?}"
    );
}

/// The reasons on the Ziektewet card, which the outcome must show.
fn ziektewet_why(o: &Outcome) -> Vec<Why> {
    let card = o.card(AdviceRoute::ZiektewetVangnet);
    card.expect("the Ziektewet card").why.clone()
}

/// Sick since Monday 2 September 2024, in service since 1 February 2012 at € 3.400 a
/// month: the 104 weeks ended on 30 August 2026 (2 Sep 2024 + 727 days), so on
/// 29 November 2026 the contract sleeps when it has not ended.
pub(in crate::flow) fn dormant(rol: Opt, size: Opt) -> Answers {
    let missed = script("probleemanalyse_gedaan=nee eerstejaarsevaluatie_gedaan=nee");
    let mut a = sick_path(rol, d(2024, 9, 2), &missed);
    a.extend(script(&format!(
        "baan_eindigt=nee contract_type=vast datum_in_dienst=2012-02-01 uren_per_week=36 \
         bruto_maandloon=3400 werkgever_grootte={} leeftijd=52",
        size.as_str()
    )));
    a.extend(script("hiaat_excedent=geen loon_boven_wia_grens=nee"));
    a.push(own_risk_or_income(rol, Opt::Nee));
    given(&a)
}

/// The interview's last answer, which depends on who answers: whether the employer
/// carries its own risk (`erd`), or whether the employee has income as a self-employed
/// person (no).
fn own_risk_or_income(rol: Opt, erd: Opt) -> (Q, Answer) {
    match rol {
        Opt::Werkgever => (Q::Eigenrisicodrager, c(erd)),
        _ => (Q::ZelfstandigInkomen, c(Opt::Nee)),
    }
}

/// € 3.400 a month plus 8% holiday pay is M = € 3.672. From 1 Feb 2012 to 30 Aug 2026:
/// 14 years, 6 months and 30 days of August (31 days): 14 × M/3 + 6 × M/36 + 30/31 × M/36
/// = 17.136 + 612 + 98,709… = € 17.846,71 (under the cap).
const XELLA: Cents = Cents(1_784_671);

#[test]
fn a_dormant_contract_in_the_employees_voice() {
    let a = dormant(Opt::Werknemer, Opt::Vanaf25);
    let o = outcome(&a, now());
    assert!(o.summary.contains(&Summary::Dormant {
        wachttijd_end: d(2026, 8, 30)
    }));
    // One card: the dormant contract; the spoor cards, which say the wage continues, go.
    assert_eq!(o.routes.len(), 1);
    let card = o.card(AdviceRoute::SlapendDienstverband).unwrap();
    assert_eq!(
        card.why,
        vec![Why::WachttijdVoorbij(d(2026, 8, 30)), Why::BaanEindigtNiet]
    );
    // Things to do now: the proposal. The plan, the WIA application (week 93), the
    // loonstop and the missed steps lie behind.
    assert_eq!(o.duties.first(), Some(&Duty::WnSlapendVoorstel));
    assert!(!o.duties.contains(&Duty::WnPlanVanAanpak));
    assert!(!o.duties.contains(&Duty::WnWiaAanvraag));
    assert!(
        !o.duties.contains(&Duty::WnMeewerken),
        "its words run until week 104"
    );
    for k in [
        WarningKind::EmployeeObligations,
        WarningKind::MissedProbleemanalyse,
        WarningKind::MissedPlanVanAanpak,
        WarningKind::MissedEerstejaarsevaluatie,
        WarningKind::Spoor2Late,
    ] {
        assert!(!o.has_warning(k), "{k:?}");
    }
    // The money: the amount at the end of the wachttijd, with the compensation's status
    // for a medium or large employer (bill 36869: the 104 weeks end after 1 July 2026).
    let Money::Xella(x) = &o.money else {
        panic!("{:?}", o.money)
    };
    assert_eq!(x.amount, Some(XELLA));
    assert_eq!(x.wachttijd_end, d(2026, 8, 30));
    assert_eq!(
        x.compensation,
        Some(CompensationStatus::DependsOnPendingLaw)
    );
    assert!(x.href.contains("einde=2026-08-30"), "{}", x.href);
    assert!(x.href.contains("reden=after_two_years_illness"));
    let nl = o.render(Lang::Nl);
    assert_eq!(nl.money.amount.as_deref(), Some("€ 17.846,71"));
    assert!(
        nl.money.lines[0].contains("30 augustus 2026"),
        "{:?}",
        nl.money.lines
    );
    assert!(nl.money.lines[0].contains("je werkgever"));
    assert_a_line_says(&nl.money.lines, &[compensation_term(Lang::Nl)]);
    assert_a_line_says(&nl.money.lines, &["36869"]);
    assert_a_line_says(&nl.summary, &["slapend dienstverband"]);
    let rc = &nl.routes[0];
    assert!(rc.title.contains("je mag voorstellen"));
    assert!(rc.uncertain.is_some_and(|u| u.contains("36869")));
    let en = o.render(Lang::En);
    assert_eq!(en.money.amount.as_deref(), Some("€17,846.71"));
    assert!(en.money.lines[0].contains("30 August 2026"));
    // The voice: the employee never reads what the employer must do.
    for t in nl.duties.iter().chain(nl.routes[0].next) {
        assert!(!t.contains("je werknemer"), "{t}");
    }
    // The letter carries the same amount.
    assert_eq!(crate::letters::facts(&a, now()).xella_amount, Some(XELLA));
    // A dormant contract is no such thing yet on the last day of the 104 weeks.
    let o = outcome(&a, d(2026, 8, 30));
    assert!(!o.has_route(AdviceRoute::SlapendDienstverband));
    assert!(o.has_route(AdviceRoute::Spoor2));
}

#[test]
fn a_dormant_contract_in_the_employers_voice() {
    let a = dormant(Opt::Werkgever, Opt::Vanaf25);
    let o = outcome(&a, now());
    assert_eq!(
        &o.duties[..2],
        &[Duty::WgSlapendXella, Duty::WgSlapendCompensatie]
    );
    for gone in [
        Duty::WgZiekmeldingArbodienst,
        Duty::WgLoondoorbetaling,
        Duty::WgProbleemanalyse,
        Duty::WgPlanVanAanpak,
        Duty::Wg42eWeeksmelding,
        Duty::WgSpoor2,
    ] {
        assert!(!o.duties.contains(&gone), "{gone:?}");
    }
    assert!(o.has_warning(WarningKind::EmployerCompensationDeadline));
    assert!(o
        .pending_law
        .iter()
        .any(|n| n.id == crate::pending_law::PendingLawId::Bill36869));
    let Money::Xella(x) = &o.money else {
        panic!("{:?}", o.money)
    };
    assert_eq!(x.amount, Some(XELLA));
    for lang in [Lang::Nl, Lang::En] {
        let r = o.render(lang);
        let term = compensation_term(lang);
        // The same words for the term in the duty, the card, the money and the warning.
        assert!(r.duties[1].contains(term), "{}", r.duties[1]);
        assert!(r.routes[0].who_pays.contains(term));
        assert_a_line_says(&r.money.lines, &[term]);
        let w = r
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::EmployerCompensationDeadline)
            .unwrap();
        assert!(w.text.consequence.contains(term));
    }
    let nl = o.render(Lang::Nl);
    assert!(nl.money.lines[0].contains("betaal je in beginsel € 17.846,71"));
    assert_a_line_says(&nl.summary, &["je hoeft geen loon meer te betalen"]);
    for t in nl.duties.iter().chain(nl.routes[0].next) {
        assert!(!t.contains("je werkgever"), "{t}");
    }
    // A small employer keeps the compensation.
    let o = outcome(&dormant(Opt::Werkgever, Opt::MinderDan25), now());
    let Money::Xella(x) = &o.money else {
        panic!("{:?}", o.money)
    };
    assert_eq!(x.compensation, Some(CompensationStatus::Eligible));
    // Without the wage there is no amount, but the calculator link and the date remain.
    let mut a = dormant(Opt::Werkgever, Opt::Vanaf25);
    a.insert(Q::BrutoMaandloon, Answer::Unknown);
    let o = outcome(&a, now());
    let Money::Xella(x) = &o.money else {
        panic!("{:?}", o.money)
    };
    assert_eq!(x.amount, None);
    let nl = o.render(Lang::Nl);
    assert_eq!(nl.money.amount, None);
    assert!(nl.money.lines[0].contains("30 augustus 2026"));
    assert!(nl.money.calculator.is_some());
}

#[test]
fn a_dormant_contract_that_the_employer_ends_keeps_the_statutory_amount() {
    // The employer dismisses after the 104 weeks, on 31 January 2027: the statutory
    // transitievergoeding runs to the end date and is more than the Xella amount.
    let mut a = dormant(Opt::Werkgever, Opt::Vanaf25);
    for (q, ans) in [
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::LangdurigeZiekte)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
        (Q::VsoAangeboden, c(Opt::Nee)),
    ] {
        a.insert(q, ans);
    }
    let o = outcome(&a, now());
    assert!(o.has_route(AdviceRoute::SlapendDienstverband));
    let Money::Transitievergoeding(m) = &o.money else {
        panic!("{:?}", o.money)
    };
    assert!(m.due && m.amount > XELLA);
    // Past the AOW age there is no transitievergoeding, so no dormant-contract advice.
    a.insert(Q::Leeftijd, Answer::Integer(67));
    assert!(!outcome(&a, now()).has_route(AdviceRoute::SlapendDienstverband));
}

/// A fixed-term contract that ends while sick. In service since 1 January 2025 at € 2.800
/// a month.
pub(in crate::flow) fn fixed_term(rol: Opt, first: NaiveDate, end: NaiveDate, erd: Opt) -> Answers {
    let unknown = script(
        "arbeidsdeskundig_onderzoek=nee eigen_werk_mogelijk=weet_niet \
         aangepast_werk_mogelijk=weet_niet ander_werk_intern=weet_niet \
         terugkeer_binnen_26_weken=weet_niet eerstejaarsevaluatie_gedaan=nee",
    );
    let mut a = sick_path(rol, first, &unknown);
    a.extend(script(&format!(
        "baan_eindigt=ja reden_einde=tijdelijk_contract initiatief=werkgever \
         datum_einde={} vso_aangeboden=nee",
        crate::dates::iso(end)
    )));
    a.extend(script(
        "contract_type=tijdelijk datum_in_dienst=2025-01-01 uren_per_week=32 \
         bruto_maandloon=2800 werkgever_grootte=vanaf_25 leeftijd=29",
    ));
    a.extend(script("hiaat_excedent=weet_niet loon_boven_wia_grens=nee"));
    a.push(own_risk_or_income(rol, erd));
    given(&a)
}

#[test]
fn a_fixed_term_contract_ending_while_sick_in_the_employees_voice() {
    // Sick from Monday 14 September 2026; the contract ends on Thursday 31 December
    // 2026, sick day 109 (week 16): the full report.
    let a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 12, 31), Opt::Nee);
    let sit = crate::flow::derive(&a, now());
    let ce = sit.contract_end.expect("the contract ends while sick");
    assert_eq!(ce.sick_days_at_end, 109);
    assert_eq!(ce.report, EndReport::Full);
    // The Ziektewet: € 2.800 × 12 × 1,08 = € 36.288 a year, € 3.024 a month, under the
    // cap; 70% = € 2.116,80 a month. The maximum dagloon on 1 January 2027 (carried
    // forward from July 2026): € 309,91.
    assert_eq!(ce.zw_month, Some(Cents(211_680)));
    assert_eq!(ce.max_dagloon, Some(Cents(30_991)));
    let o = outcome(&a, now());
    assert!(o.summary.contains(&Summary::ContractEndsWhileSick {
        last_day: d(2026, 12, 31),
        zw_from: d(2027, 1, 1)
    }));
    assert_eq!(
        ziektewet_why(&o),
        vec![
            Why::ContractEindigtOp {
                last_day: d(2026, 12, 31),
                week: 16
            },
            Why::ZiektewetVanaf {
                from: d(2027, 1, 1),
                erd: None
            },
            Why::ZiektewetBedrag {
                month: Cents(211_680),
                max_dagloon: Cents(30_991)
            },
            Why::ZiekmeldingUwv {
                last_day: d(2026, 12, 31),
                post_by: None,
                erd: None
            },
            Why::ReIntegratieverslagEinde(EndReport::Full),
        ]
    );
    assert_eq!(o.duties.first(), Some(&Duty::WnZiekmeldingUwv));
    // The aanzegging a month before the end; the transitievergoeding for not renewing:
    // 2 years × M/3 with M = € 3.024 = € 2.016,00, to claim by 31 March 2027.
    assert_eq!(
        warning(&o, WarningKind::Aanzegplicht).date,
        Some(d(2026, 11, 30))
    );
    assert!(o.has_warning(WarningKind::FixedTermEndsWhileSick));
    let Money::Transitievergoeding(m) = &o.money else {
        panic!("{:?}", o.money)
    };
    assert!(m.due);
    assert_eq!(m.amount, Cents(201_600));
    assert_eq!(m.claim_deadline, d(2027, 3, 31));
    // The next steps: the first evaluation (day 98, 20 Dec 2026) is still the
    // employer's; the later ones (days 140 and 182) are UWV's.
    let steps: Vec<_> = o
        .next_deadlines
        .iter()
        .map(|x| (x.id, x.date, x.actor))
        .collect();
    assert_eq!(
        steps,
        vec![
            (
                MilestoneId::Evaluatie(1),
                d(2026, 12, 20),
                Actor::WerkgeverEnWerknemer
            ),
            (MilestoneId::Evaluatie(2), d(2027, 1, 31), Actor::Uwv),
            (MilestoneId::Evaluatie(3), d(2027, 3, 14), Actor::Uwv),
        ]
    );
    // The links to the calendar and the income page carry the last day.
    let href = |t: Tool| o.tools.iter().find(|l| l.tool == t).unwrap().href.clone();
    assert!(href(Tool::Tijdlijn).ends_with("&einde=2026-12-31"));
    assert!(href(Tool::Inkomen).contains("einde=2026-12-31"));
    let nl = o.render(Lang::Nl);
    let rc = rendered_card(&nl, AdviceRoute::ZiektewetVangnet);
    assert_a_line_says(&rc.why, &["€ 2.116,80", "€ 309,91"]);
    assert_a_line_says(&rc.why, &["donderdag 31 december 2026", "laatste werkdag"]);
    assert_a_line_says(&rc.why, &["volledige re-integratieverslag"]);
    assert_a_line_says(&nl.money.lines, &["Je tijdelijke contract stopt"]);
    for t in nl.duties.iter().chain(rc.next) {
        assert!(!t.contains("je werknemer"), "{t}");
    }
}

#[test]
fn a_fixed_term_contract_ending_while_sick_in_the_employers_voice() {
    // Sick from Monday 9 November 2026; the last day is Sunday 3 January 2027, sick day
    // 56: the short report. By post the report must be in on the last working day
    // before: Thursday 31 December 2026 (1 January is a public holiday).
    let o = outcome(
        &fixed_term(Opt::Werkgever, d(2026, 11, 9), d(2027, 1, 3), Opt::Nee),
        now(),
    );
    let why = ziektewet_why(&o);
    let report_by = Why::ZiekmeldingUwv {
        last_day: d(2027, 1, 3),
        post_by: Some(d(2026, 12, 31)),
        erd: Some(false),
    };
    assert!(why.contains(&report_by), "{why:?}");
    assert!(why.contains(&Why::ReIntegratieverslagEinde(EndReport::Short)));
    // The employer's duties stop at the last day: the probleemanalyse (day 42) and the
    // plan (day 56) stay; the evaluations, the week-42 report, the first-year evaluation,
    // spoor 2 and the WIA report go; the sick report and the short report come.
    let want = [
        Duty::WgZiekmeldingArbodienst,
        Duty::WgLoondoorbetaling,
        Duty::WgZiekmeldingEindeContract,
        Duty::WgReIntegratieverslagEinde,
        Duty::WgProbleemanalyse,
        Duty::WgPlanVanAanpak,
    ];
    assert_eq!(&o.duties[..want.len()], &want);
    for gone in [
        Duty::WgEvaluaties,
        Duty::Wg42eWeeksmelding,
        Duty::WgEerstejaarsevaluatie,
        Duty::WgSpoor2,
        Duty::WgReIntegratieverslag,
    ] {
        assert!(!o.duties.contains(&gone), "{gone:?}");
    }
    let nl = o.render(Lang::Nl);
    let rc = rendered_card(&nl, AdviceRoute::ZiektewetVangnet);
    let report = rc
        .why
        .iter()
        .find(|w| w.contains("zondag 3 januari 2027"))
        .unwrap();
    // The last day is a Sunday: the report is due on the last working day before it,
    // Thursday 31 December 2026 (1 January is a public holiday; art. 38 lid 2 ZW).
    assert!(
        report.contains(
            "Meld je werknemer op de laatste werkdag, donderdag 31 december 2026, ziek bij UWV"
        ),
        "{report}"
    );
    assert!(
        report.contains("in het weekend of op een feestdag"),
        "{report}"
    );
    assert_a_line_says(&rc.why, &["kort re-integratieverslag"]);
    assert_a_line_says(
        &nl.money.lines,
        &["Het tijdelijke contract van je werknemer stopt en je verlengt het niet"],
    );
    for t in nl
        .duties
        .iter()
        .chain(rc.next)
        .map(|t| t.to_string())
        .chain(rc.why.iter().cloned())
        .chain(nl.summary.iter().cloned())
    {
        assert!(!t.contains("je werkgever"), "{t}");
    }
    let en = o.render(Lang::En);
    assert!(en
        .routes
        .iter()
        .any(|c| c.why.iter().any(
            |w| w.contains("Sunday 3 January 2027") && w.contains("Thursday 31 December 2026")
        )));
}

#[test]
fn an_employer_carrying_its_own_ziektewet_risk_keeps_the_duties() {
    let a = fixed_term(Opt::Werkgever, d(2026, 9, 14), d(2026, 12, 31), Opt::Beide);
    let o = outcome(&a, now());
    let own_risk = Why::ZiektewetVanaf {
        from: d(2027, 1, 1),
        erd: Some(true),
    };
    assert!(ziektewet_why(&o).contains(&own_risk));
    assert!(o.duties.contains(&Duty::WgEigenrisicodragerZw));
    assert!(o.duties.contains(&Duty::WgEerstejaarsevaluatie));
    assert!(o.duties.contains(&Duty::WgEvaluaties));
    // The steps after the last day stay the employer's (and the employee's).
    let ev2 = o
        .next_deadlines
        .iter()
        .find(|x| x.id == MilestoneId::Evaluatie(2))
        .unwrap();
    assert_eq!(ev2.actor, Actor::WerkgeverEnWerknemer);
    let cal = o.tools.iter().find(|l| l.tool == Tool::Tijdlijn).unwrap();
    assert!(
        cal.href.ends_with("&einde=2026-12-31&erd_zw=1"),
        "{}",
        cal.href
    );
    let nl = o.render(Lang::Nl);
    assert!(nl
        .routes
        .iter()
        .flat_map(|c| c.why.iter())
        .any(|w| w.contains("binnen 6 weken na die dag")));
}

#[test]
fn only_a_fixed_term_end_within_the_illness_is_one() {
    let sit = |a: &Answers| crate::flow::derive(a, now()).contract_end;
    // Before the first sick day, or after the 104 weeks: not a contract ending while sick.
    let a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 9, 13), Opt::Nee);
    assert_eq!(sit(&a), None);
    let a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2028, 9, 30), Opt::Nee);
    assert_eq!(sit(&a), None);
    // A dismissal on a date is not a fixed term running out.
    let mut a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 12, 31), Opt::Nee);
    a.insert(Q::RedenEinde, c(Opt::Reorganisatie));
    assert_eq!(sit(&a), None);
    assert!(!outcome(&a, now()).has_route(AdviceRoute::ZiektewetVangnet));
    // A temporary contract whose reason is not known counts as running out.
    a.insert(Q::RedenEinde, Answer::Unknown);
    assert!(sit(&a).is_some());
    // The last day on the sixth week's last day (day 42): the short report; day 41: none.
    let a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 10, 25), Opt::Nee);
    assert_eq!(sit(&a).map(|c| c.report), Some(EndReport::Short));
    let a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 10, 24), Opt::Nee);
    assert_eq!(sit(&a).map(|c| c.report), Some(EndReport::None));
    let a = fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 11, 22), Opt::Nee);
    assert_eq!(sit(&a).map(|c| c.report), Some(EndReport::Full)); // day 70
}

#[test]
fn the_compensation_term_reads_the_same_everywhere() {
    use crate::flow::outcome::Warning;
    use crate::income::{Consideration, ConsiderationKind, Role};
    use crate::letters::LetterKind;
    use crate::text::calc::CalcText;
    use crate::text::flow::outcome::{duty_text, route_text, warning_text};
    use crate::text::transitievergoeding::line_text;
    use crate::transitievergoeding::explain::Line;
    let letter = crate::text::keep::letters::letter(
        LetterKind::SlapendDienstverband,
        &dormant(Opt::Werknemer, Opt::Vanaf25),
        now(),
        Lang::Nl,
    );
    for lang in [Lang::Nl, Lang::En] {
        let term = compensation_term(lang);
        let page = match lang {
            Lang::Nl => include_str!("../../../content/nl/transitievergoeding.md"),
            Lang::En => include_str!("../../../content/en/transitievergoeding.md"),
        };
        let texts: Vec<(&str, String)> = vec![
            (
                "outcome warning",
                warning_text(
                    &Warning {
                        kind: WarningKind::EmployerCompensationDeadline,
                        date: None,
                    },
                    Voice::Werkgever,
                    lang,
                )
                .consequence,
            ),
            (
                "outcome card",
                route_text(AdviceRoute::SlapendDienstverband, Voice::Werkgever, lang)
                    .who_pays
                    .into(),
            ),
            (
                "outcome duty",
                duty_text(Duty::WgSlapendCompensatie, lang).into(),
            ),
            (
                "calculator line",
                line_text(
                    Line::CompensationDeadline { date: None },
                    Voice::Werkgever,
                    lang,
                ),
            ),
            (
                "calculator hint",
                CalcText::TvBetaaldatumHint.text(lang).into(),
            ),
            (
                "income page",
                crate::text::income::consideration_text(
                    &Consideration {
                        role: Role::Employer,
                        kind: ConsiderationKind::Compensatieregeling,
                        sources: &[],
                    },
                    lang,
                ),
            ),
            (
                "glossary",
                crate::kb::Term::CompensatieTransitievergoeding
                    .definition(lang)
                    .into(),
            ),
            ("kennisbank page", page.into()),
            (
                "letter",
                match lang {
                    Lang::Nl => letter.text_nl.clone(),
                    Lang::En => letter.text_en.clone(),
                },
            ),
        ];
        for (place, text) in texts {
            assert!(
                text.contains(term),
                "{place} ({lang:?}) lacks the term: {text}"
            );
            // The earlier, differing words for the same term.
            for old in [
                "binnen **zes maanden**",
                "binnen zes maanden na de betaling",
                "6 maanden nadat",
                "within **six months**",
                "within six months of paying",
                "6 months after paying",
                "6 months after you paid",
            ] {
                assert!(!text.contains(old), "{place}: {old}");
            }
        }
    }
}

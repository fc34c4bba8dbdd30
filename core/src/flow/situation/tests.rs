//! The situation's week numbers and dates come from the poortwachter engine, and the
//! outcome, the printed summary and the letters agree on every amount and date.

use super::*;
use crate::flow::answers::Answer;
use crate::flow::outcome::WarningKind;
use crate::flow::tests::situations::{dormant, fixed_term};
use crate::flow::tests::{answers, script, sick_path};
use crate::flow::tests::{rendered_card, warning};
use crate::lang::Lang;
use crate::text::format;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn c(o: Opt) -> Answer {
    Answer::Choice(o)
}

fn sickness_of(periods: &[(NaiveDate, Option<NaiveDate>)], today: NaiveDate) -> Sickness {
    sickness(periods, today, &StepMarks::default(), None, false)
        .expect("the engine counts these periods")
}

#[test]
fn weeks_follow_worked_example_a() {
    // docs/law/poortwachter.md#worked-example-a: first sick day Monday 5 January 2026.
    let s = sickness_of(&[(d(2026, 1, 5), None)], d(2026, 1, 11));
    assert_eq!(s.week, 1); // days 1..=7
    assert_eq!(
        sickness_of(&[(d(2026, 1, 5), None)], d(2026, 1, 12)).week,
        2
    );
    assert_eq!(sickness_of(&[(d(2026, 1, 5), None)], d(2026, 1, 4)).week, 0);
    assert_eq!(s.end_of_week(6), Some(d(2026, 2, 15))); // probleemanalyse: + 41 days
    assert_eq!(s.end_of_week(8), Some(d(2026, 3, 1))); // plan van aanpak: + 55 days
    assert_eq!(
        s.date(MilestoneId::EerstejaarsevaluatieStart),
        Some(d(2026, 11, 16))
    ); // week 46 starts: + 315 days
    assert_eq!(
        s.date(MilestoneId::EerstejaarsevaluatieEind),
        Some(d(2027, 1, 3))
    ); // week 52 ends: + 363 days
    assert_eq!(s.wachttijd_end(), Some(d(2028, 1, 2))); // day 728 = + 727 days
    assert_eq!(s.end_of_week(104), s.wachttijd_end());
}

#[test]
fn weeks_follow_worked_example_b() {
    // docs/law/poortwachter.md#worked-example-b: Wednesday 12 March 2025.
    let s = sickness_of(&[(d(2025, 3, 12), None)], d(2025, 6, 1));
    assert_eq!(s.end_of_week(6), Some(d(2025, 4, 22)));
    assert_eq!(s.wachttijd_end(), Some(d(2027, 3, 9)));
}

#[test]
fn an_earlier_period_counts_along_worked_example_c() {
    // docs/law/poortwachter.md#worked-example-c: sick 3 Mar – 30 May 2025 (89 days),
    // well 20 days, sick again from 20 Jun 2025. 104 weeks = 728 sick days: the last day is
    // 20 Jun 2025 + (728 − 89 − 1) = Sat 20 Mar 2027; week 42 ends on 10 Jan 2026.
    let s = sickness_of(
        &[
            (d(2025, 3, 3), Some(d(2025, 5, 30))),
            (d(2025, 6, 20), None),
        ],
        d(2025, 6, 20),
    );
    assert!(s.earlier_counts);
    assert_eq!(s.current_first_day, d(2025, 6, 20));
    assert_eq!(s.first_day(), d(2025, 3, 3));
    assert_eq!(s.wachttijd_end(), Some(d(2027, 3, 20)));
    assert_eq!(s.end_of_week(42), Some(d(2026, 1, 10)));
    // On 20 Jun 2025 itself, counted day 90 lies in week 13 ((90 − 1) / 7 + 1).
    assert_eq!(s.week, 13);
}

/// Answer sets that reach the outcome, on [`today`]: a sick employee whose job ends; a
/// dismissal after two years of illness (employer); a dormant contract (employee and
/// employer); a dismissal without illness; fixed-term contracts that end while sick (an
/// employee with 15 weeks of illness at the end, an employer whose last day is a Sunday
/// after 8 weeks, an employer that carries its own Ziektewet risk).
fn answer_sets() -> Vec<Answers> {
    // Sick since Monday 2 September 2024 (the 104 weeks end on 30 August 2026), in
    // service since 1 February 2012 at € 3.400 a month; `job` answers the job's end and
    // what follows it, and may replace earlier answers.
    let sick = |rol: Opt, job: &str| -> Answers {
        let mut p = sick_path(rol, d(2024, 9, 2), &[]);
        p.extend(script(
            "contract_type=vast datum_in_dienst=2012-02-01 uren_per_week=36 \
             bruto_maandloon=3400 werkgever_grootte=vanaf_25 leeftijd=52",
        ));
        p.extend(script("hiaat_excedent=weet_niet loon_boven_wia_grens=nee"));
        p.extend(script(job));
        p.into_iter().collect()
    };
    vec![
        // 1. The employer dismisses after two years of illness.
        sick(
            Opt::Werkgever,
            "baan_eindigt=ja reden_einde=langdurige_ziekte initiatief=werkgever \
             datum_einde=2027-01-31 vso_aangeboden=nee eigenrisicodrager=nee",
        ),
        // 2. A dormant contract: the employee is still sick and the job does not end (the
        //    same person as set 1, in the flow tests' fixture).
        dormant(Opt::Werknemer, Opt::Vanaf25),
        // 3. A sick employee whose job ends by the employer's initiative, no end date known
        //    to be after the 104 weeks; with an earlier period that counts along.
        sick(
            Opt::Werknemer,
            "eerste_ziektedag=2026-03-02 eerdere_ziekteperiode=binnen_4_weken \
             eerdere_ziekteperiode_begin=2026-01-05 eerdere_ziekteperiode_einde=2026-02-13 \
             baan_eindigt=ja reden_einde=reorganisatie initiatief=werkgever \
             datum_einde=2027-06-30 vso_aangeboden=nee zelfstandig_inkomen=nee",
        ),
        // 4. No illness: a dismissal with a known end date.
        answers(
            "rol=werknemer ziek_nu=nee baan_eindigt=ja reden_einde=reorganisatie \
             initiatief=werkgever datum_einde=2027-01-31 vso_aangeboden=nee outplacement=nee \
             contract_type=vast datum_in_dienst=2016-01-01 uren_per_week=38 \
             bruto_maandloon=3000 werkgever_grootte=vanaf_25 leeftijd=45 zelfstandig_inkomen=nee",
        ),
        // 5. A dormant contract in the employer's voice, a medium or large employer.
        dormant(Opt::Werkgever, Opt::Vanaf25),
        // 6. Fixed-term contracts that end while sick. The employee: sick from Monday 14
        //    September 2026, the contract ends on Thursday 31 December 2026, in week 16 (109
        //    days: the full report).
        fixed_term(Opt::Werknemer, d(2026, 9, 14), d(2026, 12, 31), Opt::Nee),
        // 7. The employer: sick from 9 November 2026, the last day is Sunday 3 January 2027
        //    (56 days: the short report; by post the report must be in on Thursday 31
        //    December, 1 January being a holiday).
        fixed_term(Opt::Werkgever, d(2026, 11, 9), d(2027, 1, 3), Opt::Nee),
        // 8. The employer carries its own Ziektewet risk (`beide`); the same dates as 6.
        fixed_term(Opt::Werkgever, d(2026, 9, 14), d(2026, 12, 31), Opt::Beide),
    ]
}

/// The fixed today of these tests.
fn today() -> NaiveDate {
    d(2026, 11, 29)
}

#[test]
fn every_answer_set_reaches_the_outcome() {
    for a in answer_sets() {
        assert_eq!(
            crate::flow::next(&a),
            crate::flow::Step::CheckAnswers,
            "{:?}",
            a.keys().collect::<Vec<_>>()
        );
    }
}

#[test]
fn outcome_summary_and_letters_agree_on_amounts_and_dates() {
    use crate::flow::outcome::Money;
    let today = today();
    let (mut with_amount, mut with_sickness, mut with_xella) = (0, 0, 0);
    let (mut with_dormant, mut with_end) = (0, 0);
    for (i, a) in answer_sets().iter().enumerate() {
        let sit = derive(a, today);
        with_sickness += usize::from(sit.sickness.is_some());
        with_xella += usize::from(sit.xella_amount.is_some());
        let o = crate::flow::outcome(a, today);
        for lang in [Lang::Nl, Lang::En] {
            let report = crate::report::summary::build(a, today, lang, None);
            let facts = crate::letters::facts(a, today);
            let shown = o.render(lang);
            // The report renders the same advice.
            assert_eq!(report.outcome, shown, "set {i}");

            // The amount: the outcome's money section and the report's money part.
            let engine = sit
                .transitievergoeding
                .as_ref()
                .and_then(|r| r.result.as_ref().ok());
            match (&o.money, &report.money, engine) {
                (Money::Transitievergoeding(m), Some(part), Some(r)) => {
                    with_amount += 1;
                    assert_eq!(m.amount, r.amount, "set {i}");
                    let shown = if r.due { r.payable } else { r.amount };
                    if r.due {
                        assert_eq!(part.amount, format::amount(shown, lang), "set {i}");
                    }
                }
                (Money::Transitievergoeding(_), _, None) => {
                    panic!("set {i}: the outcome shows an amount the situation does not have")
                }
                // A dormant contract: the amount at the end of the wachttijd, the same in
                // the advice, the summary and the letter.
                (Money::Xella(x), Some(part), _) => {
                    with_dormant += 1;
                    let amount = x.amount.expect("start date and wage are answered");
                    assert_eq!(Some(amount), sit.xella_amount, "set {i}");
                    assert_eq!(facts.xella_amount, Some(amount), "set {i}");
                    assert_eq!(part.amount, format::amount(amount, lang), "set {i}");
                    assert_eq!(shown.money.amount, Some(part.amount.clone()), "set {i}");
                    let end = sit.dormant.expect("dormant").wachttijd_end;
                    assert_eq!(x.wachttijd_end, end);
                    assert_eq!(facts.wachttijd_end, Some(end), "set {i}");
                    assert!(
                        part.reason.contains(&format::long_date(end, lang)),
                        "set {i}"
                    );
                    // The calculator behind "Hoe is dit berekend?" gives the same amount.
                    let (link, notices) =
                        crate::deeplink::parse_tv(crate::deeplink::hash_query(&x.href));
                    assert!(notices.is_empty(), "{notices:?}");
                    let form = crate::form_model::tv::TvForm::from_link(&link, |v| v.to_plain());
                    let r = crate::form_model::tv::calculate(&form).expect("the link computes");
                    assert_eq!(r.amount, amount, "set {i}: {}", x.href);
                    assert_eq!(r.xella_amount, Some(amount), "set {i}");
                }
                (Money::Xella(_), None, _) => panic!("set {i}: the summary lacks the amount"),
                (_, Some(part), None) => {
                    assert!(
                        part.amount.is_empty(),
                        "set {i}: the report shows an amount"
                    );
                }
                _ => {}
            }
            // The dates: the outcome's next deadlines and the report's calendar rows come
            // from the same timeline; the letters' dates from the same sickness.
            if let Some(s) = &sit.sickness {
                for dl in &o.next_deadlines {
                    assert_eq!(s.date(dl.id), Some(dl.date), "set {i}: {:?}", dl.id);
                    assert!(
                        report
                            .calendar
                            .iter()
                            .any(|row| row.date == format::long_date(dl.date, lang)),
                        "set {i}: {:?} is not in the report",
                        dl.id
                    );
                }
                assert_eq!(facts.wachttijd_end, s.wachttijd_end(), "set {i}");
                assert_eq!(
                    facts.eval_from,
                    s.date(MilestoneId::EerstejaarsevaluatieStart),
                    "set {i}"
                );
                assert_eq!(facts.xella_amount, sit.xella_amount, "set {i}");
                for card in &o.routes {
                    if let Some(t) = card.timing {
                        assert_eq!(
                            Some(t.latest_start),
                            s.date(MilestoneId::EerstejaarsevaluatieEind),
                            "set {i}"
                        );
                    }
                }
            } else {
                assert_eq!(facts.wachttijd_end, None, "set {i}");
            }
            if let Some(ce) = sit.contract_end {
                with_end += 1;
                contract_end_agrees(i, a, &sit, &o, &report, &shown, &facts, ce, lang);
            }
        }
    }
    // The sets exercise every part: amounts, calendars, the Xella amount, the dormant
    // contract and the contract that ends while sick (counted per language).
    assert!(with_amount >= 6, "{with_amount} sets with an amount");
    assert_eq!(with_sickness, 7);
    assert_eq!(with_xella, 7);
    assert_eq!(with_dormant, 4, "two dormant sets in two languages");
    assert_eq!(with_end, 6, "three fixed-term sets in two languages");
}

/// A fixed-term contract that ends while sick: the advice, the summary, the letters, the
/// calendar behind the advice's link and the income page behind its link agree on the
/// last day, the first day of the Ziektewet, the amount per month and who acts after it.
#[allow(clippy::too_many_arguments)]
fn contract_end_agrees(
    i: usize,
    a: &Answers,
    sit: &Situation,
    o: &crate::flow::Outcome,
    report: &crate::report::summary::Report,
    shown: &crate::text::flow::outcome::RenderedOutcome,
    facts: &crate::letters::Facts,
    ce: ContractEndWhileSick,
    lang: Lang,
) {
    use crate::flow::outcome::{AdviceRoute, Summary, Tool};
    use crate::poortwachter::{Actor, NoticeId};
    assert_eq!(facts.end_date, Some(ce.last_day), "set {i}");
    assert_eq!(ce.zw_from, ce.last_day.succ_opt().unwrap());
    assert!(o.summary.contains(&Summary::ContractEndsWhileSick {
        last_day: ce.last_day,
        zw_from: ce.zw_from
    }));
    let (end, from) = (
        format::long_date(ce.last_day, lang),
        format::long_date(ce.zw_from, lang),
    );
    assert!(
        report
            .outcome
            .summary
            .iter()
            .any(|l| l.contains(&end) && l.contains(&from)),
        "set {i}: {:?}",
        report.outcome.summary
    );
    // The card names the same amount per month as the income page computes.
    let card = rendered_card(shown, AdviceRoute::ZiektewetVangnet);
    let month = ce.zw_month.expect("the wage is answered");
    assert!(
        card.why
            .iter()
            .any(|w| w.contains(&format::amount(month, lang))),
        "set {i}: {:?}",
        card.why
    );
    let href = |tool| {
        o.tools
            .iter()
            .find(|l| l.tool == tool)
            .map(|l| l.href.clone())
            .expect("the tool link")
    };
    let income = href(Tool::Inkomen);
    assert!(
        income.contains(&format!("einde={}", crate::dates::iso(ce.last_day))),
        "{income}"
    );
    let (mut form, notices) =
        crate::form_model::inkomen::parse_query(crate::deeplink::hash_query(&income));
    assert!(notices.is_empty(), "{notices:?}");
    form.work_years = "10".into();
    let p = crate::form_model::inkomen::compute(&form, Some(sit.today)).expect("projects");
    let annual = annual_wage_with_holiday_pay(sit.employment.monthly_wage.unwrap());
    assert_eq!(month, crate::income::ziektewet_month(annual, ce.zw_from));
    let zw = crate::income::Source::Ziektewet;
    let full_months: Vec<_> = p
        .low
        .months
        .iter()
        .filter(|m| m.from > ce.last_day && m.amount(zw) > Cents::ZERO)
        .filter(|m| m.until < sit.sickness.as_ref().unwrap().wachttijd_end().unwrap())
        .collect();
    assert!(!full_months.is_empty(), "set {i}: no Ziektewet month");
    for m in full_months {
        assert_eq!(
            m.amount(zw),
            crate::income::ziektewet_month(annual, m.from),
            "set {i}: month {}",
            m.index
        );
        assert_eq!(
            m.amount(crate::income::Source::Loondoorbetaling),
            Cents::ZERO
        );
    }
    // The calendar: the sick report dated on the last working day (the last day itself, or
    // the working day before a weekend or holiday); steps after it are UWV's
    // unless the employer carries its own Ziektewet risk; the calendar page behind the
    // advice's link shows the same.
    let s = sit.sickness.as_ref().unwrap();
    assert!(s
        .timeline
        .notices
        .iter()
        .any(|n| n.id == NoticeId::ContractEnd
            && n.date == crate::holidays::last_working_day_on_or_before(ce.last_day)));
    let erd = ce.zw_eigenrisicodrager == Some(true);
    let (link, notices) =
        crate::deeplink::parse_tijdlijn(crate::deeplink::hash_query(&href(Tool::Tijdlijn)));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(link.einde, Some(ce.last_day));
    assert_eq!(link.erd_zw, erd);
    let page = crate::form_model::tijdlijn::make(
        &crate::form_model::tijdlijn::TijdlijnForm::from_link(&link),
        sit.today,
        &Default::default(),
    )
    .expect("the calendar computes");
    // Who acts on a step after the last day: UWV, or the step's own actor when the
    // employer carries its own Ziektewet risk.
    let after_end =
        |id: crate::poortwachter::MilestoneId| if erd { id.actor() } else { Actor::Uwv };
    assert_eq!(s.timeline.milestones.len(), page.milestones.len());
    for (m, pm) in s.timeline.milestones.iter().zip(page.milestones.iter()) {
        assert_eq!((m.id, m.date, m.actor), (pm.id, pm.date, pm.actor));
        if m.date > ce.last_day {
            assert_eq!(m.actor, after_end(m.id), "set {i}: {:?}", m.id);
        } else {
            assert_eq!(m.actor, m.id.actor(), "set {i}: {:?}", m.id);
        }
    }
    for dl in &o.next_deadlines {
        if dl.date > ce.last_day {
            assert_eq!(dl.actor, after_end(dl.id), "set {i}: {:?}", dl.id);
        }
    }
    let after: Vec<_> = s
        .timeline
        .milestones
        .iter()
        .filter(|m| m.date > ce.last_day)
        .collect();
    assert!(after.iter().any(|m| m.id.actor() != Actor::Uwv));
    for m in after {
        let title = crate::text::poortwachter::milestone_title(m.id, lang);
        let row = report
            .calendar
            .iter()
            .find(|r| r.title == title)
            .expect("the step is in the summary's calendar");
        assert_eq!(
            row.who,
            crate::text::poortwachter::actor_label(after_end(m.id), lang),
            "set {i}: {title}"
        );
    }
    let _ = a;
}

#[test]
fn the_summary_no_longer_assumes_how_the_contract_ends() {
    // Without an answer on how the contract ends, neither the outcome nor the summary
    // computes an amount (the summary used to assume the employer's initiative).
    let mut a = answer_sets().remove(3);
    a.insert(Q::Initiatief, Answer::Unknown);
    a.insert(Q::RedenEinde, c(Opt::Anders));
    let today = today();
    let sit = derive(&a, today);
    assert_eq!(sit.employment.termination, None);
    assert!(sit.transitievergoeding.is_none());
    let o = crate::flow::outcome(&a, today);
    assert!(matches!(
        o.money,
        crate::flow::outcome::Money::NeedInputs { .. }
    ));
    let report = crate::report::summary::build(&a, today, Lang::Nl, None);
    assert!(report.money.is_none_or(|m| m.amount.is_empty()));
}

/// Answer sets with a settlement agreement on the table: a sick employee with its amount
/// and end date (set 1), the employer of an employee ill in a conflict who knows neither
/// (set 2, the assumed end date), and a situationally unfit employee, still reported sick
/// (set 3).
fn vso_answer_sets() -> Vec<Answers> {
    use crate::flow::tests::situations_vso_conflict::Person;
    // Sick since Monday 2 March 2026, in service since 1 October 2014 for 32 hours at
    // € 3.650 a month; `vso` is the agreement's amount and end date.
    let person = |rol, vso: &str| {
        let facts = format!(
            "eerste_ziektedag=2026-03-02 {vso} \
             datum_in_dienst=2014-10-01 uren_per_week=32 bruto_maandloon=3650"
        );
        Person::new(rol, &facts)
    };
    [
        person(Opt::Werknemer, "vso_bedrag=22500 vso_einddatum=2027-04-30"),
        person(
            Opt::Werkgever,
            "vso_bedrag=weet_niet vso_einddatum=weet_niet",
        )
        .in_conflict(Opt::ZiekDoorWerksituatie),
        person(Opt::Werknemer, "vso_bedrag=18000 vso_einddatum=2027-01-31")
            .in_conflict(Opt::Situatief),
    ]
    .iter()
    .map(|p| p.path().into_iter().collect())
    .collect()
}

#[test]
fn outcome_summary_and_letters_agree_on_the_vso_amounts_and_dates() {
    let today = d(2026, 11, 29);
    for (i, a) in vso_answer_sets().iter().enumerate() {
        assert_eq!(
            crate::flow::next(a),
            crate::flow::Step::CheckAnswers,
            "set {i}"
        );
        let sit = derive(a, today);
        let f = sit.vso.as_ref().expect("VSO facts");
        let o = crate::flow::outcome(a, today);
        let v = o.vso.as_ref().expect("the comparison");
        let facts = crate::letters::facts(a, today);
        for lang in [Lang::Nl, Lang::En] {
            let report = crate::report::summary::build(a, today, lang, None);
            let html = crate::report::summary::to_html(&report);
            let md = crate::report::summary::to_markdown(&report);
            let page = o.render(lang);
            // The printed summary renders the same comparison as the advice page.
            assert_eq!(report.outcome.vso, page.vso, "set {i}");
            assert_eq!(report.outcome.stay_or_leave, page.stay_or_leave, "set {i}");
            let shown = |text: String| {
                assert!(
                    html.contains(&text),
                    "set {i}: {text} not in the HTML summary"
                );
                let md_text = crate::report::summary::escape_md(&text);
                assert!(md.contains(&md_text), "set {i}: {md_text} not in Markdown");
            };
            // Every amount and date of the comparison, from the situation.
            assert_eq!(v.end, f.end.date(), "set {i}");
            shown(format::long_date(f.end.date(), lang));
            let tv = f.tv.as_ref().and_then(|r| r.result.as_ref().ok());
            assert_eq!(v.tv.as_ref().map(|t| t.amount), tv.map(|r| r.amount));
            if let Some(r) = tv {
                shown(format::amount(r.amount, lang));
            }
            if let Some(o) = f.offered {
                shown(format::amount(o, lang));
            }
            let s = f.sick.as_ref().expect("sick");
            let vs = v.sick.as_ref().expect("sick side");
            assert_eq!(vs.wachttijd_end, s.wachttijd_end);
            assert_eq!(vs.opzegverbod_end, s.opzegverbod_end);
            // The letters read the same end of the 104 weeks.
            assert_eq!(facts.wachttijd_end, Some(s.wachttijd_end), "set {i}");
            shown(format::long_date(s.wachttijd_end, lang));
            let w = s.wage.as_ref().expect("the wage");
            assert_eq!(vs.wage.as_ref().map(|x| x.total), Some(w.total));
            shown(format::amount(w.total, lang));
            for m in &w.months {
                shown(format::amount(m.amount, lang));
            }
            if let Some(total) = v.law_total {
                shown(format::amount(total, lang));
            }
            // The ban's date in the warning is the calendar's, as in the comparison.
            let ban = warning(&o, WarningKind::OpzegverbodTijdensZiekte).date;
            assert_eq!(ban, s.opzegverbod_end, "set {i}");
            if let Some(x) = &o.stay_or_leave {
                assert_eq!(x.wachttijd_end, Some(s.wachttijd_end));
                assert_eq!(x.vso_end, Some(f.end.date()));
            }
        }
        // The letter names the same end of the 104 weeks.
        let letter = crate::text::keep::letters::letter(
            crate::letters::LetterKind::SlapendDienstverband,
            a,
            today,
            Lang::Nl,
        );
        assert!(
            letter.text_nl.contains(&format::long_date(
                f.sick.as_ref().unwrap().wachttijd_end,
                Lang::Nl
            )),
            "set {i}"
        );
    }
    // Set 2 is the worked example with an assumed end date; set 3 the situational route.
    let sets = vso_answer_sets();
    let o = crate::flow::outcome(&sets[1], today);
    assert!(o.vso.as_ref().is_some_and(|v| v.assumed.is_some()));
    assert!(crate::flow::outcome(&sets[2], today)
        .stay_or_leave
        .is_some());
}

/// The advice's tool links are built from the situation alone; read back by each tool's
/// own reader, they carry the situation's facts for every answer set (sick periods, the
/// steps done, a contract's last day, the transitievergoeding inputs, the yearly wage and
/// the hours).
#[test]
fn the_tool_links_carry_the_situations_facts() {
    use crate::deeplink::{hash_query, parse_tijdlijn, parse_tv};
    use crate::flow::links;
    use crate::flow::outcome::Tool;
    use crate::form_model::inkomen::parse_query as parse_income;
    for a in answer_sets() {
        let sit = derive(&a, today());
        let tools = links::tools(&sit);
        assert_eq!(
            tools,
            crate::flow::outcome::outcome(&a, today()).tools,
            "the advice shows these links"
        );
        let href = |tool: Tool| {
            tools
                .iter()
                .find(|l| l.tool == tool)
                .map(|l| l.href.clone())
        };
        match href(Tool::Tijdlijn) {
            Some(h) => {
                let (l, notices) = parse_tijdlijn(hash_query(&h));
                assert!(notices.is_empty(), "{h}: {notices:?}");
                let periods: Vec<_> = l.periods.iter().map(|p| (p.from, p.until)).collect();
                assert_eq!(periods, sit.sick_periods, "{h}");
                assert_eq!(
                    l.done
                        .iter()
                        .copied()
                        .collect::<std::collections::BTreeSet<_>>(),
                    sit.steps.done,
                    "{h}"
                );
                assert_eq!(l.einde, sit.contract_end.map(|c| c.last_day), "{h}");
                assert_eq!(
                    l.erd_zw,
                    sit.contract_end
                        .is_some_and(|c| c.zw_eigenrisicodrager == Some(true)),
                    "{h}"
                );
            }
            None => assert!(!sit.sick),
        }
        match (href(Tool::Transitievergoeding), sit.tv_hints.as_ref()) {
            (Some(h), Some(t)) => {
                let (l, notices) = parse_tv(hash_query(&h));
                assert!(notices.is_empty(), "{h}: {notices:?}");
                assert_eq!((l.start, l.einde), (t.start, t.end), "{h}");
                assert_eq!(l.loon.map(|x| x.to_cents()), t.monthly_wage, "{h}");
            }
            (None, None) => {}
            (h, t) => panic!("calculator link {h:?} for hints {t:?}"),
        }
        if let Some(h) = href(Tool::Inkomen) {
            let (f, notices) = parse_income(hash_query(&h));
            assert!(notices.is_empty(), "{h}: {notices:?}");
            let wage = sit
                .employment
                .monthly_wage
                .map(|m| annual_wage_with_holiday_pay(m).to_plain());
            assert_eq!(Some(f.wage.clone()).filter(|w| !w.is_empty()), wage, "{h}");
            assert_eq!(
                f.hours,
                sit.employment
                    .hours_per_week
                    .map(|h| h.to_string())
                    .unwrap_or_default()
            );
            let end = sit
                .contract_end
                .map(|c| crate::dates::DateParts::from_date(c.last_day));
            assert_eq!(
                Some(f.contract_end.clone()).filter(|d| *d != Default::default()),
                end,
                "{h}"
            );
        }
    }
}

//! The situation's week numbers and dates come from the poortwachter engine, and the
//! outcome, the printed summary and the letters agree on every amount and date.

use super::*;
use crate::flow::answers::Answer;
use crate::lang::Lang;
use crate::text::format;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn c(o: Opt) -> Answer {
    Answer::Choice(o)
}

fn sickness_of(periods: &[(NaiveDate, Option<NaiveDate>)], today: NaiveDate) -> Sickness {
    sickness(periods, today, &StepMarks::default()).expect("the engine counts these periods")
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

/// Answer sets that reach the outcome: a sick employee whose job ends; a dismissal after
/// two years of illness (employer); a dormant contract; a dismissal without illness.
fn answer_sets() -> Vec<Answers> {
    let base = |rol: Opt| -> Vec<(Q, Answer)> {
        vec![
            (Q::Rol, c(rol)),
            (Q::ZiekNu, c(Opt::Ja)),
            (Q::EersteZiektedag, Answer::Date(d(2024, 9, 2))),
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
            (Q::ContractType, c(Opt::Vast)),
            (Q::DatumInDienst, Answer::Date(d(2012, 2, 1))),
            (Q::UrenPerWeek, Answer::Integer(36)),
            (Q::BrutoMaandloon, Answer::Money(Cents(340_000))),
            (Q::WerkgeverGrootte, c(Opt::Vanaf25)),
            (Q::Leeftijd, Answer::Integer(52)),
            (Q::HiaatExcedent, Answer::Unknown),
            (Q::LoonBovenWiaGrens, c(Opt::Nee)),
        ]
    };
    let mut sets = Vec::new();
    // 1. The employer dismisses after two years of illness.
    let mut a = base(Opt::Werkgever);
    a.extend([
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::LangdurigeZiekte)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
        (Q::VsoAangeboden, c(Opt::Nee)),
        (Q::Eigenrisicodrager, c(Opt::Nee)),
    ]);
    sets.push(a);
    // 2. A dormant contract: the employee is still sick and the job does not end.
    let mut a = base(Opt::Werknemer);
    a.extend([
        (Q::BaanEindigt, c(Opt::Nee)),
        (Q::ZelfstandigInkomen, c(Opt::Nee)),
    ]);
    sets.push(a);
    // 3. A sick employee whose job ends by the employer's initiative, no end date known
    //    to be after the 104 weeks; with an earlier period that counts along.
    let mut a = base(Opt::Werknemer);
    a.retain(|(q, _)| *q != Q::EerdereZiekteperiode);
    a.extend([
        (Q::EersteZiektedag, Answer::Date(d(2026, 3, 2))),
        (Q::EerdereZiekteperiode, c(Opt::Binnen4Weken)),
        (Q::EerdereZiekteperiodeBegin, Answer::Date(d(2026, 1, 5))),
        (Q::EerdereZiekteperiodeEinde, Answer::Date(d(2026, 2, 13))),
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::Reorganisatie)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 6, 30))),
        (Q::VsoAangeboden, c(Opt::Nee)),
        (Q::ZelfstandigInkomen, c(Opt::Nee)),
    ]);
    sets.push(a);
    // 4. No illness: a dismissal with a known end date.
    sets.push(
        [
            (Q::Rol, c(Opt::Werknemer)),
            (Q::ZiekNu, c(Opt::Nee)),
            (Q::BaanEindigt, c(Opt::Ja)),
            (Q::RedenEinde, c(Opt::Reorganisatie)),
            (Q::Initiatief, c(Opt::Werkgever)),
            (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
            (Q::VsoAangeboden, c(Opt::Nee)),
            (Q::Outplacement, c(Opt::Nee)),
            (Q::ContractType, c(Opt::Vast)),
            (Q::DatumInDienst, Answer::Date(d(2016, 1, 1))),
            (Q::UrenPerWeek, Answer::Integer(38)),
            (Q::BrutoMaandloon, Answer::Money(Cents(300_000))),
            (Q::WerkgeverGrootte, c(Opt::Vanaf25)),
            (Q::Leeftijd, Answer::Integer(45)),
            (Q::ZelfstandigInkomen, c(Opt::Nee)),
        ]
        .to_vec(),
    );
    sets.into_iter().map(|v| v.into_iter().collect()).collect()
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
    let today = d(2026, 11, 29);
    let (mut with_amount, mut with_sickness, mut with_xella) = (0, 0, 0);
    for (i, a) in answer_sets().iter().enumerate() {
        let sit = derive(a, today);
        with_sickness += usize::from(sit.sickness.is_some());
        with_xella += usize::from(sit.xella_amount.is_some());
        let o = crate::flow::outcome(a, today);
        let lang = Lang::Nl;
        let report = crate::report::summary::build(a, today, lang, None);
        let facts = crate::letters::facts(a, today);

        // The amount: the outcome's money section and the report's money part.
        let engine = sit
            .transitievergoeding
            .as_ref()
            .and_then(|r| r.result.as_ref().ok());
        match (&o.money, &report.money, engine) {
            (crate::flow::outcome::Money::Transitievergoeding(m), Some(part), Some(r)) => {
                with_amount += 1;
                assert_eq!(m.amount, r.amount, "set {i}");
                let shown = if r.due { r.payable } else { r.amount };
                if r.due {
                    assert_eq!(part.amount, format::amount(shown, lang), "set {i}");
                }
            }
            (crate::flow::outcome::Money::Transitievergoeding(_), _, None) => {
                panic!("set {i}: the outcome shows an amount the situation does not have")
            }
            (_, Some(part), None) => {
                assert!(
                    part.amount.is_empty(),
                    "set {i}: the report shows an amount"
                );
            }
            _ => {}
        }
        // The dates: the outcome's next deadlines and the report's calendar rows come from
        // the same timeline; the letters' dates from the same sickness.
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
    }
    // The sets exercise every part: amounts, calendars and the Xella amount.
    assert!(with_amount >= 3, "{with_amount} sets with an amount");
    assert_eq!(with_sickness, 3);
    assert_eq!(with_xella, 3);
}

#[test]
fn the_summary_no_longer_assumes_how_the_contract_ends() {
    // Without an answer on how the contract ends, neither the outcome nor the summary
    // computes an amount (the summary used to assume the employer's initiative).
    let mut a = answer_sets().remove(3);
    a.insert(Q::Initiatief, Answer::Unknown);
    a.insert(Q::RedenEinde, c(Opt::Anders));
    let today = d(2026, 11, 29);
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

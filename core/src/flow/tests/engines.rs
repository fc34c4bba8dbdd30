//! The engines plugged into the outcome: poortwachter deadlines and the
//! transitievergoeding.

use super::*;
use crate::flow::outcome::{Money, TvOutcome};
use crate::poortwachter::{Actor, MilestoneId, Status};
use crate::transitievergoeding::Termination;

fn sick_employee(first: NaiveDate) -> Answers {
    answers(&format!(
        "rol=werknemer ziek_nu=ja eerste_ziektedag={first} eerdere_ziekteperiode=nee \
         probleemanalyse_gedaan=nee arbeidsdeskundig_onderzoek=nee eigen_werk_mogelijk=weet_niet"
    ))
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
        &answers("rol=werknemer ziek_nu=nee baan_eindigt=nee"),
        today(),
    );
    assert!(o.next_deadlines.is_empty());
    assert_eq!(o.calendar_href, None);
    assert_eq!(o.money, Money::NotApplicable);
}

/// Not sick, dismissed at the employer's initiative on 31 December 2026 after working
/// since 1 January 2016 for `wage` a month.
fn dismissed(wage: Cents) -> Answers {
    let mut a = answers(
        "rol=werknemer ziek_nu=nee baan_eindigt=ja reden_einde=reorganisatie \
         initiatief=werkgever datum_einde=2026-12-31 vso_aangeboden=nee outplacement=nee \
         contract_type=vast datum_in_dienst=2016-01-01 uren_per_week=38",
    );
    a.insert(Q::BrutoMaandloon, Answer::Money(wage));
    a
}

/// The engine's result on the outcome; the test fails without one.
fn tv_result(o: &Outcome) -> &TvOutcome {
    let Money::Transitievergoeding(r) = &o.money else {
        panic!("expected an amount, got {:?}", o.money);
    };
    r
}

#[test]
fn money_shows_the_engines_amount() {
    // In service 1 Jan 2016 – 31 Dec 2026: exactly 11 years. Wage € 3.000 + 8% holiday
    // pay = € 3.240 a month. 1/3 × 3.240 × 11 = € 11.880,00 (art. 7:673 lid 2 BW),
    // below the 2026 cap of € 102.000.
    let a = dismissed(Cents(300_000));
    let o = outcome(&a, today());
    let r = tv_result(&o);
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
    let r2 = tv_result(&o2);
    assert_eq!(r2.amount, Cents(1_584_000));
}

#[test]
fn money_in_2027_and_2028_has_an_amount_with_its_estimate() {
    // Ends 31 March 2027: 11 years and 3 months at € 3.240 = 11 × 1.080 + 3 × 90 =
    // € 12.150,00, far below the (estimated) 2027 cap: exact, no mark by the amount.
    let mut a = dismissed(Cents(300_000));
    a.insert(Q::DatumEinde, Answer::Date(d(2027, 3, 31)));
    let o = outcome(&a, today());
    let r = tv_result(&o);
    assert_eq!(r.amount, Cents(1_215_000));
    assert!(o.render(Lang::Nl).money.uncertain.is_empty());
    // A high earner in 2028 is capped by the estimate: the mark stands by the amount.
    let mut a = dismissed(Cents(2_000_000));
    a.insert(Q::DatumInDienst, Answer::Date(d(1990, 1, 1)));
    a.insert(Q::DatumEinde, Answer::Date(d(2028, 6, 30)));
    let o = outcome(&a, today());
    let r = tv_result(&o);
    // 12 × M = 12 × 21.600 = 259.200 is above the € 102.000 estimate, so the annual
    // wage caps: the estimate does not change the amount either way.
    assert!(r.amount > Cents::ZERO);
    let mut a = dismissed(Cents(700_000));
    a.insert(Q::DatumInDienst, Answer::Date(d(1985, 1, 1)));
    a.insert(Q::DatumEinde, Answer::Date(d(2028, 6, 30)));
    let o = outcome(&a, today());
    let r = tv_result(&o);
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
    let r = tv_result(&o);
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
    let expected = crate::text::format::amount_whole(
        crate::params::wia_loongrens_year(today()).unwrap().value,
        Lang::Nl,
    );
    assert!(line.contains(&expected), "{line}");
    // One WIA wage limit: € 79.409 all of 2026 (the maximum premieloon does not
    // move on 1 July); 2027 is an estimate until it is published.
    let l26 = crate::text::flow::wia_loongrens_line(d(2026, 11, 29), Lang::Nl).unwrap();
    assert!(l26.starts_with("€ 79.409 per jaar"), "{l26}");
    assert!(!l26.contains("schatting"), "{l26}");
    let l27 = crate::text::flow::wia_loongrens_line(d(2027, 2, 1), Lang::Nl).unwrap();
    assert!(l27.contains("schatting"), "{l27}");
    // Build a full sick path so the warning is reached.
    let mut full = sick_employee(d(2026, 6, 1));
    full.extend(script(
        "aangepast_werk_mogelijk=weet_niet ander_werk_intern=weet_niet \
         oorzaak_werk_of_conflict=nee terugkeer_binnen_26_weken=weet_niet \
         eerstejaarsevaluatie_gedaan=nee spoor2_gestart=nee baan_eindigt=nee",
    ));
    full.extend(contract_block());
    full.extend(script(
        "loon_boven_wia_grens=ja hiaat_excedent=geen zelfstandig_inkomen=nee",
    ));
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

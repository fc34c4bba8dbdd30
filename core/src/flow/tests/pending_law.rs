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

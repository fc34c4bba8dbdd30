//! Flow tests of moving through the interview: forward in order, and back from check answers.

use super::*;
use crate::flow::routing::{after_change, following};

fn employee_not_sick() -> Answers {
    let mut a = given(&[
        (Q::Rol, c(Opt::Werknemer)),
        (Q::ZiekNu, c(Opt::Nee)),
        (Q::BaanEindigt, c(Opt::Nee)),
    ]);
    a.extend(contract_block());
    a.insert(Q::ZelfstandigInkomen, c(Opt::Nee));
    a
}

#[test]
fn following_walks_the_path_in_order_even_when_answered() {
    let a = employee_not_sick();
    assert_eq!(next(&a), Step::CheckAnswers);
    // Going back to ziek_nu and pressing "Volgende" goes to baan_eindigt, not to the
    // check-answers page.
    assert_eq!(following(&a, Q::Rol), Step::Ask(Q::ZiekNu));
    assert_eq!(following(&a, Q::ZiekNu), Step::Ask(Q::BaanEindigt));
    assert_eq!(following(&a, Q::ZelfstandigInkomen), Step::CheckAnswers);
    // A question off the path: the next open step.
    assert_eq!(following(&a, Q::EersteZiektedag), Step::CheckAnswers);
    // Partly answered: after the last answered one comes the open question.
    let b = given(&[(Q::Rol, c(Opt::Werkgever))]);
    assert_eq!(following(&b, Q::Rol), Step::Ask(Q::ZiekNu));
}

#[test]
fn a_change_from_check_answers_returns_there_or_asks_new_questions() {
    let mut a = employee_not_sick();
    // A change that opens nothing: straight back to the check-answers page.
    a.insert(Q::UrenPerWeek, Answer::Integer(20));
    assert_eq!(after_change(&a), Step::CheckAnswers);
    // Now sick: the sickness questions open and are asked first.
    a.insert(Q::ZiekNu, c(Opt::Ja));
    assert_eq!(after_change(&a), Step::Ask(Q::EersteZiektedag));
}

//! Warnings in the outcome: a VSO or a dismissal while sick, missed poortwachter steps.

use super::*;

#[test]
fn warnings_for_vso_and_dismissal_while_sick() {
    let mut v = sick_employee_spoor2();
    v.retain(|(q, _)| *q != Q::BaanEindigt);
    v.extend([
        (Q::BaanEindigt, c(Opt::Ja)),
        (Q::RedenEinde, c(Opt::Reorganisatie)),
        (Q::Initiatief, c(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2027, 1, 31))),
        (Q::VsoAangeboden, c(Opt::Getekend)),
    ]);
    let o = outcome(&given(&v), today());
    assert!(o.has_warning(WarningKind::VsoSignedWhileSick));
    assert!(!o.has_warning(WarningKind::VsoWhileSick));
    // Two years from 5 Jan 2026: 5 Jan 2028.
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::OpzegverbodTijdensZiekte)
        .unwrap();
    assert_eq!(w.date, Some(d(2028, 1, 5)));
    let nl = o.render(Lang::Nl);
    let rw = nl
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::OpzegverbodTijdensZiekte)
        .unwrap();
    assert!(rw.text.consequence.contains("5 januari 2028"));
    // A signed VSO is mutual consent: no statutory claim deadline warning.
    assert!(!o.has_warning(WarningKind::TvClaimDeadline));
    // After two years, no opzegverbod warning.
    let o = outcome(&given(&v), d(2028, 1, 5));
    assert!(!o.has_warning(WarningKind::OpzegverbodTijdensZiekte));
}

#[test]
fn missed_poortwachter_steps() {
    let mut v = sick_employee_spoor2();
    for (q, a) in v.iter_mut() {
        if *q == Q::EersteZiektedag {
            *a = Answer::Date(d(2026, 9, 1));
        }
        if *q == Q::ProbleemanalyseGedaan {
            *a = c(Opt::Nee);
        }
    }
    let o = outcome(&given(&v), today()); // 83 days = week 12
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::MissedProbleemanalyse)
        .unwrap();
    assert_eq!(w.date, Some(d(2026, 10, 12))); // 1 Sep + 41 days
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::MissedPlanVanAanpak)
        .unwrap();
    assert_eq!(w.date, Some(d(2026, 10, 26))); // 1 Sep + 55 days
    assert!(!o.has_warning(WarningKind::MissedEerstejaarsevaluatie));
    assert!(o.has_warning(WarningKind::DeskundigenoordeelSecondOpinion));
    assert!(o.has_warning(WarningKind::EmployeeObligations));
    // Within week 6, nothing is missed yet.
    let o = outcome(&given(&v), d(2026, 10, 12));
    assert!(!o.has_warning(WarningKind::MissedProbleemanalyse));
}

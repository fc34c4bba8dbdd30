//! Warnings in the outcome: a VSO or a dismissal while sick, missed poortwachter steps.

use super::*;

#[test]
fn warnings_for_vso_and_dismissal_while_sick() {
    let v = amend(
        sick_employee_spoor2(),
        "baan_eindigt=ja reden_einde=reorganisatie initiatief=werkgever \
         datum_einde=2027-01-31 vso_aangeboden=getekend",
    );
    let o = outcome(&given(&v), today());
    assert!(o.has_warning(WarningKind::VsoSignedWhileSick));
    assert!(!o.has_warning(WarningKind::VsoWhileSick));
    // Two years from 5 Jan 2026: 5 Jan 2028.
    let opzegverbod = WarningKind::OpzegverbodTijdensZiekte;
    assert_eq!(warning(&o, opzegverbod).date, Some(d(2028, 1, 5)));
    let nl = o.render(Lang::Nl);
    assert!(rendered_warning(&nl, opzegverbod)
        .text
        .consequence
        .contains("5 januari 2028"));
    // A signed VSO is mutual consent: no statutory claim deadline warning.
    assert!(!o.has_warning(WarningKind::TvClaimDeadline));
    // After two years, no opzegverbod warning.
    let o = outcome(&given(&v), d(2028, 1, 5));
    assert!(!o.has_warning(WarningKind::OpzegverbodTijdensZiekte));
}

#[test]
fn missed_poortwachter_steps() {
    let v = amend(
        sick_employee_spoor2(),
        "eerste_ziektedag=2026-09-01 probleemanalyse_gedaan=nee",
    );
    // Today, 22 November, is the 83rd day of illness from 1 September (week 12); the
    // probleemanalyse was due on 1 Sep + 41 days, the plan van aanpak on 1 Sep + 55 days.
    let o = outcome(&given(&v), today());
    let missed = |kind| warning(&o, kind).date;
    assert_eq!(
        missed(WarningKind::MissedProbleemanalyse),
        Some(d(2026, 10, 12))
    );
    assert_eq!(
        missed(WarningKind::MissedPlanVanAanpak),
        Some(d(2026, 10, 26))
    );
    assert!(!o.has_warning(WarningKind::MissedEerstejaarsevaluatie));
    assert!(o.has_warning(WarningKind::DeskundigenoordeelSecondOpinion));
    assert!(o.has_warning(WarningKind::EmployeeObligations));
    // Within week 6, nothing is missed yet.
    let o = outcome(&given(&v), d(2026, 10, 12));
    assert!(!o.has_warning(WarningKind::MissedProbleemanalyse));
}

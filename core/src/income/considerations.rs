//! Insurance considerations for the employee and the employer, triggered by the inputs.

use chrono::{Datelike, NaiveDate};

use super::{
    AoClass, Consideration, ConsiderationKind, Cover, IncomeInput, Role, Scenario, Worker,
};

/// The next eigenrisicodrager start date (1 January or 1 July) that can still be
/// applied for on `today`, with the last day to apply: 1 October for 1 January and
/// 31 March for 1 July (UWV; these are a day earlier than 13 weeks, the careful reading).
pub fn erd_next_start(today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let y = today.year();
    let candidates = [
        (
            NaiveDate::from_ymd_opt(y, 7, 1)?,
            NaiveDate::from_ymd_opt(y, 3, 31)?,
        ),
        (
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 10, 1)?,
        ),
        (
            NaiveDate::from_ymd_opt(y + 1, 7, 1)?,
            NaiveDate::from_ymd_opt(y + 1, 3, 31)?,
        ),
    ];
    candidates.into_iter().find(|(_, by)| *by >= today)
}

pub(super) fn considerations(input: &IncomeInput, above_loongrens: bool) -> Vec<Consideration> {
    let mut v = Vec::new();
    let sick = matches!(input.scenario, Scenario::Sickness { .. });
    let employee = input.worker == Worker::Employee;
    let mut add = |role, kind: ConsiderationKind| {
        v.push(Consideration {
            role,
            kind,
            sources: kind.sources(),
        })
    };
    if employee && sick {
        if matches!(input.cover, Cover::None | Cover::Unknown)
            || (above_loongrens && input.cover != Cover::Extended)
        {
            add(Role::Employee, ConsiderationKind::CheckHiaatExcedent);
        }
        add(Role::Employee, ConsiderationKind::VsoWhileSick);
    }
    if !employee || !sick {
        add(Role::Employee, ConsiderationKind::VoluntaryUwvInsurance);
    }
    if !employee {
        add(Role::Employee, ConsiderationKind::AovAndBaz);
    }
    if employee && sick {
        add(Role::Employer, ConsiderationKind::Verzuimverzekering);
        add(Role::Employer, ConsiderationKind::MkbVerzuimOntzorg);
        if input.ao != AoClass::Below35 {
            add(
                Role::Employer,
                ConsiderationKind::EigenRisicoDrager {
                    next: input.today.and_then(erd_next_start),
                },
            );
        }
        add(Role::Employer, ConsiderationKind::Compensatieregeling);
    }
    v
}

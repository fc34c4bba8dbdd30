//! The warnings ("Let op") of an advice, and the AOW-age rules they need.

use super::*;

/// The AOW age is 67 in 2024–2027 and 67 years and 3 months from 2028 (`crate::aow`;
/// docs/law/parameters.md#aow-age). The interview asks the age in whole years, so 67 or
/// more is read as "has reached the AOW age"; the warning tells the user to check the
/// exact date.
pub(super) fn aow_age_reached(v: &View) -> bool {
    v.integer(Q::Leeftijd).is_some_and(|a| a >= 67)
}

/// The first day on which the ban on dismissal during illness no longer protects an
/// employee past the AOW age: after 6 weeks of illness when the illness began on or after
/// 1 July 2023, after 13 weeks when it began earlier (art. 7:670 lid 1 sub a BW, as
/// amended by the Verzamelwet SZW 2023). Sick periods less than four weeks apart count as
/// one, as in the rest of the clock.
pub(super) fn aow_ban_end(c: &Sickness) -> NaiveDate {
    let weeks = if c.first_day() >= AOW_SIX_WEEKS_FROM {
        6
    } else {
        13
    };
    c.day(7 * weeks + 1).unwrap_or(c.first_day())
}

/// Illness that began on or after this day: 6 weeks instead of 13 past the AOW age.
pub(super) const AOW_SIX_WEEKS_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2023, 7, 1) {
    Some(d) => d,
    None => panic!("invalid date"),
};

/// Three months after the end date (art. 7:686a lid 4 sub b BW); the end date of a month
/// that is shorter falls back to its last day.
pub(super) fn plus_months(d: NaiveDate, months: u32) -> Option<NaiveDate> {
    d.checked_add_months(chrono::Months::new(months))
}

pub(super) fn warnings(
    v: &View,
    voice: Voice,
    clock: Option<&Sickness>,
    today: NaiveDate,
    w: &mut Vec<Warning>,
) {
    let mut push = |kind: WarningKind, date: Option<NaiveDate>| w.push(Warning { kind, date });
    let sick = clock.is_some();
    let situatief = v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief);
    let reason = v.choice(Q::RedenEinde);
    let ending = job_ending(v);
    let aow = aow_age_reached(v);

    if let Some(c) = clock {
        let week = i64::from(c.week);
        // VSO while sick: UWV refuses the Ziektewet benefit (art. 45 lid 1 sub j ZW) and
        // there is no WW for someone unfit for work (art. 19 lid 1 WW), until the end of the
        // wachttijd (docs/law/vso-en-ww.md#vso-while-sick). Shown whenever the person is
        // reported sick, whatever the bedrijfsarts judged: as long as the sick report
        // stands on the end date, this is the risk (docs/law/situatief.md#still-reported-sick;
        // with a situational judgement `SituatiefStillReportedSick` adds what that means).
        if v.is(Q::VsoAangeboden, Opt::Getekend) {
            push(WarningKind::VsoSignedWhileSick, None);
        } else if v.is(Q::VsoAangeboden, Opt::Aangeboden)
            || (ending && v.is(Q::Initiatief, Opt::Samen))
        {
            push(WarningKind::VsoWhileSick, None);
        }
        // Opzegverbod: no dismissal during the first two years of illness (art. 7:670 lid 1
        // BW). "Twee jaren" is not 104 weeks (docs/law/opzegverbod.md#two-years-not-104-weeks);
        // we test 2 calendar years from the first sick day of the combined period.
        let two_years = c
            .opzegverbod_end()
            .unwrap_or_else(|| plus_months(c.first_day(), 24).unwrap_or(c.first_day()));
        // Also with a situational judgement: while the sick report stands, the employer
        // should assume the ban applies; whether it protects a situationally unfit employee
        // is uncertain (docs/law/situatief.md#the-ban-on-dismissal), which the card says.
        if ending {
            match reason {
                Some(Opt::TijdelijkContract) => push(WarningKind::FixedTermEndsWhileSick, None),
                // Past the AOW age the ban is short, not absent: 6 or 13 weeks of illness
                // (art. 7:670 lid 1 sub a BW; docs/law/opzegverbod.md#employees-past-aow-age).
                // It replaces the two-year warnings, also for a dismissal because of long
                // illness (art. 7:669 lid 3 sub b BW refers to the same period).
                Some(_) | None if aow => {
                    let from = aow_ban_end(c);
                    if today < from {
                        push(WarningKind::OpzegverbodNaAow, Some(from));
                    }
                }
                Some(Opt::LangdurigeZiekte) => {
                    if today < two_years {
                        push(
                            WarningKind::TooEarlyForLongIllnessDismissal,
                            Some(two_years),
                        );
                    }
                }
                Some(_) | None => {
                    if today < two_years {
                        push(WarningKind::OpzegverbodTijdensZiekte, Some(two_years));
                    }
                }
            }
        }
        if !situatief {
            // Missed poortwachter steps (docs/law/poortwachter.md#deadlines): probleemanalyse by the end of
            // week 6, plan van aanpak by the end of week 8, eerstejaarsevaluatie by week 52.
            if week > 6 && v.is(Q::ProbleemanalyseGedaan, Opt::Nee) {
                push(
                    WarningKind::MissedProbleemanalyse,
                    Some(c.end_of_week(6).unwrap_or(c.first_day())),
                );
            }
            if week > 8
                && (v.is(Q::PlanVanAanpakGedaan, Opt::Nee)
                    || v.is(Q::ProbleemanalyseGedaan, Opt::Nee))
            {
                push(
                    WarningKind::MissedPlanVanAanpak,
                    Some(c.end_of_week(8).unwrap_or(c.first_day())),
                );
            }
            if week > 52 && v.is(Q::EerstejaarsevaluatieGedaan, Opt::Nee) {
                push(
                    WarningKind::MissedEerstejaarsevaluatie,
                    Some(c.end_of_week(52).unwrap_or(c.first_day())),
                );
            }
            let spoor2_route = !v.is(Q::EigenWerkMogelijk, Opt::Ja)
                && !v.is(Q::AnderWerkIntern, Opt::Ja)
                && !v.is(Q::AangepastWerkMogelijk, Opt::Ja);
            if week > 52 && week <= 104 && spoor2_route && v.is(Q::Spoor2Gestart, Opt::Nee) {
                push(
                    WarningKind::Spoor2Late,
                    Some(c.end_of_week(52).unwrap_or(c.first_day())),
                );
            }
        }
        if v.any(
            Q::OorzaakWerkOfConflict,
            &[Opt::Conflict, Opt::Werkomstandigheden],
        ) && (v.is(Q::OordeelBedrijfsartsSituatief, Opt::NogNietBeoordeeld)
            || v.unknown(Q::OordeelBedrijfsartsSituatief))
        {
            push(WarningKind::ConflictAskBedrijfsarts, None);
        }
        if situatief {
            push(WarningKind::SituatiefStillReportedSick, None);
        }
        // Sick, and the sickness is related to a conflict or the work: ordinary
        // Poortwachter, with the conflict inside the plan van aanpak (STECR variant "ziek
        // met een conflict"; docs/law/situatief.md#ill-with-a-conflict).
        if v.any(
            Q::OorzaakWerkOfConflict,
            &[Opt::Conflict, Opt::Werkomstandigheden],
        ) && v.any(
            Q::OordeelBedrijfsartsSituatief,
            &[Opt::Ziek, Opt::ZiekDoorWerksituatie],
        ) {
            push(WarningKind::IllnessAndConflict, None);
        }
    }
    // A settlement agreement without illness: the WW is kept when the initiative lay with
    // the employer and there is no urgent cause (art. 24 WW); a short notice period only
    // postpones it (art. 16 WW). See docs/law/vso-en-ww.md#ww-after-a-vso.
    let vso = v.any(Q::VsoAangeboden, &[Opt::Aangeboden, Opt::Getekend])
        || v.is(Q::Initiatief, Opt::Samen);
    if ending && vso && (!sick || situatief) {
        push(WarningKind::VsoWw, None);
    }
    // The aanzegplicht for a fixed-term contract of six months or more (art. 7:668 BW;
    // docs/law/ziektewet-vangnet.md#aanzegplicht), ill or not. The interview does not know
    // the length of the last contract, so the text names the six-month condition.
    if ending && reason == Some(Opt::TijdelijkContract) {
        let by = v
            .date(Q::DatumEinde)
            .and_then(|e| e.checked_sub_months(chrono::Months::new(1)));
        push(WarningKind::Aanzegplicht, by);
    }
    if ending && v.is(Q::Outplacement, Opt::UitTransitievergoeding) {
        push(WarningKind::OutplacementFromTv, None);
    }
    // The employee's claim deadline: three months after the end of the contract
    // (art. 7:686a lid 4 sub b BW), when a statutory transitievergoeding can be due.
    if ending && tv_possible(termination_kind(v)) {
        let end = v.date(Q::DatumEinde);
        push(
            WarningKind::TvClaimDeadline,
            end.and_then(|e| plus_months(e, 3)),
        );
    }
    // The employer's compensation after two years of illness: apply within six months
    // after paying (art. 7:673e BW; docs/law/compensatie-en-xella.md#deadline).
    if voice == Voice::Werkgever
        && sick
        && (reason == Some(Opt::LangdurigeZiekte) || clock.is_some_and(|c| c.week >= 88))
    {
        push(WarningKind::EmployerCompensationDeadline, None);
    }
    if sick && !situatief {
        push(WarningKind::EmployeeObligations, None);
        let unsure = [
            Q::EigenWerkMogelijk,
            Q::AangepastWerkMogelijk,
            Q::AnderWerkIntern,
            Q::TerugkeerBinnen26Weken,
        ]
        .iter()
        .any(|q| v.unknown(*q));
        let dispute = v.any(
            Q::OorzaakWerkOfConflict,
            &[Opt::Conflict, Opt::Werkomstandigheden],
        );
        let missed = w.iter().any(|x| {
            matches!(
                x.kind,
                WarningKind::MissedProbleemanalyse
                    | WarningKind::MissedPlanVanAanpak
                    | WarningKind::MissedEerstejaarsevaluatie
                    | WarningKind::Spoor2Late
            )
        });
        if unsure || dispute || missed {
            w.push(Warning {
                kind: WarningKind::DeskundigenoordeelSecondOpinion,
                date: None,
            });
        }
        // Missed re-integration steps and an end by notice or dissolution: the
        // billijke vergoeding for serious culpability (docs/law/transitievergoeding.md#billijke-vergoeding).
        let dismissal = matches!(
            termination_kind(v),
            Some(Termination::EmployerInitiative | Termination::AfterTwoYearsIllness)
        );
        if ending && missed && dismissal {
            w.push(Warning {
                kind: WarningKind::BillijkeVergoeding,
                date: None,
            });
        }
    }
    let mut high_earner = false;
    let mut push = |kind: WarningKind| w.push(Warning { kind, date: None });
    // From the AOW age: no transitievergoeding after the end of the contract (art. 7:673
    // lid 7 sub b BW); the employer may give notice because the employee reached that age
    // (art. 7:669 lid 4 BW); wage during illness and the ban on dismissal last 6 or 13
    // weeks instead of 104 weeks and two years (art. 7:629 lid 2 sub b, art. 7:670 lid 1
    // sub a BW). See docs/law/opzegverbod.md#employees-past-aow-age.
    if aow {
        push(WarningKind::AowAge);
    }
    if sick && !situatief && voice == Voice::Werknemer {
        if v.any(Q::HiaatExcedent, &[Opt::Geen]) || v.unknown(Q::HiaatExcedent) {
            push(WarningKind::CheckHiaat);
        }
        if v.is(Q::LoonBovenWiaGrens, Opt::Ja)
            && !v.any(Q::HiaatExcedent, &[Opt::Excedent, Opt::Beide])
        {
            // The date is the day the WIA loongrens is read for (params::wia_loongrens_year).
            high_earner = true;
        }
    }
    if high_earner {
        w.push(Warning {
            kind: WarningKind::HighEarnerExcedent,
            date: Some(today),
        });
    }
    if v.is(Q::ZelfstandigInkomen, Opt::Ja) {
        w.push(Warning {
            kind: WarningKind::SelfEmployed,
            date: None,
        });
    }
}

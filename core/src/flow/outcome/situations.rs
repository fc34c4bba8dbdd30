//! The two situations that change the advice as a whole: a dormant contract after the
//! 104 weeks (Xella) and a fixed-term contract that ends while sick (the Ziektewet safety
//! net). The facts come from the situation (`Situation::dormant`, `Situation::contract_end`).

use super::*;

/// A dormant contract (docs/law/compensatie-en-xella.md#xella): its summary line; one
/// route card instead of the spoor cards (there is no wage any more, so a card that says
/// the wage continues would be wrong); the duties of now (the poortwachter steps and the
/// loonstop lie behind); the missed-step warnings go, their deadlines are long past and
/// the wachttijd is over.
pub(super) fn dormant_contract(v: &View, sit: &Situation, out: &mut Outcome) {
    let Some(d) = sit.dormant else {
        return;
    };
    // The dormant line says the contract runs on; "the contract continues" would repeat it.
    out.summary.retain(|x| *x != Summary::JobDoesNotEnd);
    out.summary.insert(
        summary_position(&out.summary),
        Summary::Dormant {
            wachttijd_end: d.wachttijd_end,
        },
    );
    let job = if job_ending(v) {
        Why::BaanEindigt(v.choice(Q::RedenEinde))
    } else {
        Why::BaanEindigtNiet
    };
    out.routes = vec![RouteCard {
        route: AdviceRoute::SlapendDienstverband,
        why: vec![Why::WachttijdVoorbij(d.wachttijd_end), job],
        timing: None,
    }];
    // The first two years' duties (their words run "until week 104") are over.
    let past = [
        Duty::WnMeewerken,
        Duty::WnPlanVanAanpak,
        Duty::WnPassendWerk,
        Duty::WnWiaAanvraag,
    ];
    out.duties
        .retain(|x| !EMPLOYER_SICK_DUTIES.contains(x) && !past.contains(x));
    let now: &[Duty] = match sit.voice {
        Voice::Werkgever => &[Duty::WgSlapendXella, Duty::WgSlapendCompensatie],
        Voice::Werknemer => &[Duty::WnSlapendVoorstel],
    };
    out.duties.splice(0..0, now.iter().copied());
    out.warnings.retain(|w| {
        !matches!(
            w.kind,
            WarningKind::MissedProbleemanalyse
                | WarningKind::MissedPlanVanAanpak
                | WarningKind::MissedEerstejaarsevaluatie
                | WarningKind::EmployeeObligations
                // After the wachttijd an ending by agreement costs no Ziektewet benefit:
                // that is the Xella route itself (docs/law/vso-en-ww.md#vso-after-two-years);
                // the card names the wage sanction that would keep the risk.
                | WarningKind::VsoWhileSick
                | WarningKind::VsoSignedWhileSick
        )
    });
}

/// The summary lines about the situation as a whole go after the sickness lines.
pub(super) fn summary_position(s: &[Summary]) -> usize {
    s.iter()
        .position(|x| !matches!(x, Summary::SickSince { .. } | Summary::EarlierPeriodCounts))
        .unwrap_or(s.len())
}

/// A fixed-term contract that ends while sick (docs/law/ziektewet-vangnet.md): its summary
/// line, a card for the Ziektewet after the end with the dates and the amount, and the
/// employer's duties of the end. Unless the employer carries its own Ziektewet risk, the
/// poortwachter steps due after the last day are not the employer's: they leave the
/// duties and the missed-step warnings (the calendar shows them as UWV's).
pub(super) fn contract_end_while_sick(sit: &Situation, out: &mut Outcome) {
    let Some(ce) = sit.contract_end else {
        return;
    };
    // This line names the end date with what follows; the plain "the contract ends on"
    // line would repeat it.
    out.summary
        .retain(|x| !matches!(x, Summary::JobEnds { end: Some(e), .. } if *e == ce.last_day));
    out.summary.insert(
        summary_position(&out.summary),
        Summary::ContractEndsWhileSick {
            last_day: ce.last_day,
            zw_from: ce.zw_from,
        },
    );
    out.routes.push(RouteCard {
        route: AdviceRoute::ZiektewetVangnet,
        why: ziektewet_why(&ce),
        timing: None,
    });
    let erd = ce.zw_eigenrisicodrager == Some(true);
    let days = ce.sick_days_at_end;
    if !erd {
        // The first day a duty is due, in counted sick days (poortwachter::place).
        let due_day = |d: &Duty| -> Option<u32> {
            match d {
                Duty::WgProbleemanalyse => Some(42),
                Duty::WgPlanVanAanpak => Some(56),
                Duty::WgEvaluaties => Some(98),
                Duty::Wg42eWeeksmelding => Some(295),
                Duty::WgEerstejaarsevaluatie | Duty::WgSpoor2 => Some(364),
                // The WIA report gives way to the report at the end.
                Duty::WgReIntegratieverslag => Some(u32::MAX),
                _ => None,
            }
        };
        out.duties
            .retain(|d| due_day(d).is_none_or(|day| day <= days));
        out.warnings.retain(|w| {
            let missed = matches!(
                w.kind,
                WarningKind::MissedProbleemanalyse
                    | WarningKind::MissedPlanVanAanpak
                    | WarningKind::MissedEerstejaarsevaluatie
                    | WarningKind::Spoor2Late
            );
            !(missed && w.date.is_some_and(|d| d > ce.last_day))
        });
    }
    // After the last day there is no wage to stop.
    if sit.today > ce.last_day {
        out.warnings
            .retain(|w| w.kind != WarningKind::EmployeeObligations);
    }
    match sit.voice {
        Voice::Werkgever => {
            let mut end = vec![Duty::WgZiekmeldingEindeContract];
            // An eigenrisicodrager keeps the re-integration itself: no report to UWV at
            // the end (docs/law/ziektewet-vangnet.md).
            if ce.report != EndReport::None && !erd {
                end.push(Duty::WgReIntegratieverslagEinde);
            }
            if erd {
                end.push(Duty::WgEigenrisicodragerZw);
            }
            let at = out
                .duties
                .iter()
                .position(|d| *d == Duty::WgLoondoorbetaling)
                .map_or(0, |i| i + 1);
            out.duties.splice(at..at, end);
        }
        Voice::Werknemer => out.duties.insert(0, Duty::WnZiekmeldingUwv),
    }
}

/// The reasons on the Ziektewet card, with the dates and the amount of the situation.
pub(super) fn ziektewet_why(ce: &ContractEndWhileSick) -> Vec<Why> {
    let mut why = vec![
        Why::ContractEindigtOp {
            last_day: ce.last_day,
            week: ce.sick_days_at_end.div_ceil(7),
        },
        Why::ZiektewetVanaf {
            from: ce.zw_from,
            erd: ce.zw_eigenrisicodrager,
        },
    ];
    if let (Some(month), Some(max_dagloon)) = (ce.zw_month, ce.max_dagloon) {
        why.push(Why::ZiektewetBedrag { month, max_dagloon });
    }
    let post_by = (!crate::holidays::is_working_day(ce.last_day))
        .then(|| crate::holidays::last_working_day_on_or_before(ce.last_day))
        .flatten();
    why.push(Why::ZiekmeldingUwv {
        last_day: ce.last_day,
        post_by,
        erd: ce.zw_eigenrisicodrager,
    });
    if ce.zw_eigenrisicodrager != Some(true) {
        why.push(Why::ReIntegratieverslagEinde(ce.report));
    }
    why
}

/// The money of a dormant contract: the Xella amount, unless the answers already give a
/// statutory transitievergoeding that is due (a dismissal after the 104 weeks, owed over
/// the whole contract).
pub(super) fn xella_money(sit: &Situation) -> Option<Money> {
    let d = sit.dormant?;
    let statutory = sit
        .transitievergoeding
        .as_ref()
        .is_some_and(|run| run.result.as_ref().is_ok_and(|r| r.due));
    if statutory {
        return None;
    }
    let first = sit.sickness.as_ref()?.first_day();
    let e = &sit.employment;
    let mut q = Vec::new();
    if let Some(s) = e.start {
        q.push(format!("start={}", crate::dates::iso(s)));
    }
    q.push(format!("einde={}", crate::dates::iso(d.wachttijd_end)));
    if let Some(l) = e.monthly_wage {
        q.push(format!("loon={}", l.to_plain()));
    }
    q.push(format!(
        "reden={}",
        Termination::AfterTwoYearsIllness.code()
    ));
    q.push(format!("eerste_ziektedag={}", crate::dates::iso(first)));
    q.push(format!("werkgever_grootte={}", sit.employer_size.code()));
    Some(Money::Xella(Box::new(XellaOutcome {
        wachttijd_end: d.wachttijd_end,
        amount: sit.xella_amount,
        compensation: sit.xella_compensation,
        size: sit.employer_size,
        href: format!("#/transitievergoeding?{}", q.join("&")),
    })))
}

//! A settlement agreement on the table, and the situational route's choice.

use super::*;

/// "Het aanbod naast wat de wet geeft": the offer beside what the law gives on its
/// end date, and what it would cost in benefits (docs/law/vso-en-ww.md#comparing-an-offer).
/// Every amount and date comes from the situation ([`super::situation::VsoFacts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoComparison {
    pub signed: bool,
    /// The gross amount offered; `None` for "Weet ik niet".
    pub offered: Option<Cents>,
    /// The end date the comparison uses.
    pub end: NaiveDate,
    /// Set when the end date is unknown: the worked example's assumption.
    pub assumed: Option<AssumedEnd>,
    /// The statutory transitievergoeding on the end date (the benchmark), when the start
    /// date and the wage are known and the engine accepts them.
    pub tv: Option<VsoTv>,
    /// Reported sick: the ban on dismissal and the wage that would run on.
    pub sick: Option<VsoSick>,
    /// The transitievergoeding plus the wage during illness, when both are known (or only
    /// the transitievergoeding when no wage is given up).
    pub law_total: Option<Cents>,
    /// The offer minus `law_total`, when both are known (negative: the offer is lower).
    pub difference: Option<Cents>,
    /// The bedrijfsarts judged the unfitness situational.
    pub situatief: bool,
    /// What the agreement would cost in benefits, in order.
    pub benefits: Vec<VsoBenefit>,
    /// What the reader should check or do, in order.
    pub points: Vec<VsoPoint>,
}

/// The assumption of the worked example for an unknown end date: the end of the month in
/// which a regular notice by the employer, given today, would end (art. 7:672 BW).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssumedEnd {
    pub notice_months: u32,
    pub service_years: u32,
    /// `datum_in_dienst` is known; otherwise the shortest notice period (one month).
    pub start_known: bool,
}

/// The engine's amount on the end date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoTv {
    pub amount: Cents,
    pub capped: bool,
    pub cap: Cents,
    /// The calculator with the same inputs.
    pub href: String,
}

/// The sick employee's side: the protection and the wage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoSick {
    pub wachttijd_end: NaiveDate,
    pub opzegverbod_end: Option<NaiveDate>,
    pub ends_after_wachttijd: bool,
    /// The statutory wage during illness from the day after the end date to the end of the
    /// 104 weeks, per calendar month (`None` without a monthly wage, or when none is given
    /// up).
    pub wage: Option<crate::income::SickPay>,
}

/// What a settlement agreement would cost in benefits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VsoBenefit {
    /// Still sick on the end date, before the end of the wachttijd: UWV refuses the
    /// Ziektewet benefit (art. 45 lid 1 sub j ZW), and there is no WW while unfit for work
    /// (art. 19 lid 1 WW).
    ZwRefused,
    /// The end date lies after the 104 weeks: this refusal no longer applies, unless a
    /// loonsanctie extends the wachttijd (art. 25 lid 9 WIA).
    AfterWachttijd,
    /// WW only with WW-safe wording: the initiative lay with the employer and there is no
    /// urgent cause (art. 24 WW).
    WwSafeWording,
    /// The end date lies before the end of a regular notice given today: the WW starts
    /// later (art. 16 WW), not before the day after `notice_end`.
    WwPostponed { notice_end: NaiveDate },
}

/// What to check or do with a settlement agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VsoPoint {
    /// The bedenktermijn (art. 7:670b BW): for a signed agreement it may still be open.
    Bedenktermijn,
    /// The employer: write the WW-safe wording into the agreement.
    WwSafeWording,
    /// The employer: the risk of an agreement with a sick employee.
    SickEmployeeRisk,
    /// The amount is unknown: what to compare it with.
    CompareUnknownAmount,
    /// Besides the amount: what else to look at in the agreement.
    OtherTerms,
}

pub(super) fn vso_comparison(v: &View, sit: &Situation) -> Option<VsoComparison> {
    let f = sit.vso.as_ref()?;
    let situatief = v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief);
    let end = f.end.date();
    let tv = f.tv.as_ref().and_then(|run| match &run.result {
        Ok(r) => Some(VsoTv {
            amount: r.amount,
            capped: r.capped,
            cap: r.cap,
            href: crate::flow::links::tv_href(&TvHints {
                start: Some(run.input.start_date),
                end: Some(run.input.end_date),
                monthly_wage: sit.employment.monthly_wage,
                hours_per_week: sit.employment.hours_per_week,
                age: sit.employment.age,
                termination: Some(run.input.termination),
            }),
        }),
        Err(_) => None,
    });
    let sick = f.sick.as_ref().map(|s| VsoSick {
        wachttijd_end: s.wachttijd_end,
        opzegverbod_end: s.opzegverbod_end,
        ends_after_wachttijd: s.ends_after_wachttijd,
        wage: s.wage.clone(),
    });
    let law_total = match (&tv, &sick) {
        (Some(t), None) => Some(t.amount),
        (Some(t), Some(s)) if s.ends_after_wachttijd => Some(t.amount),
        (Some(t), Some(s)) => s.wage.as_ref().map(|w| t.amount + w.total),
        (None, _) => None,
    };
    let difference = match (f.offered, law_total) {
        (Some(o), Some(l)) => Some(Cents(o.0 - l.0)),
        _ => None,
    };
    let mut benefits = Vec::new();
    if let Some(s) = &sick {
        benefits.push(if s.ends_after_wachttijd {
            VsoBenefit::AfterWachttijd
        } else {
            VsoBenefit::ZwRefused
        });
    }
    if sick.is_none() || situatief {
        benefits.push(VsoBenefit::WwSafeWording);
        if end < f.notice.contract_end {
            benefits.push(VsoBenefit::WwPostponed {
                notice_end: f.notice.contract_end,
            });
        }
    }
    let mut points = vec![VsoPoint::Bedenktermijn];
    if sit.voice == Voice::Werkgever {
        if sick.is_none() || situatief {
            points.push(VsoPoint::WwSafeWording);
        }
        if sick.is_some() {
            points.push(VsoPoint::SickEmployeeRisk);
        }
    }
    if f.offered.is_none() {
        points.push(VsoPoint::CompareUnknownAmount);
    }
    points.push(VsoPoint::OtherTerms);
    Some(VsoComparison {
        signed: f.signed,
        offered: f.offered,
        end,
        assumed: f.end.assumed().then_some(AssumedEnd {
            notice_months: f.notice.months,
            service_years: f.notice.service_years,
            start_known: f.start_known,
        }),
        tv,
        sick,
        law_total,
        difference,
        situatief,
        benefits,
        points,
    })
}

/// The situational route: what staying until the end of the 104 weeks keeps, against
/// leaving now with a settlement agreement (docs/law/situatief.md#staying-or-leaving).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StayOrLeave {
    /// The last day of the 104 weeks, while the sick report stands.
    pub wachttijd_end: Option<NaiveDate>,
    /// The first day after the two years of the ban on dismissal.
    pub opzegverbod_end: Option<NaiveDate>,
    /// The end date of a settlement agreement on the table (answered or assumed).
    pub vso_end: Option<NaiveDate>,
}

pub(super) fn stay_or_leave(v: &View, sit: &Situation) -> Option<StayOrLeave> {
    if !v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief) {
        return None;
    }
    let s = sit.sickness.as_ref()?;
    Some(StayOrLeave {
        wachttijd_end: s.wachttijd_end(),
        opzegverbod_end: s.opzegverbod_end(),
        vso_end: sit.vso.as_ref().map(|f| f.end.date()),
    })
}

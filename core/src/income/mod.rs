//! "What happens to my income": a projection of gross monthly income over five years
//! after the first sick day (sickness scenario) or the notice of dismissal (WW scenario),
//! split by source, with the phases, the rule of each phase and its source.
//!
//! Law notes: docs/law/inkomen.md (WW and WGA-LGU 3–24 months, the vervolguitkering,
//! hiaat and excedent), docs/law/loondoorbetaling.md and docs/law/parameters.md (the
//! maximum dagloon and the minimum wage per half year, the AOW age, see [`crate::aow`]).
//! Parameters come from [`crate::params`].
//!
//! **Rules (each phase carries its source, see [`PhaseKind::source`]).**
//! - Loondoorbetaling, weeks 1–104 (art. 7:629 lid 1 BW): 70% of the wage, at most 70% of
//!   the maximum dagloon; in the first 52 weeks at least the minimum wage. A cao can give
//!   more (100/100, 100/70, own percentages); never less than the legal amount.
//! - After 104 weeks the WIA (art. 23 WIA wachttijd): below 35% no WIA; 35–80% (or
//!   80–100% not permanent) WGA; 80–100% permanent IVA at 75% of the capped wage.
//! - WGA-LGU and WW: 75% of the capped wage for the first 2 months, then 70%; duration 1
//!   month per year of work history for the first 10 years and ½ month per year after
//!   that, at least 3 and at most 24 months (docs/law/inkomen.md#wga-lgu).
//! - After the LGU: loonaanvulling 70% × (capped wage − restverdiencapaciteit) when you
//!   earn at least 50% of the restverdiencapaciteit, otherwise the vervolguitkering: a
//!   percentage per AO class of the minimum wage (or of the lower old wage).
//! - WW scenario: the contract ends after the opzegtermijn of art. 7:672 lid 2 BW (1–4
//!   months by length of service), at the end of a month (lid 1); the WW starts the day
//!   after.
//!
//! **Simplifications (told to the user, see [`Note`]).** Gross only, no tax, no holiday
//! allowance timing: every month is 1/12 of the yearly amount. The WGA earnings are a
//! representative assumption (see [`WiaWork`]); the AO percentage within a band is a
//! representative value ([`AoClass::representative_bp`]). Insurance top-ups model a
//! typical product, not your policy. Parameters beyond the table use the last known
//! value and are flagged.
//!
//! **Rounding.** Rates are exact integers in units of 1/[`DEN`] cent per month (`i128`).
//! Each month's amount per source is `Σ rate × days of the phase in that month / days
//! in the month`, rounded **once**, half away from zero ([`div_round_half_away`]). The
//! month total is the sum of those rounded amounts, so a table adds up exactly. The
//! parameters of a month are the ones valid on its first day.
pub mod chart;

mod considerations;
mod durations;
mod rates;
mod sick_pay;
mod types;
mod validation;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::money::{div_round_half_away, Cents};
use crate::params::{self, Certainty};
use considerations::considerations;
pub use considerations::erd_next_start;
use durations::{add_days, add_months, horizon, segments, Segment};
pub use durations::{benefit_end, benefit_half_months, notice, notice_months, whole_years};
pub use rates::DEN;
use rates::{params_at, params_with_hours, phase_rates, Ctx, ParamLog};
pub use sick_pay::{sick_pay, SickPay, SickPayInput, SickPayMonth};
pub use types::{
    AoClass, Aov, AowInfo, Consideration, ConsiderationKind, Cover, IllnessPay, IncomeError,
    IncomeInput, IncomeOutcome, MonthIncome, Note, NoticeInfo, ParamName, ParamUse, Phase,
    PhaseKind, Projection, Role, Scenario, Source, WiaWork, Worker, MAX_AMOUNT,
    MAX_AOV_WAITING_DAYS, MAX_WORK_YEARS,
};
use validation::validate;

/// The projection covers at most this many months.
pub const HORIZON_MONTHS: u32 = 60;

fn project_one(
    input: &IncomeInput,
    start: NaiveDate,
    end_excl: NaiveDate,
    ao: AoClass,
    cover: Cover,
    log: &mut ParamLog,
) -> Projection {
    let (_, segs) = segments(input, ao);
    // Clip the segments to [start, end_excl) and turn them into inclusive phases.
    let segs: Vec<Segment> = segs
        .into_iter()
        .filter(|(_, from, _)| *from < end_excl)
        .collect();
    let mut phases = Vec::with_capacity(segs.len());
    for (i, (kind, from, pct)) in segs.iter().enumerate() {
        let next = segs
            .get(i + 1)
            .map(|s| s.1)
            .unwrap_or(end_excl)
            .min(end_excl);
        if let Some(until) = next.pred_opt() {
            if until >= *from {
                phases.push(Phase {
                    kind: *kind,
                    from: *from,
                    until,
                    pct_bp: *pct,
                });
            }
        }
    }
    let aov = match input.worker {
        Worker::SelfEmployed { aov } => aov,
        Worker::Employee => None,
    };
    let ctx = Ctx {
        wage: input.annual_wage,
        pay: input.illness_pay,
        ao,
        work: input.wia_work,
        cover,
        aov,
        hours_per_week: input.hours_per_week,
    };
    let mut months = Vec::new();
    for i in 0..HORIZON_MONTHS {
        let from = add_months(start, i);
        if from >= end_excl {
            break;
        }
        let full_next = add_months(start, i + 1);
        let next = full_next.min(end_excl);
        let days_full = (full_next - from).num_days().max(1) as i128;
        let p = if input.hours_per_week.is_some() {
            params_with_hours(from, log)
        } else {
            params_at(from, log)
        };
        let mut sums = [0i128; 9];
        for ph in &phases {
            let ov_from = ph.from.max(from);
            let ov_to = add_days(ph.until, 1).min(next);
            let days = (ov_to - ov_from).num_days();
            if days <= 0 {
                continue;
            }
            let rates = phase_rates(ph.kind, ph.pct_bp, &ctx, &p);
            for (s, r) in sums.iter_mut().zip(rates.iter()) {
                *s += r * days as i128;
            }
        }
        // The one rounding: per month and source, half away from zero.
        let mut amounts = [Cents::ZERO; 9];
        for (a, s) in amounts.iter_mut().zip(sums.iter()) {
            *a = Cents::from_i128(div_round_half_away(*s, DEN * days_full));
        }
        let total = amounts.iter().copied().sum();
        months.push(MonthIncome {
            index: i + 1,
            from,
            until: next.pred_opt().unwrap_or(from),
            amounts,
            total,
            partial: next < full_next,
        });
    }
    Projection {
        ao,
        cover,
        start,
        end_exclusive: end_excl,
        phases,
        months,
    }
}

/// The announced changes that could change this projection: the shorter WW (and with
/// it the WGA-LGU) and the lower maximum dagloon for employees; the compensation for the
/// employer of a sick employee; the BAZ for the self-employed.
fn pending_law(input: &IncomeInput) -> Vec<crate::pending_law::PendingLawId> {
    use crate::pending_law::PendingLawId as P;
    let mut out = Vec::new();
    if input.worker == Worker::Employee {
        out.push(P::WwDuration);
        out.push(P::MaxDagloonCut);
        if matches!(input.scenario, Scenario::Sickness { .. }) {
            out.push(P::Bill36869);
            out.push(P::CompensationEnd2028);
        }
    } else {
        out.push(P::Baz);
    }
    out
}

/// Project the income. Bad input gives an [`IncomeError`]; nothing panics.
pub fn project(input: &IncomeInput) -> Result<IncomeOutcome, IncomeError> {
    let start = validate(input)?;
    let (aow_info, end_excl) = horizon(input, start);
    let mut log = ParamLog::default();
    let aos: Vec<AoClass> = match input.ao {
        AoClass::Unknown => AoClass::KNOWN.to_vec(),
        known => vec![known],
    };
    let employee = input.worker == Worker::Employee;
    let covers: Vec<Cover> = match input.cover {
        Cover::Unknown if employee => vec![Cover::None, Cover::Extended],
        Cover::Unknown => vec![Cover::None],
        known => vec![known],
    };
    let mut low: Option<Projection> = None;
    let mut high: Option<Projection> = None;
    for ao in &aos {
        for cover in &covers {
            let p = project_one(input, start, end_excl, *ao, *cover, &mut log);
            let t = p.total();
            if low.as_ref().is_none_or(|l| t < l.total()) {
                low = Some(p.clone());
            }
            if high.as_ref().is_none_or(|h| t > h.total()) {
                high = Some(p);
            }
        }
    }
    let fallback = || {
        project_one(
            input,
            start,
            end_excl,
            AoClass::Below35,
            Cover::None,
            &mut ParamLog::default(),
        )
    };
    let low = low.unwrap_or_else(fallback);
    let high = high.unwrap_or_else(|| low.clone());
    let ranged = input.ao == AoClass::Unknown || (input.cover == Cover::Unknown && employee);

    let above_loongrens = employee
        && params::wia_loongrens_year(start)
            .or_else(|| params::first_value(params::Param::Loongrens))
            .is_some_and(|g| input.annual_wage > g.value);
    let notice_info = match input.scenario {
        Scenario::Dismissal {
            notice_date,
            employment_start,
        } => Some(notice(notice_date, employment_start)),
        Scenario::Sickness { .. } => None,
    };

    // Notes.
    let mut notes = vec![Note::GrossOnly, Note::Indicative];
    if ranged {
        notes.push(Note::RangeShown);
    }
    if log
        .used
        .iter()
        .any(|u| u.carried || u.certainty.is_uncertain())
    {
        notes.push(Note::ParamsEstimated);
    }
    let sick_employee = employee && matches!(input.scenario, Scenario::Sickness { .. });
    if sick_employee && input.cover != Cover::None {
        notes.push(Note::TopUpTypicalProduct);
    }
    if let Worker::SelfEmployed { aov: Some(_) } = input.worker {
        notes.push(Note::AovTypicalProduct);
    }
    let partial_possible = matches!(
        input.ao,
        AoClass::Ao35To45
            | AoClass::Ao45To55
            | AoClass::Ao55To65
            | AoClass::Ao65To80
            | AoClass::Unknown
    );
    if sick_employee && partial_possible {
        notes.push(Note::AoBandMiddle);
        if input.wia_work != WiaWork::None {
            notes.push(Note::WorkAssumption);
        }
        notes.push(Note::WwNextToWgaNotModelled);
    }
    // Without the hours, a wage below the full-time minimum wage gets no floor (we cannot
    // tell the person's own minimum wage); with the hours, the floor follows them.
    if sick_employee && input.illness_pay == IllnessPay::Legal && input.hours_per_week.is_none() {
        let mut l = ParamLog::default();
        let mw = params_at(start, &mut l).min_wage;
        if input.annual_wage.as_i128() < mw.as_i128() * 12 {
            notes.push(Note::PartTimeFloor);
        }
    }
    if let IllnessPay::Custom { year1, year2 } = input.illness_pay {
        if sick_employee && (year1 < 70 || year2 < 70) {
            notes.push(Note::CustomBelowLegal);
        }
    }
    if sick_employee && matches!(input.ao, AoClass::Below35 | AoClass::Unknown) {
        notes.push(Note::Below35Assumption);
    }
    if notice_info.is_some() {
        notes.push(Note::NoticeSimplified);
    }
    if low.phases.iter().any(|ph| ph.kind == PhaseKind::Ziektewet) {
        notes.push(Note::ZiektewetDagloon);
    }
    if employee {
        notes.push(Note::AfterBenefitNotModelled);
        notes.push(Note::PlannedChanges);
    }
    match aow_info {
        AowInfo::NotGiven => notes.push(Note::AowNotGiven),
        AowInfo::BeforeTable => notes.push(Note::AowBeforeTable),
        AowInfo::Reached => notes.push(Note::AowReached),
        AowInfo::On { certainty, .. } => {
            if certainty == Certainty::Estimate {
                notes.push(Note::AowUncertain);
            } else if certainty == Certainty::Unverified {
                notes.push(Note::AowUnverified);
            }
        }
    }

    Ok(IncomeOutcome {
        low,
        high,
        ranged,
        aow: aow_info,
        notice: notice_info,
        above_loongrens,
        considerations: considerations(input, above_loongrens),
        notes,
        params_used: log.used,
        pending_law: pending_law(input),
    })
}

/// The Ziektewet benefit for a full month from `from`, for a yearly wage with holiday pay:
/// 70% of the wage, capped at the maximum dagloon valid on `from` (art. 29 ZW), rounded once
/// to whole cents as in the projection, whose Ziektewet months show the same amount.
pub fn ziektewet_month(annual_wage: Cents, from: NaiveDate) -> Cents {
    let p = params_at(from, &mut ParamLog::default());
    let ctx = Ctx {
        wage: annual_wage,
        pay: IllnessPay::Legal,
        ao: AoClass::Unknown,
        work: WiaWork::None,
        cover: Cover::None,
        aov: None,
        hours_per_week: None,
    };
    let rate = phase_rates(PhaseKind::Ziektewet, Some(7_000), &ctx, &p);
    let r = rate.get(Source::Ziektewet.index()).copied().unwrap_or(0);
    Cents::from_i128(div_round_half_away(r, DEN))
}

/// The short summary of a projection: "after N months your income drops to about X".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// The total of month 1.
    pub first: Cents,
    /// Months before the final level starts (0: the level holds from month 1).
    pub after_months: u32,
    /// The final level, rounded to whole euros.
    pub level: Cents,
}

/// The final level of a projection and when it starts. The level is the last full
/// month; it starts at the first month from which every month is within 1% of it.
pub fn summary(p: &Projection) -> Option<Summary> {
    let first = p.months.first()?.total;
    let last = p
        .months
        .iter()
        .rev()
        .find(|m| !m.partial)
        .or_else(|| p.months.last())?;
    let level = last.total.as_i128();
    let close = |t: i128| (t - level).abs() * 100 <= level.abs();
    let mut k = last.index.saturating_sub(1);
    for m in p.months.iter().rev().filter(|m| m.index <= last.index) {
        if close(m.total.as_i128()) {
            k = m.index - 1;
        } else {
            break;
        }
    }
    Some(Summary {
        first,
        after_months: k,
        level: Cents::from_i128(div_round_half_away(level, 100) * 100),
    })
}

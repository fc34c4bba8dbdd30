//! Parameters per month (looked up in the table and logged) and the rates of each phase,
//! in exact integer units.

use chrono::NaiveDate;

use super::{AoClass, Aov, Cover, IllnessPay, ParamName, ParamUse, PhaseKind, Source, WiaWork};
use crate::money::Cents;
use crate::params::{self, Certainty};

/// Base unit: a monthly amount `m` cents is `m × DEN0`; an annual amount `a` is `a ×
/// DEN0 / 12`; a daily wage `d` is `d × 21.75 × DEN0` (the UWV month factor, 261/12).
const DEN0: i128 = 12_000_000;
/// One in basis points (100% = 10 000).
pub(super) const BP: i128 = 10_000;
/// Rates carry up to three percentages: `DEN = DEN0 × BP³`.
pub const DEN: i128 = DEN0 * BP * BP * BP;

#[derive(Debug, Clone, Copy)]
pub(super) struct MonthParams {
    pub max_dagloon: Cents,
    pub min_wage: Cents,
    pub loongrens: Cents,
    /// The minimum wage per hour (since 2024), for the year-1 floor by a person's hours.
    pub min_wage_hour: Option<Cents>,
}

#[derive(Default)]
pub(super) struct ParamLog {
    pub used: Vec<ParamUse>,
}

impl ParamLog {
    fn push(&mut self, u: ParamUse) {
        if !self.used.contains(&u) {
            self.used.push(u);
        }
    }
}

/// One figure of the parameter table for `date`, logged for the "figures used" list.
/// The table never refuses a date: past its rows it carries the last figure forward as
/// an estimate ([`params::value`]). Before the table (not reachable from the forms) the
/// earliest row is used, also marked as carried.
fn param(date: NaiveDate, which: params::Param, name: ParamName, log: &mut ParamLog) -> Cents {
    let earliest = || {
        params::first_value(which).map(|v| params::ParamValue {
            carried: true,
            certainty: Certainty::Estimate,
            ..v
        })
    };
    let Some(v) = params::value(which, date).or_else(earliest) else {
        return Cents::ZERO;
    };
    log.push(ParamUse {
        name,
        value: v.value,
        valid_from: v.period_from,
        source: v.source,
        certainty: v.certainty,
        carried: v.carried,
        code: v.uncertainty_code(),
    });
    v.value
}

pub(super) fn params_at(date: NaiveDate, log: &mut ParamLog) -> MonthParams {
    use params::Param;
    MonthParams {
        max_dagloon: param(date, Param::MaxDagloon, ParamName::MaxDagloon, log),
        min_wage: param(date, Param::MinWageMonth, ParamName::MinWage, log),
        loongrens: param(date, Param::Loongrens, ParamName::Loongrens, log),
        min_wage_hour: None,
    }
}

/// The month's parameters with the hourly minimum wage too (logged), when the person's
/// hours are known.
pub(super) fn params_with_hours(date: NaiveDate, log: &mut ParamLog) -> MonthParams {
    let mut p = params_at(date, log);
    if params::value(params::Param::MinWageHour, date).is_some() {
        p.min_wage_hour = Some(param(
            date,
            params::Param::MinWageHour,
            ParamName::MinWageHour,
            log,
        ));
    }
    p
}

/// Everything a rate depends on besides the phase and the month's parameters.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ctx {
    pub wage: Cents,
    pub pay: IllnessPay,
    pub ao: AoClass,
    pub work: WiaWork,
    pub cover: Cover,
    pub aov: Option<Aov>,
    /// Hours per week, when known: the year-1 floor is the minimum wage for these hours.
    pub hours_per_week: Option<u32>,
}

fn annual_base(c: Cents) -> i128 {
    c.as_i128() * (DEN0 / 12)
}
fn month_base(c: Cents) -> i128 {
    c.as_i128() * DEN0
}
/// dagloon × 21.75 per month (21.75 = 261 / 12, the UWV month factor).
fn dagloon_base(c: Cents) -> i128 {
    c.as_i128() * 2_175 * (DEN0 / 100)
}

/// The rates of one phase in one month, in 1/DEN cent per month, by source.
pub(super) fn phase_rates(
    kind: PhaseKind,
    pct: Option<u32>,
    ctx: &Ctx,
    p: &MonthParams,
) -> [i128; 9] {
    let mut r = [0i128; 9];
    let wage = annual_base(ctx.wage);
    let capped = wage.min(dagloon_base(p.max_dagloon));
    let min_wage = month_base(p.min_wage);
    let pct = pct.map(|v| v as i128).unwrap_or(0);
    let ao = ctx.ao.representative_bp();
    // Earnings during the WGA (35–80% only): share × RVC, RVC = wage × (1 − AO).
    // Two percentages: in units of 1/(DEN0 × BP²).
    let earnings = if ctx.ao.partial() {
        wage * (BP - ao) * ctx.work.share_of_rvc_bp()
    } else {
        0
    };
    let set = |r: &mut [i128; 9], s: Source, v: i128| {
        if let Some(slot) = r.get_mut(s.index()) {
            *slot += v.max(0);
        }
    };
    match kind {
        PhaseKind::NoticePeriod => set(&mut r, Source::Wage, wage * BP * BP * BP),
        PhaseKind::SickPayYear1 | PhaseKind::SickPayYear2 => {
            let year1 = kind == PhaseKind::SickPayYear1;
            let mut legal = capped * 7_000 * BP * BP;
            // Year 1: at least the minimum wage that applies to the person (art. 7:629 lid 1
            // BW). Since 2024 that is the hourly minimum wage × the hours worked: per month
            // hourly × hours × 52 / 12, never more than the wage itself. Without the hours,
            // the full-time monthly minimum wage when the wage is at least that (part-time
            // wages below it: see Note::PartTimeFloor).
            match (ctx.hours_per_week, p.min_wage_hour) {
                (Some(hours), Some(hourly)) if year1 => {
                    // hourly × hours × 52 / 12 per month, in the monthly base unit.
                    let floor = hourly.as_i128() * i128::from(hours) * 52 * DEN0 / 12;
                    legal = legal.max(floor.min(wage) * BP * BP * BP);
                }
                _ => {
                    if year1 && wage >= min_wage {
                        legal = legal.max(min_wage * BP * BP * BP);
                    }
                }
            }
            let contract = match ctx.pay.contract_bp() {
                Some((y1, y2)) => wage * if year1 { y1 } else { y2 } * BP * BP,
                None => 0,
            };
            set(&mut r, Source::Loondoorbetaling, legal.max(contract));
        }
        // The Ziektewet: 70% of the dagloon, capped at the maximum dagloon (art. 29 ZW); no
        // minimum-wage floor (a Toeslagenwet supplement is not modelled).
        PhaseKind::Ziektewet => set(&mut r, Source::Ziektewet, capped * pct * BP * BP),
        PhaseKind::Ww75 | PhaseKind::Ww70 => set(&mut r, Source::Ww, capped * pct * BP * BP),
        PhaseKind::WgaLgu75 | PhaseKind::WgaLgu70 => {
            let lgu = (capped * BP * BP - earnings).max(0) * pct;
            set(&mut r, Source::WgaLgu, lgu);
            set(&mut r, Source::Wage, earnings * BP);
        }
        PhaseKind::WgaLoonaanvulling => {
            let x = (capped * BP - wage * (BP - ao)).max(0);
            set(&mut r, Source::Loonaanvulling, x * 7_000 * BP);
            set(&mut r, Source::Wage, earnings * BP);
        }
        PhaseKind::WgaVervolg => {
            set(
                &mut r,
                Source::Vervolguitkering,
                min_wage.min(wage) * pct * BP * BP,
            );
            set(&mut r, Source::Wage, earnings * BP);
        }
        PhaseKind::Iva => set(&mut r, Source::Iva, capped * pct * BP * BP),
        PhaseKind::Aov => {
            if let Some(aov) = ctx.aov {
                // Typical product: insured amount × AO%, nothing below 25% AO.
                let a = if ao >= 2_500 { ao } else { 0 };
                set(
                    &mut r,
                    Source::InsuranceTopUp,
                    annual_base(aov.annual) * a * BP * BP,
                );
            }
        }
        PhaseKind::AfterWw | PhaseKind::AovWaiting | PhaseKind::SelfEmployedNoCover => {}
    }
    // Insurance top-up for employees (typical hiaat/excedent product, see [`Cover`]).
    let wga_phase = matches!(
        kind,
        PhaseKind::WgaLgu75
            | PhaseKind::WgaLgu70
            | PhaseKind::WgaLoonaanvulling
            | PhaseKind::WgaVervolg
    );
    let hiaat = match ctx.cover {
        Cover::Basic => kind == PhaseKind::WgaVervolg && ctx.ao.partial(),
        Cover::Extended => wga_phase,
        Cover::None | Cover::Unknown => false,
    };
    if hiaat {
        let grens = annual_base(p.loongrens);
        let target = wage.min(grens) * 7_000 * ao * BP;
        let benefit: i128 = [
            Source::WgaLgu,
            Source::Loonaanvulling,
            Source::Vervolguitkering,
        ]
        .iter()
        .filter_map(|s| r.get(s.index()))
        .sum();
        set(&mut r, Source::InsuranceTopUp, target - benefit);
    }
    if ctx.cover == Cover::Extended && (wga_phase || kind == PhaseKind::Iva) {
        let grens = annual_base(p.loongrens);
        let above = (wage - grens).max(0);
        set(&mut r, Source::InsuranceTopUp, above * 7_000 * ao * BP);
    }
    r
}

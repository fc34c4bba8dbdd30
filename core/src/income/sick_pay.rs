//! The statutory wage during illness over a stretch of days, month by month: what an
//! employee would keep if the contract ran on, for example instead of ending it with a
//! settlement agreement (docs/law/vso-en-ww.md#comparing-an-offer).
//!
//! The rule is the projection's own ([`super::rates::phase_rates`] for the phases
//! `SickPayYear1` and `SickPayYear2`): 70% of the wage, at most 70% of the maximum
//! dagloon, and in the first 52 weeks at least the minimum wage for the person's hours
//! (art. 7:629 lid 1 BW; docs/law/loondoorbetaling.md). The parameters of a month are the
//! ones valid on its first day, as in the projection.
//!
//! **Rounding.** Per calendar month: `Σ rate × days in that month / days of the month`,
//! rounded **once**, half away from zero, to whole cents. The total is the sum of the
//! rounded months, so the month list adds up to it exactly.

use chrono::{Datelike, NaiveDate};

use super::rates::{params_with_hours, phase_rates, Ctx, ParamLog, DEN};
use super::{AoClass, Cover, IllnessPay, PhaseKind, Source, WiaWork};
use crate::money::{div_round_half_away, Cents};

/// What the sum needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SickPayInput {
    /// Gross yearly wage including holiday allowance, as in the projection.
    pub annual_wage: Cents,
    /// Contractual hours per week, when known (the year-1 floor follows them).
    pub hours_per_week: Option<u32>,
    /// The first day of the 53rd sick week (counted day 365): from then on the floor of
    /// year 1 no longer applies.
    pub year2_from: NaiveDate,
    /// The first day of the stretch.
    pub from: NaiveDate,
    /// The last day of the stretch, inclusive (the last day of the 104 weeks).
    pub until: NaiveDate,
}

/// One calendar month of the stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SickPayMonth {
    pub from: NaiveDate,
    /// Inclusive.
    pub until: NaiveDate,
    pub amount: Cents,
}

/// The sum, with its months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SickPay {
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub months: Vec<SickPayMonth>,
    /// The sum of the months.
    pub total: Cents,
    /// Part of the stretch uses a figure that is an estimate or carried forward (a
    /// maximum dagloon or minimum wage not yet published).
    pub estimated: bool,
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d)
}

fn first_of_next_month(d: NaiveDate) -> Option<NaiveDate> {
    first_of_month(d).checked_add_months(chrono::Months::new(1))
}

/// The statutory wage during illness for the days `from..=until`, per calendar month.
/// An empty stretch (`until` before `from`) gives `None`.
pub fn sick_pay(input: &SickPayInput) -> Option<SickPay> {
    if input.until < input.from {
        return None;
    }
    let ctx = Ctx {
        wage: input.annual_wage,
        pay: IllnessPay::Legal,
        ao: AoClass::Unknown,
        work: WiaWork::None,
        cover: Cover::None,
        aov: None,
        hours_per_week: input.hours_per_week,
    };
    let mut log = ParamLog::default();
    let mut months = Vec::new();
    let mut day = input.from;
    while day <= input.until {
        let month_start = first_of_month(day);
        let next_month = first_of_next_month(day)?;
        let days_in_month = (next_month - month_start).num_days() as i128;
        let last = next_month.pred_opt()?.min(input.until);
        let p = params_with_hours(month_start, &mut log);
        // The month's days split at the start of year 2.
        let mut sum = 0i128;
        let mut cut = day;
        while cut <= last {
            let (kind, end) = if cut < input.year2_from {
                let end = input.year2_from.pred_opt()?.min(last);
                (PhaseKind::SickPayYear1, end)
            } else {
                (PhaseKind::SickPayYear2, last)
            };
            let days = (end - cut).num_days() as i128 + 1;
            let rate = phase_rates(kind, Some(7_000), &ctx, &p);
            sum += rate.get(Source::Loondoorbetaling.index()).copied()? * days;
            cut = end.succ_opt()?;
        }
        // The one rounding: per month, half away from zero.
        let amount = Cents::from_i128(div_round_half_away(sum, DEN * days_in_month));
        months.push(SickPayMonth {
            from: day,
            until: last,
            amount,
        });
        day = next_month;
    }
    let estimated = log
        .used
        .iter()
        .any(|u| u.carried || u.certainty.is_uncertain());
    Some(SickPay {
        from: input.from,
        until: input.until,
        total: months.iter().map(|m| m.amount).sum(),
        months,
        estimated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// € 4.000 a month with 8% holiday pay: € 51.840 a year, € 4.320 a month; 70% is
    /// € 3.024,00 a month, above the minimum wage for 36 hours and below 70% of the
    /// maximum dagloon (€ 304,25 × 21,75 = € 6.617,44 in 2026), so neither limit applies.
    fn input(from: NaiveDate, until: NaiveDate) -> SickPayInput {
        SickPayInput {
            annual_wage: Cents(5_184_000),
            hours_per_week: Some(36),
            year2_from: d(2027, 1, 4),
            from,
            until,
        }
    }

    #[test]
    fn whole_and_partial_months_round_once_each() {
        // 1 Dec 2026 – 14 Feb 2027: December and January whole (€ 3.024,00 each), then
        // 14 of 28 days of February: € 1.512,00.
        let s = sick_pay(&input(d(2026, 12, 1), d(2027, 2, 14))).unwrap();
        let amounts: Vec<i64> = s.months.iter().map(|m| m.amount.0).collect();
        assert_eq!(amounts, vec![302_400, 302_400, 151_200]);
        assert_eq!(s.total, Cents(756_000));
        assert_eq!(s.months[0].from, d(2026, 12, 1));
        assert_eq!(s.months[2].until, d(2027, 2, 14));
        // 10 of 31 days of March: 3.024 × 10 / 31 = 975,483… → € 975,48.
        let s = sick_pay(&input(d(2027, 3, 22), d(2027, 3, 31))).unwrap();
        assert_eq!(s.total, Cents(97_548));
        // Nothing for an empty stretch.
        assert!(sick_pay(&input(d(2027, 3, 2), d(2027, 3, 1))).is_none());
    }

    #[test]
    fn the_cap_and_the_year_1_floor_follow_the_rule_of_the_projection() {
        // A high wage: 70% of the maximum dagloon × 21,75 in January 2026
        // (€ 304,25 × 0,7 × 21,75 = € 4.632,21), whatever the wage.
        let mut i = input(d(2026, 1, 1), d(2026, 1, 31));
        i.annual_wage = Cents(12_000_000);
        i.year2_from = d(2027, 1, 1);
        let s = sick_pay(&i).unwrap();
        assert_eq!(s.total, Cents(463_221));
        // A low wage in year 1 gets the minimum wage for its hours; in year 2 only 70%.
        let mut i = input(d(2026, 3, 1), d(2026, 3, 31));
        i.annual_wage = Cents(3_240_000); // € 2.500 a month with holiday pay
        i.year2_from = d(2026, 3, 16);
        let s = sick_pay(&i).unwrap();
        // Year 2 alone would be 70% of € 2.700 = € 1.890,00 a month.
        let mut only_year2 = i;
        only_year2.year2_from = d(2026, 3, 1);
        assert_eq!(sick_pay(&only_year2).unwrap().total, Cents(189_000));
        assert!(s.total > Cents(189_000), "the floor applies to 1–15 March");
    }
}

//! Wage stage: the monthly wage M with its parts, and the lines that build it up.

use super::explain::Line;
use super::q::Ratio;
use super::{
    err, gt, money, number, ov, ErrorKind, Field, Staged, TvError, TvInput, Wage, WageParts,
    MAX_MONTHLY_CENTS,
};

/// The monthly wage M and its parts (art. 3 Besluit loonbegrip, Stb. 2014, 538;
/// docs/law/transitievergoeding.md#variable-components-window for the variable window: the three calendar years before the
/// year of the end, ÷ 36).
pub fn monthly_wage(input: &TvInput) -> Result<WageParts, TvError> {
    let o = ov(Field::Input);
    let base = match input.wage {
        Wage::Monthly(v) => {
            let q = money(Field::BaseMonthlyWage, v, MAX_MONTHLY_CENTS)?;
            if q.is_zero() {
                return err(Field::BaseMonthlyWage, ErrorKind::Zero);
            }
            q
        }
        Wage::Hourly {
            hourly,
            hours_per_week,
        } => {
            let h = money(Field::HourlyWage, hourly, MAX_MONTHLY_CENTS)?;
            if h.is_zero() {
                return err(Field::HourlyWage, ErrorKind::Zero);
            }
            let hours = number(Field::HoursPerWeek, hours_per_week)?;
            if hours.is_zero() {
                return err(Field::HoursPerWeek, ErrorKind::Zero);
            }
            if gt(hours, Ratio::int(168)) {
                return err(Field::HoursPerWeek, ErrorKind::TooManyHours);
            }
            let b = h.times(hours).map_err(&o)?.scale(52, 12).map_err(&o)?;
            if gt(b, Ratio::int(MAX_MONTHLY_CENTS)) {
                return err(Field::HourlyWage, ErrorKind::TooLarge);
            }
            b
        }
        Wage::HourlyVariable {
            hourly,
            average_hours_per_month,
        } => {
            let h = money(Field::HourlyWage, hourly, MAX_MONTHLY_CENTS)?;
            if h.is_zero() {
                return err(Field::HourlyWage, ErrorKind::Zero);
            }
            let hours = number(Field::AverageHoursPerMonth, average_hours_per_month)?;
            if hours.is_zero() {
                return err(Field::AverageHoursPerMonth, ErrorKind::Zero);
            }
            // 168 hours a week × 52 / 12 = 728 hours a month.
            if gt(hours, Ratio::int(728)) {
                return err(Field::AverageHoursPerMonth, ErrorKind::TooManyHours);
            }
            let b = h.times(hours).map_err(&o)?;
            if gt(b, Ratio::int(MAX_MONTHLY_CENTS)) {
                return err(Field::HourlyWage, ErrorKind::TooLarge);
            }
            b
        }
    };
    let pct = number(Field::HolidayAllowancePct, input.holiday_allowance_pct)?;
    if gt(pct, Ratio::int(100)) {
        return err(Field::HolidayAllowancePct, ErrorKind::PercentOutOfRange);
    }
    let holiday = base.times(pct).map_err(&o)?.scale(1, 100).map_err(&o)?;
    let extras = money(
        Field::FixedYearlyExtras,
        input.fixed_yearly_extras,
        12 * MAX_MONTHLY_CENTS,
    )?
    .scale(1, 12)
    .map_err(&o)?;
    let fixed = money(
        Field::FixedComponentsLast12Months,
        input.fixed_components_last_12_months,
        12 * MAX_MONTHLY_CENTS,
    )?
    .scale(1, 12)
    .map_err(&o)?;
    let variable = money(
        Field::VariableComponentsLast3Years,
        input.variable_components_last_3_years,
        36 * MAX_MONTHLY_CENTS,
    )?
    .scale(1, 36)
    .map_err(&o)?;
    let m = base
        .plus(holiday)
        .and_then(|x| x.plus(extras))
        .and_then(|x| x.plus(fixed))
        .and_then(|x| x.plus(variable))
        .map_err(&o)?;
    Ok(WageParts {
        base,
        holiday,
        extras,
        fixed,
        variable,
        m,
    })
}

/// The wage stage: M and its parts, explained line by line.
pub(super) fn stage(input: &TvInput) -> Result<Staged<WageParts>, TvError> {
    let wage = monthly_wage(input)?;
    let mut lines = Vec::new();
    match input.wage {
        Wage::Monthly(_) => lines.push(Line::WageBase {
            base: wage.base.round(),
        }),
        Wage::Hourly {
            hourly,
            hours_per_week,
        } => lines.push(Line::WageHourly {
            hourly,
            hours_per_week,
            base: wage.base.round(),
        }),
        Wage::HourlyVariable {
            hourly,
            average_hours_per_month,
        } => lines.push(Line::WageVariableHours {
            hourly,
            average_hours_per_month,
            base: wage.base.round(),
        }),
    }
    lines.push(Line::HolidayAllowance {
        pct: input.holiday_allowance_pct,
        amount: wage.holiday.round(),
    });
    if !wage.extras.is_zero() {
        lines.push(Line::FixedYearlyExtras {
            yearly: input.fixed_yearly_extras,
            monthly: wage.extras.round(),
        });
    }
    if !wage.fixed.is_zero() {
        lines.push(Line::FixedComponents {
            total: input.fixed_components_last_12_months,
            monthly: wage.fixed.round(),
        });
    }
    if !wage.variable.is_zero() {
        lines.push(Line::VariableComponents {
            total: input.variable_components_last_3_years,
            monthly: wage.variable.round(),
            end_year: chrono::Datelike::year(&input.end_date),
        });
    }
    lines.push(Line::MonthlyWage { m: wage.m.round() });
    Ok(Staged::new(wage, lines))
}

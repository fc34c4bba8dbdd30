//! Wage stage: the monthly wage M with its parts, and the lines that build it up.

use super::explain::Line;
use super::q::Ratio;
use super::{
    err, gt, money, number, ov, ErrorKind, Field, Staged, TvError, TvInput, Wage, WageParts,
    MAX_MONTHLY_CENTS,
};
use crate::money::Decimal;

/// The monthly wage M and its parts (art. 3 Besluit loonbegrip, Stb. 2014, 538;
/// docs/law/transitievergoeding.md#variable-components-window for the variable window: the three calendar years before the
/// year of the end, ÷ 36).
pub fn monthly_wage(input: &TvInput) -> Result<WageParts, TvError> {
    let o = ov(Field::Input);
    let base = match input.wage {
        Wage::Monthly(v) => nonzero(
            Field::BaseMonthlyWage,
            money(Field::BaseMonthlyWage, v, MAX_MONTHLY_CENTS)?,
        )?,
        // At most 168 hours a week; × 52 / 12 makes a month of them.
        Wage::Hourly {
            hourly,
            hours_per_week,
        } => hourly_month(hourly, Field::HoursPerWeek, hours_per_week, 168, 52, 12)?,
        // 168 hours a week × 52 / 12 = 728 hours a month.
        Wage::HourlyVariable {
            hourly,
            average_hours_per_month,
        } => hourly_month(
            hourly,
            Field::AverageHoursPerMonth,
            average_hours_per_month,
            728,
            1,
            1,
        )?,
    };
    let pct = number(Field::HolidayAllowancePct, input.holiday_allowance_pct)?;
    if gt(pct, Ratio::int(100)) {
        return err(Field::HolidayAllowancePct, ErrorKind::PercentOutOfRange);
    }
    let holiday = base.times(pct).map_err(&o)?.scale(1, 100).map_err(&o)?;
    let extras = per_month(Field::FixedYearlyExtras, input.fixed_yearly_extras, 12)?;
    let fixed = per_month(
        Field::FixedComponentsLast12Months,
        input.fixed_components_last_12_months,
        12,
    )?;
    let variable = per_month(
        Field::VariableComponentsLast3Years,
        input.variable_components_last_3_years,
        36,
    )?;
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

/// An amount over `months` months (at most the monthly maximum for each), per month.
fn per_month(field: Field, v: Decimal, months: i128) -> Result<Ratio, TvError> {
    money(field, v, months * MAX_MONTHLY_CENTS)?
        .scale(1, months)
        .map_err(ov(Field::Input))
}

/// `v`, or the error `Zero` on `field` when it is zero.
fn nonzero(field: Field, v: Ratio) -> Result<Ratio, TvError> {
    if v.is_zero() {
        return err(field, ErrorKind::Zero);
    }
    Ok(v)
}

/// The monthly wage from an hourly wage and a number of hours (`hours_field`): neither may
/// be zero, the hours not above `max_hours`, the result not above the monthly maximum.
/// The hours times `num / den` are the hours of a month.
fn hourly_month(
    hourly: Decimal,
    hours_field: Field,
    hours: Decimal,
    max_hours: i128,
    num: i128,
    den: i128,
) -> Result<Ratio, TvError> {
    let h = nonzero(
        Field::HourlyWage,
        money(Field::HourlyWage, hourly, MAX_MONTHLY_CENTS)?,
    )?;
    let hours = nonzero(hours_field, number(hours_field, hours)?)?;
    if gt(hours, Ratio::int(max_hours)) {
        return err(hours_field, ErrorKind::TooManyHours);
    }
    let b = h
        .times(hours)
        .and_then(|x| x.scale(num, den))
        .map_err(ov(Field::Input))?;
    if gt(b, Ratio::int(MAX_MONTHLY_CENTS)) {
        return err(Field::HourlyWage, ErrorKind::TooLarge);
    }
    Ok(b)
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

//! Validation of the input before the stages: the dates, and the optional amounts and
//! fraction. Each problem is a [`TvError`] naming its field.

use chrono::NaiveDate;

use super::q::Ratio;
use super::service::Period;
use super::{
    err, gt, money, number, wab_start, ErrorKind, Field, Termination, TvError, TvInput,
    MAX_MONTHLY_CENTS,
};
use crate::dates::check_range;

fn check_date(field: Field, d: NaiveDate) -> Result<NaiveDate, TvError> {
    check_range(d).map_err(|e| TvError::new(field, ErrorKind::Date(e)))
}

pub(super) fn validate_dates(input: &TvInput) -> Result<(), TvError> {
    check_date(Field::StartDate, input.start_date)?;
    check_date(Field::EndDate, input.end_date)?;
    if input.end_date < input.start_date {
        return err(Field::EndDate, ErrorKind::EndBeforeStart);
    }
    if input.end_date < wab_start() {
        return err(Field::EndDate, ErrorKind::Before2020);
    }
    let mut all: Vec<(usize, Period)> = Vec::new();
    for (i, p) in input.earlier_contracts.iter().enumerate() {
        let f = Field::EarlierContract(i);
        check_date(f, p.start)?;
        check_date(f, p.end)?;
        if p.end < p.start {
            return err(f, ErrorKind::EndBeforeStart);
        }
        if p.end >= input.start_date {
            return err(f, ErrorKind::Overlap);
        }
        for (_, q) in &all {
            if p.start <= q.end && q.start <= p.end {
                return err(f, ErrorKind::Overlap);
            }
        }
        all.push((i, *p));
    }
    let earliest = input
        .earlier_contracts
        .iter()
        .map(|p| p.start)
        .chain(std::iter::once(input.start_date))
        .min()
        .unwrap_or(input.start_date);
    if let Some(s) = input.first_sick_day {
        check_date(Field::FirstSickDay, s)?;
        if s < earliest || s > input.end_date {
            return err(Field::FirstSickDay, ErrorKind::OutsideEmployment);
        }
    }
    if let Some(p) = input.payment_date {
        check_date(Field::PaymentDate, p)?;
        if p < input.start_date {
            return err(Field::PaymentDate, ErrorKind::OutsideEmployment);
        }
    }
    Ok(())
}

/// The optional numbers of the input, checked and exact.
pub(super) struct Optional {
    /// The share that ended in a partial dismissal.
    pub fraction: Option<Ratio>,
    /// The wage earned after the whole years (`E`).
    pub remainder: Option<Ratio>,
    /// The wage paid during illness.
    pub illness_wage: Option<Ratio>,
}

/// Check the partial-dismissal fraction, the wage earned in the remainder and the wage
/// paid during illness, in that order.
pub(super) fn optional_numbers(input: &TvInput) -> Result<Optional, TvError> {
    let fraction = match (input.termination, input.partial_dismissal_fraction) {
        (Termination::PartialDismissal, None) => {
            return err(Field::PartialDismissalFraction, ErrorKind::Missing)
        }
        (_, Some(f)) => {
            let q = number(Field::PartialDismissalFraction, f)?;
            if q.is_zero() || gt(q, Ratio::int(1)) {
                return err(
                    Field::PartialDismissalFraction,
                    ErrorKind::FractionOutOfRange,
                );
            }
            Some(q)
        }
        (_, None) => None,
    };
    let remainder = input
        .wage_earned_in_remainder
        .map(|v| money(Field::WageEarnedInRemainder, v, 12 * MAX_MONTHLY_CENTS))
        .transpose()?;
    let illness_wage = input
        .wage_paid_during_illness
        .map(|v| money(Field::WagePaidDuringIllness, v, 36 * MAX_MONTHLY_CENTS))
        .transpose()?;
    Ok(Optional {
        fraction,
        remainder,
        illness_wage,
    })
}

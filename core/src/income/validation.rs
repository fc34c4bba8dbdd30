//! Validation of the input: each wrong input is an [`IncomeError`] naming it.

use chrono::NaiveDate;

use super::{
    IllnessPay, IncomeError, IncomeInput, Scenario, Worker, MAX_AMOUNT, MAX_AOV_WAITING_DAYS,
    MAX_WORK_YEARS,
};
use crate::dates::check_range;
use crate::money::Cents;

pub(super) fn validate(input: &IncomeInput) -> Result<NaiveDate, IncomeError> {
    let start = match input.scenario {
        Scenario::Sickness { first_sick_day } => first_sick_day,
        Scenario::Dismissal {
            notice_date,
            employment_start,
        } => {
            check_range(employment_start).map_err(|_| IncomeError::EmploymentStartOutOfRange)?;
            if employment_start > notice_date {
                return Err(IncomeError::EmploymentStartAfterNotice);
            }
            notice_date
        }
    };
    check_range(start).map_err(|_| IncomeError::StartDateOutOfRange)?;
    match input.worker {
        Worker::Employee => {
            if input.annual_wage <= Cents::ZERO {
                return Err(IncomeError::WageMissing);
            }
        }
        Worker::SelfEmployed { aov } => {
            if matches!(input.scenario, Scenario::Dismissal { .. }) {
                return Err(IncomeError::SelfEmployedNeedsSickness);
            }
            if let Some(a) = aov {
                if a.annual <= Cents::ZERO || a.annual > MAX_AMOUNT {
                    return Err(IncomeError::AovAmountInvalid);
                }
                if a.waiting_days > MAX_AOV_WAITING_DAYS {
                    return Err(IncomeError::AovWaitingTooLong);
                }
            }
        }
    }
    if input.annual_wage > MAX_AMOUNT || input.annual_wage < Cents::ZERO {
        return Err(IncomeError::WageTooHigh);
    }
    if let Some(b) = input.born {
        check_range(b).map_err(|_| IncomeError::BornOutOfRange)?;
        if b >= start {
            return Err(IncomeError::BornAfterStart);
        }
    }
    if input.work_years > MAX_WORK_YEARS {
        return Err(IncomeError::WorkYearsTooHigh);
    }
    if let Some(end) = input.contract_end {
        check_range(end).map_err(|_| IncomeError::ContractEndOutOfRange)?;
        if matches!(input.scenario, Scenario::Sickness { .. }) && end < start {
            return Err(IncomeError::ContractEndBeforeSick);
        }
    }
    if let IllnessPay::Custom { year1, year2 } = input.illness_pay {
        if year1 > 100 || year2 > 100 {
            return Err(IncomeError::CustomPercentOutOfRange);
        }
    }
    Ok(start)
}

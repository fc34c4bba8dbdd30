//! The JSON input of the transitievergoeding, shared by the command line and the CSV
//! batch ([`crate::batch`]): the input keys, read into a [`TvInput`]. The output object is
//! written by the command line (`crate::cli::transitievergoeding`), with its words.
//!
//! Numbers are read exactly ([`decimal_from_json`]: JSON numbers through serde_json's
//! `arbitrary_precision`, or strings such as `"3250.50"` or `"3.250,50"`). They never pass
//! through `f64`. Empty strings and `null` count as "not given", so CSV cells can be empty.

use serde_json::{Map, Value};

use super::{
    Deduction, DeductionKind, DeductionPart, EmployerSize, ErrorKind, Field, Period, Termination,
    TvError, TvInput, Wage,
};
use crate::dates::parse_user;
use crate::lang::Lang;
use crate::money::{decimal_from_json, Decimal, NumberError};

fn present<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    match obj.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(v) => Some(v),
    }
}

fn dec(field: Field, v: &Value) -> Result<Decimal, TvError> {
    decimal_from_json(v).map_err(|e| {
        TvError::new(
            field,
            match e {
                NumberError::Empty => ErrorKind::Missing,
                NumberError::Invalid => ErrorKind::NotANumber,
                NumberError::TooLarge => ErrorKind::TooLarge,
            },
        )
    })
}

fn opt_dec(obj: &Map<String, Value>, key: &str, field: Field) -> Result<Option<Decimal>, TvError> {
    present(obj, key).map(|v| dec(field, v)).transpose()
}

/// A code value (a string one of `parse`'s codes) under the field's key, if present.
fn opt_code<T>(
    obj: &Map<String, Value>,
    field: Field,
    parse: fn(&str) -> Option<T>,
) -> Result<Option<T>, TvError> {
    let Some(v) = present(obj, &field.key()) else {
        return Ok(None);
    };
    let s = v
        .as_str()
        .ok_or(TvError::new(field, ErrorKind::WrongType))?;
    parse(s)
        .map(Some)
        .ok_or(TvError::new(field, ErrorKind::UnknownValue))
}

fn date(field: Field, v: &Value) -> Result<chrono::NaiveDate, TvError> {
    match v {
        Value::String(s) => parse_user(s).map_err(|e| TvError::new(field, ErrorKind::Date(e))),
        _ => Err(TvError::new(field, ErrorKind::WrongType)),
    }
}

fn opt_date(
    obj: &Map<String, Value>,
    key: &str,
    field: Field,
) -> Result<Option<chrono::NaiveDate>, TvError> {
    present(obj, key).map(|v| date(field, v)).transpose()
}

/// `true`/`false`, or in a CSV cell `ja`/`nee`, `yes`/`no`, `1`/`0`, `j`/`n`.
fn boolean(field: Field, v: &Value) -> Result<bool, TvError> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "ja" | "yes" | "1" | "j" | "y" | "waar" => Ok(true),
            "false" | "nee" | "no" | "0" | "n" | "onwaar" => Ok(false),
            _ => Err(TvError::new(field, ErrorKind::NotABoolean)),
        },
        Value::Number(n) => match n.to_string().as_str() {
            "1" => Ok(true),
            "0" => Ok(false),
            _ => Err(TvError::new(field, ErrorKind::NotABoolean)),
        },
        _ => Err(TvError::new(field, ErrorKind::NotABoolean)),
    }
}

/// `FROM..UNTIL|FROM..UNTIL`, as in CSV cells and share links.
pub fn parse_periods(s: &str) -> Result<Vec<Period>, TvError> {
    let mut out = Vec::new();
    for (i, part) in s
        .split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        let f = Field::EarlierContract(i);
        let (a, b) = part.split_once("..").ok_or(TvError::new(
            f,
            ErrorKind::Date(crate::dates::DateError::Format),
        ))?;
        let start = parse_user(a).map_err(|e| TvError::new(f, ErrorKind::Date(e)))?;
        let end = parse_user(b).map_err(|e| TvError::new(f, ErrorKind::Date(e)))?;
        out.push(Period { start, end });
    }
    Ok(out)
}

/// The language asked for (`lang`), defaulting to Dutch.
pub fn lang_from(obj: &Map<String, Value>) -> Result<Lang, TvError> {
    match present(obj, "lang") {
        None => Ok(Lang::Nl),
        Some(Value::String(s)) => {
            Lang::parse(s).ok_or(TvError::new(Field::Lang, ErrorKind::UnknownValue))
        }
        Some(_) => Err(TvError::new(Field::Lang, ErrorKind::WrongType)),
    }
}

/// Read the input object. Unknown keys (such as a CSV `id`) are ignored.
pub fn input_from_map(obj: &Map<String, Value>) -> Result<TvInput, TvError> {
    let start = present(obj, "start_date")
        .ok_or(TvError::new(Field::StartDate, ErrorKind::Missing))
        .and_then(|v| date(Field::StartDate, v))?;
    let end = present(obj, "end_date")
        .ok_or(TvError::new(Field::EndDate, ErrorKind::Missing))
        .and_then(|v| date(Field::EndDate, v))?;

    let base = opt_dec(obj, "base_monthly_wage", Field::BaseMonthlyWage)?;
    let hourly = opt_dec(obj, "hourly_wage", Field::HourlyWage)?;
    let hours = opt_dec(obj, "hours_per_week", Field::HoursPerWeek)?;
    let avg = opt_dec(obj, "average_hours_per_month", Field::AverageHoursPerMonth)?;
    let wage = match (base, hourly, hours, avg) {
        (Some(b), None, None, None) => Wage::Monthly(b),
        (Some(_), Some(_), _, _) => {
            return Err(TvError::new(Field::HourlyWage, ErrorKind::Conflict))
        }
        (Some(_), None, Some(_), _) => {
            return Err(TvError::new(Field::HoursPerWeek, ErrorKind::Conflict))
        }
        (Some(_), None, None, Some(_)) => {
            return Err(TvError::new(
                Field::AverageHoursPerMonth,
                ErrorKind::Conflict,
            ))
        }
        (None, Some(h), Some(w), None) => Wage::Hourly {
            hourly: h,
            hours_per_week: w,
        },
        (None, Some(h), None, Some(a)) => Wage::HourlyVariable {
            hourly: h,
            average_hours_per_month: a,
        },
        (None, Some(_), Some(_), Some(_)) => {
            return Err(TvError::new(
                Field::AverageHoursPerMonth,
                ErrorKind::Conflict,
            ))
        }
        (None, Some(_), None, None) => {
            return Err(TvError::new(Field::HoursPerWeek, ErrorKind::Missing))
        }
        (None, None, Some(_), _) | (None, None, None, Some(_)) => {
            return Err(TvError::new(Field::HourlyWage, ErrorKind::Missing))
        }
        (None, None, None, None) => {
            return Err(TvError::new(Field::BaseMonthlyWage, ErrorKind::Missing))
        }
    };
    let mut input = TvInput::new(start, end, wage);
    // Optional amounts: each JSON key is its field's key.
    let i = &mut input;
    for (field, slot) in [
        (Field::HolidayAllowancePct, &mut i.holiday_allowance_pct),
        (Field::FixedYearlyExtras, &mut i.fixed_yearly_extras),
        (
            Field::FixedComponentsLast12Months,
            &mut i.fixed_components_last_12_months,
        ),
        (
            Field::VariableComponentsLast3Years,
            &mut i.variable_components_last_3_years,
        ),
    ] {
        if let Some(v) = opt_dec(obj, &field.key(), field)? {
            *slot = v;
        }
    }
    if let Some(v) = opt_code(obj, Field::Termination, Termination::parse)? {
        input.termination = v;
    }
    if let Some(v) = present(obj, "deductions") {
        let arr = v.as_array().ok_or(TvError::new(
            Field::Deduction(0, DeductionPart::Whole),
            ErrorKind::WrongType,
        ))?;
        for (i, d) in arr.iter().enumerate() {
            let o = d.as_object().ok_or(TvError::new(
                Field::Deduction(i, DeductionPart::Whole),
                ErrorKind::WrongType,
            ))?;
            let kf = Field::Deduction(i, DeductionPart::Kind);
            let kind = present(o, "kind")
                .ok_or(TvError::new(kf, ErrorKind::Missing))?
                .as_str()
                .and_then(DeductionKind::parse)
                .ok_or(TvError::new(kf, ErrorKind::UnknownValue))?;
            let af = Field::Deduction(i, DeductionPart::Amount);
            let amount = present(o, "amount")
                .ok_or(TvError::new(af, ErrorKind::Missing))
                .and_then(|v| dec(af, v))?;
            let sf = Field::Deduction(i, DeductionPart::SpecifiedInWritingBefore);
            let cf = Field::Deduction(i, DeductionPart::EmployeeConsentInWriting);
            let specified = present(o, "specified_in_writing_before")
                .map(|v| boolean(sf, v))
                .transpose()?
                .unwrap_or(false);
            let consent = present(o, "employee_consent_in_writing")
                .map(|v| boolean(cf, v))
                .transpose()?
                .unwrap_or(false);
            input.deductions.push(Deduction {
                kind,
                amount,
                specified_in_writing_before: specified,
                employee_consent_in_writing: consent,
            });
        }
    }
    if let Some(v) = opt_dec(obj, "deductible_costs", Field::DeductibleCosts)? {
        if v.is_negative() {
            return Err(TvError::new(Field::DeductibleCosts, ErrorKind::Negative));
        }
        input.deductions.extend(Deduction::transition_costs(v));
    }
    if let Some(v) = present(obj, "earlier_contracts") {
        input.earlier_contracts = match v {
            Value::String(s) => parse_periods(s)?,
            Value::Array(arr) => {
                let mut out = Vec::new();
                for (i, p) in arr.iter().enumerate() {
                    let f = Field::EarlierContract(i);
                    let o = p.as_object().ok_or(TvError::new(f, ErrorKind::WrongType))?;
                    let s = present(o, "start_date")
                        .ok_or(TvError::new(f, ErrorKind::Missing))
                        .and_then(|v| date(f, v))?;
                    let e = present(o, "end_date")
                        .ok_or(TvError::new(f, ErrorKind::Missing))
                        .and_then(|v| date(f, v))?;
                    out.push(Period { start: s, end: e });
                }
                out
            }
            _ => {
                return Err(TvError::new(
                    Field::EarlierContract(0),
                    ErrorKind::WrongType,
                ))
            }
        };
    }
    input.first_sick_day = opt_date(obj, "first_sick_day", Field::FirstSickDay)?;
    input.wage_paid_during_illness = opt_dec(
        obj,
        "wage_paid_during_illness",
        Field::WagePaidDuringIllness,
    )?;
    input.payment_date = opt_date(obj, "payment_date", Field::PaymentDate)?;
    input.wage_earned_in_remainder = opt_dec(
        obj,
        "wage_earned_in_remainder",
        Field::WageEarnedInRemainder,
    )?;
    input.partial_dismissal_fraction = opt_dec(
        obj,
        "partial_dismissal_fraction",
        Field::PartialDismissalFraction,
    )?;
    input.renewal_offer_equal_or_better = present(obj, "renewal_offer_equal_or_better")
        .map(|v| boolean(Field::RenewalOfferEqualOrBetter, v))
        .transpose()?;
    input.follow_up_contract_within_6_months = present(obj, "follow_up_contract_within_6_months")
        .map(|v| boolean(Field::FollowUpContractWithin6Months, v))
        .transpose()?
        .unwrap_or(false);
    if let Some(v) = opt_code(obj, Field::EmployerSize, EmployerSize::parse)? {
        input.employer_size = v;
    }
    Ok(input)
}

/// Read a whole JSON value: the language (for messages) and the input.
pub fn input_from_json(v: &Value) -> (Lang, Result<TvInput, TvError>) {
    let Some(obj) = v.as_object() else {
        return (
            Lang::Nl,
            Err(TvError::new(Field::Input, ErrorKind::InvalidJson)),
        );
    };
    match lang_from(obj) {
        Ok(lang) => (lang, input_from_map(obj)),
        Err(e) => (Lang::Nl, Err(e)),
    }
}

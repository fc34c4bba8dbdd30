//! Illness stage: after long-term illness, the transitievergoeding at the end of the
//! wachttijd (Xella) and the UWV compensation (art. 7:673e BW) with its status under bill
//! 36869 (docs/law/compensatie-en-xella.md).

use chrono::{Days, NaiveDate};

use super::amounts::{amounts, chained, counted};
use super::cap::{self, Capped};
use super::deductions::Deducted;
use super::explain::{Line, Uncertainty};
use super::q::Ratio;
use super::service::Period;
use super::{
    months_after, ov, wab_start, Compensation, CompensationAmounts, CompensationStatus,
    EmployerSize, ErrorKind, Field, Staged, Termination, TvError, TvInput,
};
use crate::dates::DateError;
use crate::money::Cents;
use crate::pending_law::{self, PendingLaw, PendingLawId};

/// The rule of bill 36869 for an employer whose contract ended in a way the current law
/// compensates (`legally_eligible`), with the 104 weeks ending on `wachttijd_end`.
///
/// - Not legally eligible: `not_eligible`, whatever the bill.
/// - A small employer, or 104 weeks that ended before the bill's date: `eligible`.
/// - The bill in force: `not_eligible` for a medium or large employer,
///   `depends_on_employer_size` when the size is unknown.
/// - The bill not in force: `depends_on_pending_law` for a medium, large or unknown
///   employer.
pub fn compensation_status(
    size: EmployerSize,
    wachttijd_end: NaiveDate,
    legally_eligible: bool,
    bill: &PendingLaw,
) -> CompensationStatus {
    if !legally_eligible {
        return CompensationStatus::NotEligible;
    }
    let bill_date = match bill.intended {
        Some(d) => d,
        None => return CompensationStatus::Eligible,
    };
    if size == EmployerSize::Small || wachttijd_end < bill_date {
        return CompensationStatus::Eligible;
    }
    if bill.status == pending_law::LawStatus::InForce {
        match size {
            EmployerSize::MediumLarge => CompensationStatus::NotEligible,
            EmployerSize::Unknown | EmployerSize::Small => {
                CompensationStatus::DependsOnEmployerSize
            }
        }
    } else {
        CompensationStatus::DependsOnPendingLaw
    }
}

/// The last day of the 104 weeks of illness: first sick day + 104 weeks − 1 day
/// (docs/law/compensatie-en-xella.md#worked-example, example 16: sick from 1 Feb 2022, the 104 weeks end 29 Jan 2024).
pub fn wachttijd_end(first_sick_day: NaiveDate) -> Option<NaiveDate> {
    first_sick_day.checked_add_days(Days::new(104 * 7 - 1))
}

/// What the illness stage gives.
pub(super) struct Illness {
    pub wachttijd_end: Option<NaiveDate>,
    pub xella_amount: Option<Cents>,
    pub compensation: Option<Compensation>,
}

/// The illness stage. The reference day is the last day of the 104 weeks
/// (docs/law/compensatie-en-xella.md#xella-amount; the exact UWV day method is uncertain,
/// flagged). `illness_wage` is the wage paid during illness, part (c).
pub(super) fn stage(
    input: &TvInput,
    m: Ratio,
    fraction: Option<Ratio>,
    illness_wage: Option<Ratio>,
    due: bool,
    capped: &Capped,
    deducted: &Deducted,
) -> Result<Staged<Illness>, TvError> {
    let o = ov(Field::Input);
    let mut lines = Vec::new();
    let mut marks = Vec::new();
    let mut wt_end = None;
    let mut xella_amount = None;
    let mut compensation = None;
    if let Some(first_sick) = input.first_sick_day {
        // The calendar's end of the 104 weeks when given (interruptions counted),
        // otherwise 104 weeks from the first sick day.
        let end_wt = match input.wachttijd_end {
            Some(w) if w >= first_sick => w,
            Some(_) | None => wachttijd_end(first_sick).ok_or(TvError::new(
                Field::FirstSickDay,
                ErrorKind::Date(DateError::OutOfRange),
            ))?,
        };
        wt_end = Some(end_wt);
        if end_wt > input.end_date {
            lines.push(Line::WachttijdNotOver {
                wachttijd_end: end_wt,
            });
            // The contract ended before the 104 weeks: not a dismissal after long-term
            // illness, so no compensation (art. 7:673e lid 1 BW).
            compensation = Some(Compensation {
                status: CompensationStatus::NotEligible,
                bill: None,
                amounts: None,
                deadline: None,
            });
        } else if end_wt < wab_start() || end_wt < input.start_date {
            lines.push(Line::WachttijdOutsideTable {
                wachttijd_end: end_wt,
            });
        } else {
            let cur = Period {
                start: input.start_date,
                end: end_wt,
            };
            let counted_b = counted(&chained(cur, &input.earlier_contracts));
            let ab = amounts(m, cur, &counted_b, None)?;
            let xella = cap::at_wachttijd_end(end_wt, ab.official, capped.annual, fraction)?;
            marks.extend(xella.marks);
            let xb = xella.value;
            xella_amount = Some(xb.round());
            lines.push(Line::Xella {
                wachttijd_end: end_wt,
                years: ab.whole_months / 12,
                months: ab.whole_months % 12,
                days: ab.days,
                amount: xb.round(),
            });
            marks.push(Uncertainty::WachttijdReferenceDay);
            marks.push(Uncertainty::WageAtWachttijdEnd);
            // Compensation (art. 7:673e BW; docs/law/compensatie-en-xella.md). The route
            // does not matter: with a VSO the employer usually pays at least the
            // statutory amount, so part (a) is then taken as the statutory amount (said
            // in a line).
            let paid = if due {
                Some(
                    deducted
                        .payable_q
                        .plus(deducted.transitiekosten)
                        .map_err(&o)?,
                )
            } else if input.termination == Termination::MutualConsent {
                Some(capped.amount)
            } else {
                None
            };
            let bill = pending_law::entry(PendingLawId::Bill36869);
            let status = compensation_status(input.employer_size, end_wt, paid.is_some(), bill);
            let bill_id = (status == CompensationStatus::DependsOnPendingLaw)
                .then_some(PendingLawId::Bill36869);
            if paid.is_some() && !due {
                lines.push(Line::CompensationVso);
            }
            let amounts = match (paid, illness_wage) {
                (Some(part_a), Some(c)) if status != CompensationStatus::NotEligible => {
                    let lowest = part_a.min_q(xb).and_then(|x| x.min_q(c)).map_err(&o)?;
                    Some(CompensationAmounts {
                        paid_plus_transitiekosten: part_a.round(),
                        at_end_of_wachttijd: xb.round(),
                        wage_paid_during_illness: c.round(),
                        amount: lowest.round(),
                    })
                }
                _ => None,
            };
            // Apply within 6 months after paying (after the last instalment); UWV
            // rejects early applications.
            let deadline = match (input.payment_date, status) {
                (_, CompensationStatus::NotEligible) | (None, _) => None,
                (Some(p), _) => Some(months_after(p, 6).ok_or(TvError::new(
                    Field::PaymentDate,
                    ErrorKind::Date(DateError::OutOfRange),
                ))?),
            };
            if let Some(a) = amounts {
                lines.push(Line::Compensation {
                    a: a.paid_plus_transitiekosten,
                    b: a.at_end_of_wachttijd,
                    c: a.wage_paid_during_illness,
                    amount: a.amount,
                });
            }
            lines.push(Line::CompensationStatus {
                status,
                size: input.employer_size,
                wachttijd_end: end_wt,
            });
            if status != CompensationStatus::NotEligible {
                lines.push(Line::CompensationDeadline { date: deadline });
            }
            compensation = Some(Compensation {
                status,
                bill: bill_id,
                amounts,
                deadline,
            });
        }
    }
    Ok(Staged {
        value: Illness {
            wachttijd_end: wt_end,
            xella_amount,
            compensation,
        },
        lines,
        marks,
    })
}

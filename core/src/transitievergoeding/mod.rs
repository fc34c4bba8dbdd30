//! The transitievergoeding (art. 7:673 BW): whether it is due, how much, and how that was
//! worked out.
//!
//! Law notes: docs/law/transitievergoeding.md and docs/law/compensatie-en-xella.md.
//!
//! **Formula (art. 7:673 lid 2 BW; official remainder method, docs/law/transitievergoeding.md#formula).**
//! `TV = whole years × M/3 + E/36`, where `M` is the monthly wage with its components
//! (art. 3 Besluit loonbegrip vergoeding aanzegtermijn en transitievergoeding, Stb. 2014,
//! 538) and `E` the wage earned in the period after the whole years. With a constant
//! wage `E = whole months × M + days / divisor × M` (see [`service`] for the split and the
//! divisor), unless the caller gives the actual `wage_earned_in_remainder` (needed for
//! contracts shorter than a month, art. 4 Besluit, and for examples that use the wage
//! actually earned). The days/365 method `years × M/3 + months × M/36 + days × M/1095` is
//! computed as a cross-check only.
//!
//! **Cap.** The cap of the calendar year of the end date ([`crate::params`]), or 12 × M
//! when that is higher (art. 7:673 lid 2 BW: "het loon over twaalf maanden"; the reading
//! 12 × M is flagged, docs/law/transitievergoeding.md#the-cap).
//!
//! **Rounding.** All amounts are exact fractions of cents ([`q::Ratio`], `i128`) until they
//! are shown; each shown amount is rounded once, half away from zero, from its exact
//! value. Sums in the explanation are therefore of exact values: a displayed total can
//! differ by one cent from the sum of its displayed, rounded parts.

pub mod json;
pub mod q;
pub mod service;
pub mod text;

#[cfg(test)]
mod tests;

use chrono::{Days, Months, NaiveDate};

use crate::dates::{check_range, DateError};
use crate::money::{Cents, Decimal};
use crate::params;
use crate::pending_law::{self, PendingLaw, PendingLawId};
use q::{Overflow, Ratio};
pub use service::Period;
pub use text::{Line, ReasonCode, Uncertainty};

/// How the wage is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wage {
    /// Gross monthly base wage in euros.
    Monthly(Decimal),
    /// Hourly wage × agreed hours per week; per month = hours × 52 / 12.
    Hourly {
        hourly: Decimal,
        hours_per_week: Decimal,
    },
    /// Variable hours: hourly wage × average hours per month over the last 12 months
    /// (art. 2 Regeling looncomponenten en arbeidsduur, Stcrt. 2014, 36823).
    HourlyVariable {
        hourly: Decimal,
        average_hours_per_month: Decimal,
    },
}

/// How the contract ends. The JSON codes are stable (see [`Termination::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Termination {
    EmployerInitiative,
    FixedTermNotRenewed,
    EmployerSeriousCulpability,
    MutualConsent,
    AfterTwoYearsIllness,
    EmployeeSeriousCulpability,
    EmployerBankruptcy,
    AowAge,
    MinorSmallJob,
    EmployeeResigned,
    RenewalOfferedDeclined,
    PartialDismissal,
}

impl Termination {
    pub const ALL: [Termination; 12] = [
        Termination::EmployerInitiative,
        Termination::FixedTermNotRenewed,
        Termination::EmployerSeriousCulpability,
        Termination::MutualConsent,
        Termination::AfterTwoYearsIllness,
        Termination::EmployeeSeriousCulpability,
        Termination::EmployerBankruptcy,
        Termination::AowAge,
        Termination::MinorSmallJob,
        Termination::EmployeeResigned,
        Termination::RenewalOfferedDeclined,
        Termination::PartialDismissal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Termination::EmployerInitiative => "employer_initiative",
            Termination::FixedTermNotRenewed => "fixed_term_not_renewed",
            Termination::EmployerSeriousCulpability => "employer_serious_culpability",
            Termination::MutualConsent => "mutual_consent",
            Termination::AfterTwoYearsIllness => "after_two_years_illness",
            Termination::EmployeeSeriousCulpability => "employee_serious_culpability",
            Termination::EmployerBankruptcy => "employer_bankruptcy",
            Termination::AowAge => "aow_age",
            Termination::MinorSmallJob => "minor_small_job",
            Termination::EmployeeResigned => "employee_resigned",
            Termination::RenewalOfferedDeclined => "renewal_offered_declined",
            Termination::PartialDismissal => "partial_dismissal",
        }
    }

    pub fn parse(s: &str) -> Option<Termination> {
        let s = s.trim().to_ascii_lowercase();
        Termination::ALL.into_iter().find(|t| t.code() == s)
    }
}

/// Kinds of costs an employer may want to deduct (art. 7:673 lid 6 BW).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeductionKind {
    Transitiekosten,
    Inzetbaarheidskosten,
    /// Re-integration or spoor-2 costs: never deductible.
    Reintegratie,
}

impl DeductionKind {
    pub fn code(self) -> &'static str {
        match self {
            DeductionKind::Transitiekosten => "transitiekosten",
            DeductionKind::Inzetbaarheidskosten => "inzetbaarheidskosten",
            DeductionKind::Reintegratie => "reintegratie",
        }
    }
    pub fn parse(s: &str) -> Option<DeductionKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "transitiekosten" => Some(DeductionKind::Transitiekosten),
            "inzetbaarheidskosten" => Some(DeductionKind::Inzetbaarheidskosten),
            "reintegratie" | "re-integratie" | "reïntegratie" | "spoor2" | "spoor_2" => {
                Some(DeductionKind::Reintegratie)
            }
            _ => None,
        }
    }
}

/// The employer's size class for the UWV compensation (bill 36869). The bill does not
/// count heads: it uses the Belastingdienst's yearly classification for the
/// gedifferentieerde premie Whk, where a small employer has a loonsom of at most 25 ×
/// the average premium wage. The employer finds it in its yearly beschikking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EmployerSize {
    Small,
    MediumLarge,
    #[default]
    Unknown,
}

impl EmployerSize {
    pub const ALL: [EmployerSize; 3] = [
        EmployerSize::Small,
        EmployerSize::MediumLarge,
        EmployerSize::Unknown,
    ];

    /// The stable code of the command line and the CSV (`employer_size`).
    pub fn code(self) -> &'static str {
        match self {
            EmployerSize::Small => "small",
            EmployerSize::MediumLarge => "medium_large",
            EmployerSize::Unknown => "unknown",
        }
    }

    /// The code, or a Dutch alias (`klein`, `middelgroot_groot`, `onbekend`), in any case.
    pub fn parse(s: &str) -> Option<EmployerSize> {
        let s = s.trim().to_lowercase().replace([' ', '-', '/'], "_");
        match s.as_str() {
            "small" | "klein" | "kleine_werkgever" => Some(EmployerSize::Small),
            "medium_large"
            | "middelgroot_groot"
            | "middelgroot_of_groot"
            | "middelgroot"
            | "groot" => Some(EmployerSize::MediumLarge),
            "unknown" | "onbekend" | "weet_niet" | "" => Some(EmployerSize::Unknown),
            _ => None,
        }
    }
}

/// Whether the employer can get the UWV compensation (art. 7:673e BW), given bill 36869
/// as it stands in the register ([`crate::pending_law`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompensationStatus {
    Eligible,
    NotEligible,
    /// The bill would take it away from this employer, and it is not in force (yet).
    DependsOnPendingLaw,
    /// The bill is in force and applies to these dates; only the size decides.
    DependsOnEmployerSize,
}

impl CompensationStatus {
    pub fn code(self) -> &'static str {
        match self {
            CompensationStatus::Eligible => "eligible",
            CompensationStatus::NotEligible => "not_eligible",
            CompensationStatus::DependsOnPendingLaw => "depends_on_pending_law",
            CompensationStatus::DependsOnEmployerSize => "depends_on_employer_size",
        }
    }
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deduction {
    pub kind: DeductionKind,
    pub amount: Decimal,
    pub specified_in_writing_before: bool,
    pub employee_consent_in_writing: bool,
}

/// Everything the calculation needs. Build it directly or with [`json::input_from_json`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TvInput {
    pub start_date: NaiveDate,
    /// The last day in service, inclusive.
    pub end_date: NaiveDate,
    pub wage: Wage,
    /// Default 8.
    pub holiday_allowance_pct: Decimal,
    pub fixed_yearly_extras: Decimal,
    pub fixed_components_last_12_months: Decimal,
    pub variable_components_last_3_years: Decimal,
    pub termination: Termination,
    pub deductions: Vec<Deduction>,
    pub earlier_contracts: Vec<Period>,
    pub first_sick_day: Option<NaiveDate>,
    pub wage_paid_during_illness: Option<Decimal>,
    pub payment_date: Option<NaiveDate>,
    /// The gross wage actually earned after the whole years (replaces `E`).
    pub wage_earned_in_remainder: Option<Decimal>,
    /// For `partial_dismissal`: the fraction of the working hours that ended (0 < f ≤ 1),
    /// e.g. 0.4 when 40% of the hours end.
    pub partial_dismissal_fraction: Option<Decimal>,
    /// For `renewal_offered_declined`: was the offered contract at least as good?
    /// `None` = not known; we then assume it was (the common case) and say so.
    pub renewal_offer_equal_or_better: Option<bool>,
    /// For `renewal_offered_declined`: before the end, a follow-up contract was agreed
    /// that starts within 6 months.
    pub follow_up_contract_within_6_months: bool,
    /// The employer's size class, for the UWV compensation (bill 36869).
    pub employer_size: EmployerSize,
}

impl TvInput {
    /// A minimal input with the defaults of the command line.
    pub fn new(start_date: NaiveDate, end_date: NaiveDate, wage: Wage) -> TvInput {
        TvInput {
            start_date,
            end_date,
            wage,
            holiday_allowance_pct: Decimal::from_int(8),
            fixed_yearly_extras: Decimal::from_int(0),
            fixed_components_last_12_months: Decimal::from_int(0),
            variable_components_last_3_years: Decimal::from_int(0),
            termination: Termination::EmployerInitiative,
            deductions: Vec::new(),
            earlier_contracts: Vec::new(),
            first_sick_day: None,
            wage_paid_during_illness: None,
            payment_date: None,
            wage_earned_in_remainder: None,
            partial_dismissal_fraction: None,
            renewal_offer_equal_or_better: None,
            follow_up_contract_within_6_months: false,
            employer_size: EmployerSize::Unknown,
        }
    }
}

/// The input field an error is about. [`Field::key`] gives the JSON key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Input,
    StartDate,
    EndDate,
    BaseMonthlyWage,
    HourlyWage,
    HoursPerWeek,
    AverageHoursPerMonth,
    HolidayAllowancePct,
    FixedYearlyExtras,
    FixedComponentsLast12Months,
    VariableComponentsLast3Years,
    Termination,
    DeductibleCosts,
    Deduction(usize, DeductionPart),
    EarlierContract(usize),
    FirstSickDay,
    WagePaidDuringIllness,
    PaymentDate,
    WageEarnedInRemainder,
    PartialDismissalFraction,
    RenewalOfferEqualOrBetter,
    FollowUpContractWithin6Months,
    EmployerSize,
    Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeductionPart {
    Whole,
    Kind,
    Amount,
    SpecifiedInWritingBefore,
    EmployeeConsentInWriting,
}

impl Field {
    pub fn key(self) -> String {
        match self {
            Field::Input => "input".into(),
            Field::StartDate => "start_date".into(),
            Field::EndDate => "end_date".into(),
            Field::BaseMonthlyWage => "base_monthly_wage".into(),
            Field::HourlyWage => "hourly_wage".into(),
            Field::HoursPerWeek => "hours_per_week".into(),
            Field::AverageHoursPerMonth => "average_hours_per_month".into(),
            Field::HolidayAllowancePct => "holiday_allowance_pct".into(),
            Field::FixedYearlyExtras => "fixed_yearly_extras".into(),
            Field::FixedComponentsLast12Months => "fixed_components_last_12_months".into(),
            Field::VariableComponentsLast3Years => "variable_components_last_3_years".into(),
            Field::Termination => "termination".into(),
            Field::DeductibleCosts => "deductible_costs".into(),
            Field::Deduction(i, part) => match part {
                DeductionPart::Whole => format!("deductions[{i}]"),
                DeductionPart::Kind => format!("deductions[{i}].kind"),
                DeductionPart::Amount => format!("deductions[{i}].amount"),
                DeductionPart::SpecifiedInWritingBefore => {
                    format!("deductions[{i}].specified_in_writing_before")
                }
                DeductionPart::EmployeeConsentInWriting => {
                    format!("deductions[{i}].employee_consent_in_writing")
                }
            },
            Field::EarlierContract(i) => format!("earlier_contracts[{i}]"),
            Field::FirstSickDay => "first_sick_day".into(),
            Field::WagePaidDuringIllness => "wage_paid_during_illness".into(),
            Field::PaymentDate => "payment_date".into(),
            Field::WageEarnedInRemainder => "wage_earned_in_remainder".into(),
            Field::PartialDismissalFraction => "partial_dismissal_fraction".into(),
            Field::RenewalOfferEqualOrBetter => "renewal_offer_equal_or_better".into(),
            Field::FollowUpContractWithin6Months => "follow_up_contract_within_6_months".into(),
            Field::EmployerSize => "employer_size".into(),
            Field::Lang => "lang".into(),
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Missing,
    NotANumber,
    Negative,
    Zero,
    /// Above the sensible maximum (e.g. a monthly wage above €1,000,000).
    TooLarge,
    /// More than 168 hours a week (or 728 a month).
    TooManyHours,
    /// A percentage outside 0..=100.
    PercentOutOfRange,
    /// A fraction outside (0, 1].
    FractionOutOfRange,
    Date(DateError),
    EndBeforeStart,
    /// The end date lies before 2020: the old rules apply, which are not covered.
    Before2020,
    /// An earlier contract overlaps another contract or starts after the current one.
    Overlap,
    /// A date outside the employment (first sick day, payment date).
    OutsideEmployment,
    /// Two ways of giving the wage at once.
    Conflict,
    UnknownValue,
    NotABoolean,
    WrongType,
    InvalidJson,
    /// The numbers are too precise to compute exactly.
    Overflow,
}

/// A typed, field-naming error. Text via [`TvError::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TvError {
    pub field: Field,
    pub kind: ErrorKind,
}

impl TvError {
    pub fn new(field: Field, kind: ErrorKind) -> TvError {
        TvError { field, kind }
    }
}

fn err<T>(field: Field, kind: ErrorKind) -> Result<T, TvError> {
    Err(TvError { field, kind })
}

/// One component of the monthly wage M, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WageParts {
    /// Base monthly wage (exact).
    pub base: Ratio,
    pub holiday: Ratio,
    pub extras: Ratio,
    pub fixed: Ratio,
    pub variable: Ratio,
    pub m: Ratio,
}

/// A deduction after checking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeductionResult {
    pub kind: DeductionKind,
    pub amount: Cents,
    pub accepted: bool,
    /// The part actually taken off the amount (never more than what was left).
    pub applied: Cents,
    pub reason: ReasonCode,
}

/// The UWV compensation (art. 7:673e BW): whether the employer can get it, and how
/// much when the wage paid during illness is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compensation {
    pub status: CompensationStatus,
    /// The pending bill the status depends on (with `depends_on_pending_law`).
    pub bill: Option<PendingLawId>,
    /// The three amounts and the lowest; `None` when the wage paid during illness is not
    /// given, or when the employer is not eligible.
    pub amounts: Option<CompensationAmounts>,
    /// Apply within 6 months after paying, after the last instalment when paid in parts
    /// (when the payment date is known).
    pub deadline: Option<NaiveDate>,
}

/// The three amounts of art. 7:673e lid 2 BW and the lowest of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompensationAmounts {
    /// (a) the transitievergoeding paid plus deducted transitiekosten.
    pub paid_plus_transitiekosten: Cents,
    /// (b) the transitievergoeding had the contract ended at the end of the wachttijd.
    pub at_end_of_wachttijd: Cents,
    /// (c) the wage paid during illness.
    pub wage_paid_during_illness: Cents,
    /// The lowest of the three.
    pub amount: Cents,
}

/// Everything the pages and the command line show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TvResult {
    pub due: bool,
    pub reason: ReasonCode,
    pub monthly_wage: Cents,
    pub wage: WageParts,
    pub years: u32,
    pub months: u32,
    pub days: u32,
    /// Official method before the cap.
    pub amount_uncapped: Cents,
    /// Days/365 cross-check (before the cap).
    pub amount_days_method: Cents,
    pub cap: Cents,
    /// Which year's cap applied.
    pub cap_year: i32,
    pub cap_is_annual_wage: bool,
    pub capped: bool,
    /// After the cap (and after the pro-rata share for a partial dismissal), before
    /// deductions. Computed even when not due, as a benchmark.
    pub amount: Cents,
    pub deductions: Vec<DeductionResult>,
    /// What the employer must pay (0 when not due).
    pub payable: Cents,
    /// Last day for the employee to claim at the kantonrechter.
    pub claim_deadline: NaiveDate,
    pub wachttijd_end: Option<NaiveDate>,
    pub xella_amount: Option<Cents>,
    pub compensation: Option<Compensation>,
    /// The employer's size class the compensation status was decided with.
    pub employer_size: EmployerSize,
    pub counted_earlier: Vec<(Period, bool)>,
    pub explanation: Vec<Line>,
    pub uncertain: Vec<Uncertainty>,
}

/// The most a monthly amount may be: [`crate::money::MAX_MONTHLY`].
const MAX_MONTHLY_CENTS: i128 = crate::money::MAX_MONTHLY.0 as i128;

fn money(field: Field, v: Decimal, max_cents: i128) -> Result<Ratio, TvError> {
    if v.is_negative() {
        return err(field, ErrorKind::Negative);
    }
    let q = Ratio::euros(v).map_err(|_| TvError::new(field, ErrorKind::TooLarge))?;
    if q.cmp_q(Ratio::int(max_cents))
        .map_err(|_| TvError::new(field, ErrorKind::TooLarge))?
        == std::cmp::Ordering::Greater
    {
        return err(field, ErrorKind::TooLarge);
    }
    Ok(q)
}

fn number(field: Field, v: Decimal) -> Result<Ratio, TvError> {
    if v.is_negative() {
        return err(field, ErrorKind::Negative);
    }
    Ratio::number(v).map_err(|_| TvError::new(field, ErrorKind::TooLarge))
}

fn gt(a: Ratio, b: Ratio) -> bool {
    matches!(a.cmp_q(b), Ok(std::cmp::Ordering::Greater) | Err(_))
}

fn ov(field: Field) -> impl Fn(Overflow) -> TvError {
    move |_| TvError::new(field, ErrorKind::Overflow)
}

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

fn check_date(field: Field, d: NaiveDate) -> Result<NaiveDate, TvError> {
    check_range(d).map_err(|e| TvError::new(field, ErrorKind::Date(e)))
}

/// Add the mark for a cap that is an estimate or could not be checked. `on_amount` and
/// `on_xella` say whether the statutory figure limits that amount (the amount before the
/// cap is above it): only then can the real figure change it, because caps only rise and
/// an estimate carries the last one forward. One mark per year; a second use of the same
/// year's cap widens what it affects.
fn mark_cap(
    marks: &mut Vec<Uncertainty>,
    cap: &params::ParamValue,
    on_amount: bool,
    on_xella: bool,
) {
    if !cap.is_uncertain() {
        return;
    }
    let year = chrono::Datelike::year(&cap.period_from);
    for u in marks.iter_mut() {
        if let Uncertainty::Cap {
            year: y,
            on_amount: a,
            on_xella: x,
            ..
        } = u
        {
            if *y == year {
                *a |= on_amount;
                *x |= on_xella;
                return;
            }
        }
    }
    marks.push(Uncertainty::Cap {
        year,
        value: cap.value,
        certainty: cap.certainty,
        on_amount,
        on_xella,
    });
}

/// The first day of the 2020 rules (Wet arbeidsmarkt in balans).
pub fn wab_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// `date` plus `months` months, minus one day: the last day of a period of months that
/// starts the day after `date` (art. 7:686a lid 4 BW style "binnen drie maanden na").
fn months_after(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.succ_opt()?
        .checked_add_months(Months::new(months))?
        .pred_opt()
}

/// The last day of the 104 weeks of illness: first sick day + 104 weeks − 1 day
/// (docs/law/compensatie-en-xella.md#worked-example, example 16: sick from 1 Feb 2022, the 104 weeks end 29 Jan 2024).
pub fn wachttijd_end(first_sick_day: NaiveDate) -> Option<NaiveDate> {
    first_sick_day.checked_add_days(Days::new(104 * 7 - 1))
}

/// Service split and the exact official and days/365 amounts for a set of periods
/// ending with `current`.
struct Amounts {
    whole_months: u32,
    days: u32,
    official: Ratio,
    days_method: Ratio,
    /// Loose-day lines for the explanation: (first loose day, days, divisor, E).
    loose: Vec<(NaiveDate, u32, u32, Ratio)>,
}

fn amounts(
    m: Ratio,
    current: Period,
    earlier: &[Period],
    remainder_override: Option<Ratio>,
) -> Result<Amounts, TvError> {
    let o = ov(Field::Input);
    let mut whole_months: u32 = 0;
    let mut days: u32 = 0;
    // Everything in units of M/36: months count 1 each, loose days days/divisor each.
    let mut official_units = Ratio::ZERO;
    let mut days_method = Ratio::ZERO;
    let mut loose = Vec::new();
    let mut official_extra = Ratio::ZERO;
    let all = earlier.iter().copied().chain(std::iter::once(current));
    let n_earlier = earlier.len();
    for (i, p) in all.enumerate() {
        let s = service::split(p.start, p.end)
            .ok_or(TvError::new(Field::EndDate, ErrorKind::EndBeforeStart))?;
        whole_months = whole_months.saturating_add(s.whole_months);
        days = days.saturating_add(s.days);
        let is_current = i == n_earlier;
        let years_units = Ratio::int(i128::from(s.years()) * 12);
        let rest_units = Ratio::int(i128::from(s.months()))
            .plus(Ratio::new(i128::from(s.days), i128::from(s.divisor)).map_err(&o)?)
            .map_err(&o)?;
        match (is_current, remainder_override) {
            (true, Some(e)) => {
                official_units = official_units.plus(years_units).map_err(&o)?;
                official_extra = e.scale(1, 36).map_err(&o)?;
            }
            _ => {
                official_units = official_units
                    .plus(years_units)
                    .and_then(|x| x.plus(rest_units))
                    .map_err(&o)?;
            }
        }
        if s.days > 0 {
            let e = m
                .times(Ratio::new(i128::from(s.days), i128::from(s.divisor)).map_err(&o)?)
                .map_err(&o)?;
            loose.push((s.loose_from, s.days, s.divisor, e));
        }
        // days/365 method: years × M/3 + months × M/36 + days × M/1095.
        let dm = m
            .scale(i128::from(s.years()), 3)
            .and_then(|a| m.scale(i128::from(s.months()), 36).and_then(|b| a.plus(b)))
            .and_then(|a| m.scale(i128::from(s.days), 1095).and_then(|b| a.plus(b)))
            .map_err(&o)?;
        days_method = days_method.plus(dm).map_err(&o)?;
    }
    let official = m
        .times(official_units)
        .and_then(|x| x.scale(1, 36))
        .and_then(|x| x.plus(official_extra))
        .map_err(&o)?;
    Ok(Amounts {
        whole_months,
        days,
        official,
        days_method,
        loose,
    })
}

/// The verdict for a termination: due or not, with its reason.
pub fn verdict(input: &TvInput, fraction: Option<Ratio>) -> (bool, ReasonCode) {
    match input.termination {
        Termination::EmployerInitiative => (true, ReasonCode::EmployerInitiative),
        Termination::FixedTermNotRenewed => (true, ReasonCode::FixedTermNotRenewed),
        Termination::EmployerSeriousCulpability => (true, ReasonCode::EmployerSeriousCulpability),
        Termination::AfterTwoYearsIllness => (true, ReasonCode::AfterTwoYearsIllness),
        Termination::MutualConsent => (false, ReasonCode::MutualConsent),
        Termination::EmployeeSeriousCulpability => (false, ReasonCode::EmployeeSeriousCulpability),
        Termination::EmployerBankruptcy => (false, ReasonCode::EmployerBankruptcy),
        Termination::AowAge => (false, ReasonCode::AowAge),
        Termination::MinorSmallJob => (false, ReasonCode::MinorSmallJob),
        Termination::EmployeeResigned => (false, ReasonCode::EmployeeResigned),
        Termination::RenewalOfferedDeclined => {
            if input.follow_up_contract_within_6_months {
                (false, ReasonCode::FollowUpContractAgreed)
            } else {
                match input.renewal_offer_equal_or_better {
                    Some(false) => (true, ReasonCode::RenewalOfferWorseDeclined),
                    Some(true) => (false, ReasonCode::RenewalOfferDeclined),
                    // Unknown: the law review's careful reading. Assuming the offer was
                    // as good would work against the employee and let the 3-month claim
                    // deadline lapse, so the amount is shown as due, with the doubt.
                    None => (true, ReasonCode::RenewalOfferQualityUnknown),
                }
            }
        }
        Termination::PartialDismissal => {
            // HR 14 Sept 2018 (Kolom): pro rata when the hours are reduced structurally by
            // at least 20%.
            let below = fraction
                .map(|f| {
                    matches!(
                        f.cmp_q(Ratio::new(1, 5).unwrap_or(Ratio::ZERO)),
                        Ok(std::cmp::Ordering::Less)
                    )
                })
                .unwrap_or(false);
            if below {
                (false, ReasonCode::PartialBelow20Percent)
            } else {
                (true, ReasonCode::PartialDismissal)
            }
        }
    }
}

fn validate_dates(input: &TvInput) -> Result<(), TvError> {
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

/// Compute the transitievergoeding. Never panics; every problem is a [`TvError`].
pub fn calculate(input: &TvInput) -> Result<TvResult, TvError> {
    validate_dates(input)?;
    let o = ov(Field::Input);
    let wage = monthly_wage(input)?;
    let m = wage.m;

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
    let remainder = match input.wage_earned_in_remainder {
        Some(v) => Some(money(
            Field::WageEarnedInRemainder,
            v,
            12 * MAX_MONTHLY_CENTS,
        )?),
        None => None,
    };
    let illness_wage = match input.wage_paid_during_illness {
        Some(v) => Some(money(
            Field::WagePaidDuringIllness,
            v,
            36 * MAX_MONTHLY_CENTS,
        )?),
        None => None,
    };

    let (due, reason) = verdict(input, fraction);
    let mut lines: Vec<Line> = Vec::new();
    let mut uncertain: Vec<Uncertainty> = Vec::new();
    if reason == ReasonCode::RenewalOfferQualityUnknown {
        uncertain.push(Uncertainty::RenewalOfferQuality);
    }
    lines.push(Line::Verdict { due, reason });

    // The monthly wage.
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
    lines.push(Line::MonthlyWage { m: m.round() });

    // Service.
    let current = Period {
        start: input.start_date,
        end: input.end_date,
    };
    let counts = service::chain(current, &input.earlier_contracts);
    let counted: Vec<Period> = input
        .earlier_contracts
        .iter()
        .zip(counts.iter())
        .filter(|(_, c)| **c)
        .map(|(p, _)| *p)
        .collect();
    let counted_earlier: Vec<(Period, bool)> = input
        .earlier_contracts
        .iter()
        .copied()
        .zip(counts.iter().copied())
        .collect();
    for (p, c) in &counted_earlier {
        lines.push(Line::EarlierContract {
            start: p.start,
            end: p.end,
            counts: *c,
        });
    }
    if !counted.is_empty() {
        uncertain.push(Uncertainty::ChainGapsExcluded);
    }
    let a = amounts(m, current, &counted, remainder)?;
    let years = a.whole_months / 12;
    let months = a.whole_months % 12;
    lines.push(Line::Service {
        start: input.start_date,
        end: input.end_date,
        years,
        months,
        days: a.days,
    });
    lines.push(Line::YearsPart {
        years,
        amount: m.scale(i128::from(years), 3).map_err(&o)?.round(),
    });
    match remainder {
        Some(e) => lines.push(Line::RemainderGiven {
            earned: e.round(),
            amount: e.scale(1, 36).map_err(&o)?.round(),
        }),
        None => {
            lines.push(Line::MonthsPart {
                months,
                amount: m.scale(i128::from(months), 36).map_err(&o)?.round(),
            });
            for (from, days, divisor, e) in &a.loose {
                lines.push(Line::LooseDays {
                    from: *from,
                    days: *days,
                    divisor: *divisor,
                    earned: e.round(),
                    amount: e.scale(1, 36).map_err(&o)?.round(),
                });
            }
        }
    }
    lines.push(Line::OfficialTotal {
        amount: a.official.round(),
    });
    lines.push(Line::DaysMethod {
        amount: a.days_method.round(),
    });

    // Cap by the year of the end date, or 12 × M when higher. The table never refuses
    // a year: an unpublished cap is an estimate, marked next to the amounts it changes.
    let cap_row = params::tv_cap_for_end_date(input.end_date)
        .ok_or(TvError::new(Field::EndDate, ErrorKind::Before2020))?;
    let cap_year = chrono::Datelike::year(&input.end_date);
    let statutory_cap = Ratio::cents(cap_row.value);
    let annual = m.scale(12, 1).map_err(&o)?;
    let cap_is_annual_wage = gt(annual, statutory_cap);
    let cap = statutory_cap.max_q(annual).map_err(&o)?;
    let capped = gt(a.official, cap);
    let mut amount = a.official.min_q(cap).map_err(&o)?;
    lines.push(Line::Cap {
        year: cap_year,
        statutory: cap_row.value,
        annual_wage: annual.round(),
        cap: cap.round(),
        uses_annual_wage: cap_is_annual_wage,
    });
    mark_cap(
        &mut uncertain,
        &cap_row,
        gt(a.official, statutory_cap),
        false,
    );
    if cap_is_annual_wage {
        uncertain.push(Uncertainty::AnnualWageDefinition);
    }
    lines.push(Line::CapResult {
        capped,
        amount: amount.round(),
    });

    if let Some(f) = fraction {
        amount = amount.times(f).map_err(&o)?;
        lines.push(Line::PartialShare {
            fraction: input
                .partial_dismissal_fraction
                .unwrap_or(Decimal::from_int(1)),
            amount: amount.round(),
        });
        uncertain.push(Uncertainty::PartialCapOrder);
    }

    // Deductions, in the order given; never below zero.
    let mut deductions = Vec::new();
    let mut remaining = amount;
    let mut deducted_transitiekosten = Ratio::ZERO;
    for (i, dd) in input.deductions.iter().enumerate() {
        let amt = money(
            Field::Deduction(i, DeductionPart::Amount),
            dd.amount,
            100 * MAX_MONTHLY_CENTS,
        )?;
        let reason = match dd.kind {
            DeductionKind::Reintegratie => ReasonCode::DeductionReintegratie,
            DeductionKind::Transitiekosten | DeductionKind::Inzetbaarheidskosten => {
                if !dd.specified_in_writing_before {
                    ReasonCode::DeductionNotSpecifiedBefore
                } else if !dd.employee_consent_in_writing {
                    ReasonCode::DeductionNoConsent
                } else if !due {
                    ReasonCode::DeductionNothingDue
                } else {
                    ReasonCode::DeductionAccepted
                }
            }
        };
        let accepted = reason == ReasonCode::DeductionAccepted;
        let applied = if accepted {
            amt.min_q(remaining)
                .map_err(&o)?
                .max_q(Ratio::ZERO)
                .map_err(&o)?
        } else {
            Ratio::ZERO
        };
        remaining = remaining.minus(applied).map_err(&o)?;
        if accepted && dd.kind == DeductionKind::Transitiekosten {
            deducted_transitiekosten = deducted_transitiekosten.plus(applied).map_err(&o)?;
        }
        let r = DeductionResult {
            kind: dd.kind,
            amount: amt.round(),
            accepted,
            applied: applied.round(),
            reason,
        };
        lines.push(Line::DeductionLine {
            kind: dd.kind,
            amount: r.amount,
            accepted,
            applied: r.applied,
            reason,
        });
        deductions.push(r);
    }
    let payable_q = if due { remaining } else { Ratio::ZERO };
    let payable = payable_q.round();
    lines.push(Line::Payable {
        due,
        amount: payable,
    });

    // Deadlines.
    let claim_deadline = months_after(input.end_date, 3).ok_or(TvError::new(
        Field::EndDate,
        ErrorKind::Date(DateError::OutOfRange),
    ))?;
    lines.push(Line::ClaimDeadline {
        date: claim_deadline,
    });

    // Long-term illness: the TV at the end of the wachttijd (Xella, and part (b) of the
    // UWV compensation). The reference day is the last day of the 104 weeks
    // (docs/law/compensatie-en-xella.md#xella-amount; the exact UWV day method is uncertain, flagged).
    let mut wt_end = None;
    let mut xella_amount = None;
    let mut compensation = None;
    if let Some(first_sick) = input.first_sick_day {
        let end_wt = wachttijd_end(first_sick).ok_or(TvError::new(
            Field::FirstSickDay,
            ErrorKind::Date(DateError::OutOfRange),
        ))?;
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
            let counts_b = service::chain(cur, &input.earlier_contracts);
            let counted_b: Vec<Period> = input
                .earlier_contracts
                .iter()
                .zip(counts_b.iter())
                .filter(|(_, c)| **c)
                .map(|(p, _)| *p)
                .collect();
            let ab = amounts(m, cur, &counted_b, None)?;
            let cap_b = params::tv_cap_for_end_date(end_wt)
                .ok_or(TvError::new(Field::FirstSickDay, ErrorKind::Before2020))?;
            mark_cap(
                &mut uncertain,
                &cap_b,
                false,
                gt(ab.official, Ratio::cents(cap_b.value)),
            );
            let cap_bq = Ratio::cents(cap_b.value).max_q(annual).map_err(&o)?;
            let mut xb = ab.official.min_q(cap_bq).map_err(&o)?;
            if let Some(f) = fraction {
                xb = xb.times(f).map_err(&o)?;
            }
            xella_amount = Some(xb.round());
            lines.push(Line::Xella {
                wachttijd_end: end_wt,
                years: ab.whole_months / 12,
                months: ab.whole_months % 12,
                days: ab.days,
                amount: xb.round(),
            });
            uncertain.push(Uncertainty::WachttijdReferenceDay);
            uncertain.push(Uncertainty::WageAtWachttijdEnd);
            // Compensation (art. 7:673e BW; docs/law/compensatie-en-xella.md). The route
            // does not matter: with a VSO the employer usually pays at least the
            // statutory amount, so part (a) is then taken as the statutory amount (said
            // in a line).
            let paid = if due {
                Some(payable_q.plus(deducted_transitiekosten).map_err(&o)?)
            } else if input.termination == Termination::MutualConsent {
                Some(amount)
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
    lines.push(Line::Rounding);

    let mut seen = Vec::new();
    uncertain.retain(|u| {
        if seen.contains(u) {
            false
        } else {
            seen.push(*u);
            true
        }
    });

    Ok(TvResult {
        due,
        reason,
        monthly_wage: m.round(),
        wage,
        years,
        months,
        days: a.days,
        amount_uncapped: a.official.round(),
        amount_days_method: a.days_method.round(),
        cap: cap.round(),
        cap_year,
        cap_is_annual_wage,
        capped,
        amount: amount.round(),
        deductions,
        payable,
        claim_deadline,
        wachttijd_end: wt_end,
        xella_amount,
        compensation,
        employer_size: input.employer_size,
        counted_earlier,
        explanation: lines,
        uncertain,
    })
}

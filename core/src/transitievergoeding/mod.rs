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

pub mod explain;
pub mod json;
pub mod q;
pub mod service;

mod amounts;
mod cap;
mod deductions;
mod illness;
mod validate;
mod wage;

#[cfg(test)]
mod tests;

use chrono::{Months, NaiveDate};

use crate::dates::DateError;
use crate::money::{Cents, Decimal};
use crate::pending_law::PendingLawId;
use explain::{Line, ReasonCode, Uncertainty};
pub use illness::{compensation_status, wachttijd_end};
use q::{Overflow, Ratio};
pub use service::Period;
pub use wage::monthly_wage;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deduction {
    pub kind: DeductionKind,
    pub amount: Decimal,
    pub specified_in_writing_before: bool,
    pub employee_consent_in_writing: bool,
}

impl Deduction {
    /// The shorthand `deductible_costs` of the form, the command line and the batch file:
    /// transition costs that meet the conditions of art. 7:673 lid 6 BW (named in writing
    /// beforehand, with the employee's written consent). `None` for a zero amount.
    pub fn transition_costs(amount: Decimal) -> Option<Deduction> {
        (amount.mantissa != 0).then_some(Deduction {
            kind: DeductionKind::Transitiekosten,
            amount,
            specified_in_writing_before: true,
            employee_consent_in_writing: true,
        })
    }
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
    /// The last day of the 104 weeks when the poortwachter calendar knows it (sick
    /// periods with interruptions counted); otherwise `first_sick_day` + 104 weeks − 1.
    pub wachttijd_end: Option<NaiveDate>,
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
            wachttijd_end: None,
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

/// A typed, field-naming error. Its words: `crate::text::transitievergoeding::error_message`.
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

/// What one stage of [`calculate`] gives: its value, its explanation lines in order, and
/// its uncertainty marks.
struct Staged<T> {
    value: T,
    lines: Vec<Line>,
    marks: Vec<Uncertainty>,
}

impl<T> Staged<T> {
    /// A stage without uncertainty marks.
    fn new(value: T, lines: Vec<Line>) -> Staged<T> {
        Staged {
            value,
            lines,
            marks: Vec::new(),
        }
    }
}

/// The explanation lines and uncertainty marks, gathered stage by stage.
#[derive(Default)]
struct Explanation {
    lines: Vec<Line>,
    uncertain: Vec<Uncertainty>,
}

impl Explanation {
    /// Append a stage's lines and marks, and give its value.
    fn take<T>(&mut self, stage: Staged<T>) -> T {
        self.lines.extend(stage.lines);
        for mark in stage.marks {
            cap::add_mark(&mut self.uncertain, mark);
        }
        stage.value
    }
}

/// Compute the transitievergoeding. Never panics; every problem is a [`TvError`].
///
/// After validation the stages run in order: the wage (`wage.rs`), the service and its
/// amounts (`amounts.rs`), the cap and a partial share (`cap.rs`), the deductions
/// (`deductions.rs`), the claim deadline, and long-term illness (`illness.rs`). Each
/// adds its explanation lines and uncertainty marks in that order.
pub fn calculate(input: &TvInput) -> Result<TvResult, TvError> {
    validate::validate_dates(input)?;
    let wage = wage::stage(input)?;
    let m = wage.value.m;
    let optional = validate::optional_numbers(input)?;
    let fraction = optional.fraction;

    let (due, reason) = verdict(input, fraction);
    let mut ex = Explanation::default();
    if reason == ReasonCode::RenewalOfferQualityUnknown {
        ex.uncertain.push(Uncertainty::RenewalOfferQuality);
    }
    ex.lines.push(Line::Verdict { due, reason });

    let wage = ex.take(wage);
    let service = ex.take(amounts::stage(input, m, optional.remainder)?);
    let a = &service.amounts;
    let capped = ex.take(cap::stage(input, m, a.official, fraction)?);
    let deducted = ex.take(deductions::stage(input, due, capped.amount)?);

    // Deadlines.
    let claim_deadline = months_after(input.end_date, 3).ok_or(TvError::new(
        Field::EndDate,
        ErrorKind::Date(DateError::OutOfRange),
    ))?;
    ex.lines.push(Line::ClaimDeadline {
        date: claim_deadline,
    });

    let illness = ex.take(illness::stage(
        input,
        m,
        fraction,
        optional.illness_wage,
        due,
        &capped,
        &deducted,
    )?);
    ex.lines.push(Line::Rounding);

    let mut uncertain = ex.uncertain;
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
        years: service.years,
        months: service.months,
        days: a.days,
        amount_uncapped: a.official.round(),
        amount_days_method: a.days_method.round(),
        cap: capped.cap.round(),
        cap_year: capped.cap_year,
        cap_is_annual_wage: capped.cap_is_annual_wage,
        capped: capped.capped,
        amount: capped.amount.round(),
        deductions: deducted.deductions,
        payable: deducted.payable,
        claim_deadline,
        wachttijd_end: illness.wachttijd_end,
        xella_amount: illness.xella_amount,
        compensation: illness.compensation,
        employer_size: input.employer_size,
        counted_earlier: service.counted_earlier,
        explanation: ex.lines,
        uncertain,
    })
}

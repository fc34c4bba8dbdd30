//! What the engine says about its result, as typed values: why the transitievergoeding is
//! or is not due (with the legal basis), the lines of "Hoe is dit berekend?" with their
//! numbers, and the points where the result is uncertain. Their words are in
//! `crate::text::transitievergoeding`.

use chrono::NaiveDate;

use super::{CompensationStatus, DeductionKind, EmployerSize};
use crate::money::{Cents, Decimal};
use crate::params::{self, Certainty};

/// Why the transitievergoeding is or is not due, and why a deduction is accepted or
/// rejected. [`ReasonCode::code`] is stable and machine-readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReasonCode {
    EmployerInitiative,
    FixedTermNotRenewed,
    EmployerSeriousCulpability,
    AfterTwoYearsIllness,
    MutualConsent,
    EmployeeSeriousCulpability,
    EmployerBankruptcy,
    AowAge,
    MinorSmallJob,
    EmployeeResigned,
    FollowUpContractAgreed,
    RenewalOfferDeclined,
    /// Declined an offer whose quality is not known: shown as due, with the doubt.
    RenewalOfferQualityUnknown,
    RenewalOfferWorseDeclined,
    PartialDismissal,
    PartialBelow20Percent,
    DeductionAccepted,
    DeductionReintegratie,
    DeductionNotSpecifiedBefore,
    DeductionNoConsent,
    DeductionNothingDue,
}

impl ReasonCode {
    pub fn code(self) -> &'static str {
        use ReasonCode::*;
        match self {
            EmployerInitiative => "employer_initiative",
            FixedTermNotRenewed => "fixed_term_not_renewed",
            EmployerSeriousCulpability => "employer_serious_culpability",
            AfterTwoYearsIllness => "after_two_years_illness",
            MutualConsent => "mutual_consent_not_statutory",
            EmployeeSeriousCulpability => "employee_serious_culpability",
            EmployerBankruptcy => "employer_bankruptcy",
            AowAge => "aow_age",
            MinorSmallJob => "minor_small_job",
            EmployeeResigned => "employee_resigned",
            FollowUpContractAgreed => "follow_up_contract_agreed",
            RenewalOfferDeclined => "renewal_offer_declined",
            RenewalOfferQualityUnknown => "renewal_offer_quality_unknown",
            RenewalOfferWorseDeclined => "renewal_offer_worse_declined",
            PartialDismissal => "partial_dismissal",
            PartialBelow20Percent => "partial_below_20_percent",
            DeductionAccepted => "deduction_accepted",
            DeductionReintegratie => "deduction_reintegratie_never",
            DeductionNotSpecifiedBefore => "deduction_not_specified_before",
            DeductionNoConsent => "deduction_no_written_consent",
            DeductionNothingDue => "deduction_nothing_due",
        }
    }

    /// The legal basis, as a citation.
    pub fn basis(self) -> &'static str {
        use ReasonCode::*;
        match self {
            EmployerInitiative => "art. 7:673 lid 1 sub a onder 1° en 2° BW",
            FixedTermNotRenewed => "art. 7:673 lid 1 sub a onder 3° BW",
            EmployerSeriousCulpability => "art. 7:673 lid 1 sub b BW",
            AfterTwoYearsIllness => "art. 7:673 lid 1 sub a BW; art. 7:673e BW",
            MutualConsent => "art. 7:673 lid 1 BW (niet genoemd); art. 7:900 BW",
            EmployeeSeriousCulpability => "art. 7:673 lid 7 BW",
            EmployerBankruptcy => "art. 7:673c BW",
            AowAge => "art. 7:673 lid 7 BW",
            MinorSmallJob => "art. 7:673 lid 7 BW",
            EmployeeResigned => "art. 7:673 lid 1 BW (niet genoemd)",
            FollowUpContractAgreed => "art. 7:673 lid 1 sub a onder 3° BW",
            RenewalOfferDeclined | RenewalOfferQualityUnknown | RenewalOfferWorseDeclined => {
                "art. 7:673 lid 1 sub a onder 3° BW"
            }
            PartialDismissal | PartialBelow20Percent => "art. 7:673 BW; HR 14 september 2018 (Kolom)",
            DeductionAccepted | DeductionNotSpecifiedBefore | DeductionNoConsent => {
                "art. 7:673 lid 6 BW; Besluit voorwaarden in mindering brengen kosten op transitievergoeding (Stb. 2015, 171; Stb. 2020, 188)"
            }
            DeductionReintegratie => {
                "art. 7:673 lid 6 BW; Stb. 2020, 188 (kosten van re-integratie, art. 7:658a BW, en herplaatsing, art. 7:669 lid 1 BW)"
            }
            DeductionNothingDue => "art. 7:673 lid 6 BW",
        }
    }
}

/// A point where the result depends on something uncertain. The UI shows these next to
/// the amounts listed in [`Uncertainty::affects`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Uncertainty {
    /// The cap of this year is an estimate (not published yet) or could not be checked
    /// in the Staatscourant ([`crate::params`]).
    Cap {
        year: i32,
        value: Cents,
        certainty: Certainty,
        /// The figure limits the amount (the amount before the cap is above it).
        on_amount: bool,
        /// The figure limits the Xella amount (and so the compensation).
        on_xella: bool,
    },
    /// "Het loon over twaalf maanden" read as 12 × M.
    AnnualWageDefinition,
    /// The gaps between chained contracts are not counted.
    ChainGapsExcluded,
    /// The reference day for Xella and UWV compensation (last day of the 104 weeks).
    WachttijdReferenceDay,
    /// The amount at the end of the wachttijd uses today's wage.
    WageAtWachttijdEnd,
    /// Partial dismissal: the share is taken after the cap.
    PartialCapOrder,
    /// A declined renewal offer whose quality is not known.
    RenewalOfferQuality,
}

impl Uncertainty {
    pub fn code(self) -> String {
        match self {
            Uncertainty::Cap {
                year, certainty, ..
            } => params::uncertainty_code(
                params::Param::TvCap,
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
                certainty,
            )
            .unwrap_or_else(|| format!("cap_{year}")),
            Uncertainty::AnnualWageDefinition => "annual_wage_definition".into(),
            Uncertainty::ChainGapsExcluded => "chain_gaps_excluded".into(),
            Uncertainty::WachttijdReferenceDay => "wachttijd_reference_day".into(),
            Uncertainty::WageAtWachttijdEnd => "wage_at_wachttijd_end".into(),
            Uncertainty::PartialCapOrder => "partial_cap_order".into(),
            Uncertainty::RenewalOfferQuality => "renewal_offer_quality".into(),
        }
    }

    /// The output keys whose amounts depend on this point.
    pub fn affects(self) -> &'static [&'static str] {
        match self {
            // An amount the cap does not limit is exact: the mark then stands by the cap
            // alone.
            Uncertainty::Cap {
                on_amount,
                on_xella,
                ..
            } => match (on_amount, on_xella) {
                (false, false) => &["cap"],
                (true, false) => &["cap", "amount", "payable"],
                (false, true) => &["cap", "xella_amount", "compensation"],
                (true, true) => &["cap", "amount", "payable", "xella_amount", "compensation"],
            },
            Uncertainty::AnnualWageDefinition => &["cap", "amount", "payable"],
            Uncertainty::ChainGapsExcluded => &["amount", "payable"],
            Uncertainty::WachttijdReferenceDay | Uncertainty::WageAtWachttijdEnd => {
                &["xella_amount", "compensation"]
            }
            Uncertainty::PartialCapOrder => &["amount", "payable"],
            Uncertainty::RenewalOfferQuality => &["due", "payable"],
        }
    }
}

/// One line of "Hoe is dit berekend?", with its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Verdict {
        due: bool,
        reason: ReasonCode,
    },
    WageBase {
        base: Cents,
    },
    WageHourly {
        hourly: Decimal,
        hours_per_week: Decimal,
        base: Cents,
    },
    WageVariableHours {
        hourly: Decimal,
        average_hours_per_month: Decimal,
        base: Cents,
    },
    HolidayAllowance {
        pct: Decimal,
        amount: Cents,
    },
    FixedYearlyExtras {
        yearly: Decimal,
        monthly: Cents,
    },
    FixedComponents {
        total: Decimal,
        monthly: Cents,
    },
    VariableComponents {
        total: Decimal,
        monthly: Cents,
        end_year: i32,
    },
    MonthlyWage {
        m: Cents,
    },
    EarlierContract {
        start: NaiveDate,
        end: NaiveDate,
        counts: bool,
    },
    Service {
        start: NaiveDate,
        end: NaiveDate,
        years: u32,
        months: u32,
        days: u32,
    },
    YearsPart {
        years: u32,
        amount: Cents,
    },
    MonthsPart {
        months: u32,
        amount: Cents,
    },
    LooseDays {
        from: NaiveDate,
        days: u32,
        divisor: u32,
        earned: Cents,
        amount: Cents,
    },
    RemainderGiven {
        earned: Cents,
        amount: Cents,
    },
    OfficialTotal {
        amount: Cents,
    },
    DaysMethod {
        amount: Cents,
    },
    Cap {
        year: i32,
        statutory: Cents,
        annual_wage: Cents,
        cap: Cents,
        uses_annual_wage: bool,
    },
    CapResult {
        capped: bool,
        amount: Cents,
    },
    PartialShare {
        fraction: Decimal,
        amount: Cents,
    },
    DeductionLine {
        kind: DeductionKind,
        amount: Cents,
        accepted: bool,
        applied: Cents,
        reason: ReasonCode,
    },
    Payable {
        due: bool,
        amount: Cents,
    },
    ClaimDeadline {
        date: NaiveDate,
    },
    WachttijdNotOver {
        wachttijd_end: NaiveDate,
    },
    WachttijdOutsideTable {
        wachttijd_end: NaiveDate,
    },
    Xella {
        wachttijd_end: NaiveDate,
        years: u32,
        months: u32,
        days: u32,
        amount: Cents,
    },
    Compensation {
        a: Cents,
        b: Cents,
        c: Cents,
        amount: Cents,
    },
    CompensationDeadline {
        date: Option<NaiveDate>,
    },
    CompensationVso,
    /// Whether the employer can get the compensation (bill 36869).
    CompensationStatus {
        status: CompensationStatus,
        size: EmployerSize,
        wachttijd_end: NaiveDate,
    },
    Rounding,
}

//! The transitievergoeding form: fields as typed, validation into a [`TvInput`], the
//! mapping of engine errors back to fields, deep-link conversion and the breakdown rows.

use crate::dates::DateParts;
use crate::deeplink::TvLink;
use crate::forms::{self, FormError};
use crate::money::{Cents, Decimal, MAX_MONTHLY};
use crate::params;
use crate::transitievergoeding::explain::Uncertainty;
use crate::transitievergoeding::{
    self as tvm, Deduction, EmployerSize, ErrorKind, Field, Period, Termination, TvInput, TvResult,
    Wage,
};

/// One field of the form. [`TvField::key`] is the deep-link parameter name where one
/// exists, and the base of the field's HTML id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TvField {
    Start,
    Einde,
    Loon,
    Uurloon,
    Uren,
    Vakantiegeld,
    VastJaar,
    Vast12m,
    Variabel3j,
    Reden,
    Deel,
    Kosten,
    EarlierStart(usize),
    EarlierEnd(usize),
    /// After long illness: the first sick day (Xella amount, UWV compensation).
    EersteZiektedag,
    /// The wage paid during illness (part (c) of the compensation).
    LoonTijdensZiekte,
    /// The day the employer paid the transitievergoeding (application deadline).
    Betaaldatum,
    /// The employer's size class (bill 36869).
    WerkgeverGrootte,
}

impl TvField {
    pub fn key(self) -> String {
        match self {
            TvField::Start => "start".into(),
            TvField::Einde => "einde".into(),
            TvField::Loon => "loon".into(),
            TvField::Uurloon => "uurloon".into(),
            TvField::Uren => "uren".into(),
            TvField::Vakantiegeld => "vakantiegeld".into(),
            TvField::VastJaar => "vast_jaar".into(),
            TvField::Vast12m => "vast_12m".into(),
            TvField::Variabel3j => "variabel_3j".into(),
            TvField::Reden => "reden".into(),
            TvField::Deel => "deel".into(),
            TvField::Kosten => "kosten".into(),
            TvField::EarlierStart(i) => format!("eerder_{i}_start"),
            TvField::EarlierEnd(i) => format!("eerder_{i}_einde"),
            TvField::EersteZiektedag => "eerste_ziektedag".into(),
            TvField::LoonTijdensZiekte => "loon_tijdens_ziekte".into(),
            TvField::Betaaldatum => "betaaldatum".into(),
            TvField::WerkgeverGrootte => "werkgever_grootte".into(),
        }
    }

    /// Whether the field is a three-part date (its first input is `<id>-dag`).
    pub fn is_date(self) -> bool {
        matches!(
            self,
            TvField::Start
                | TvField::Einde
                | TvField::EarlierStart(_)
                | TvField::EarlierEnd(_)
                | TvField::EersteZiektedag
                | TvField::Betaaldatum
        )
    }
}

/// Errors per field, in form order.
pub type TvErrors = Vec<(TvField, FormError)>;

/// How the wage is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WageMode {
    #[default]
    Monthly,
    Hourly,
}

/// One earlier contract as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EarlierForm {
    pub start: DateParts,
    pub end: DateParts,
}

/// The whole form as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TvForm {
    pub start: DateParts,
    pub einde: DateParts,
    pub wage_mode: WageMode,
    pub loon: String,
    pub uurloon: String,
    pub uren: String,
    /// Default "8".
    pub vakantiegeld: String,
    pub vast_jaar: String,
    pub vast_12m: String,
    pub variabel_3j: String,
    pub reden: Termination,
    /// Share of the hours that ends, in percent (partial dismissal only).
    pub deel: String,
    pub kosten: String,
    pub earlier: Vec<EarlierForm>,
    /// After long illness (all optional): the first sick day, the wage paid during the
    /// illness, the payment date and the employer's size class.
    pub eerste_ziektedag: DateParts,
    pub loon_tijdens_ziekte: String,
    pub betaaldatum: DateParts,
    pub werkgever_grootte: EmployerSize,
}

impl Default for TvForm {
    fn default() -> TvForm {
        TvForm {
            start: DateParts::default(),
            einde: DateParts::default(),
            wage_mode: WageMode::Monthly,
            loon: String::new(),
            uurloon: String::new(),
            uren: String::new(),
            vakantiegeld: "8".into(),
            vast_jaar: String::new(),
            vast_12m: String::new(),
            variabel_3j: String::new(),
            reden: Termination::EmployerInitiative,
            deel: String::new(),
            kosten: String::new(),
            earlier: Vec::new(),
            eerste_ziektedag: DateParts::default(),
            loon_tijdens_ziekte: String::new(),
            betaaldatum: DateParts::default(),
            werkgever_grootte: EmployerSize::Unknown,
        }
    }
}

fn collect<T>(errors: &mut TvErrors, field: TvField, r: Result<T, FormError>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push((field, e));
            None
        }
    }
}

impl TvForm {
    /// Pre-fill from a deep link; fields the link does not carry keep their defaults.
    /// `shown` writes a number in the user's notation (`3250,5` in Dutch:
    /// `crate::text::format::decimal`).
    pub fn from_link(link: &TvLink, shown: impl Fn(Decimal) -> String) -> TvForm {
        let mut f = TvForm::default();
        let s = |d: Option<Decimal>| d.map(&shown).unwrap_or_default();
        if let Some(d) = link.start {
            f.start = DateParts::from_date(d);
        }
        if let Some(d) = link.einde {
            f.einde = DateParts::from_date(d);
        }
        if link.loon.is_none() && (link.uurloon.is_some() || link.uren.is_some()) {
            f.wage_mode = WageMode::Hourly;
        }
        f.loon = s(link.loon);
        f.uurloon = s(link.uurloon);
        f.uren = s(link.uren);
        if let Some(v) = link.vakantiegeld {
            f.vakantiegeld = shown(v);
        }
        f.vast_jaar = s(link.vast_jaar);
        f.vast_12m = s(link.vast_12m);
        f.variabel_3j = s(link.variabel_3j);
        if let Some(t) = link.reden {
            f.reden = t;
        }
        f.kosten = s(link.kosten);
        if let Some(d) = link.eerste_ziektedag {
            f.eerste_ziektedag = DateParts::from_date(d);
        }
        f.loon_tijdens_ziekte = s(link.loon_tijdens_ziekte);
        if let Some(d) = link.betaaldatum {
            f.betaaldatum = DateParts::from_date(d);
        }
        if let Some(g) = link.werkgever_grootte {
            f.werkgever_grootte = g;
        }
        f
    }

    /// Whether any of the long-illness fields is filled in (the page then opens them).
    pub fn has_illness_inputs(&self) -> bool {
        !self.eerste_ziektedag.is_empty()
            || !self.loon_tijdens_ziekte.trim().is_empty()
            || !self.betaaldatum.is_empty()
            || self.werkgever_grootte != EmployerSize::Unknown
    }

    /// Validate every field; on success the engine's input. All field errors are
    /// collected, in form order.
    pub fn to_input(&self) -> Result<TvInput, TvErrors> {
        let mut e: TvErrors = Vec::new();
        let start = collect(&mut e, TvField::Start, forms::date(&self.start));
        let einde = collect(&mut e, TvField::Einde, forms::date(&self.einde));
        if let (Some(s), Some(t)) = (start, einde) {
            collect(&mut e, TvField::Einde, forms::end_not_before_start(s, t));
        }
        let wage = match self.wage_mode {
            WageMode::Monthly => {
                collect(&mut e, TvField::Loon, forms::monthly_money(&self.loon)).map(Wage::Monthly)
            }
            WageMode::Hourly => {
                let h = collect(
                    &mut e,
                    TvField::Uurloon,
                    forms::monthly_money(&self.uurloon),
                );
                let w = collect(&mut e, TvField::Uren, forms::hours_per_week(&self.uren));
                match (h, w) {
                    (Some(hourly), Some(hours_per_week)) => Some(Wage::Hourly {
                        hourly,
                        hours_per_week,
                    }),
                    _ => None,
                }
            }
        };
        let pct = collect(
            &mut e,
            TvField::Vakantiegeld,
            forms::optional_percentage(&self.vakantiegeld),
        );
        let year_max = Cents(12 * MAX_MONTHLY.0);
        let vast_jaar = collect(
            &mut e,
            TvField::VastJaar,
            forms::optional_money(&self.vast_jaar, year_max),
        );
        let vast_12m = collect(
            &mut e,
            TvField::Vast12m,
            forms::optional_money(&self.vast_12m, year_max),
        );
        let variabel = collect(
            &mut e,
            TvField::Variabel3j,
            forms::optional_money(&self.variabel_3j, Cents(36 * MAX_MONTHLY.0)),
        );
        let deel = if self.reden == Termination::PartialDismissal {
            match forms::optional_percentage(&self.deel) {
                Ok(Some(d)) if d.mantissa == 0 => {
                    e.push((TvField::Deel, FormError::Zero));
                    None
                }
                Ok(Some(d)) => Some(Decimal::new(d.mantissa, d.scale + 2)),
                Ok(None) => {
                    e.push((TvField::Deel, FormError::Empty));
                    None
                }
                Err(err) => {
                    e.push((TvField::Deel, err));
                    None
                }
            }
        } else {
            None
        };
        let kosten = collect(
            &mut e,
            TvField::Kosten,
            forms::optional_money(&self.kosten, Cents(100 * MAX_MONTHLY.0)),
        );
        let mut earlier = Vec::new();
        for (i, p) in self.earlier.iter().enumerate() {
            if p.start.is_empty() && p.end.is_empty() {
                continue;
            }
            let s = collect(&mut e, TvField::EarlierStart(i), forms::date(&p.start));
            let t = collect(&mut e, TvField::EarlierEnd(i), forms::date(&p.end));
            if let (Some(s), Some(t)) = (s, t) {
                if collect(
                    &mut e,
                    TvField::EarlierEnd(i),
                    forms::end_not_before_start(s, t),
                )
                .is_some()
                {
                    earlier.push((i, Period { start: s, end: t }));
                }
            }
        }
        let ziek = collect(
            &mut e,
            TvField::EersteZiektedag,
            optional_date(&self.eerste_ziektedag),
        );
        let loon_ziekte = collect(
            &mut e,
            TvField::LoonTijdensZiekte,
            forms::optional_money(&self.loon_tijdens_ziekte, Cents(36 * MAX_MONTHLY.0)),
        );
        let betaald = collect(
            &mut e,
            TvField::Betaaldatum,
            optional_date(&self.betaaldatum),
        );
        if !e.is_empty() {
            return Err(e);
        }
        let (Some(start), Some(einde), Some(wage)) = (start, einde, wage) else {
            return Err(vec![(TvField::Start, FormError::Invalid)]);
        };
        let mut input = TvInput::new(start, einde, wage);
        if let Some(Some(p)) = pct {
            input.holiday_allowance_pct = p;
        }
        if let Some(Some(v)) = vast_jaar {
            input.fixed_yearly_extras = v;
        }
        if let Some(Some(v)) = vast_12m {
            input.fixed_components_last_12_months = v;
        }
        if let Some(Some(v)) = variabel {
            input.variable_components_last_3_years = v;
        }
        input.termination = self.reden;
        input.partial_dismissal_fraction = deel;
        if let Some(Some(k)) = kosten {
            input.deductions.extend(Deduction::transition_costs(k));
        }
        input.earlier_contracts = earlier.iter().map(|(_, p)| *p).collect();
        input.first_sick_day = ziek.flatten();
        input.wage_paid_during_illness = loon_ziekte.flatten();
        input.payment_date = betaald.flatten();
        input.employer_size = self.werkgever_grootte;
        Ok(input)
    }

    /// The link that reproduces this form: only the fields that are filled in and valid.
    pub fn to_link(&self) -> TvLink {
        let mut l = TvLink {
            start: forms::date(&self.start).ok(),
            einde: forms::date(&self.einde).ok(),
            ..TvLink::default()
        };
        match self.wage_mode {
            WageMode::Monthly => l.loon = forms::monthly_money(&self.loon).ok(),
            WageMode::Hourly => {
                l.uurloon = forms::monthly_money(&self.uurloon).ok();
                l.uren = forms::hours_per_week(&self.uren).ok();
            }
        }
        l.vakantiegeld = forms::optional_percentage(&self.vakantiegeld)
            .ok()
            .flatten();
        let year_max = Cents(12 * MAX_MONTHLY.0);
        l.vast_jaar = forms::optional_money(&self.vast_jaar, year_max)
            .ok()
            .flatten();
        l.vast_12m = forms::optional_money(&self.vast_12m, year_max)
            .ok()
            .flatten();
        l.variabel_3j = forms::optional_money(&self.variabel_3j, Cents(36 * MAX_MONTHLY.0))
            .ok()
            .flatten();
        l.reden = Some(self.reden);
        l.kosten = forms::optional_money(&self.kosten, Cents(100 * MAX_MONTHLY.0))
            .ok()
            .flatten();
        l.eerste_ziektedag = forms::date(&self.eerste_ziektedag).ok();
        l.loon_tijdens_ziekte =
            forms::optional_money(&self.loon_tijdens_ziekte, Cents(36 * MAX_MONTHLY.0))
                .ok()
                .flatten();
        l.betaaldatum = forms::date(&self.betaaldatum).ok();
        l.werkgever_grootte =
            (self.werkgever_grootte != EmployerSize::Unknown).then_some(self.werkgever_grootte);
        l
    }
}

fn field_of(f: Field, form: &TvForm) -> TvField {
    match f {
        Field::StartDate => TvField::Start,
        Field::EndDate => TvField::Einde,
        Field::BaseMonthlyWage => TvField::Loon,
        Field::HourlyWage => match form.wage_mode {
            WageMode::Monthly => TvField::Loon,
            WageMode::Hourly => TvField::Uurloon,
        },
        Field::HoursPerWeek | Field::AverageHoursPerMonth => TvField::Uren,
        Field::HolidayAllowancePct => TvField::Vakantiegeld,
        Field::FixedYearlyExtras => TvField::VastJaar,
        Field::FixedComponentsLast12Months => TvField::Vast12m,
        Field::VariableComponentsLast3Years => TvField::Variabel3j,
        Field::Termination
        | Field::RenewalOfferEqualOrBetter
        | Field::FollowUpContractWithin6Months => TvField::Reden,
        Field::EmployerSize => TvField::WerkgeverGrootte,
        Field::FirstSickDay => TvField::EersteZiektedag,
        Field::WagePaidDuringIllness => TvField::LoonTijdensZiekte,
        Field::PaymentDate => TvField::Betaaldatum,
        Field::PartialDismissalFraction => TvField::Deel,
        Field::DeductibleCosts | Field::Deduction(_, _) => TvField::Kosten,
        Field::EarlierContract(i) => {
            // The engine numbers the contracts it received; map back to the form's rows
            // (empty rows were skipped).
            let row = form
                .earlier
                .iter()
                .enumerate()
                .filter(|(_, p)| !(p.start.is_empty() && p.end.is_empty()))
                .nth(i)
                .map(|(r, _)| r)
                .unwrap_or(i);
            TvField::EarlierStart(row)
        }
        Field::Input | Field::WageEarnedInRemainder | Field::Lang => TvField::Start,
    }
}

/// An optional date: empty is `None`, anything else must be a valid date.
fn optional_date(d: &DateParts) -> Result<Option<chrono::NaiveDate>, FormError> {
    if d.is_empty() {
        Ok(None)
    } else {
        forms::date(d).map(Some)
    }
}

fn form_error_of(k: ErrorKind) -> FormError {
    match k {
        ErrorKind::Missing => FormError::Empty,
        ErrorKind::NotANumber => FormError::NotANumber,
        ErrorKind::Negative => FormError::Negative,
        ErrorKind::Zero => FormError::Zero,
        ErrorKind::TooLarge | ErrorKind::Overflow => FormError::TooLarge { max: MAX_MONTHLY },
        ErrorKind::TooManyHours => FormError::TooManyHours,
        ErrorKind::PercentOutOfRange | ErrorKind::FractionOutOfRange => {
            FormError::PercentOutOfRange
        }
        ErrorKind::Date(d) => FormError::from(d),
        ErrorKind::EndBeforeStart => FormError::EndBeforeStart,
        ErrorKind::Before2020 => FormError::Before2020,
        ErrorKind::Overlap => FormError::Overlap,
        ErrorKind::OutsideEmployment
        | ErrorKind::Conflict
        | ErrorKind::UnknownValue
        | ErrorKind::NotABoolean
        | ErrorKind::WrongType
        | ErrorKind::InvalidJson => FormError::Invalid,
    }
}

/// Validate and calculate. Errors name the form's fields.
pub fn calculate(form: &TvForm) -> Result<TvResult, TvErrors> {
    let input = form.to_input()?;
    tvm::calculate(&input).map_err(|e| vec![(field_of(e.field, form), form_error_of(e.kind))])
}

/// The uncertainty notes that apply to an output key (`amount`, `cap`, `payable`, …).
///
/// The engine already narrows an uncertain cap to the amounts it can change (an amount
/// the cap does not limit is exact). The reading of "the annual wage" (12 × M) only
/// changes the amount when the cap was applied or the amount before the cap exceeds the
/// statutory figure; otherwise that note stands by the cap alone, so a user is not told
/// an amount is uncertain when it is not.
pub fn uncertain_for(r: &TvResult, key: &str) -> Vec<Uncertainty> {
    let statutory = params::tv_cap_for_end_date(in_cap_year(r)).map(|c| c.value);
    let cap_matters = r.capped || statutory.is_none_or(|s| r.amount_uncapped > s);
    r.uncertain
        .iter()
        .copied()
        .filter(|u| u.affects().contains(&key))
        .filter(|u| match u {
            Uncertainty::AnnualWageDefinition => key == "cap" || cap_matters,
            Uncertainty::Cap { .. }
            | Uncertainty::ChainGapsExcluded
            | Uncertainty::WachttijdReferenceDay
            | Uncertainty::WageAtWachttijdEnd
            | Uncertainty::PartialCapOrder
            | Uncertainty::RenewalOfferQuality => true,
        })
        .collect()
}

/// One row of the breakdown table, "Hoe is dit opgebouwd?": what it is and its amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    BaseWage(Cents),
    HolidayPart(Cents),
    ExtrasPart(Cents),
    FixedPart(Cents),
    VariablePart(Cents),
    MonthlyWage(Cents),
    /// The length of service.
    Service {
        years: u32,
        months: u32,
        days: u32,
    },
    BeforeCap(Cents),
    Cap(Cents),
    /// One deduction, the amount applied.
    Deduction(Cents),
}

impl Row {
    /// Output key for [`uncertain_for`], when the amount can be uncertain.
    pub fn key(self) -> Option<&'static str> {
        match self {
            Row::BeforeCap(_) => Some("amount"),
            Row::Cap(_) => Some("cap"),
            Row::BaseWage(_)
            | Row::HolidayPart(_)
            | Row::ExtrasPart(_)
            | Row::FixedPart(_)
            | Row::VariablePart(_)
            | Row::MonthlyWage(_)
            | Row::Service { .. }
            | Row::Deduction(_) => None,
        }
    }
}

/// The breakdown rows: the monthly wage and its parts, the service, the amount before
/// the cap, the cap, and the deductions. Their words: `crate::text::calc::breakdown_row`.
pub fn breakdown(r: &TvResult) -> Vec<Row> {
    let mut rows = vec![Row::BaseWage(r.wage.base.round())];
    rows.push(Row::HolidayPart(r.wage.holiday.round()));
    if !r.wage.extras.is_zero() {
        rows.push(Row::ExtrasPart(r.wage.extras.round()));
    }
    if !r.wage.fixed.is_zero() {
        rows.push(Row::FixedPart(r.wage.fixed.round()));
    }
    if !r.wage.variable.is_zero() {
        rows.push(Row::VariablePart(r.wage.variable.round()));
    }
    rows.push(Row::MonthlyWage(r.monthly_wage));
    rows.push(Row::Service {
        years: r.years,
        months: r.months,
        days: r.days,
    });
    rows.push(Row::BeforeCap(r.amount_uncapped));
    rows.push(Row::Cap(r.cap));
    for d in &r.deductions {
        rows.push(Row::Deduction(d.applied));
    }
    rows
}

/// The source of the statutory cap of the result's year.
pub fn cap_source(r: &TvResult) -> Option<crate::source::Source> {
    params::tv_cap_for_end_date(in_cap_year(r)).map(|c| c.source)
}

/// A date in the cap's calendar year; the parameter rows cover whole calendar years for
/// the cap (art. 7:673 lid 2 and 3 BW: the cap of the year of the end date).
fn in_cap_year(r: &TvResult) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(r.cap_year, 7, 1).unwrap_or(r.claim_deadline)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::text::calc::{breakdown_row, cap_text, tv_field_label, CalcText};
    use crate::text::format;
    use chrono::NaiveDate;

    fn filled() -> TvForm {
        TvForm {
            start: DateParts::new("1", "3", "2015"),
            einde: DateParts::new("28", "2", "2026"),
            loon: "4.000".into(),
            ..TvForm::default()
        }
    }

    #[test]
    fn a_filled_form_gives_the_engine_input() {
        let input = filled().to_input().unwrap();
        assert_eq!(
            input.start_date,
            NaiveDate::from_ymd_opt(2015, 3, 1).unwrap()
        );
        assert_eq!(input.wage, Wage::Monthly(Decimal::from_int(4000)));
        assert_eq!(input.holiday_allowance_pct, Decimal::from_int(8));
        // 1-3-2015 .. 28-2-2026 is 11 whole years. M = 4000 × 1.08 = 4320.
        // 11 × 4320 / 3 = 15.840,00; under the 2026 cap.
        let r = calculate(&filled()).unwrap();
        assert!(r.due);
        assert_eq!(r.payable, Cents(1_584_000));
        assert_eq!(
            r,
            tvm::calculate(&input).unwrap(),
            "same as the engine called directly"
        );
    }

    #[test]
    fn every_field_error_is_collected_in_form_order() {
        let f = TvForm {
            start: DateParts::new("31", "2", "2015"),
            einde: DateParts::default(),
            loon: "-5".into(),
            vakantiegeld: "120".into(),
            vast_jaar: "x".into(),
            vast_12m: "2000000000".into(),
            kosten: "-1".into(),
            ..TvForm::default()
        };
        assert_eq!(
            f.to_input().unwrap_err(),
            vec![
                (TvField::Start, FormError::ImpossibleDate),
                (TvField::Einde, FormError::Empty),
                (TvField::Loon, FormError::Negative),
                (TvField::Vakantiegeld, FormError::PercentOutOfRange),
                (TvField::VastJaar, FormError::NotANumber),
                (
                    TvField::Vast12m,
                    FormError::TooLarge {
                        max: Cents(12 * MAX_MONTHLY.0)
                    }
                ),
                (TvField::Kosten, FormError::Negative),
            ]
        );
    }

    #[test]
    fn end_before_start_hours_and_engine_errors() {
        let f = TvForm {
            einde: DateParts::new("1", "1", "2015"),
            ..filled()
        };
        assert_eq!(
            f.to_input().unwrap_err(),
            vec![(TvField::Einde, FormError::EndBeforeStart)]
        );
        let f = TvForm {
            wage_mode: WageMode::Hourly,
            uurloon: "20".into(),
            uren: "200".into(),
            ..filled()
        };
        assert_eq!(
            f.to_input().unwrap_err(),
            vec![(TvField::Uren, FormError::TooManyHours)]
        );
        // An end date before 2020 is rejected by the engine, on the end date field.
        let f = TvForm {
            start: DateParts::new("1", "1", "2010"),
            einde: DateParts::new("31", "12", "2019"),
            ..filled()
        };
        assert_eq!(
            calculate(&f).unwrap_err(),
            vec![(TvField::Einde, FormError::Before2020)]
        );
        // An end date past the published caps is never refused: the cap is an estimate,
        // marked next to the cap.
        let f = TvForm {
            einde: DateParts::new("31", "12", "2030"),
            ..filled()
        };
        let r = calculate(&f).unwrap();
        assert_eq!(r.cap_year, 2030);
        assert!(uncertain_for(&r, "cap")
            .iter()
            .any(|u| u.code() == "cap_2030_estimate"));
        let f = TvForm {
            reden: Termination::PartialDismissal,
            ..filled()
        };
        assert_eq!(
            calculate(&f).unwrap_err(),
            vec![(TvField::Deel, FormError::Empty)]
        );
        let f = TvForm {
            reden: Termination::PartialDismissal,
            deel: "40".into(),
            ..filled()
        };
        // 40% of 15.840 = 6.336.
        assert_eq!(calculate(&f).unwrap().payable, Cents(633_600));
    }

    #[test]
    fn hourly_wage_and_earlier_contracts() {
        let f = TvForm {
            wage_mode: WageMode::Hourly,
            uurloon: "25".into(),
            uren: "36".into(),
            earlier: vec![
                EarlierForm::default(),
                EarlierForm {
                    start: DateParts::new("1", "1", "2014"),
                    end: DateParts::new("31", "12", "2014"),
                },
            ],
            ..filled()
        };
        let input = f.to_input().unwrap();
        assert_eq!(input.earlier_contracts.len(), 1);
        // An overlapping earlier contract is reported on its own row (row 1, not 0).
        let f2 = TvForm {
            earlier: vec![
                EarlierForm::default(),
                EarlierForm {
                    start: DateParts::new("1", "1", "2016"),
                    end: DateParts::new("31", "12", "2016"),
                },
            ],
            ..filled()
        };
        assert_eq!(
            calculate(&f2).unwrap_err(),
            vec![(TvField::EarlierStart(1), FormError::Overlap)]
        );
    }

    #[test]
    fn link_round_trip_and_prefill() {
        let (link, notes) = crate::deeplink::parse_tv(
            "start=2015-03-01&einde=2026-02-28&loon=4000.5&vakantiegeld=8&reden=mutual_consent",
        );
        assert!(notes.is_empty());
        let f = TvForm::from_link(&link, |d| format::decimal(d, Lang::Nl));
        assert_eq!(f.loon, "4000,5");
        assert_eq!(f.start, DateParts::new("1", "3", "2015"));
        assert_eq!(f.reden, Termination::MutualConsent);
        let back = f.to_link();
        assert_eq!(back.loon, link.loon);
        assert_eq!(back.start, link.start);
        let hourly = TvForm::from_link(&crate::deeplink::parse_tv("uurloon=20&uren=38").0, |d| {
            format::decimal(d, Lang::En)
        });
        assert_eq!(hourly.wage_mode, WageMode::Hourly);
    }

    #[test]
    fn cap_uncertainty_only_next_to_amounts_the_cap_changed() {
        // 2026 cap is flagged uncertain in the parameter table only if it is; build the
        // check from the result itself so the test follows the table.
        let below = calculate(&filled()).unwrap();
        assert!(!below.capped);
        assert!(uncertain_for(&below, "payable").iter().all(|u| !matches!(
            u,
            Uncertainty::Cap { .. } | Uncertainty::AnnualWageDefinition
        )));
        let cap_notes = uncertain_for(&below, "cap");
        assert_eq!(
            cap_notes
                .iter()
                .filter(|u| matches!(u, Uncertainty::Cap { .. }))
                .count(),
            below
                .uncertain
                .iter()
                .filter(|u| matches!(u, Uncertainty::Cap { .. }))
                .count()
        );
        // 31 years and 6 months at € 9.000: M = 9.720; 31 × 9.720 / 3 = 100.440 plus
        // 6 × 9.720 / 36 = 1.620 gives 102.060, above the statutory € 102.000 of 2026.
        // The annual wage 12 × 9.720 = 116.640 is the higher cap, so nothing is cut, but
        // under another reading of "het loon over twaalf maanden" it would be.
        let above = calculate(&TvForm {
            start: DateParts::new("1", "1", "1995"),
            einde: DateParts::new("30", "6", "2026"),
            loon: "9000".into(),
            ..TvForm::default()
        })
        .unwrap();
        assert!(!above.capped);
        assert_eq!(above.amount_uncapped, Cents(10_206_000));
        assert!(above.cap_is_annual_wage);
        assert!(uncertain_for(&above, "payable").contains(&Uncertainty::AnnualWageDefinition));
    }

    #[test]
    fn illness_inputs_give_the_compensation_status_and_round_trip_through_a_link() {
        use crate::transitievergoeding::CompensationStatus;
        let f = TvForm {
            start: DateParts::new("1", "1", "2015"),
            einde: DateParts::new("31", "10", "2026"),
            loon: "3000".into(),
            reden: Termination::AfterTwoYearsIllness,
            eerste_ziektedag: DateParts::new("2", "9", "2024"),
            loon_tijdens_ziekte: "60.000".into(),
            betaaldatum: DateParts::new("15", "11", "2026"),
            werkgever_grootte: EmployerSize::MediumLarge,
            ..TvForm::default()
        };
        assert!(f.has_illness_inputs());
        let r = calculate(&f).unwrap();
        let c = r.compensation.unwrap();
        assert_eq!(c.status, CompensationStatus::DependsOnPendingLaw);
        assert!(c.amounts.is_some());
        assert_eq!(c.deadline, chrono::NaiveDate::from_ymd_opt(2027, 5, 15));
        let q = crate::deeplink::build_tv(&f.to_link());
        assert!(q.contains("eerste_ziektedag=2024-09-02"), "{q}");
        assert!(q.contains("werkgever_grootte=medium_large"), "{q}");
        let (link, notices) = crate::deeplink::parse_tv(&q);
        assert!(notices.is_empty());
        let back = TvForm::from_link(&link, |d| format::decimal(d, Lang::Nl));
        assert_eq!(back.eerste_ziektedag, f.eerste_ziektedag);
        assert_eq!(back.werkgever_grootte, EmployerSize::MediumLarge);
        assert_eq!(back.loon_tijdens_ziekte, "60000");
        // A Dutch alias in a link works too; a bad first sick day is named.
        let (link, _) = crate::deeplink::parse_tv("werkgever_grootte=klein");
        assert_eq!(link.werkgever_grootte, Some(EmployerSize::Small));
        let bad = TvForm {
            eerste_ziektedag: DateParts::new("31", "2", "2024"),
            ..f
        };
        assert_eq!(
            calculate(&bad).unwrap_err(),
            vec![(TvField::EersteZiektedag, FormError::ImpossibleDate)]
        );
    }

    proptest::proptest! {
        #[test]
        fn no_panic_on_any_form(
            d in "[0-9]{0,3}", m in "[0-9a-z]{0,3}", y in "[0-9]{0,5}",
            loon in ".{0,16}", pct in ".{0,6}", extra in ".{0,12}", deel in ".{0,5}",
            hourly in proptest::bool::ANY, reden in 0usize..12, size in 0usize..3
        ) {
            let f = TvForm {
                start: DateParts::new(&d, &m, &y),
                einde: DateParts::new("1", &m, &y),
                wage_mode: if hourly { WageMode::Hourly } else { WageMode::Monthly },
                loon: loon.clone(),
                uurloon: loon.clone(),
                uren: pct.clone(),
                vakantiegeld: pct,
                vast_jaar: extra.clone(),
                vast_12m: extra.clone(),
                variabel_3j: extra.clone(),
                kosten: extra,
                deel,
                reden: Termination::ALL[reden],
                earlier: vec![EarlierForm { start: DateParts::new(&d, "1", &y), end: DateParts::new(&d, &m, "2014") }],
                eerste_ziektedag: DateParts::new(&d, &m, "2024"),
                loon_tijdens_ziekte: loon.clone(),
                betaaldatum: DateParts::new("1", &m, &y),
                werkgever_grootte: EmployerSize::ALL[size],
            };
            if let Ok(r) = calculate(&f) {
                for row in breakdown(&r) {
                    let _ = breakdown_row(row, Lang::Nl);
                }
                let _ = cap_text(&r, Lang::En);
            }
            let _ = crate::deeplink::build_tv(&f.to_link());
        }
    }

    #[test]
    fn breakdown_and_cap() {
        let r = calculate(&TvForm {
            vast_jaar: "4000".into(),
            ..filled()
        })
        .unwrap();
        let rows: Vec<(&str, String)> = breakdown(&r)
            .into_iter()
            .map(|row| breakdown_row(row, Lang::Nl))
            .collect();
        assert!(rows.iter().any(
            |(label, value)| *label == CalcText::TvExtrasPart.text(Lang::Nl) && value == "€ 333,33"
        ));
        assert!(cap_text(&r, Lang::Nl).contains(&r.cap_year.to_string()));
        assert!(cap_source(&r).is_some_and(|s| s.url.is_some()));
        assert_eq!(
            field_of(Field::EarlierContract(0), &filled()),
            TvField::EarlierStart(0)
        );
        assert_eq!(TvField::EarlierEnd(2).key(), "eerder_2_einde");
        assert!(tv_field_label(TvField::EarlierEnd(2), Lang::Nl).ends_with(" 3"));
    }
}

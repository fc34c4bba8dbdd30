//! The one derivation of facts from the interview's answers: [`derive`] turns the
//! (effective) answers and today's date into a [`Situation`], and everything else reads
//! it. The outcome (`#/advies`), the printed summary, the letters and the tool links do not
//! rebuild a fact from the answers themselves, so for the same answers they cannot
//! disagree on an amount or a date.
//!
//! - Sick periods and every week number and date come from the poortwachter engine
//!   ([`crate::poortwachter`]): its counted chain of periods and its timeline.
//! - The transitievergoeding comes from its engine, with one set of inputs: the contract's
//!   start and end, the wage, how it ends (never assumed: without an answer there is no
//!   amount), the first sick day of the counted chain when it lies within the contract, and
//!   the employer's size class.
//! - The amount at the end of the wachttijd (the Xella amount, for a dormant contract)
//!   comes from the same engine, for a contract that would end on the last day of the 104
//!   weeks (or today, when that lies later), with the compensation status of that run.
//! - Two situations that change the advice as a whole are recognised here, once: a
//!   dormant contract ([`Dormant`]: the wachttijd is over, the contract runs on without
//!   wage) and a fixed-term contract that ends while the employee is sick
//!   ([`ContractEndWhileSick`]: the calendar knows the end date, the Ziektewet follows).
//! - A settlement agreement on the table ([`VsoFacts`]): its amount and end date (or, when
//!   the end date is unknown, an assumed one), the transitievergoeding engine's amount on
//!   that end date, and while sick the wage during illness that would run on from the end
//!   date to the end of the 104 weeks (the income rule, [`crate::income::sick_pay`]).

use chrono::NaiveDate;

use super::answers::Answers;
use super::questions::{Opt, QuestionId as Q};
use super::steps::{step_marks, StepMarks};
use super::{employer_size, sick_periods_of, termination_kind, voice, TvHints, View, Voice};
use crate::money::{div_round_half_away, Cents, Decimal};
use crate::poortwachter::{self, Chain, MilestoneId, SickPeriod, Timeline, TimelineInput};
use crate::transitievergoeding::{
    self as tv, CompensationStatus, EmployerSize, Termination, TvInput, Wage,
};

/// Everything the answers tell, derived once.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    pub today: NaiveDate,
    pub voice: Voice,
    /// Role `informatie` (or no role yet): only the pointer to the explanations.
    pub informatie: bool,
    /// `ziek_nu` is `ja`: the person (or the employee) says they are sick now.
    pub sick: bool,
    /// The sick periods as answered, earlier ones first (also when the engine cannot count
    /// them: the calendar link then shows why).
    pub sick_periods: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// When the person (or the employee) is sick now and the periods can be counted.
    pub sickness: Option<Sickness>,
    pub employment: Employment,
    /// The transitievergoeding inputs the answers give, when the job (may) end.
    pub tv_hints: Option<TvHints>,
    /// The transitievergoeding engine's run on those inputs, when there are enough.
    pub transitievergoeding: Option<TvRun>,
    /// The transitievergoeding as it stood at the end of the wachttijd, when the employee
    /// is sick and the start date and the wage are known.
    pub xella_amount: Option<Cents>,
    /// The UWV compensation's status for that amount, from the same engine run (with the
    /// employer's size class).
    pub xella_compensation: Option<CompensationStatus>,
    pub employer_size: EmployerSize,
    /// The contract sleeps: the wachttijd is over and the contract still runs.
    pub dormant: Option<Dormant>,
    /// A fixed-term contract ends while the employee is sick, before the wachttijd ends.
    pub contract_end: Option<ContractEndWhileSick>,
    /// A settlement agreement offered or signed (`vso_aangeboden`), with what the law gives
    /// beside it.
    pub vso: Option<VsoFacts>,
    /// The poortwachter steps the answers mark as done or not done; the sickness's
    /// calendar is computed with them.
    pub steps: StepMarks,
    /// The self-employed's facts (`rol = zelfstandige`).
    pub self_employed: Option<SelfEmployment>,
    /// The WIA gap cover as answered (`hiaat_excedent`), in the income page's terms:
    /// excedent cover alone or "weet ik niet" is `Unknown` (the page shows the range).
    pub wia_cover: Option<crate::income::Cover>,
}

/// A dormant contract (slapend dienstverband): the employee is still sick after the end
/// of the wachttijd (104 weeks, no loonsanctie known), the contract has not ended, and the
/// employer owes no more wage (art. 7:629 lid 1 BW). Not for the situational route (no
/// illness) nor past the AOW age (then no transitievergoeding is due, art. 7:673 lid 7
/// sub b BW, so Xella does not apply). See docs/law/compensatie-en-xella.md#xella.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dormant {
    /// The last day of the 104 weeks.
    pub wachttijd_end: NaiveDate,
    /// A known end date that still lies ahead (today or later), if the contract is ending.
    pub ends_on: Option<NaiveDate>,
}

/// A fixed-term contract that ends while the employee is sick, before the end of the
/// wachttijd (docs/law/ziektewet-vangnet.md): the employer's wage and duties stop on
/// `last_day`, the Ziektewet safety net pays from the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractEndWhileSick {
    /// The contract's last day (`datum_einde`); the sick report to UWV is due that day.
    pub last_day: NaiveDate,
    /// The first day of the Ziektewet benefit.
    pub zw_from: NaiveDate,
    /// Counted sick days up to and including the last day.
    pub sick_days_at_end: u32,
    /// The re-integration report the employer owes UWV at the end.
    pub report: EndReport,
    /// The employer carries its own Ziektewet risk (`eigenrisicodrager` is `zw` or
    /// `beide`); `None` when not known (the employee is not asked).
    pub zw_eigenrisicodrager: Option<bool>,
    /// The Ziektewet benefit for a full month from `zw_from`: 70% of the dagloon, capped at
    /// the maximum dagloon, from the monthly wage with 8% holiday pay (the income
    /// projection's own rate, [`crate::income::ziektewet_month`]).
    pub zw_month: Option<Cents>,
    /// The maximum dagloon on `zw_from` ([`crate::params`]).
    pub max_dagloon: Option<Cents>,
}

/// The re-integration report at the end of the contract, by how long the employee was sick
/// on the last day: none under 6 weeks, a short one from 6 to 10 weeks, the full one from
/// 10 weeks (art. 38 lid 2 ZW for the six weeks; the split at 10 weeks is UWV practice,
/// docs/law/ziektewet-vangnet.md#re-integration-report-when-the-contract-ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReport {
    None,
    Short,
    Full,
}

impl EndReport {
    /// The report for this many counted sick days on the last day.
    pub fn for_days(days: u32) -> EndReport {
        match days {
            0..=41 => EndReport::None,
            42..=69 => EndReport::Short,
            _ => EndReport::Full,
        }
    }
}

/// The current sickness, counted by the poortwachter engine.
#[derive(Debug, Clone, PartialEq)]
pub struct Sickness {
    /// The periods as answered, oldest first; `None` as last day while still sick.
    pub periods: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// The first day of the current period.
    pub current_first_day: NaiveDate,
    /// An earlier period counts along (less than four weeks between, art. 7:629 lid 10 BW).
    pub earlier_counts: bool,
    /// The current sick week (week 1 = counted days 1–7; 0 before the first day).
    pub week: u32,
    /// The engine's calendar for today.
    pub timeline: Timeline,
    chain: Chain,
}

impl Sickness {
    /// The first day of the counted chain (day 1).
    pub fn first_day(&self) -> NaiveDate {
        self.timeline.first_sick_day
    }

    /// The date of counted sick day `n` (1-based), projected while still sick.
    pub fn day(&self, n: u32) -> Option<NaiveDate> {
        self.chain.date_of_day(n)
    }

    /// The last day of sick week `n`.
    pub fn end_of_week(&self, n: u32) -> Option<NaiveDate> {
        self.day(n.checked_mul(7)?)
    }

    /// The date of a milestone of the calendar.
    pub fn date(&self, id: MilestoneId) -> Option<NaiveDate> {
        self.timeline
            .milestones
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.date)
    }

    /// The last day of the 104 weeks (the end of the wachttijd without a loonsanctie).
    pub fn wachttijd_end(&self) -> Option<NaiveDate> {
        self.date(MilestoneId::EindeLoondoorbetaling)
    }

    /// The first day after the two years of the ban on dismissal (art. 7:670 lid 1 BW).
    pub fn opzegverbod_end(&self) -> Option<NaiveDate> {
        self.date(MilestoneId::EindeOpzegverbod)
    }
}

/// The employment, as far as the answers tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Employment {
    pub contract: Option<Opt>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// `baan_eindigt` is `ja` or `misschien`.
    pub ending: bool,
    pub monthly_wage: Option<Cents>,
    pub hours_per_week: Option<i64>,
    pub age: Option<i64>,
    pub termination: Option<Termination>,
}

/// One run of the transitievergoeding engine: its input and its result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TvRun {
    pub input: TvInput,
    pub result: Result<tv::TvResult, tv::TvError>,
}

/// Derive the situation from the answers on `today`. Only the effective answers (what
/// the interview's walk reached) count.
pub fn derive(answers: &Answers, today: NaiveDate) -> Situation {
    derive_from(&View::new(answers), today)
}

pub(crate) fn derive_from(v: &View, today: NaiveDate) -> Situation {
    let person = v.any(Q::Rol, &[Opt::Werknemer, Opt::Werkgever]);
    let fixed_term_end = fixed_term_end(v);
    let erd_zw = zw_eigenrisicodrager(v);
    let steps = step_marks(v);
    let sick_periods = sick_periods_of(v);
    let sickness = if person && v.sick() {
        sickness(
            &sick_periods,
            today,
            &steps,
            fixed_term_end,
            erd_zw == Some(true),
        )
    } else {
        None
    };
    let employment = Employment {
        contract: v.choice(Q::ContractType),
        start: v.date(Q::DatumInDienst),
        end: v.date(Q::DatumEinde),
        ending: v.any(Q::BaanEindigt, &[Opt::Ja, Opt::Misschien]),
        monthly_wage: v.money(Q::BrutoMaandloon),
        hours_per_week: v.integer(Q::UrenPerWeek),
        age: v.integer(Q::Leeftijd),
        termination: termination_kind(v),
    };
    let size = employer_size(v);
    let tv_hints = super::transitievergoeding_inputs_of(v);
    let transitievergoeding = tv_hints
        .as_ref()
        .and_then(|h| tv_input(h, sickness.as_ref(), size))
        .map(|input| TvRun {
            result: tv::calculate(&input),
            input,
        });
    let xella = sickness
        .as_ref()
        .and_then(|s| xella_run(s, &employment, size, today));
    let situatief = v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief);
    let dormant = sickness
        .as_ref()
        .filter(|_| !situatief && !aow_age(&employment))
        .and_then(|s| dormant(s, &employment, today));
    let contract_end = sickness
        .as_ref()
        .filter(|_| !situatief)
        .and_then(|s| contract_end_while_sick(s, &employment, fixed_term_end?, erd_zw));
    let vso = vso_facts(v, sickness.as_ref(), &employment, size, today);
    Situation {
        today,
        voice: voice(&v.a),
        informatie: !person && !v.is(Q::Rol, Opt::Zelfstandige),
        sick: v.sick(),
        sick_periods,
        sickness,
        employment,
        tv_hints,
        transitievergoeding,
        xella_amount: xella.as_ref().and_then(|r| r.xella_amount),
        xella_compensation: xella.and_then(|r| r.compensation.map(|c| c.status)),
        employer_size: size,
        dormant,
        contract_end,
        vso,
        steps,
        self_employed: self_employed::derive(v),
        wia_cover: wia_cover(v),
    }
}

/// The `hiaat_excedent` answer in the income page's terms.
fn wia_cover(v: &View) -> Option<crate::income::Cover> {
    use crate::income::Cover;
    match v.choice(Q::HiaatExcedent) {
        Some(Opt::Geen) => Some(Cover::None),
        Some(Opt::Hiaat) => Some(Cover::Basic),
        Some(Opt::Beide) => Some(Cover::Extended),
        Some(Opt::Excedent) => Some(Cover::Unknown),
        _ if v.unknown(Q::HiaatExcedent) => Some(Cover::Unknown),
        _ => None,
    }
}

/// The last day of a fixed-term contract that ends: `baan_eindigt` is `ja` with a known
/// `datum_einde`, and it ends because the term runs out (`reden_einde` is
/// `tijdelijk_contract`, or unknown for a `tijdelijk` contract).
fn fixed_term_end(v: &View) -> Option<NaiveDate> {
    let by_term = v.is(Q::RedenEinde, Opt::TijdelijkContract)
        || (v.is(Q::ContractType, Opt::Tijdelijk) && v.choice(Q::RedenEinde).is_none());
    if v.is(Q::BaanEindigt, Opt::Ja) && by_term {
        v.date(Q::DatumEinde)
    } else {
        None
    }
}

/// The employer carries its own Ziektewet risk: `eigenrisicodrager` is `zw` or `beide`
/// (`nee` or `wga`: no); `None` when not answered or unknown.
fn zw_eigenrisicodrager(v: &View) -> Option<bool> {
    match v.choice(Q::Eigenrisicodrager) {
        Some(Opt::Zw | Opt::Beide) => Some(true),
        Some(_) => Some(false),
        None => None,
    }
}

/// From the AOW age (67 or more in whole years, as the outcome reads it).
fn aow_age(e: &Employment) -> bool {
    e.age.is_some_and(|a| a >= 67)
}

/// A dormant contract: past the last day of the 104 weeks and the contract has not ended
/// (no end date, or one that is today or later).
fn dormant(s: &Sickness, e: &Employment, today: NaiveDate) -> Option<Dormant> {
    let wachttijd_end = s.wachttijd_end()?;
    if today <= wachttijd_end {
        return None;
    }
    match e.end {
        Some(end) if end < today => None,
        ends_on => Some(Dormant {
            wachttijd_end,
            ends_on,
        }),
    }
}

/// A fixed-term contract that ends on `last_day` while sick: from the first sick day of the
/// chain up to (not including) the end of the wachttijd, and not after a recovery.
fn contract_end_while_sick(
    s: &Sickness,
    e: &Employment,
    last_day: NaiveDate,
    erd: Option<bool>,
) -> Option<ContractEndWhileSick> {
    let wachttijd_end = s.wachttijd_end()?;
    let recovered = s.timeline.recovered_after.is_some_and(|u| last_day > u);
    if last_day < s.first_day() || last_day >= wachttijd_end || recovered {
        return None;
    }
    let zw_from = last_day.succ_opt()?;
    let sick_days_at_end = s.chain.day_of_date(last_day);
    let zw_month = e
        .monthly_wage
        .map(|m| crate::income::ziektewet_month(annual_wage_with_holiday_pay(m), zw_from));
    let max_dagloon =
        crate::params::value(crate::params::Param::MaxDagloon, zw_from).map(|p| p.value);
    Some(ContractEndWhileSick {
        last_day,
        zw_from,
        sick_days_at_end,
        report: EndReport::for_days(sick_days_at_end),
        zw_eigenrisicodrager: erd,
        zw_month,
        max_dagloon,
    })
}

/// The yearly wage from a monthly wage: × 12 plus 8% holiday allowance (the statutory
/// minimum, art. 15 Wet minimumloon en minimumvakantiebijslag), rounded once, half away
/// from zero, to whole cents.
pub fn annual_wage_with_holiday_pay(monthly: Cents) -> Cents {
    Cents::from_i128(div_round_half_away(monthly.as_i128() * 12 * 108, 100))
}

/// Count the sick periods with the poortwachter engine. Periods the engine refuses (for
/// example an earlier period that overlaps) give no sickness facts rather than a guess.
/// The calendar marks the steps the answers say are done (never late) and calls late only
/// the steps they say were not done. A fixed-term contract's last day goes into the
/// calendar when it lies within the wachttijd (steps after it are UWV's, or stay the
/// employer's when it carries its own Ziektewet risk; the sick report to UWV is dated on
/// the last working day).
fn sickness(
    periods: &[(NaiveDate, Option<NaiveDate>)],
    today: NaiveDate,
    steps: &StepMarks,
    contract_end: Option<NaiveDate>,
    zw_eigenrisicodrager: bool,
) -> Option<Sickness> {
    let (current_first_day, _) = *periods.last()?;
    let engine_periods: Vec<SickPeriod> = periods
        .iter()
        .map(|(from, until)| SickPeriod {
            from: *from,
            until: *until,
        })
        .collect();
    let (chain, _) = poortwachter::counted_chain(&engine_periods).ok()?;
    // After the wachttijd the Ziektewet no longer follows a contract's end: the end date
    // changes nothing in the calendar then.
    let contract_end = contract_end.filter(|end| chain.date_of_day(728).is_some_and(|w| *end < w));
    let timeline = poortwachter::timeline(&TimelineInput {
        sick_periods: engine_periods,
        today: Some(today),
        contract_end,
        zw_eigenrisicodrager: zw_eigenrisicodrager && contract_end.is_some(),
        done: Some(steps.done_codes()),
        not_done: Some(steps.not_done_codes()),
        ..TimelineInput::default()
    })
    .ok()?;
    let days = chain.days_up_to(today);
    let week = if days == 0 { 0 } else { (days - 1) / 7 + 1 };
    Some(Sickness {
        periods: periods.to_vec(),
        current_first_day,
        earlier_counts: chain.periods().len() > 1,
        week,
        timeline,
        chain,
    })
}

/// The engine's input from the answers: start, end, wage and how the contract ends are
/// all needed (how it ends is never assumed). The first sick day of the counted chain is
/// added when it lies within the contract, and the employer's size class always.
fn tv_input(h: &TvHints, sickness: Option<&Sickness>, size: EmployerSize) -> Option<TvInput> {
    let (start, end, wage, termination) = (h.start?, h.end?, h.monthly_wage?, h.termination?);
    let mut input = TvInput::new(start, end, Wage::Monthly(Decimal::new(wage.as_i128(), 2)));
    input.termination = termination;
    input.employer_size = size;
    if let Some(s) = sickness.filter(|s| start <= s.first_day() && s.first_day() <= end) {
        input.first_sick_day = Some(s.first_day());
        input.wachttijd_end = s.wachttijd_end();
    }
    Some(input)
}

/// The transitievergoeding at the end of the wachttijd (HR 8 November 2019, Xella): the
/// engine's run for a contract that would end on the last day of the 104 weeks, or today
/// when that lies later (the end date does not change the amount at the end of the
/// wachttijd), with the employer's size class for the compensation's status.
fn xella_run(
    s: &Sickness,
    e: &Employment,
    size: EmployerSize,
    today: NaiveDate,
) -> Option<tv::TvResult> {
    let (start, wage) = (e.start?, e.monthly_wage?);
    let end = match s.wachttijd_end() {
        Some(w) if w > today => w,
        Some(_) | None => today,
    };
    let mut input = TvInput::new(start, end, Wage::Monthly(Decimal::new(wage.as_i128(), 2)));
    input.termination = Termination::AfterTwoYearsIllness;
    input.first_sick_day = Some(s.first_day());
    input.wachttijd_end = s.wachttijd_end();
    input.employer_size = size;
    tv::calculate(&input).ok()
}

// ---------------------------------------------------------------------------------------
// A settlement agreement (vaststellingsovereenkomst) on the table.

/// A settlement agreement offered or signed, and what the law gives beside it
/// (docs/law/vso-en-ww.md#comparing-an-offer).
#[derive(Debug, Clone, PartialEq)]
pub struct VsoFacts {
    /// `vso_aangeboden = getekend`: signed, the bedenktermijn may still undo it.
    pub signed: bool,
    /// `vso_bedrag`: the gross amount offered; `None` for "Weet ik niet".
    pub offered: Option<Cents>,
    /// The end date the comparison uses.
    pub end: VsoEnd,
    /// A regular notice by the employer given today (art. 7:672 BW, by length of service,
    /// to the end of a month; the income engine's [`crate::income::notice`]). Its end is
    /// the assumed end date when the end date is unknown, and the end of the fictieve
    /// opzegtermijn for the WW (art. 16 WW) when the agreement is made today.
    pub notice: crate::income::NoticeInfo,
    /// Whether `datum_in_dienst` is known (otherwise the notice period is the shortest, one
    /// month).
    pub start_known: bool,
    /// The transitievergoeding engine on the end date. In a VSO the statutory amount is
    /// not due (mutual consent); the engine computes it as the benchmark.
    pub tv: Option<TvRun>,
    /// While sick: what the contract would still bring if it ran on.
    pub sick: Option<VsoWhileSick>,
}

/// The end date of the agreement: as answered, or assumed when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VsoEnd {
    Answered(NaiveDate),
    /// "Weet ik niet": the end of a regular notice given today (see [`VsoFacts::notice`]).
    Assumed(NaiveDate),
}

impl VsoEnd {
    pub fn date(self) -> NaiveDate {
        match self {
            VsoEnd::Answered(d) | VsoEnd::Assumed(d) => d,
        }
    }
    pub fn assumed(self) -> bool {
        matches!(self, VsoEnd::Assumed(_))
    }
}

/// The sick employee's side of the comparison: the ban on dismissal and the wage that would
/// continue until the end of the 104 weeks if the contract ran on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoWhileSick {
    /// The last day of the 104 weeks (the calendar engine).
    pub wachttijd_end: NaiveDate,
    /// The first day after the two years of the ban on dismissal (the calendar engine).
    pub opzegverbod_end: Option<NaiveDate>,
    /// The end date lies on or after the last day of the 104 weeks: no wage is given up.
    pub ends_after_wachttijd: bool,
    /// The statutory wage during illness from the day after the end date to the end of the
    /// 104 weeks, when the monthly wage is known and the end date lies before it. Not for
    /// an employee past the AOW age (the wage period is then 6 or 13 weeks).
    pub wage: Option<crate::income::SickPay>,
}

fn vso_facts(
    v: &View,
    sickness: Option<&Sickness>,
    employment: &Employment,
    size: EmployerSize,
    today: NaiveDate,
) -> Option<VsoFacts> {
    if !employment.ending || !v.any(Q::VsoAangeboden, &[Opt::Aangeboden, Opt::Getekend]) {
        return None;
    }
    let notice = crate::income::notice(today, employment.start.unwrap_or(today));
    let end = match v.date(Q::VsoEinddatum) {
        Some(d) => VsoEnd::Answered(d),
        None => VsoEnd::Assumed(notice.contract_end),
    };
    let tv = match (employment.start, employment.monthly_wage) {
        (Some(start), Some(wage)) => {
            let hints = TvHints {
                start: Some(start),
                end: Some(end.date()),
                monthly_wage: Some(wage),
                hours_per_week: employment.hours_per_week,
                age: employment.age,
                termination: Some(Termination::MutualConsent),
            };
            tv_input(&hints, sickness, size).map(|input| TvRun {
                result: tv::calculate(&input),
                input,
            })
        }
        _ => None,
    };
    let aow = employment.age.is_some_and(|a| a >= 67);
    let sick = sickness.and_then(|s| {
        let wachttijd_end = s.wachttijd_end()?;
        let ends_after_wachttijd = end.date() >= wachttijd_end;
        let wage = match (employment.monthly_wage, ends_after_wachttijd || aow) {
            (Some(m), false) => crate::income::sick_pay(&crate::income::SickPayInput {
                annual_wage: annual_wage_with_holiday_pay(m),
                hours_per_week: employment
                    .hours_per_week
                    .and_then(|h| u32::try_from(h).ok()),
                year2_from: s.day(365)?,
                from: end.date().succ_opt()?,
                until: wachttijd_end,
            }),
            _ => None,
        };
        Some(VsoWhileSick {
            wachttijd_end,
            opzegverbod_end: s.opzegverbod_end(),
            ends_after_wachttijd,
            wage,
        })
    });
    Some(VsoFacts {
        signed: v.is(Q::VsoAangeboden, Opt::Getekend),
        offered: v.money(Q::VsoBedrag),
        end,
        notice,
        start_known: employment.start.is_some(),
        tv,
        sick,
    })
}

mod self_employed;
pub use self_employed::{SelfEmployment, UWV_VOLUNTARY_WEEKS};

#[cfg(test)]
mod tests;

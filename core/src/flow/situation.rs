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
//!   weeks (or today, when that lies later).

use chrono::NaiveDate;

use super::answers::Answers;
use super::questions::{Opt, QuestionId as Q};
use super::steps::{step_marks, StepMarks};
use super::{employer_size, sick_periods_of, termination_kind, voice, TvHints, View, Voice};
use crate::money::{Cents, Decimal};
use crate::poortwachter::{self, Chain, MilestoneId, SickPeriod, Timeline, TimelineInput};
use crate::transitievergoeding::{self as tv, EmployerSize, Termination, TvInput, Wage};

/// Everything the answers tell, derived once.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    pub today: NaiveDate,
    pub voice: Voice,
    /// Role `informatie` (or no role yet): only the pointer to the explanations.
    pub informatie: bool,
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
    pub employer_size: EmployerSize,
    /// The poortwachter steps the answers mark as done or not done; the sickness's
    /// calendar is computed with them.
    pub steps: StepMarks,
    /// The self-employed's facts (`rol = zelfstandige`).
    pub self_employed: Option<SelfEmployment>,
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
    let steps = step_marks(v);
    let sickness = if person && v.sick() {
        sickness(&sick_periods_of(v), today, &steps)
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
    let xella_amount = sickness
        .as_ref()
        .and_then(|s| xella_amount(s, &employment, today));
    Situation {
        today,
        voice: voice(&v.a),
        informatie: !person && !v.is(Q::Rol, Opt::Zelfstandige),
        sickness,
        employment,
        tv_hints,
        transitievergoeding,
        xella_amount,
        employer_size: size,
        steps,
        self_employed: self_employed::derive(v),
    }
}

/// Count the sick periods with the poortwachter engine. Periods the engine refuses (for
/// example an earlier period that overlaps) give no sickness facts rather than a guess.
/// The calendar marks the steps the answers say are done (never late) and calls late only
/// the steps they say were not done.
fn sickness(
    periods: &[(NaiveDate, Option<NaiveDate>)],
    today: NaiveDate,
    steps: &StepMarks,
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
    let timeline = poortwachter::timeline(&TimelineInput {
        sick_periods: engine_periods,
        today: Some(today),
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
/// engine's amount for a contract that would end on the last day of the 104 weeks, or
/// today when that lies later (the end date does not change the amount at the end of the
/// wachttijd).
fn xella_amount(s: &Sickness, e: &Employment, today: NaiveDate) -> Option<Cents> {
    let (start, wage) = (e.start?, e.monthly_wage?);
    let end = match s.wachttijd_end() {
        Some(w) if w > today => w,
        Some(_) | None => today,
    };
    let mut input = TvInput::new(start, end, Wage::Monthly(Decimal::new(wage.as_i128(), 2)));
    input.termination = Termination::AfterTwoYearsIllness;
    input.first_sick_day = Some(s.first_day());
    input.wachttijd_end = s.wachttijd_end();
    tv::calculate(&input).ok()?.xella_amount
}

mod self_employed;
pub use self_employed::{SelfEmployment, UWV_VOLUNTARY_WEEKS};

#[cfg(test)]
mod tests;

//! The outcome (`#/advies`): a view model in the order of design.md §3 "Outcome".
//!
//! Everything here is language-neutral: typed keys and dates. The words come from
//! `crate::text::flow::outcome` (`Outcome::render` gives the finished texts per language).
//! The outcome reads only the *effective* answers (what the walk reached).
//!
//! Week numbers follow docs/law/poortwachter.md#week-numbers: the first sick day is day 1, week N runs from
//! day 7(N−1)+1 to day 7N, and an earlier period less than four weeks before counts along
//! (art. 7:629 lid 10 BW) while the days of recovery in between do not. These dates are
//! estimates for the route cards only; the poortwachter calendar engine gives the full
//! calendar (see the `// hook:` below).

use chrono::NaiveDate;
use serde::Serialize;

use super::answers::Answers;
use super::questions::{Opt, QuestionId as Q};
use super::situation::{
    derive_from, ContractEndWhileSick, EndReport, SelfEmployment, Sickness, Situation,
};
use super::termination_kind;
use super::{TvHints, View, Voice};
use crate::money::Cents;
use crate::pending_law::PendingLawId;
use crate::poortwachter::{self, Actor, MilestoneId, Status};
use crate::transitievergoeding::explain::{ReasonCode, Uncertainty};
use crate::transitievergoeding::{CompensationStatus, EmployerSize, Termination};

/// The outcome page's content.
mod self_employed;
mod situations;
mod urgent;
mod vso;
mod warnings;

use self_employed::*;
use situations::*;
pub use urgent::*;
pub use vso::*;
use warnings::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub voice: Voice,
    /// Role `informatie`: the page shows only the pointer to the explanations.
    pub informatie: bool,
    pub today: NaiveDate,
    /// At the top: the deadlines within 14 days of today ([`urgent`]), soonest first.
    pub urgent: Vec<Urgent>,
    /// 1. "Jouw situatie in het kort".
    pub summary: Vec<Summary>,
    /// The obligations of the reader. For the employer these come first on the page
    /// (design.md §3); for the employee they follow the route cards.
    pub duties: Vec<Duty>,
    /// 2. "Wat past bij jou": one card per route, the best fit first.
    pub routes: Vec<RouteCard>,
    /// Section 3, "Wat moet er wanneer gebeuren": the next three steps of the
    /// poortwachter calendar engine (`poortwachter::timeline`) from today, fed with
    /// `sick_periods`. Empty when the person is not sick.
    pub next_deadlines: Vec<Deadline>,
    /// Input for the calendar engine.
    pub sick_periods: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// The link to the full calendar, pre-filled (`#/tijdlijn?periode=...`), when sick.
    pub calendar_href: Option<String>,
    /// Section 4, "Wat betekent dit voor je geld": the transitievergoeding engine's
    /// result when the answers give enough, otherwise a pointer to the calculator.
    pub money: Money,
    pub tv_inputs: Option<TvHints>,
    /// 5. "Let op": triggered warnings, most urgent first.
    pub warnings: Vec<Warning>,
    /// Announced changes in the law that would matter here, from the register
    /// ([`crate::pending_law`]); shown under "Let op" with their status and last check.
    pub pending_law: Vec<PendingNotice>,
    /// 6. "Hulp en advies".
    pub help: Vec<Help>,
    /// Links to the tools, pre-filled from the answers where possible.
    pub tools: Vec<ToolLink>,
    /// A settlement agreement on the table, beside what the law gives.
    pub vso: Option<VsoComparison>,
    /// The situational route: staying until the 104 weeks against leaving now.
    pub stay_or_leave: Option<StayOrLeave>,
}

/// A change in the law that is announced but not in force, and what it would mean here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingNotice {
    pub id: PendingLawId,
    pub meaning: PendingMeaning,
}

/// What a pending change would mean for this situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PendingMeaning {
    /// Bill 36869 and the UWV compensation, for this employer size and this end of the
    /// 104 weeks.
    Compensation {
        size: EmployerSize,
        wachttijd_end: NaiveDate,
    },
    /// Only the change itself.
    General,
}

/// One step of the poortwachter calendar, as the outcome shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub id: MilestoneId,
    pub date: NaiveDate,
    pub actor: Actor,
    pub status: Status,
    /// The engine marks this date as uncertain (for example the opzegverbod end).
    pub uncertain: bool,
}

/// The money section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Money {
    /// The job does not end: nothing to say about the transitievergoeding (the section
    /// shows only the link to the income projection, when there is one).
    NotApplicable,
    /// The job (may) end, but the answers lack what the engine needs (start date, end
    /// date, wage, or how the contract ends): link to the calculator, pre-filled.
    NeedInputs { href: String },
    /// The engine's result. `amount` is the statutory amount after the cap; `due` and
    /// `reason` say whether it is owed and why (art. 7:673 BW).
    Transitievergoeding(Box<TvOutcome>),
    /// A dormant contract: what ending it on the employee's proposal costs (Xella).
    Xella(Box<XellaOutcome>),
    /// A settlement agreement is on the table and the general amount lacks an end date,
    /// while the comparison with the agreement ([`Outcome::vso`]) has the engine's amount
    /// on the agreement's end date: the section points there instead of asking for more.
    SeeVso,
}

/// The money of a dormant contract (HR 8 November 2019, Xella;
/// docs/law/compensatie-en-xella.md#xella-amount): the transitievergoeding as it stood at
/// the end of the wachttijd, never to a later date, and the UWV compensation's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XellaOutcome {
    pub wachttijd_end: NaiveDate,
    /// `None` when the start date or the wage is not known.
    pub amount: Option<Cents>,
    /// The compensation's status for this employer (bill 36869), with the amount.
    pub compensation: Option<CompensationStatus>,
    pub size: EmployerSize,
    /// The calculator with the same inputs (the contract ending on the last day of the 104
    /// weeks), for "Hoe is dit berekend?".
    pub href: String,
}

/// The parts of the engine's result that the outcome shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TvOutcome {
    pub due: bool,
    pub reason: ReasonCode,
    pub amount: Cents,
    pub capped: bool,
    pub cap: Cents,
    pub claim_deadline: NaiveDate,
    pub uncertain: Vec<Uncertainty>,
    /// The calculator with the same inputs, for "Hoe is dit berekend?".
    pub href: String,
}

/// One line of "Jouw situatie in het kort".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Summary {
    /// Role `informatie`.
    InfoOnly,
    SickSince {
        first: NaiveDate,
        week: i64,
    },
    EarlierPeriodCounts,
    NotSick,
    JobEnds {
        reason: Option<Opt>,
        end: Option<NaiveDate>,
    },
    JobMayEnd {
        reason: Option<Opt>,
    },
    JobDoesNotEnd,
    Contract {
        kind: Opt,
        since: Option<NaiveDate>,
    },
    /// A dormant contract: the 104 weeks ended on `wachttijd_end`, the contract runs on
    /// without wage.
    Dormant {
        wachttijd_end: NaiveDate,
    },
    /// A fixed-term contract ends on `last_day` while sick; the Ziektewet from `zw_from`.
    ContractEndsWhileSick {
        last_day: NaiveDate,
        zw_from: NaiveDate,
    },
    /// The self-employed: works as self-employed (and is not sick).
    Zelfstandige,
    /// The self-employed: unable to work because of illness since this day.
    ZelfstandigeZiekSinds {
        first: NaiveDate,
    },
    /// The self-employed: how they are covered, according to the answers.
    ZelfstandigeDekking {
        aov: Option<bool>,
        broodfonds: bool,
        uwv: Option<bool>,
    },
}

crate::listed::listed! {
    /// The routes a card can show (the advice's routes, not the app's hash routes). They
    /// serialize as snake_case route ids (`spoor1`, `spoor1_en2`, …).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum AdviceRoute {
        Spoor1,
        Spoor2,
        Spoor1En2,
        Outplacement,
        Situatief,
        TeVroeg,
        Informatie,
        /// A dormant contract after the 104 weeks: ending it on the employee's proposal (Xella).
        SlapendDienstverband,
        /// A fixed-term contract ends while sick: the Ziektewet safety net after the end date.
        ZiektewetVangnet,
        /// The self-employed: a disability insurance (AOV) and its choices.
        Aov,
        /// The self-employed: a broodfonds.
        Broodfonds,
        /// The self-employed: UWV's voluntary insurance.
        UwvVrijwillig,
    }
}

/// A personal reason on a route card, referring to the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    EigenWerkJa,
    AangepastWerkJa,
    AnderWerkJa,
    EigenWerkNee,
    AangepastWerkNee,
    AnderWerkNee,
    GeenTerugkeer26,
    TerugkeerVerwacht,
    NogOnduidelijk,
    InWeek(i64),
    EerstejaarsevaluatieGedaan,
    Spoor2AlGestart,
    Spoor2NietGestart,
    BedrijfsartsSituatief,
    NietZiek,
    BaanEindigt(Option<Opt>),
    /// The job does not end (a dormant contract's card).
    BaanEindigtNiet,
    /// Sick, but the sick periods could not be counted.
    ZiekteNietTeTellen,
    OutplacementAfgesproken(Opt),
    VoorProbleemanalyse,
    ArbeidsdeskundigNiet,
    /// More than 104 weeks of sickness: the wage period is over (unless extended by a
    /// loonsanctie); the WIA and dismissal after two years are what matters now.
    Na104Weken,
    /// The bedrijfsarts sees the person as sick and relates it to the situation at work.
    ZiekDoorWerksituatie,
    Informatie,
    /// The 104 weeks ended on this day: no more wage, the contract runs on (dormant).
    WachttijdVoorbij(NaiveDate),
    /// The contract's last day and the sick week it falls in.
    ContractEindigtOp {
        last_day: NaiveDate,
        week: u32,
    },
    /// The Ziektewet from this day, paid by UWV or (`erd`) by the employer itself.
    ZiektewetVanaf {
        from: NaiveDate,
        erd: Option<bool>,
    },
    /// The Ziektewet per month for the answered wage, and the maximum dagloon.
    ZiektewetBedrag {
        month: Cents,
        max_dagloon: Cents,
    },
    /// The sick report to UWV on the last day; `post_by` is the last working day before it
    /// when it falls on a Saturday, Sunday or public holiday.
    ZiekmeldingUwv {
        last_day: NaiveDate,
        post_by: Option<NaiveDate>,
        erd: Option<bool>,
    },
    /// The re-integration report at the end, by the length of the illness.
    ReIntegratieverslagEinde(EndReport),
    // The self-employed.
    /// Has an AOV, with this waiting period in days when known.
    AovJa(Option<i64>),
    AovNee,
    AovOnbekend,
    /// Sick: after the waiting period the AOV can pay from this day.
    AovBetaaltVanaf(NaiveDate),
    BroodfondsJa,
    BroodfondsNee,
    UwvVrijwilligJa,
    /// The 13 weeks still run, until this day.
    UwvTermijnLoopt(NaiveDate),
    /// The 13 weeks ended on this day.
    UwvTermijnVoorbij(NaiveDate),
    /// Not compulsorily insured in the past year.
    UwvNietRecentVerzekerd,
    /// Not known whether voluntarily insured, or when compulsory insurance ended.
    UwvOnbekend,
}

/// Spoor 2 timing: it must start as soon as spoor 1 is clearly out of reach, and at the
/// latest after the eerstejaarsevaluatie (weeks 46–52), docs/law/poortwachter.md#deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spoor2Timing {
    /// First day of week 46.
    pub evaluation_from: NaiveDate,
    /// Last day of week 52: the latest moment for the start of spoor 2.
    pub latest_start: NaiveDate,
    /// `Some(true)` when the answers say spoor 2 has started.
    pub started: Option<bool>,
    /// Past week 52 and not started.
    pub late: bool,
    /// The last day of the wachttijd (week 104, without a loonsanctie): spoor 2 and the
    /// re-integration duties run until then, not only until the WIA application
    /// (docs/law/poortwachter.md#until-the-end-of-the-wachttijd).
    pub runs_until: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteCard {
    pub route: AdviceRoute,
    pub why: Vec<Why>,
    pub timing: Option<Spoor2Timing>,
}

crate::listed::listed! {
    /// The reader's obligations.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    pub enum Duty {
        // Employer, sick employee.
        WgZiekmeldingArbodienst,
        WgLoondoorbetaling,
        WgProbleemanalyse,
        WgPlanVanAanpak,
        WgEvaluaties,
        Wg42eWeeksmelding,
        WgEerstejaarsevaluatie,
        WgSpoor2,
        WgReIntegratieverslag,
        // Employer, job ends.
        WgTransitievergoeding,
        WgOutplacementSchriftelijk,
        // Employee, sick.
        WnMeewerken,
        WnPlanVanAanpak,
        WnPassendWerk,
        WnLogboek,
        WnWiaAanvraag,
        // Dormant contract.
        /// Employer: accept a serious proposal to end it and pay the amount at the end of the
        /// wachttijd, unless there is a legitimate interest (Xella).
        WgSlapendXella,
        /// Employer: apply for the UWV compensation within six months after paying.
        WgSlapendCompensatie,
        /// Employee: you may propose in writing to end the contract.
        WnSlapendVoorstel,
        // Fixed-term contract ending while sick.
        /// Employer: report the employee sick to UWV on the last day of the contract.
        WgZiekmeldingEindeContract,
        /// Employer: the re-integration report at the end, by the length of the illness.
        WgReIntegratieverslagEinde,
        /// Employer carrying its own Ziektewet risk: pay the benefit and keep the duties.
        WgEigenrisicodragerZw,
        /// Employee: check that the employer reported the illness to UWV, or report yourself.
        WnZiekmeldingUwv,
    }
}

crate::listed::listed! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum WarningKind {
        VsoWhileSick,
        VsoSignedWhileSick,
        /// A settlement agreement when the employee is not sick (or only situationally
        /// unfit): the WW conditions (art. 24 WW), the fictieve opzegtermijn (art. 16 WW) and
        /// the bedenktermijn (art. 7:670b BW).
        VsoWw,
        OpzegverbodTijdensZiekte,
        TooEarlyForLongIllnessDismissal,
        FixedTermEndsWhileSick,
        /// A fixed-term contract ends: the employer must say in writing, at least a month
        /// before the end, whether and on what terms it continues (art. 7:668 BW). `date` is
        /// a month before the end date, when known.
        Aanzegplicht,
        MissedProbleemanalyse,
        MissedPlanVanAanpak,
        MissedEerstejaarsevaluatie,
        Spoor2Late,
        ConflictAskBedrijfsarts,
        SituatiefStillReportedSick,
        /// Sick (the bedrijfsarts says so) while the cause lies in a conflict or the work:
        /// the ordinary Poortwachter rules, with the conflict handled in the plan van aanpak.
        IllnessAndConflict,
        OutplacementFromTv,
        TvClaimDeadline,
        EmployerCompensationDeadline,
        /// The contract ends by the employer's notice or a dissolution while poortwachter
        /// steps were missed: the court can award a billijke vergoeding for serious
        /// culpability (art. 7:671b lid 9 sub c, art. 7:682 lid 1 sub c BW).
        BillijkeVergoeding,
        EmployeeObligations,
        DeskundigenoordeelSecondOpinion,
        AowAge,
        /// Past the AOW age the ban on dismissal during illness lasts 6 or 13 weeks; `date` is
        /// the first day after it.
        OpzegverbodNaAow,
        CheckHiaat,
        HighEarnerExcedent,
        SelfEmployed,
        /// The self-employed: UWV's voluntary insurance must be asked for within 13 weeks
        /// after compulsory insurance ended; `date` is that last day, from the answers.
        UwvVoluntaryDeadline,
    }
}

/// A triggered warning. `date` is filled where the warning names a date (a missed
/// deadline, the last day to claim).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    pub date: Option<NaiveDate>,
}

crate::listed::listed! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Help {
        Bedrijfsarts,
        Uwv,
        JuridischLoket,
        Vakbond,
        Arbeidsrechtadvocaat,
        Vertrouwenspersoon,
        Mediator,
        Arbodienst,
        Verzekeraar,
        /// The self-employed: an independent financial adviser, to compare AOVs.
        FinancieelAdviseur,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    Tijdlijn,
    Transitievergoeding,
    Inkomen,
    Vergelijk,
    Uitleg,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToolLink {
    pub tool: Tool,
    /// A hash route, pre-filled with what the answers give (design.md §6 tool inputs).
    pub href: String,
}

/// Build the outcome for these answers on `today`.
pub fn outcome(answers: &Answers, today: NaiveDate) -> Outcome {
    let v = View::new(answers);
    let sit = derive_from(&v, today);
    outcome_of(&v, &sit)
}

/// The outcome of a derived [`Situation`]: every week number, date and amount comes from
/// it, so the summary and the letters (which read the same situation) agree with it.
fn outcome_of(v: &View, sit: &Situation) -> Outcome {
    let today = sit.today;
    let voice = sit.voice;
    let mut out = Outcome {
        voice,
        informatie: false,
        today,
        urgent: Vec::new(),
        summary: Vec::new(),
        duties: Vec::new(),
        routes: Vec::new(),
        next_deadlines: Vec::new(),
        sick_periods: sit.sick_periods.clone(),
        calendar_href: None,
        money: Money::NotApplicable,
        tv_inputs: sit.tv_hints,
        warnings: Vec::new(),
        pending_law: Vec::new(),
        help: Vec::new(),
        tools: Vec::new(),
        vso: None,
        stay_or_leave: None,
    };
    if sit.informatie {
        out.informatie = true;
        out.summary.push(Summary::InfoOnly);
        out.routes.push(RouteCard {
            route: AdviceRoute::Informatie,
            why: vec![Why::Informatie],
            timing: None,
        });
        out.help = vec![
            Help::Bedrijfsarts,
            Help::Uwv,
            Help::JuridischLoket,
            Help::Vakbond,
            Help::Arbeidsrechtadvocaat,
        ];
        out.tools = super::links::tools(sit);
        return out;
    }
    if let Some(z) = sit.self_employed.as_ref() {
        self_employed(z, today, &mut out);
        return out;
    }
    let clock = sit.sickness.as_ref();
    summary(v, clock, &mut out.summary);
    routes(v, clock, today, &mut out.routes);
    if clock.is_some_and(|c| c.week > 104) {
        for card in out.routes.iter_mut() {
            card.why.push(Why::Na104Weken);
        }
    }
    if v.is(Q::OordeelBedrijfsartsSituatief, Opt::ZiekDoorWerksituatie) {
        for card in out.routes.iter_mut() {
            card.why.insert(0, Why::ZiekDoorWerksituatie);
        }
    }
    duties(v, voice, &mut out.duties);
    warnings(v, voice, clock, today, &mut out.warnings);
    dormant_contract(v, sit, &mut out);
    contract_end_while_sick(sit, &mut out);
    out.pending_law = pending_law(v, voice, clock, &out.warnings);
    out.help = help(v, voice);
    out.tools = super::links::tools(sit);
    if let Some(c) = clock {
        out.next_deadlines = deadlines_of(&c.timeline, 3);
        out.calendar_href = out
            .tools
            .iter()
            .find(|l| l.tool == Tool::Tijdlijn)
            .map(|l| l.href.clone());
    }
    out.money = xella_money(sit).unwrap_or_else(|| money(sit, &out.tools));
    out.vso = vso_comparison(v, sit);
    out.stay_or_leave = stay_or_leave(v, sit);
    if out.vso.as_ref().is_some_and(|c| c.tv.is_some())
        && matches!(out.money, Money::NeedInputs { .. })
    {
        out.money = Money::SeeVso;
    }
    out.urgent = urgent(clock, &out.warnings, today);
    out
}

/// The announced changes that would matter for these answers. Bill 36869 once the
/// compensation comes into view (a year and a half of illness, or a dismissal because of
/// long illness) and the 104 weeks end on or after its date, unless the employer is small;
/// the plan to end the compensation when the 104 weeks end in or after 2028; the BAZ for
/// the self-employed; the shorter WW when the job ends; the simpler Poortwachter for a
/// small employer with a sick employee.
fn pending_law(
    v: &View,
    voice: Voice,
    clock: Option<&Sickness>,
    warnings: &[Warning],
) -> Vec<PendingNotice> {
    let mut out = Vec::new();
    let size = super::employer_size(v);
    let general = |id| PendingNotice {
        id,
        meaning: PendingMeaning::General,
    };
    if let Some(c) = clock {
        let compensation_in_view = c.week >= 78 || v.is(Q::RedenEinde, Opt::LangdurigeZiekte);
        if let Some(wachttijd_end) = c.wachttijd_end().filter(|_| compensation_in_view) {
            let bill = PendingLawId::Bill36869.entry();
            let on_or_after = bill.intended.is_some_and(|d| wachttijd_end >= d);
            if on_or_after && size != EmployerSize::Small && !bill.in_force_on(wachttijd_end) {
                out.push(PendingNotice {
                    id: PendingLawId::Bill36869,
                    meaning: PendingMeaning::Compensation {
                        size,
                        wachttijd_end,
                    },
                });
            }
            let end = PendingLawId::CompensationEnd2028.entry();
            if end.intended.is_some_and(|d| wachttijd_end >= d) {
                out.push(general(PendingLawId::CompensationEnd2028));
            }
        }
        if voice == Voice::Werkgever && size == EmployerSize::Small {
            out.push(general(PendingLawId::PoortwachterSmallEmployers));
        }
    }
    if v.any(Q::BaanEindigt, &[Opt::Ja, Opt::Misschien]) {
        out.push(general(PendingLawId::WwDuration));
    }
    if warnings.iter().any(|w| w.kind == WarningKind::SelfEmployed) {
        out.push(general(PendingLawId::Baz));
    }
    out
}

/// The next `n` steps of a calendar (status "due soon" or "later"), in date order.
fn deadlines_of(timeline: &poortwachter::Timeline, n: usize) -> Vec<Deadline> {
    timeline
        .milestones
        .iter()
        .filter(|m| matches!(m.status, Status::DueSoon | Status::Future))
        .take(n)
        .map(|m| Deadline {
            id: m.id,
            date: m.date,
            actor: m.actor,
            status: m.status,
            uncertain: m.uncertain,
        })
        .collect()
}

/// The transitievergoeding section: the situation's engine run when the answers give a
/// start date, an end date, a monthly wage and how the contract ends (the defaults of the
/// command line fill the rest: 8% holiday pay, no extras; the calculator link lets the
/// user add them), otherwise a pre-filled link to the calculator.
fn money(sit: &Situation, tools: &[ToolLink]) -> Money {
    if sit.tv_hints.is_none() {
        return Money::NotApplicable;
    }
    let href = tools
        .iter()
        .find(|l| l.tool == Tool::Transitievergoeding)
        .map(|l| l.href.clone())
        .unwrap_or_else(|| "#/transitievergoeding".to_string());
    match sit.transitievergoeding.as_ref().map(|run| &run.result) {
        Some(Ok(r)) => Money::Transitievergoeding(Box::new(TvOutcome {
            due: r.due,
            reason: r.reason,
            amount: r.amount,
            capped: r.capped,
            cap: r.cap,
            claim_deadline: r.claim_deadline,
            uncertain: r.uncertain.clone(),
            href,
        })),
        // Not enough answers, or for example an end date before the start date: the
        // calculator explains.
        Some(Err(_)) | None => Money::NeedInputs { href },
    }
}

fn summary(v: &View, clock: Option<&Sickness>, s: &mut Vec<Summary>) {
    match clock {
        Some(c) => {
            s.push(Summary::SickSince {
                first: c.current_first_day,
                week: i64::from(c.week),
            });
            if c.earlier_counts {
                s.push(Summary::EarlierPeriodCounts);
            }
        }
        None => s.push(Summary::NotSick),
    }
    let reason = v.choice(Q::RedenEinde);
    if v.is(Q::BaanEindigt, Opt::Ja) {
        s.push(Summary::JobEnds {
            reason,
            end: v.date(Q::DatumEinde),
        });
    } else if v.is(Q::BaanEindigt, Opt::Misschien) {
        s.push(Summary::JobMayEnd { reason });
    } else {
        s.push(Summary::JobDoesNotEnd);
    }
    if let Some(kind) = v.choice(Q::ContractType) {
        s.push(Summary::Contract {
            kind,
            since: v.date(Q::DatumInDienst),
        });
    }
}

/// Can a statutory transitievergoeding be due for this way of ending (art. 7:673 BW)?
/// Unknown counts as possible, so the duty and the claim deadline are not hidden.
fn tv_possible(t: Option<Termination>) -> bool {
    match t {
        None => true,
        Some(t) => match t {
            Termination::EmployerInitiative
            | Termination::FixedTermNotRenewed
            | Termination::AfterTwoYearsIllness
            | Termination::EmployerSeriousCulpability
            | Termination::RenewalOfferedDeclined
            | Termination::PartialDismissal => true,
            Termination::MutualConsent
            | Termination::EmployeeResigned
            | Termination::EmployeeSeriousCulpability
            | Termination::EmployerBankruptcy
            | Termination::AowAge
            | Termination::MinorSmallJob => false,
        },
    }
}

fn job_ending(v: &View) -> bool {
    v.any(Q::BaanEindigt, &[Opt::Ja, Opt::Misschien])
}

fn routes(v: &View, clock: Option<&Sickness>, today: NaiveDate, cards: &mut Vec<RouteCard>) {
    let Some(c) = clock else {
        // Sick, but the periods cannot be counted (a date missing, or periods the calendar
        // engine refuses): no route can be chosen; the card says why and points to the
        // explanations.
        if v.sick() {
            cards.push(RouteCard {
                route: AdviceRoute::Informatie,
                why: vec![Why::ZiekteNietTeTellen],
                timing: None,
            });
            return;
        }
        // Not sick: spoor 1 and 2 do not apply, and a card that says so is left out (an
        // empty part is hidden); outplacement when the job ends.
        if job_ending(v) {
            let mut why = vec![Why::NietZiek, Why::BaanEindigt(v.choice(Q::RedenEinde))];
            if let Some(o) = v.choice(Q::Outplacement) {
                if o != Opt::Nee {
                    why.push(Why::OutplacementAfgesproken(o));
                }
            }
            cards.push(RouteCard {
                route: AdviceRoute::Outplacement,
                why,
                timing: None,
            });
        }
        return;
    };

    // The situational route exists ONLY as the bedrijfsarts's judgement (docs/law/situatief.md#the-bedrijfsarts-decides).
    if v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief) {
        let mut why = vec![Why::BedrijfsartsSituatief];
        if job_ending(v) {
            why.push(Why::BaanEindigt(v.choice(Q::RedenEinde)));
        }
        cards.push(RouteCard {
            route: AdviceRoute::Situatief,
            why,
            timing: None,
        });
        return;
    }

    let week = i64::from(c.week);
    let eigen = v.choice(Q::EigenWerkMogelijk);
    let aangepast = v.choice(Q::AangepastWerkMogelijk);
    let ander = v.choice(Q::AnderWerkIntern);
    let terugkeer = v.choice(Q::TerugkeerBinnen26Weken);
    let timing = spoor2_timing(v, c, today);

    let mut why = Vec::new();
    let spoor1_fits = eigen == Some(Opt::Ja) || ander == Some(Opt::Ja);
    let only_adapted = !spoor1_fits && aangepast == Some(Opt::Ja);
    let all_no = eigen == Some(Opt::Nee) && aangepast == Some(Opt::Nee) && ander == Some(Opt::Nee);

    if spoor1_fits {
        if eigen == Some(Opt::Ja) {
            why.push(Why::EigenWerkJa);
        }
        if ander == Some(Opt::Ja) {
            why.push(Why::AnderWerkJa);
        }
        if terugkeer == Some(Opt::Ja) {
            why.push(Why::TerugkeerVerwacht);
        }
        why.push(Why::InWeek(week));
        cards.push(RouteCard {
            route: AdviceRoute::Spoor1,
            why,
            timing: None,
        });
    } else if only_adapted {
        why.push(Why::AangepastWerkJa);
        if terugkeer == Some(Opt::Nee) {
            // Adapted own work, but no return expected within 26 weeks: look outside at
            // the same time.
            why.push(Why::GeenTerugkeer26);
            why.push(Why::InWeek(week));
            cards.push(RouteCard {
                route: AdviceRoute::Spoor1En2,
                why,
                timing: Some(timing),
            });
        } else {
            why.push(Why::InWeek(week));
            cards.push(RouteCard {
                route: AdviceRoute::Spoor1,
                why,
                timing: None,
            });
        }
    } else if all_no {
        why.extend([Why::EigenWerkNee, Why::AangepastWerkNee, Why::AnderWerkNee]);
        if terugkeer == Some(Opt::Nee) {
            why.push(Why::GeenTerugkeer26);
        }
        why.push(Why::InWeek(week));
        why.push(spoor2_started_why(v));
        cards.push(RouteCard {
            route: AdviceRoute::Spoor2,
            why,
            timing: Some(timing),
        });
    } else if week < 6 && !v.is(Q::ProbleemanalyseGedaan, Opt::Ja) {
        // Before the probleemanalyse (due by the end of week 6) nobody can say yet.
        cards.push(RouteCard {
            route: AdviceRoute::TeVroeg,
            why: vec![Why::InWeek(week), Why::VoorProbleemanalyse],
            timing: None,
        });
    } else {
        // Some answers unknown, none says "ja".
        why.push(Why::NogOnduidelijk);
        if eigen == Some(Opt::Nee) {
            why.push(Why::EigenWerkNee);
        }
        if terugkeer == Some(Opt::Nee) {
            why.push(Why::GeenTerugkeer26);
        }
        if !v.is(Q::ArbeidsdeskundigOnderzoek, Opt::Ja) {
            why.push(Why::ArbeidsdeskundigNiet);
        }
        why.push(Why::InWeek(week));
        let pressing = week >= 46
            || terugkeer == Some(Opt::Nee)
            || v.is(Q::EerstejaarsevaluatieGedaan, Opt::Ja)
            || eigen == Some(Opt::Nee);
        if pressing {
            if v.is(Q::EerstejaarsevaluatieGedaan, Opt::Ja) {
                why.push(Why::EerstejaarsevaluatieGedaan);
            }
            why.push(spoor2_started_why(v));
            cards.push(RouteCard {
                route: AdviceRoute::Spoor1En2,
                why,
                timing: Some(timing),
            });
        } else {
            cards.push(RouteCard {
                route: AdviceRoute::Spoor1,
                why,
                timing: None,
            });
        }
    }
}

fn spoor2_started_why(v: &View) -> Why {
    if v.any(
        Q::Spoor2Gestart,
        &[Opt::JaReintegratiebedrijf, Opt::JaWerkgever],
    ) {
        Why::Spoor2AlGestart
    } else {
        Why::Spoor2NietGestart
    }
}

fn spoor2_timing(v: &View, c: &Sickness, today: NaiveDate) -> Spoor2Timing {
    let started = match v.choice(Q::Spoor2Gestart) {
        Some(Opt::JaReintegratiebedrijf) | Some(Opt::JaWerkgever) => Some(true),
        Some(_) => Some(false),
        None => None,
    };
    // Weeks 46–52: the engine's eerstejaarsevaluatie window.
    let latest_start = c
        .date(MilestoneId::EerstejaarsevaluatieEind)
        .unwrap_or(c.first_day());
    Spoor2Timing {
        evaluation_from: c
            .date(MilestoneId::EerstejaarsevaluatieStart)
            .unwrap_or(c.first_day()),
        latest_start,
        runs_until: c.wachttijd_end().unwrap_or(latest_start),
        started,
        // After 104 weeks spoor 2 is no longer "late" but over (`Why::Na104Weken`).
        late: today > latest_start && c.week <= 104 && started != Some(true),
    }
}

/// The employer's duties during the first two years of a sick employee's illness.
const EMPLOYER_SICK_DUTIES: [Duty; 9] = [
    Duty::WgZiekmeldingArbodienst,
    Duty::WgLoondoorbetaling,
    Duty::WgProbleemanalyse,
    Duty::WgPlanVanAanpak,
    Duty::WgEvaluaties,
    Duty::Wg42eWeeksmelding,
    Duty::WgEerstejaarsevaluatie,
    Duty::WgSpoor2,
    Duty::WgReIntegratieverslag,
];

fn duties(v: &View, voice: Voice, d: &mut Vec<Duty>) {
    let situatief = v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief);
    match voice {
        Voice::Werkgever => {
            if v.sick() && !situatief {
                d.extend(EMPLOYER_SICK_DUTIES);
            }
            if job_ending(v) {
                if tv_possible(termination_kind(v)) {
                    d.push(Duty::WgTransitievergoeding);
                }
                if v.any(
                    Q::Outplacement,
                    &[Opt::UitTransitievergoeding, Opt::BetalerOnduidelijk],
                ) {
                    d.push(Duty::WgOutplacementSchriftelijk);
                }
            }
        }
        Voice::Werknemer => {
            if v.sick() && !situatief {
                d.extend([
                    Duty::WnMeewerken,
                    Duty::WnPlanVanAanpak,
                    Duty::WnPassendWerk,
                    Duty::WnLogboek,
                    Duty::WnWiaAanvraag,
                ]);
            }
        }
    }
}

fn help(v: &View, voice: Voice) -> Vec<Help> {
    let conflict = v.any(
        Q::OorzaakWerkOfConflict,
        &[Opt::Conflict, Opt::Werkomstandigheden],
    ) || v.is(Q::RedenEinde, Opt::Conflict);
    let mut h = Vec::new();
    match voice {
        Voice::Werknemer => {
            if v.sick() {
                h.push(Help::Bedrijfsarts);
            }
            if conflict {
                h.push(Help::Vertrouwenspersoon);
                h.push(Help::Mediator);
            }
            h.extend([
                Help::Uwv,
                Help::JuridischLoket,
                Help::Vakbond,
                Help::Arbeidsrechtadvocaat,
            ]);
        }
        Voice::Werkgever => {
            if v.sick() {
                h.push(Help::Arbodienst);
                h.push(Help::Bedrijfsarts);
            }
            if conflict {
                h.push(Help::Mediator);
            }
            h.push(Help::Uwv);
            if v.sick() {
                h.push(Help::Verzekeraar);
            }
            h.push(Help::Arbeidsrechtadvocaat);
        }
    }
    h
}

impl Outcome {
    /// Does the outcome contain a card for this route?
    pub fn has_route(&self, r: AdviceRoute) -> bool {
        self.routes.iter().any(|c| c.route == r)
    }
    /// Is this warning triggered?
    pub fn has_warning(&self, k: WarningKind) -> bool {
        self.warnings.iter().any(|w| w.kind == k)
    }
    /// The card for this route, if shown.
    pub fn card(&self, r: AdviceRoute) -> Option<&RouteCard> {
        self.routes.iter().find(|c| c.route == r)
    }
    /// Whether a card is about re-integration or leaving a job, so that the comparison of
    /// spoor 2 and outplacement (`#/vergelijk`) belongs beside the cards.
    pub fn shows_comparison(&self) -> bool {
        self.routes.iter().any(|c| {
            matches!(
                c.route,
                AdviceRoute::Spoor1
                    | AdviceRoute::Spoor2
                    | AdviceRoute::Spoor1En2
                    | AdviceRoute::Outplacement
                    | AdviceRoute::Situatief
                    | AdviceRoute::TeVroeg
                    | AdviceRoute::Informatie
            )
        })
    }
}

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

/// A dormant contract (docs/law/compensatie-en-xella.md#xella): its summary line; one
/// route card instead of the spoor cards (there is no wage any more, so a card that says
/// the wage continues would be wrong); the duties of now (the poortwachter steps and the
/// loonstop lie behind); the missed-step warnings go, their deadlines are long past and
/// the wachttijd is over.
fn dormant_contract(v: &View, sit: &Situation, out: &mut Outcome) {
    let Some(d) = sit.dormant else {
        return;
    };
    // The dormant line says the contract runs on; "the contract continues" would repeat it.
    out.summary.retain(|x| *x != Summary::JobDoesNotEnd);
    out.summary.insert(
        summary_position(&out.summary),
        Summary::Dormant {
            wachttijd_end: d.wachttijd_end,
        },
    );
    let job = if job_ending(v) {
        Why::BaanEindigt(v.choice(Q::RedenEinde))
    } else {
        Why::BaanEindigtNiet
    };
    out.routes = vec![RouteCard {
        route: AdviceRoute::SlapendDienstverband,
        why: vec![Why::WachttijdVoorbij(d.wachttijd_end), job],
        timing: None,
    }];
    let past = [
        Duty::WnPlanVanAanpak,
        Duty::WnPassendWerk,
        Duty::WnWiaAanvraag,
    ];
    out.duties
        .retain(|x| !EMPLOYER_SICK_DUTIES.contains(x) && !past.contains(x));
    let now: &[Duty] = match sit.voice {
        Voice::Werkgever => &[Duty::WgSlapendXella, Duty::WgSlapendCompensatie],
        Voice::Werknemer => &[Duty::WnSlapendVoorstel],
    };
    out.duties.splice(0..0, now.iter().copied());
    out.warnings.retain(|w| {
        !matches!(
            w.kind,
            WarningKind::MissedProbleemanalyse
                | WarningKind::MissedPlanVanAanpak
                | WarningKind::MissedEerstejaarsevaluatie
                | WarningKind::EmployeeObligations
                // After the wachttijd an ending by agreement costs no Ziektewet benefit:
                // that is the Xella route itself (docs/law/vso-en-ww.md#vso-after-two-years);
                // the card names the wage sanction that would keep the risk.
                | WarningKind::VsoWhileSick
                | WarningKind::VsoSignedWhileSick
        )
    });
}

/// The summary lines about the situation as a whole go after the sickness lines.
fn summary_position(s: &[Summary]) -> usize {
    s.iter()
        .position(|x| !matches!(x, Summary::SickSince { .. } | Summary::EarlierPeriodCounts))
        .unwrap_or(s.len())
}

/// A fixed-term contract that ends while sick (docs/law/ziektewet-vangnet.md): its summary
/// line, a card for the Ziektewet after the end with the dates and the amount, and the
/// employer's duties of the end. Unless the employer carries its own Ziektewet risk, the
/// poortwachter steps due after the last day are not the employer's: they leave the
/// duties and the missed-step warnings (the calendar shows them as UWV's).
fn contract_end_while_sick(sit: &Situation, out: &mut Outcome) {
    let Some(ce) = sit.contract_end else {
        return;
    };
    // This line names the end date with what follows; the plain "the contract ends on"
    // line would repeat it.
    out.summary
        .retain(|x| !matches!(x, Summary::JobEnds { end: Some(e), .. } if *e == ce.last_day));
    out.summary.insert(
        summary_position(&out.summary),
        Summary::ContractEndsWhileSick {
            last_day: ce.last_day,
            zw_from: ce.zw_from,
        },
    );
    out.routes.push(RouteCard {
        route: AdviceRoute::ZiektewetVangnet,
        why: ziektewet_why(&ce),
        timing: None,
    });
    let erd = ce.zw_eigenrisicodrager == Some(true);
    let days = ce.sick_days_at_end;
    if !erd {
        // The first day a duty is due, in counted sick days (poortwachter::place).
        let due_day = |d: &Duty| -> Option<u32> {
            match d {
                Duty::WgProbleemanalyse => Some(42),
                Duty::WgPlanVanAanpak => Some(56),
                Duty::WgEvaluaties => Some(98),
                Duty::Wg42eWeeksmelding => Some(295),
                Duty::WgEerstejaarsevaluatie | Duty::WgSpoor2 => Some(364),
                // The WIA report gives way to the report at the end.
                Duty::WgReIntegratieverslag => Some(u32::MAX),
                _ => None,
            }
        };
        out.duties
            .retain(|d| due_day(d).is_none_or(|day| day <= days));
        out.warnings.retain(|w| {
            let missed = matches!(
                w.kind,
                WarningKind::MissedProbleemanalyse
                    | WarningKind::MissedPlanVanAanpak
                    | WarningKind::MissedEerstejaarsevaluatie
                    | WarningKind::Spoor2Late
            );
            !(missed && w.date.is_some_and(|d| d > ce.last_day))
        });
    }
    // After the last day there is no wage to stop.
    if sit.today > ce.last_day {
        out.warnings
            .retain(|w| w.kind != WarningKind::EmployeeObligations);
    }
    match sit.voice {
        Voice::Werkgever => {
            let mut end = vec![Duty::WgZiekmeldingEindeContract];
            // An eigenrisicodrager keeps the re-integration itself: no report to UWV at
            // the end (docs/law/ziektewet-vangnet.md).
            if ce.report != EndReport::None && !erd {
                end.push(Duty::WgReIntegratieverslagEinde);
            }
            if erd {
                end.push(Duty::WgEigenrisicodragerZw);
            }
            let at = out
                .duties
                .iter()
                .position(|d| *d == Duty::WgLoondoorbetaling)
                .map_or(0, |i| i + 1);
            out.duties.splice(at..at, end);
        }
        Voice::Werknemer => out.duties.insert(0, Duty::WnZiekmeldingUwv),
    }
}

/// The reasons on the Ziektewet card, with the dates and the amount of the situation.
fn ziektewet_why(ce: &ContractEndWhileSick) -> Vec<Why> {
    let mut why = vec![
        Why::ContractEindigtOp {
            last_day: ce.last_day,
            week: ce.sick_days_at_end.div_ceil(7),
        },
        Why::ZiektewetVanaf {
            from: ce.zw_from,
            erd: ce.zw_eigenrisicodrager,
        },
    ];
    if let (Some(month), Some(max_dagloon)) = (ce.zw_month, ce.max_dagloon) {
        why.push(Why::ZiektewetBedrag { month, max_dagloon });
    }
    let post_by = (!crate::holidays::is_working_day(ce.last_day))
        .then(|| crate::holidays::last_working_day_on_or_before(ce.last_day))
        .flatten();
    why.push(Why::ZiekmeldingUwv {
        last_day: ce.last_day,
        post_by,
        erd: ce.zw_eigenrisicodrager,
    });
    if ce.zw_eigenrisicodrager != Some(true) {
        why.push(Why::ReIntegratieverslagEinde(ce.report));
    }
    why
}

/// The money of a dormant contract: the Xella amount, unless the answers already give a
/// statutory transitievergoeding that is due (a dismissal after the 104 weeks, owed over
/// the whole contract).
fn xella_money(sit: &Situation) -> Option<Money> {
    let d = sit.dormant?;
    let statutory = sit
        .transitievergoeding
        .as_ref()
        .is_some_and(|run| run.result.as_ref().is_ok_and(|r| r.due));
    if statutory {
        return None;
    }
    let first = sit.sickness.as_ref()?.first_day();
    let e = &sit.employment;
    let mut q = Vec::new();
    if let Some(s) = e.start {
        q.push(format!("start={}", crate::dates::iso(s)));
    }
    q.push(format!("einde={}", crate::dates::iso(d.wachttijd_end)));
    if let Some(l) = e.monthly_wage {
        q.push(format!("loon={}", l.to_plain()));
    }
    q.push(format!(
        "reden={}",
        Termination::AfterTwoYearsIllness.code()
    ));
    q.push(format!("eerste_ziektedag={}", crate::dates::iso(first)));
    q.push(format!("werkgever_grootte={}", sit.employer_size.code()));
    Some(Money::Xella(Box::new(XellaOutcome {
        wachttijd_end: d.wachttijd_end,
        amount: sit.xella_amount,
        compensation: sit.xella_compensation,
        size: sit.employer_size,
        href: format!("#/transitievergoeding?{}", q.join("&")),
    })))
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

/// The AOW age is 67 in 2024–2027 and 67 years and 3 months from 2028 (`crate::aow`;
/// docs/law/parameters.md#aow-age). The interview asks the age in whole years, so 67 or
/// more is read as "has reached the AOW age"; the warning tells the user to check the
/// exact date.
fn aow_age_reached(v: &View) -> bool {
    v.integer(Q::Leeftijd).is_some_and(|a| a >= 67)
}

/// The first day on which the ban on dismissal during illness no longer protects an
/// employee past the AOW age: after 6 weeks of illness when the illness began on or after
/// 1 July 2023, after 13 weeks when it began earlier (art. 7:670 lid 1 sub a BW, as
/// amended by the Verzamelwet SZW 2023). Sick periods less than four weeks apart count as
/// one, as in the rest of the clock.
fn aow_ban_end(c: &Sickness) -> NaiveDate {
    let weeks = if c.first_day() >= AOW_SIX_WEEKS_FROM {
        6
    } else {
        13
    };
    c.day(7 * weeks + 1).unwrap_or(c.first_day())
}

/// Illness that began on or after this day: 6 weeks instead of 13 past the AOW age.
const AOW_SIX_WEEKS_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2023, 7, 1) {
    Some(d) => d,
    None => panic!("invalid date"),
};

/// Three months after the end date (art. 7:686a lid 4 sub b BW); the end date of a month
/// that is shorter falls back to its last day.
fn plus_months(d: NaiveDate, months: u32) -> Option<NaiveDate> {
    d.checked_add_months(chrono::Months::new(months))
}

fn warnings(
    v: &View,
    voice: Voice,
    clock: Option<&Sickness>,
    today: NaiveDate,
    w: &mut Vec<Warning>,
) {
    let mut push = |kind: WarningKind, date: Option<NaiveDate>| w.push(Warning { kind, date });
    let sick = clock.is_some();
    let situatief = v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief);
    let reason = v.choice(Q::RedenEinde);
    let ending = job_ending(v);
    let aow = aow_age_reached(v);

    if let Some(c) = clock {
        let week = i64::from(c.week);
        // VSO while sick: UWV refuses the Ziektewet benefit (art. 45 lid 1 sub j ZW) and
        // there is no WW for someone unfit for work (art. 19 lid 1 WW), until the end of the
        // wachttijd (docs/law/vso-en-ww.md#vso-while-sick). Shown whenever the person is
        // reported sick, whatever the bedrijfsarts judged: as long as the sick report
        // stands on the end date, this is the risk (docs/law/situatief.md#still-reported-sick;
        // with a situational judgement `SituatiefStillReportedSick` adds what that means).
        if v.is(Q::VsoAangeboden, Opt::Getekend) {
            push(WarningKind::VsoSignedWhileSick, None);
        } else if v.is(Q::VsoAangeboden, Opt::Aangeboden)
            || (ending && v.is(Q::Initiatief, Opt::Samen))
        {
            push(WarningKind::VsoWhileSick, None);
        }
        // Opzegverbod: no dismissal during the first two years of illness (art. 7:670 lid 1
        // BW). "Twee jaren" is not 104 weeks (docs/law/opzegverbod.md#two-years-not-104-weeks);
        // we test 2 calendar years from the first sick day of the combined period.
        let two_years = c
            .opzegverbod_end()
            .unwrap_or_else(|| plus_months(c.first_day(), 24).unwrap_or(c.first_day()));
        // Also with a situational judgement: while the sick report stands, the employer
        // should assume the ban applies; whether it protects a situationally unfit employee
        // is uncertain (docs/law/situatief.md#the-ban-on-dismissal), which the card says.
        if ending {
            match reason {
                Some(Opt::TijdelijkContract) => push(WarningKind::FixedTermEndsWhileSick, None),
                // Past the AOW age the ban is short, not absent: 6 or 13 weeks of illness
                // (art. 7:670 lid 1 sub a BW; docs/law/opzegverbod.md#employees-past-aow-age).
                // It replaces the two-year warnings, also for a dismissal because of long
                // illness (art. 7:669 lid 3 sub b BW refers to the same period).
                Some(_) | None if aow => {
                    let from = aow_ban_end(c);
                    if today < from {
                        push(WarningKind::OpzegverbodNaAow, Some(from));
                    }
                }
                Some(Opt::LangdurigeZiekte) => {
                    if today < two_years {
                        push(
                            WarningKind::TooEarlyForLongIllnessDismissal,
                            Some(two_years),
                        );
                    }
                }
                Some(_) | None => {
                    if today < two_years {
                        push(WarningKind::OpzegverbodTijdensZiekte, Some(two_years));
                    }
                }
            }
        }
        if !situatief {
            // Missed poortwachter steps (docs/law/poortwachter.md#deadlines): probleemanalyse by the end of
            // week 6, plan van aanpak by the end of week 8, eerstejaarsevaluatie by week 52.
            if week > 6 && v.is(Q::ProbleemanalyseGedaan, Opt::Nee) {
                push(
                    WarningKind::MissedProbleemanalyse,
                    Some(c.end_of_week(6).unwrap_or(c.first_day())),
                );
            }
            if week > 8
                && (v.is(Q::PlanVanAanpakGedaan, Opt::Nee)
                    || v.is(Q::ProbleemanalyseGedaan, Opt::Nee))
            {
                push(
                    WarningKind::MissedPlanVanAanpak,
                    Some(c.end_of_week(8).unwrap_or(c.first_day())),
                );
            }
            if week > 52 && v.is(Q::EerstejaarsevaluatieGedaan, Opt::Nee) {
                push(
                    WarningKind::MissedEerstejaarsevaluatie,
                    Some(c.end_of_week(52).unwrap_or(c.first_day())),
                );
            }
            let spoor2_route = !v.is(Q::EigenWerkMogelijk, Opt::Ja)
                && !v.is(Q::AnderWerkIntern, Opt::Ja)
                && !v.is(Q::AangepastWerkMogelijk, Opt::Ja);
            if week > 52 && week <= 104 && spoor2_route && v.is(Q::Spoor2Gestart, Opt::Nee) {
                push(
                    WarningKind::Spoor2Late,
                    Some(c.end_of_week(52).unwrap_or(c.first_day())),
                );
            }
        }
        if v.any(
            Q::OorzaakWerkOfConflict,
            &[Opt::Conflict, Opt::Werkomstandigheden],
        ) && (v.is(Q::OordeelBedrijfsartsSituatief, Opt::NogNietBeoordeeld)
            || v.unknown(Q::OordeelBedrijfsartsSituatief))
        {
            push(WarningKind::ConflictAskBedrijfsarts, None);
        }
        if situatief {
            push(WarningKind::SituatiefStillReportedSick, None);
        }
        // Sick, and the sickness is related to a conflict or the work: ordinary
        // Poortwachter, with the conflict inside the plan van aanpak (STECR variant "ziek
        // met een conflict"; docs/law/situatief.md#ill-with-a-conflict).
        if v.any(
            Q::OorzaakWerkOfConflict,
            &[Opt::Conflict, Opt::Werkomstandigheden],
        ) && v.any(
            Q::OordeelBedrijfsartsSituatief,
            &[Opt::Ziek, Opt::ZiekDoorWerksituatie],
        ) {
            push(WarningKind::IllnessAndConflict, None);
        }
    }
    // A settlement agreement without illness: the WW is kept when the initiative lay with
    // the employer and there is no urgent cause (art. 24 WW); a short notice period only
    // postpones it (art. 16 WW). See docs/law/vso-en-ww.md#ww-after-a-vso.
    let vso = v.any(Q::VsoAangeboden, &[Opt::Aangeboden, Opt::Getekend])
        || v.is(Q::Initiatief, Opt::Samen);
    if ending && vso && (!sick || situatief) {
        push(WarningKind::VsoWw, None);
    }
    // The aanzegplicht for a fixed-term contract of six months or more (art. 7:668 BW;
    // docs/law/ziektewet-vangnet.md#aanzegplicht), ill or not. The interview does not know
    // the length of the last contract, so the text names the six-month condition.
    if ending && reason == Some(Opt::TijdelijkContract) {
        let by = v
            .date(Q::DatumEinde)
            .and_then(|e| e.checked_sub_months(chrono::Months::new(1)));
        push(WarningKind::Aanzegplicht, by);
    }
    if ending && v.is(Q::Outplacement, Opt::UitTransitievergoeding) {
        push(WarningKind::OutplacementFromTv, None);
    }
    // The employee's claim deadline: three months after the end of the contract
    // (art. 7:686a lid 4 sub b BW), when a statutory transitievergoeding can be due.
    if ending && tv_possible(termination_kind(v)) {
        let end = v.date(Q::DatumEinde);
        push(
            WarningKind::TvClaimDeadline,
            end.and_then(|e| plus_months(e, 3)),
        );
    }
    // The employer's compensation after two years of illness: apply within six months
    // after paying (art. 7:673e BW; docs/law/compensatie-en-xella.md#deadline).
    if voice == Voice::Werkgever
        && sick
        && (reason == Some(Opt::LangdurigeZiekte) || clock.is_some_and(|c| c.week >= 88))
    {
        push(WarningKind::EmployerCompensationDeadline, None);
    }
    if sick && !situatief {
        push(WarningKind::EmployeeObligations, None);
        let unsure = [
            Q::EigenWerkMogelijk,
            Q::AangepastWerkMogelijk,
            Q::AnderWerkIntern,
            Q::TerugkeerBinnen26Weken,
        ]
        .iter()
        .any(|q| v.unknown(*q));
        let dispute = v.any(
            Q::OorzaakWerkOfConflict,
            &[Opt::Conflict, Opt::Werkomstandigheden],
        );
        let missed = w.iter().any(|x| {
            matches!(
                x.kind,
                WarningKind::MissedProbleemanalyse
                    | WarningKind::MissedPlanVanAanpak
                    | WarningKind::MissedEerstejaarsevaluatie
                    | WarningKind::Spoor2Late
            )
        });
        if unsure || dispute || missed {
            w.push(Warning {
                kind: WarningKind::DeskundigenoordeelSecondOpinion,
                date: None,
            });
        }
        // Missed re-integration steps and an end by notice or dissolution: the
        // billijke vergoeding for serious culpability (docs/law/transitievergoeding.md#billijke-vergoeding).
        let dismissal = matches!(
            termination_kind(v),
            Some(Termination::EmployerInitiative | Termination::AfterTwoYearsIllness)
        );
        if ending && missed && dismissal {
            w.push(Warning {
                kind: WarningKind::BillijkeVergoeding,
                date: None,
            });
        }
    }
    let mut high_earner = false;
    let mut push = |kind: WarningKind| w.push(Warning { kind, date: None });
    // From the AOW age: no transitievergoeding after the end of the contract (art. 7:673
    // lid 7 sub b BW); the employer may give notice because the employee reached that age
    // (art. 7:669 lid 4 BW); wage during illness and the ban on dismissal last 6 or 13
    // weeks instead of 104 weeks and two years (art. 7:629 lid 2 sub b, art. 7:670 lid 1
    // sub a BW). See docs/law/opzegverbod.md#employees-past-aow-age.
    if aow {
        push(WarningKind::AowAge);
    }
    if sick && !situatief && voice == Voice::Werknemer {
        if v.any(Q::HiaatExcedent, &[Opt::Geen]) || v.unknown(Q::HiaatExcedent) {
            push(WarningKind::CheckHiaat);
        }
        if v.is(Q::LoonBovenWiaGrens, Opt::Ja)
            && !v.any(Q::HiaatExcedent, &[Opt::Excedent, Opt::Beide])
        {
            // The date is the day the WIA loongrens is read for (params::wia_loongrens_year).
            high_earner = true;
        }
    }
    if high_earner {
        w.push(Warning {
            kind: WarningKind::HighEarnerExcedent,
            date: Some(today),
        });
    }
    if v.is(Q::ZelfstandigInkomen, Opt::Ja) {
        w.push(Warning {
            kind: WarningKind::SelfEmployed,
            date: None,
        });
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

// ---------------------------------------------------------------------------------------
// A settlement agreement on the table, and the situational route's choice.

/// "Het aanbod naast wat de wet geeft": the offer beside what the law gives on its
/// end date, and what it would cost in benefits (docs/law/vso-en-ww.md#comparing-an-offer).
/// Every amount and date comes from the situation ([`super::situation::VsoFacts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoComparison {
    pub signed: bool,
    /// The gross amount offered; `None` for "Weet ik niet".
    pub offered: Option<Cents>,
    /// The end date the comparison uses.
    pub end: NaiveDate,
    /// Set when the end date is unknown: the worked example's assumption.
    pub assumed: Option<AssumedEnd>,
    /// The statutory transitievergoeding on the end date (the benchmark), when the start
    /// date and the wage are known and the engine accepts them.
    pub tv: Option<VsoTv>,
    /// Reported sick: the ban on dismissal and the wage that would run on.
    pub sick: Option<VsoSick>,
    /// The transitievergoeding plus the wage during illness, when both are known (or only
    /// the transitievergoeding when no wage is given up).
    pub law_total: Option<Cents>,
    /// The offer minus `law_total`, when both are known (negative: the offer is lower).
    pub difference: Option<Cents>,
    /// The bedrijfsarts judged the unfitness situational.
    pub situatief: bool,
    /// What the agreement would cost in benefits, in order.
    pub benefits: Vec<VsoBenefit>,
    /// What the reader should check or do, in order.
    pub points: Vec<VsoPoint>,
}

/// The assumption of the worked example for an unknown end date: the end of the month in
/// which a regular notice by the employer, given today, would end (art. 7:672 BW).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssumedEnd {
    pub notice_months: u32,
    pub service_years: u32,
    /// `datum_in_dienst` is known; otherwise the shortest notice period (one month).
    pub start_known: bool,
}

/// The engine's amount on the end date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoTv {
    pub amount: Cents,
    pub capped: bool,
    pub cap: Cents,
    /// The calculator with the same inputs.
    pub href: String,
}

/// The sick employee's side: the protection and the wage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VsoSick {
    pub wachttijd_end: NaiveDate,
    pub opzegverbod_end: Option<NaiveDate>,
    pub ends_after_wachttijd: bool,
    /// The statutory wage during illness from the day after the end date to the end of the
    /// 104 weeks, per calendar month (`None` without a monthly wage, or when none is given
    /// up).
    pub wage: Option<crate::income::SickPay>,
}

/// What a settlement agreement would cost in benefits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VsoBenefit {
    /// Still sick on the end date, before the end of the wachttijd: UWV refuses the
    /// Ziektewet benefit (art. 45 lid 1 sub j ZW), and there is no WW while unfit for work
    /// (art. 19 lid 1 WW).
    ZwRefused,
    /// The end date lies after the 104 weeks: this refusal no longer applies, unless a
    /// loonsanctie extends the wachttijd (art. 25 lid 9 WIA).
    AfterWachttijd,
    /// WW only with WW-safe wording: the initiative lay with the employer and there is no
    /// urgent cause (art. 24 WW).
    WwSafeWording,
    /// The end date lies before the end of a regular notice given today: the WW starts
    /// later (art. 16 WW), not before the day after `notice_end`.
    WwPostponed { notice_end: NaiveDate },
}

/// What to check or do with a settlement agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VsoPoint {
    /// The bedenktermijn (art. 7:670b BW): for a signed agreement it may still be open.
    Bedenktermijn,
    /// The employer: write the WW-safe wording into the agreement.
    WwSafeWording,
    /// The employer: the risk of an agreement with a sick employee.
    SickEmployeeRisk,
    /// The amount is unknown: what to compare it with.
    CompareUnknownAmount,
    /// Besides the amount: what else to look at in the agreement.
    OtherTerms,
}

fn vso_comparison(v: &View, sit: &Situation) -> Option<VsoComparison> {
    let f = sit.vso.as_ref()?;
    let situatief = v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief);
    let end = f.end.date();
    let tv = f.tv.as_ref().and_then(|run| match &run.result {
        Ok(r) => Some(VsoTv {
            amount: r.amount,
            capped: r.capped,
            cap: r.cap,
            href: super::links::tv_href(&TvHints {
                start: Some(run.input.start_date),
                end: Some(run.input.end_date),
                monthly_wage: sit.employment.monthly_wage,
                hours_per_week: sit.employment.hours_per_week,
                age: sit.employment.age,
                termination: Some(run.input.termination),
            }),
        }),
        Err(_) => None,
    });
    let sick = f.sick.as_ref().map(|s| VsoSick {
        wachttijd_end: s.wachttijd_end,
        opzegverbod_end: s.opzegverbod_end,
        ends_after_wachttijd: s.ends_after_wachttijd,
        wage: s.wage.clone(),
    });
    let law_total = match (&tv, &sick) {
        (Some(t), None) => Some(t.amount),
        (Some(t), Some(s)) if s.ends_after_wachttijd => Some(t.amount),
        (Some(t), Some(s)) => s.wage.as_ref().map(|w| t.amount + w.total),
        (None, _) => None,
    };
    let difference = match (f.offered, law_total) {
        (Some(o), Some(l)) => Some(Cents(o.0 - l.0)),
        _ => None,
    };
    let mut benefits = Vec::new();
    if let Some(s) = &sick {
        benefits.push(if s.ends_after_wachttijd {
            VsoBenefit::AfterWachttijd
        } else {
            VsoBenefit::ZwRefused
        });
    }
    if sick.is_none() || situatief {
        benefits.push(VsoBenefit::WwSafeWording);
        if end < f.notice.contract_end {
            benefits.push(VsoBenefit::WwPostponed {
                notice_end: f.notice.contract_end,
            });
        }
    }
    let mut points = vec![VsoPoint::Bedenktermijn];
    if sit.voice == Voice::Werkgever {
        if sick.is_none() || situatief {
            points.push(VsoPoint::WwSafeWording);
        }
        if sick.is_some() {
            points.push(VsoPoint::SickEmployeeRisk);
        }
    }
    if f.offered.is_none() {
        points.push(VsoPoint::CompareUnknownAmount);
    }
    points.push(VsoPoint::OtherTerms);
    Some(VsoComparison {
        signed: f.signed,
        offered: f.offered,
        end,
        assumed: f.end.assumed().then_some(AssumedEnd {
            notice_months: f.notice.months,
            service_years: f.notice.service_years,
            start_known: f.start_known,
        }),
        tv,
        sick,
        law_total,
        difference,
        situatief,
        benefits,
        points,
    })
}

/// The situational route: what staying until the end of the 104 weeks keeps, against
/// leaving now with a settlement agreement (docs/law/situatief.md#staying-or-leaving).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StayOrLeave {
    /// The last day of the 104 weeks, while the sick report stands.
    pub wachttijd_end: Option<NaiveDate>,
    /// The first day after the two years of the ban on dismissal.
    pub opzegverbod_end: Option<NaiveDate>,
    /// The end date of a settlement agreement on the table (answered or assumed).
    pub vso_end: Option<NaiveDate>,
}

fn stay_or_leave(v: &View, sit: &Situation) -> Option<StayOrLeave> {
    if !v.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief) {
        return None;
    }
    let s = sit.sickness.as_ref()?;
    Some(StayOrLeave {
        wachttijd_end: s.wachttijd_end(),
        opzegverbod_end: s.opzegverbod_end(),
        vso_end: sit.vso.as_ref().map(|f| f.end.date()),
    })
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

// ---------------------------------------------------------------------------------------
// Deadlines that are due now.

/// How many days ahead a deadline counts as urgent: the calendar's "due soon" window.
pub const URGENT_DAYS: i64 = poortwachter::DUE_SOON_DAYS;

/// A deadline within [`URGENT_DAYS`] days of today (today included), shown at the top of
/// the outcome with who acts and what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Urgent {
    pub what: UrgentWhat,
    pub date: NaiveDate,
    /// Days from today: 0 is today, 1 tomorrow.
    pub days: i64,
}

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrgentWhat {
    /// A step of the poortwachter calendar that someone must take (a deadline, not a
    /// moment that simply arrives), and who takes it.
    Step { id: MilestoneId, actor: Actor },
    /// A warning whose date is the last day to act.
    Warning(WarningKind),
}

/// The warnings whose date is a last day to act (not, say, the end of a ban).
pub fn is_deadline_warning(k: WarningKind) -> bool {
    matches!(
        k,
        WarningKind::TvClaimDeadline
            | WarningKind::Aanzegplicht
            | WarningKind::UwvVoluntaryDeadline
    )
}

/// The urgent deadlines: the calendar's deadlines due within [`URGENT_DAYS`] days that
/// are not done (the calendar marks the steps the answers say are done, so those never
/// appear), and the dated warnings that are last days to act in the same window. Soonest
/// first; on the same day the calendar's steps first.
fn urgent(clock: Option<&Sickness>, warnings: &[Warning], today: NaiveDate) -> Vec<Urgent> {
    let within = |date: NaiveDate| {
        let days = (date - today).num_days();
        (0..=URGENT_DAYS).contains(&days).then_some(days)
    };
    let mut out: Vec<Urgent> = clock
        .map(|c| c.timeline.milestones.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|m| m.kind == poortwachter::MilestoneKind::Deadline && m.status == Status::DueSoon)
        .filter_map(|m| {
            within(m.date).map(|days| Urgent {
                what: UrgentWhat::Step {
                    id: m.id,
                    actor: m.actor,
                },
                date: m.date,
                days,
            })
        })
        .collect();
    out.extend(
        warnings
            .iter()
            .filter(|w| is_deadline_warning(w.kind))
            .filter_map(|w| {
                let date = w.date?;
                within(date).map(|days| Urgent {
                    what: UrgentWhat::Warning(w.kind),
                    date,
                    days,
                })
            }),
    );
    // Stable: the calendar's steps keep their order before the warnings of the same day.
    out.sort_by_key(|u| u.date);
    out
}

// ---------------------------------------------------------------------------------------
// The self-employed.

/// The outcome for the self-employed (`rol = zelfstandige`): no employer and no
/// poortwachter, so no duties, calendar or transitievergoeding. What they read: their
/// situation, the three ways to be covered (an AOV with its choices, a broodfonds, UWV's
/// voluntary insurance, each with what the answers say), the last day for UWV's voluntary
/// insurance when the 13 weeks still run, the BAZ from the register, help and the income
/// projection in zzp mode (docs/law/zelfstandigen.md).
fn self_employed(z: &SelfEmployment, today: NaiveDate, out: &mut Outcome) {
    match z.sick_since {
        Some(first) => out.summary.push(Summary::ZelfstandigeZiekSinds { first }),
        None => out.summary.push(Summary::Zelfstandige),
    }
    out.summary.push(Summary::ZelfstandigeDekking {
        aov: z.aov,
        broodfonds: z.broodfonds,
        uwv: z.uwv_voluntary,
    });
    let mut aov = vec![match z.aov {
        Some(true) => Why::AovJa(z.aov_waiting_days),
        Some(false) => Why::AovNee,
        None => Why::AovOnbekend,
    }];
    if let (Some(true), Some(from)) = (z.aov, z.aov_pays_from) {
        aov.push(Why::AovBetaaltVanaf(from));
    }
    let broodfonds = vec![if z.broodfonds {
        Why::BroodfondsJa
    } else {
        Why::BroodfondsNee
    }];
    let uwv = vec![
        match (z.uwv_voluntary, z.recently_insured, z.uwv_deadline) {
            (Some(true), _, _) => Why::UwvVrijwilligJa,
            (_, _, Some(d)) if today <= d => Why::UwvTermijnLoopt(d),
            (_, _, Some(d)) => Why::UwvTermijnVoorbij(d),
            (_, Some(false), None) => Why::UwvNietRecentVerzekerd,
            (_, _, None) => Why::UwvOnbekend,
        },
    ];
    for (route, why) in [
        (AdviceRoute::Aov, aov),
        (AdviceRoute::Broodfonds, broodfonds),
        (AdviceRoute::UwvVrijwillig, uwv),
    ] {
        out.routes.push(RouteCard {
            route,
            why,
            timing: None,
        });
    }
    // The 13 weeks for UWV's voluntary insurance still run: the last day, at the top
    // when it is within 14 days.
    if z.uwv_voluntary != Some(true) && z.uwv_window_open(today) {
        out.warnings.push(Warning {
            kind: WarningKind::UwvVoluntaryDeadline,
            date: z.uwv_deadline,
        });
    }
    out.pending_law.push(PendingNotice {
        id: PendingLawId::Baz,
        meaning: PendingMeaning::General,
    });
    out.help = vec![Help::Uwv, Help::FinancieelAdviseur, Help::JuridischLoket];
    out.tools = vec![
        ToolLink {
            tool: Tool::Inkomen,
            href: super::links::self_employed_income_href(z),
        },
        ToolLink {
            tool: Tool::Uitleg,
            href: "#/uitleg/inkomen-en-verzekering".to_string(),
        },
    ];
    out.urgent = urgent(None, &out.warnings, today);
}

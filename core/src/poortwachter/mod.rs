//! The Wet verbetering poortwachter calendar: every deadline from the sick periods.
//!
//! # How days and weeks are counted
//!
//! - **Day 1** is the first sick day ("eerste ziektedag") of the counted period. Week N runs
//!   from day 7(N−1)+1 to day 7N, so "by the end of week N" is day 7N and "the first day of
//!   week N" is day 7(N−1)+1. Weeks are counted from the first sick day, not calendar
//!   weeks. Sources: UWV, "Re-integreren tijdens ziekte"
//!   (https://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/re-integreren-tijdens-ziekte/)
//!   speaks of "uiterlijk in de zesde week" and "uiterlijk in de achtste week";
//!   docs/law/poortwachter.md#week-numbers.
//! - **Samentellen** (adding periods together), art. 7:629 lid 10 BW (Stb. 2005, 65): sick
//!   periods that follow each other with an interruption of *less than four weeks* are
//!   added together. The healthy days in between do not count. We count the interruption
//!   as the healthy days from the day after `until` to the day before the next `from`; 27
//!   or fewer healthy days means "added", 28 or more starts a new period (docs/law/poortwachter.md#samentelling). The counted period is the latest chain of added periods.
//! - **Day N with interruptions** is the Nth *sick* day of the chain: we walk the periods in
//!   order and skip the healthy gaps. While the employee is still sick (the last period has
//!   no end) and for projections after the last known sick day, later days continue from
//!   the last period without gaps.
//! - **42e-weeksmelding**: "uiterlijk de eerste werkdag na de 42e ziekteweek" (UWV, "Ziek
//!   melden bij UWV"). Week 42 ends on day 294; we take the calendar day after it and move
//!   to the first working day, skipping Saturdays, Sundays and the holidays of the
//!   Algemene termijnenwet ([`crate::holidays`]).
//! - **104 weeks** = 728 sick days: the last day of loondoorbetaling is day 728 (plus any
//!   loonsanctie or vrijwillige verlenging, in whole weeks); the WIA can start the next
//!   calendar day (art. 7:629 lid 1 BW; art. 23 and 25 WIA).
//! - **Opzegverbod**: art. 7:670 lid 1 BW says "ten minste twee jaren", which is calendar
//!   years, not 104 weeks (docs/law/opzegverbod.md#two-years-not-104-weeks). We express two years as the
//!   number of calendar days from the first sick day to the same date two years later (730
//!   or 731) and count that many *sick* days, so added-together periods extend it in the
//!   same way. The milestone date is the first day after those two years.
//!
//! The milestone list is sorted by date; milestones on the same date keep the order of
//! the issue (see [`MilestoneId::nominal_order`]).

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::dates::check_range;
use crate::holidays;
use crate::source::{self as cite, Source};

/// Largest loonsanctie UWV can impose: 52 weeks (art. 25 lid 9 WIA).
pub const MAX_LOONSANCTIE_WEEKS: u32 = 52;
/// Largest vrijwillige verlenging Spoorwijzer accepts. A sanity bound of this tool: the
/// statutory limit of the joint request (art. 24 WIA) was not verified.
pub const MAX_VERLENGING_WEEKS: u32 = 52;
/// Fewer healthy days than this between two periods: they are added together
/// (art. 7:629 lid 10 BW, "minder dan vier weken").
pub const SAMENTEL_GAP_DAYS: i64 = 28;
/// "Due soon": the milestone is within this many days from today (inclusive).
pub const DUE_SOON_DAYS: i64 = 14;

/// One sick period: first sick day and last sick day, both inclusive. `until` is `None`
/// while still sick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SickPeriod {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// Everything the calendar is computed from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineInput {
    /// In date order, not overlapping. Only the last one may be open (`until: None`).
    pub sick_periods: Vec<SickPeriod>,
    /// The date statuses are computed for.
    pub today: Option<NaiveDate>,
    /// Ids of steps already done. `None`: not given (past steps show as `past`);
    /// `Some`: past steps that are not in the set show as `overdue` (a checklist: what is
    /// not ticked is late), unless `not_done` is given.
    pub done: Option<BTreeSet<String>>,
    /// Ids of steps known NOT to be done (the interview's "nee"). When given, a past
    /// deadline is `overdue` only when it is in this set and `past` otherwise, also when
    /// `done` is given: a step nobody said anything about is not called late. A step in
    /// `done` is never `overdue`.
    pub not_done: Option<BTreeSet<String>>,
    /// The illness is related to pregnancy or childbirth.
    pub pregnancy_related: bool,
    /// Last day of a contract that ends during the illness.
    pub contract_end: Option<NaiveDate>,
    /// The employer carries its own Ziektewet risk (eigenrisicodrager ZW): after the
    /// contract ends it pays the benefit and keeps the re-integration duties itself.
    pub zw_eigenrisicodrager: bool,
    /// Loonsanctie imposed by UWV, in weeks (0..=52).
    pub loonsanctie_weeks: u32,
    /// Agreed vrijwillige verlenging of the wachttijd, in weeks.
    pub vrijwillige_verlenging_weeks: u32,
    /// The employee works again in part (or in other work) but is not fully recovered.
    pub partial_recovery: bool,
    /// An optional label, e.g. the employee's initials, shown in calendar titles.
    pub label: Option<String>,
}

/// Which input field a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    SickPeriods,
    Today,
    ContractEnd,
    LoonsanctieWeeks,
    VrijwilligeVerlengingWeeks,
    Done,
}

impl Field {
    /// The JSON key of the field.
    pub fn key(self) -> &'static str {
        match self {
            Field::SickPeriods => "sick_periods",
            Field::Today => "today",
            Field::ContractEnd => "contract_end",
            Field::LoonsanctieWeeks => "loonsanctie_weeks",
            Field::VrijwilligeVerlengingWeeks => "vrijwillige_verlenging_weeks",
            Field::Done => "done",
        }
    }
}

/// Why the calendar could not be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineError {
    /// No sick period was given.
    NoPeriods,
    /// Period `index` (0-based) ends before it starts.
    FromAfterUntil { index: usize },
    /// Period `index` starts before the previous one starts.
    Unsorted { index: usize },
    /// Period `index` starts on or before the last day of the previous one (or the
    /// previous one has no end).
    Overlapping { index: usize },
    /// A date outside 1950-01-01..2099-12-31.
    DateOutOfRange { field: Field },
    /// More than 52 weeks of loonsanctie.
    LoonsanctieTooLarge { weeks: u32 },
    /// More vrijwillige verlenging than Spoorwijzer accepts.
    VerlengingTooLarge { weeks: u32 },
    /// A `done` id that is not a milestone id.
    UnknownDoneId { id: String },
    /// No `today` given.
    NoToday,
}

impl TimelineError {
    /// The input field the error is about.
    pub fn field(&self) -> Field {
        match self {
            TimelineError::NoPeriods
            | TimelineError::FromAfterUntil { .. }
            | TimelineError::Unsorted { .. }
            | TimelineError::Overlapping { .. } => Field::SickPeriods,
            TimelineError::DateOutOfRange { field } => *field,
            TimelineError::LoonsanctieTooLarge { .. } => Field::LoonsanctieWeeks,
            TimelineError::VerlengingTooLarge { .. } => Field::VrijwilligeVerlengingWeeks,
            TimelineError::UnknownDoneId { .. } => Field::Done,
            TimelineError::NoToday => Field::Today,
        }
    }
}

/// Who must act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    Werkgever,
    Werknemer,
    WerkgeverEnWerknemer,
    Bedrijfsarts,
    Uwv,
}

impl Actor {
    pub fn code(self) -> &'static str {
        match self {
            Actor::Werkgever => "werkgever",
            Actor::Werknemer => "werknemer",
            Actor::WerkgeverEnWerknemer => "werkgever_en_werknemer",
            Actor::Bedrijfsarts => "bedrijfsarts",
            Actor::Uwv => "uwv",
        }
    }
}

/// A deadline somebody must meet, or a moment that simply arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// Somebody must act by this date. Past and not done: `overdue`.
    Deadline,
    /// A moment that arrives by itself (start of a window, end of pay, a letter from UWV).
    /// Never `overdue`: once passed it is `past` (or `done` when ticked).
    Moment,
}

/// Where a milestone stands relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// In `done`.
    Done,
    /// A deadline before today that is not in `done` (only when `done` was given).
    Overdue,
    /// Before today (when `done` was not given, or for moments).
    Past,
    /// Today or within the next 14 days.
    DueSoon,
    /// More than 14 days ahead.
    Future,
    /// The employee recovered before this step applied: it is not needed unless they fall
    /// ill again within four weeks (then the date moves by the healthy days).
    NotReached,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Overdue => "overdue",
            Status::Past => "past",
            Status::DueSoon => "due_soon",
            Status::Future => "future",
            Status::NotReached => "not_reached",
        }
    }
}

/// The stable milestone ids, in the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MilestoneId {
    ZiekmeldingBedrijfsarts,
    Probleemanalyse,
    PlanVanAanpak,
    /// `evaluatie_1`, `evaluatie_2`, …
    Evaluatie(u8),
    Melding42eWeek,
    EerstejaarsevaluatieStart,
    EerstejaarsevaluatieEind,
    Spoor2StartUiterlijk,
    WiaBrief,
    Eindevaluatie,
    WiaAanvraagUiterlijk,
    EindeLoondoorbetaling,
    WiaStart,
    EindeOpzegverbod,
}

/// Day of the plan van aanpak (end of week 8).
const DAY_PLAN: u32 = 56;
/// Evaluations every 6 weeks after the plan van aanpak.
const EVAL_INTERVAL: u32 = 42;
/// First day of week 46: start of the eerstejaarsevaluatie.
const DAY_EJE_START: u32 = 316;

/// The number of evaluations between the plan van aanpak and the eerstejaarsevaluatie:
/// days 98, 140, 182, 224, 266, 308 (each before day 316).
pub fn evaluation_count() -> u8 {
    let mut n = 0u8;
    while DAY_PLAN + EVAL_INTERVAL * (u32::from(n) + 1) < DAY_EJE_START {
        n += 1;
    }
    n
}

impl MilestoneId {
    /// All ids in the order.
    pub fn all() -> Vec<MilestoneId> {
        let mut v = vec![
            MilestoneId::ZiekmeldingBedrijfsarts,
            MilestoneId::Probleemanalyse,
            MilestoneId::PlanVanAanpak,
        ];
        for k in 1..=evaluation_count() {
            v.push(MilestoneId::Evaluatie(k));
        }
        v.extend([
            MilestoneId::Melding42eWeek,
            MilestoneId::EerstejaarsevaluatieStart,
            MilestoneId::EerstejaarsevaluatieEind,
            MilestoneId::Spoor2StartUiterlijk,
            MilestoneId::WiaBrief,
            MilestoneId::Eindevaluatie,
            MilestoneId::WiaAanvraagUiterlijk,
            MilestoneId::EindeLoondoorbetaling,
            MilestoneId::WiaStart,
            MilestoneId::EindeOpzegverbod,
        ]);
        v
    }

    /// Position in the order (tie-breaker when two milestones share a date).
    pub fn nominal_order(self) -> usize {
        Self::all()
            .iter()
            .position(|m| *m == self)
            .unwrap_or(usize::MAX)
    }

    /// The stable id string.
    pub fn code(self) -> String {
        match self {
            MilestoneId::ZiekmeldingBedrijfsarts => "ziekmelding_bedrijfsarts".into(),
            MilestoneId::Probleemanalyse => "probleemanalyse".into(),
            MilestoneId::PlanVanAanpak => "plan_van_aanpak".into(),
            MilestoneId::Evaluatie(k) => format!("evaluatie_{k}"),
            MilestoneId::Melding42eWeek => "melding_42e_week".into(),
            MilestoneId::EerstejaarsevaluatieStart => "eerstejaarsevaluatie_start".into(),
            MilestoneId::EerstejaarsevaluatieEind => "eerstejaarsevaluatie_eind".into(),
            MilestoneId::Spoor2StartUiterlijk => "spoor2_start_uiterlijk".into(),
            MilestoneId::WiaBrief => "wia_brief".into(),
            MilestoneId::Eindevaluatie => "eindevaluatie".into(),
            MilestoneId::WiaAanvraagUiterlijk => "wia_aanvraag_uiterlijk".into(),
            MilestoneId::EindeLoondoorbetaling => "einde_loondoorbetaling".into(),
            MilestoneId::WiaStart => "wia_start".into(),
            MilestoneId::EindeOpzegverbod => "einde_opzegverbod".into(),
        }
    }

    /// Read a stable id string.
    pub fn parse(s: &str) -> Option<MilestoneId> {
        Self::all().into_iter().find(|m| m.code() == s)
    }

    pub fn actor(self) -> Actor {
        match self {
            MilestoneId::ZiekmeldingBedrijfsarts
            | MilestoneId::Melding42eWeek
            | MilestoneId::Spoor2StartUiterlijk
            | MilestoneId::EindeLoondoorbetaling
            | MilestoneId::EindeOpzegverbod => Actor::Werkgever,
            MilestoneId::Probleemanalyse => Actor::Bedrijfsarts,
            MilestoneId::PlanVanAanpak
            | MilestoneId::Evaluatie(_)
            | MilestoneId::EerstejaarsevaluatieStart
            | MilestoneId::EerstejaarsevaluatieEind
            | MilestoneId::Eindevaluatie => Actor::WerkgeverEnWerknemer,
            MilestoneId::WiaAanvraagUiterlijk => Actor::Werknemer,
            MilestoneId::WiaBrief | MilestoneId::WiaStart => Actor::Uwv,
        }
    }

    pub fn kind(self) -> MilestoneKind {
        match self {
            MilestoneId::ZiekmeldingBedrijfsarts
            | MilestoneId::Probleemanalyse
            | MilestoneId::PlanVanAanpak
            | MilestoneId::Evaluatie(_)
            | MilestoneId::Melding42eWeek
            | MilestoneId::EerstejaarsevaluatieEind
            | MilestoneId::Spoor2StartUiterlijk
            | MilestoneId::Eindevaluatie
            | MilestoneId::WiaAanvraagUiterlijk => MilestoneKind::Deadline,
            MilestoneId::EerstejaarsevaluatieStart
            | MilestoneId::WiaBrief
            | MilestoneId::EindeLoondoorbetaling
            | MilestoneId::WiaStart
            | MilestoneId::EindeOpzegverbod => MilestoneKind::Moment,
        }
    }

    /// The legal basis and official pages (citations of [`crate::source`]).
    pub fn sources(self) -> &'static [Source] {
        use MilestoneId::*;
        match self {
            ZiekmeldingBedrijfsarts => &[cite::ARBOWET_14, cite::UWV_REINTEGREREN],
            Probleemanalyse => &[
                cite::BW_7_658A,
                cite::REGELING_PROCESGANG,
                cite::UWV_REINTEGREREN,
            ],
            PlanVanAanpak => &[
                cite::BW_7_658A_LID_3,
                cite::REGELING_PROCESGANG,
                cite::UWV_REINTEGREREN,
            ],
            Evaluatie(_) | EerstejaarsevaluatieStart | EerstejaarsevaluatieEind => {
                &[cite::BW_7_658A, cite::REGELING_PROCESGANG]
            }
            Melding42eWeek => &[cite::UWV_ZIEK_MELDEN, cite::ATW_3],
            Spoor2StartUiterlijk => &[cite::BW_7_658A_LID_1, cite::UWV_WERKWIJZER_POORTWACHTER],
            WiaBrief => &[cite::UWV_WIA_AANVRAGEN],
            Eindevaluatie => &[cite::REGELING_PROCESGANG, cite::UWV_WIA_AANVRAGEN],
            WiaAanvraagUiterlijk => &[cite::WIA_64, cite::UWV_WIA_AANVRAGEN],
            EindeLoondoorbetaling => &[
                cite::BW_7_629_LID_1,
                cite::BW_7_629_LID_11,
                cite::WIA_25_LID_9,
            ],
            WiaStart => &[cite::WIA_23, cite::UWV_ONTSLAG_LANGDURIG],
            EindeOpzegverbod => &[cite::BW_7_670, cite::UWV_ONTSLAG_LANGDURIG],
        }
    }

    /// The sources as one line of plain text (command line, calendar file).
    pub fn source(self) -> String {
        cite::plain_text(self.sources())
    }
}

/// One step of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub id: MilestoneId,
    pub date: NaiveDate,
    /// The counted sick day on `date` (days of healthy gaps not counted).
    pub sick_day: u32,
    /// The sick week `date` falls in: ceil(sick_day / 7).
    pub week: u32,
    pub actor: Actor,
    pub kind: MilestoneKind,
    pub status: Status,
    /// The date rests on a reading that is not certain; `text::poortwachter::uncertain`
    /// explains.
    pub uncertain: bool,
}

/// Extra information next to the milestones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeId {
    /// Pregnancy-related illness: UWV must be told (6 weeks / 4th sick day); Ziektewet at
    /// 100% of the dagloon.
    PregnancyUwvReport,
    /// Pregnancy-related illness: these days may not count for the two-year opzegverbod.
    PregnancyOpzegverbod,
    /// The contract ends during the illness: Ziektewet vangnet, report on the last working
    /// day.
    ContractEnd,
    /// Partial recovery does not stop the clock ("ziek is ziek").
    PartialRecovery,
    /// Recovered before week 6: no probleemanalyse needed.
    RecoveredBeforeWeek6,
    /// Recovered: falling ill again within four weeks continues the count.
    Recovered,
    /// A loonsanctie extends the loondoorbetaling.
    Loonsanctie,
    /// A vrijwillige verlenging extends the loondoorbetaling and moves the WIA application.
    VrijwilligeVerlenging,
    /// Earlier sick periods more than four weeks back do not count.
    EarlierPeriodsNotCounted,
    /// The holiday table does not yet have all decree days for a year used.
    HolidaysNotCovered,
}

/// A notice, optionally with a date it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    pub id: NoticeId,
    pub date: Option<NaiveDate>,
}

impl NoticeId {
    pub fn code(self) -> &'static str {
        match self {
            NoticeId::PregnancyUwvReport => "zwangerschap_melding_uwv",
            NoticeId::PregnancyOpzegverbod => "zwangerschap_opzegverbod",
            NoticeId::ContractEnd => "contract_eindigt",
            NoticeId::PartialRecovery => "gedeeltelijk_herstel",
            NoticeId::RecoveredBeforeWeek6 => "hersteld_voor_week_6",
            NoticeId::Recovered => "hersteld",
            NoticeId::Loonsanctie => "loonsanctie",
            NoticeId::VrijwilligeVerlenging => "vrijwillige_verlenging",
            NoticeId::EarlierPeriodsNotCounted => "eerdere_perioden_tellen_niet",
            NoticeId::HolidaysNotCovered => "feestdagen_onvolledig",
        }
    }

    /// The legal basis and official pages (citations of [`crate::source`]).
    pub fn sources(self) -> &'static [Source] {
        use NoticeId::*;
        match self {
            PregnancyUwvReport => &[cite::ZW_29A, cite::UWV_ZWANGER_ZIEK],
            PregnancyOpzegverbod => &[cite::BW_7_670],
            ContractEnd => &[
                cite::ZW_29,
                cite::ZW_38,
                cite::UWV_ZIEK_MELDEN,
                cite::UWV_ERD_ZW_ZIEKMELDING,
            ],
            PartialRecovery => &[cite::BW_7_629],
            RecoveredBeforeWeek6 | Recovered | EarlierPeriodsNotCounted => &[cite::BW_7_629_LID_10],
            Loonsanctie => &[cite::WIA_25_LID_9, cite::BW_7_629_LID_11],
            VrijwilligeVerlenging => &[cite::WIA_24],
            HolidaysNotCovered => &[cite::ATW_3_LID_3],
        }
    }

    /// The sources as one line of plain text (command line, calendar file).
    pub fn source(self) -> String {
        cite::plain_text(self.sources())
    }
}

/// The computed calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// Sorted by date; same date in the order.
    pub milestones: Vec<Milestone>,
    pub notices: Vec<Notice>,
    /// Sick days of the counted period up to and including today.
    pub sick_days_counted: u32,
    /// First sick day of the counted period (day 1).
    pub first_sick_day: NaiveDate,
    /// The periods that are added together (the latest chain).
    pub counted_periods: Vec<SickPeriod>,
    /// All sick periods as given (for the calendar's stable UIDs).
    pub sick_periods: Vec<SickPeriod>,
    /// The last sick day when recovered, `None` while still sick.
    pub recovered_after: Option<NaiveDate>,
    /// Echo of the input, for reports.
    pub today: NaiveDate,
    pub label: Option<String>,
}

/// The counted chain of sick periods, with day arithmetic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    periods: Vec<SickPeriod>,
}

fn add_days(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(n))
}

fn period_len(p: &SickPeriod) -> Option<u32> {
    let until = p.until?;
    u32::try_from((until - p.from).num_days() + 1).ok()
}

impl Chain {
    /// The periods of the chain, in order.
    pub fn periods(&self) -> &[SickPeriod] {
        &self.periods
    }

    pub fn first_day(&self) -> Option<NaiveDate> {
        self.periods.first().map(|p| p.from)
    }

    /// The last sick day if the last period has ended.
    pub fn last_until(&self) -> Option<NaiveDate> {
        self.periods.last().and_then(|p| p.until)
    }

    /// Total known sick days when recovered (`None` while still sick).
    pub fn total_days(&self) -> Option<u32> {
        let mut total = 0u32;
        for p in &self.periods {
            total = total.checked_add(period_len(p)?)?;
        }
        Some(total)
    }

    /// The calendar date of counted sick day `n` (n ≥ 1). Days beyond the recorded periods
    /// continue from the last period without gaps (a projection).
    pub fn date_of_day(&self, n: u32) -> Option<NaiveDate> {
        if n == 0 {
            return None;
        }
        let mut before = 0u32;
        let count = self.periods.len();
        for (i, p) in self.periods.iter().enumerate() {
            let is_last = i + 1 == count;
            let len = if is_last { None } else { period_len(p) };
            match len {
                Some(len) if n > before.checked_add(len)? => {
                    before = before.checked_add(len)?;
                }
                _ => return add_days(p.from, u64::from(n - 1 - before)),
            }
        }
        None
    }

    /// The counted sick day on `date`: how many sick days of the chain fall on or before
    /// it (projecting the last period forward). 0 before the first sick day.
    pub fn day_of_date(&self, date: NaiveDate) -> u32 {
        let mut total: i64 = 0;
        let count = self.periods.len();
        for (i, p) in self.periods.iter().enumerate() {
            if date < p.from {
                break;
            }
            let is_last = i + 1 == count;
            let end = match p.until {
                Some(u) if !is_last => u.min(date),
                _ => date,
            };
            total += (end - p.from).num_days() + 1;
        }
        u32::try_from(total).unwrap_or(u32::MAX)
    }

    /// Sick days actually counted up to and including `today` (no projection past a
    /// recovery).
    pub fn days_up_to(&self, today: NaiveDate) -> u32 {
        let mut total: i64 = 0;
        for p in &self.periods {
            if today < p.from {
                break;
            }
            let end = match p.until {
                Some(u) => u.min(today),
                None => today,
            };
            total += (end - p.from).num_days() + 1;
        }
        u32::try_from(total).unwrap_or(u32::MAX)
    }
}

/// Check the periods and return the latest chain of added-together periods, plus whether
/// earlier periods were left out.
pub fn counted_chain(periods: &[SickPeriod]) -> Result<(Chain, bool), TimelineError> {
    if periods.is_empty() {
        return Err(TimelineError::NoPeriods);
    }
    let mut chain_start = 0usize;
    let mut prev: Option<&SickPeriod> = None;
    for (index, p) in periods.iter().enumerate() {
        if check_range(p.from).is_err() || p.until.is_some_and(|u| check_range(u).is_err()) {
            return Err(TimelineError::DateOutOfRange {
                field: Field::SickPeriods,
            });
        }
        if let Some(u) = p.until {
            if u < p.from {
                return Err(TimelineError::FromAfterUntil { index });
            }
        }
        if let Some(q) = prev {
            if p.from < q.from {
                return Err(TimelineError::Unsorted { index });
            }
            let Some(q_until) = q.until else {
                return Err(TimelineError::Overlapping { index });
            };
            if p.from <= q_until {
                return Err(TimelineError::Overlapping { index });
            }
            // Healthy days: from the day after q_until to the day before p.from.
            let healthy = (p.from - q_until).num_days() - 1;
            if healthy >= SAMENTEL_GAP_DAYS {
                chain_start = index;
            }
        }
        prev = Some(p);
    }
    let chain = Chain {
        periods: periods.get(chain_start..).unwrap_or_default().to_vec(),
    };
    Ok((chain, chain_start > 0))
}

/// The sick day (or calendar rule) each milestone sits on, before status.
struct Placed {
    id: MilestoneId,
    date: NaiveDate,
    /// The counted sick day that must be reached for the step to apply.
    trigger_day: u32,
    uncertain: bool,
}

fn date_out_of_range() -> TimelineError {
    TimelineError::DateOutOfRange {
        field: Field::SickPeriods,
    }
}

/// The first Monday-to-Friday day on or after `d` (ignoring holidays).
fn first_weekday_on_or_after(d: NaiveDate) -> Option<NaiveDate> {
    let mut cur = d;
    while matches!(cur.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
        cur = cur.succ_opt()?;
    }
    Some(cur)
}

/// Two calendar years from `from`, as a number of days. From 29 February the two years
/// end with 28 February, so the next day (1 March) is the first day after them.
fn two_years_in_days(from: NaiveDate) -> Option<u32> {
    let end = if from.month() == 2 && from.day() == 29 {
        NaiveDate::from_ymd_opt(from.year().checked_add(2)?, 3, 1)?
    } else {
        from.checked_add_months(chrono::Months::new(24))?
    };
    u32::try_from((end - from).num_days()).ok()
}

fn place(chain: &Chain, input: &TimelineInput) -> Result<Vec<Placed>, TimelineError> {
    let at = |n: u32| chain.date_of_day(n).ok_or_else(date_out_of_range);
    let mut out = Vec::new();
    let mut put = |id: MilestoneId, date: NaiveDate, trigger_day: u32, uncertain: bool| {
        out.push(Placed {
            id,
            date,
            trigger_day,
            uncertain,
        })
    };
    // Within week 1: day 7.
    put(MilestoneId::ZiekmeldingBedrijfsarts, at(7)?, 1, false);
    // End of week 6: day 42.
    put(MilestoneId::Probleemanalyse, at(42)?, 42, false);
    // End of week 8: day 56.
    put(MilestoneId::PlanVanAanpak, at(DAY_PLAN)?, DAY_PLAN, false);
    for k in 1..=evaluation_count() {
        let day = DAY_PLAN + EVAL_INTERVAL * u32::from(k);
        put(MilestoneId::Evaluatie(k), at(day)?, day, false);
    }
    // First working day after week 42 (day 294).
    let after_42 = add_days(at(294)?, 1).ok_or_else(date_out_of_range)?;
    let melding = holidays::next_working_day_on_or_after(after_42).ok_or_else(date_out_of_range)?;
    // The date is uncertain when it moved past a holiday (the Algemene termijnenwet does
    // not govern this period of more than twelve weeks, art. 4 Atw; we follow UWV's
    // "eerste werkdag" and advise the statutory day as the safe course:
    // docs/law/poortwachter.md#the-42nd-week-report) or when the decree days of the year
    // are not yet known. Moving past a weekend only is certain: UWV
    // itself says "eerste werkdag".
    let covered = holidays::is_covered(after_42.year()) && holidays::is_covered(melding.year());
    let weekday_only = first_weekday_on_or_after(after_42).ok_or_else(date_out_of_range)?;
    put(
        MilestoneId::Melding42eWeek,
        melding,
        294,
        !covered || melding != weekday_only,
    );
    // First day of week 46 (day 316) and last day of week 52 (day 364).
    put(
        MilestoneId::EerstejaarsevaluatieStart,
        at(DAY_EJE_START)?,
        DAY_EJE_START,
        false,
    );
    put(MilestoneId::EerstejaarsevaluatieEind, at(364)?, 364, false);
    put(MilestoneId::Spoor2StartUiterlijk, at(364)?, 364, false);
    // First day of week 88.
    put(MilestoneId::WiaBrief, at(610)?, 610, false);
    // End of week 91 and of week 93. With a vrijwillige verlenging the WIA application is
    // due 11 weeks before the end of the extended wachttijd (art. 64 WIA; hrpraktijk.nl,
    // "Hoe vier jaar kan verstrijken…"), so both move with the verlenging.
    let verlenging_days = 7 * input.vrijwillige_verlenging_weeks;
    let eind = 637 + verlenging_days;
    put(MilestoneId::Eindevaluatie, at(eind)?, eind, false);
    let aanvraag = 651 + verlenging_days;
    put(
        MilestoneId::WiaAanvraagUiterlijk,
        at(aanvraag)?,
        aanvraag,
        input.vrijwillige_verlenging_weeks > 0,
    );
    // Day 728 plus loonsanctie and verlenging weeks; WIA the next calendar day.
    let extension = 7 * (input.loonsanctie_weeks + input.vrijwillige_verlenging_weeks);
    let last_pay_day = 728 + extension;
    let einde_loon = at(last_pay_day)?;
    put(
        MilestoneId::EindeLoondoorbetaling,
        einde_loon,
        last_pay_day,
        false,
    );
    put(
        MilestoneId::WiaStart,
        add_days(einde_loon, 1).ok_or_else(date_out_of_range)?,
        last_pay_day,
        false,
    );
    // Art. 7:670 lid 1 BW: two years of incapacity, counted in sick days of the chain.
    let first = chain.first_day().ok_or(TimelineError::NoPeriods)?;
    let two_years = two_years_in_days(first).ok_or_else(date_out_of_range)?;
    put(
        MilestoneId::EindeOpzegverbod,
        at(two_years + 1)?,
        two_years,
        input.pregnancy_related,
    );
    Ok(out)
}

/// Who acts on a step. After the end of a contract during illness the employer's part is
/// over: UWV takes over the re-integration and pays the Ziektewet benefit (the vangnet),
/// unless the employer carries its own Ziektewet risk (eigenrisicodrager), which then keeps
/// both (docs/law/ziektewet-vangnet.md).
fn actor_of(id: MilestoneId, date: NaiveDate, input: &TimelineInput) -> Actor {
    match input.contract_end {
        Some(end) if date > end && !input.zw_eigenrisicodrager => Actor::Uwv,
        Some(_) | None => id.actor(),
    }
}

fn status_of(
    id: MilestoneId,
    date: NaiveDate,
    reached: bool,
    today: NaiveDate,
    input: &TimelineInput,
) -> Status {
    let code = id.code();
    if input.done.as_ref().is_some_and(|d| d.contains(&code)) {
        return Status::Done;
    }
    if !reached {
        return Status::NotReached;
    }
    let ahead = (date - today).num_days();
    if ahead < 0 {
        let late = match &input.not_done {
            Some(not_done) => not_done.contains(&code),
            None => input.done.is_some(),
        };
        match (id.kind(), late) {
            (MilestoneKind::Deadline, true) => Status::Overdue,
            (MilestoneKind::Deadline, false) | (MilestoneKind::Moment, _) => Status::Past,
        }
    } else if ahead <= DUE_SOON_DAYS {
        Status::DueSoon
    } else {
        Status::Future
    }
}

fn validate(input: &TimelineInput) -> Result<NaiveDate, TimelineError> {
    let today = input.today.ok_or(TimelineError::NoToday)?;
    check_range(today).map_err(|_| TimelineError::DateOutOfRange {
        field: Field::Today,
    })?;
    if let Some(c) = input.contract_end {
        check_range(c).map_err(|_| TimelineError::DateOutOfRange {
            field: Field::ContractEnd,
        })?;
    }
    if input.loonsanctie_weeks > MAX_LOONSANCTIE_WEEKS {
        return Err(TimelineError::LoonsanctieTooLarge {
            weeks: input.loonsanctie_weeks,
        });
    }
    if input.vrijwillige_verlenging_weeks > MAX_VERLENGING_WEEKS {
        return Err(TimelineError::VerlengingTooLarge {
            weeks: input.vrijwillige_verlenging_weeks,
        });
    }
    for id in input.done.iter().chain(input.not_done.iter()).flatten() {
        if MilestoneId::parse(id).is_none() {
            return Err(TimelineError::UnknownDoneId { id: id.clone() });
        }
    }
    Ok(today)
}

/// Compute the calendar.
pub fn timeline(input: &TimelineInput) -> Result<Timeline, TimelineError> {
    let (chain, earlier_left_out) = counted_chain(&input.sick_periods)?;
    let today = validate(input)?;
    let first_sick_day = chain.first_day().ok_or(TimelineError::NoPeriods)?;
    let recovered_after = chain.last_until();
    let total = chain.total_days();

    let placed = place(&chain, input)?;
    let mut milestones: Vec<Milestone> = placed
        .into_iter()
        .map(|p| {
            let reached = match total {
                None => true,
                Some(t) => t >= p.trigger_day,
            };
            let sick_day = chain.day_of_date(p.date);
            Milestone {
                id: p.id,
                date: p.date,
                sick_day,
                week: sick_day.div_ceil(7),
                actor: actor_of(p.id, p.date, input),
                kind: p.id.kind(),
                status: status_of(p.id, p.date, reached, today, input),
                uncertain: p.uncertain,
            }
        })
        .collect();
    crate::small_sort::sort_by_key(&mut milestones, |m| (m.date, m.id.nominal_order()));

    let mut notices = Vec::new();
    if input.pregnancy_related {
        // 6 weeks: report ill-through-pregnancy before the leave within 6 weeks (day 42);
        // the 4th sick day applies in the flexibiliseringsperiode and after the leave.
        notices.push(Notice {
            id: NoticeId::PregnancyUwvReport,
            date: chain.date_of_day(42),
        });
        notices.push(Notice {
            id: NoticeId::PregnancyOpzegverbod,
            date: None,
        });
    }
    if let Some(end) = input.contract_end {
        if end >= first_sick_day && recovered_after.is_none_or(|u| end >= u) {
            // The employer reports the sick employee to UWV on the last working day
            // before the employment ends (art. 38 lid 2 ZW): the last day itself, or the
            // working day before it when it is a Saturday, Sunday or public holiday
            // (docs/law/ziektewet-vangnet.md).
            notices.push(Notice {
                id: NoticeId::ContractEnd,
                date: Some(crate::holidays::last_working_day_on_or_before(end).unwrap_or(end)),
            });
        }
    }
    if input.partial_recovery {
        notices.push(Notice {
            id: NoticeId::PartialRecovery,
            date: None,
        });
    }
    if let (Some(until), Some(t)) = (recovered_after, total) {
        if t < 42 {
            notices.push(Notice {
                id: NoticeId::RecoveredBeforeWeek6,
                date: Some(until),
            });
        }
        // Falling ill again on or before until + 28 days leaves at most 27 healthy days.
        notices.push(Notice {
            id: NoticeId::Recovered,
            date: add_days(until, SAMENTEL_GAP_DAYS as u64),
        });
    }
    if input.loonsanctie_weeks > 0 {
        notices.push(Notice {
            id: NoticeId::Loonsanctie,
            date: None,
        });
    }
    if input.vrijwillige_verlenging_weeks > 0 {
        notices.push(Notice {
            id: NoticeId::VrijwilligeVerlenging,
            date: None,
        });
    }
    if earlier_left_out {
        notices.push(Notice {
            id: NoticeId::EarlierPeriodsNotCounted,
            date: None,
        });
    }
    if milestones
        .iter()
        .any(|m| m.id == MilestoneId::Melding42eWeek && !holidays::is_covered(m.date.year()))
    {
        notices.push(Notice {
            id: NoticeId::HolidaysNotCovered,
            date: None,
        });
    }

    Ok(Timeline {
        milestones,
        notices,
        sick_days_counted: chain.days_up_to(today),
        first_sick_day,
        counted_periods: chain.periods,
        sick_periods: input.sick_periods.clone(),
        recovered_after,
        today,
        label: input.label.clone(),
    })
}

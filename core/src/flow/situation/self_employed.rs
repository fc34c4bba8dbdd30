//! The self-employed's facts (`rol = zelfstandige`): illness, profit, the AOV and its
//! waiting period, the broodfonds, and UWV's voluntary insurance with its 13 weeks.
//! docs/law/zelfstandigen.md explains the readings.

use chrono::{Days, NaiveDate};

use super::super::questions::{Opt, QuestionId as Q};
use super::super::View;
use crate::money::Cents;

/// UWV's voluntary insurance must be asked for within 13 weeks after compulsory
/// insurance ended (uwv.nl; docs/law/zelfstandigen.md#uwv-voluntary-insurance).
pub const UWV_VOLUNTARY_WEEKS: u64 = 13;

/// What the answers tell about the self-employed person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SelfEmployment {
    /// Unable (or less able) to work because of illness since this day.
    pub sick_since: Option<NaiveDate>,
    /// Profit per year, roughly.
    pub profit: Option<Cents>,
    /// `Some(true)`: has an AOV; `Some(false)`: has none; `None`: does not know.
    pub aov: Option<bool>,
    pub aov_amount: Option<Cents>,
    /// The AOV's waiting period (eigenrisicotermijn) in days.
    pub aov_waiting_days: Option<i64>,
    /// The first day after the waiting period, counted from the first day of illness:
    /// from then on the AOV can pay, if the insurer finds the person unfit for work.
    pub aov_pays_from: Option<NaiveDate>,
    pub broodfonds: bool,
    /// `Some(true)`: voluntarily insured with UWV; `Some(false)`: not; `None`: unknown.
    pub uwv_voluntary: Option<bool>,
    /// Compulsorily insured (a job or a benefit) in the past year.
    pub recently_insured: Option<bool>,
    /// The last day of that job or benefit.
    pub compulsory_ended: Option<NaiveDate>,
    /// The last day to apply for UWV's voluntary insurance: 13 weeks after that day.
    pub uwv_deadline: Option<NaiveDate>,
}

impl SelfEmployment {
    /// Whether the 13 weeks for UWV's voluntary insurance still run on `today`.
    pub fn uwv_window_open(&self, today: NaiveDate) -> bool {
        self.uwv_deadline.is_some_and(|d| today <= d)
    }

    /// Insured in some way (an AOV, a broodfonds or UWV's voluntary insurance).
    pub fn has_cover(&self) -> bool {
        self.aov == Some(true) || self.broodfonds || self.uwv_voluntary == Some(true)
    }
}

/// The facts, when the role is `zelfstandige`.
pub(crate) fn derive(v: &View) -> Option<SelfEmployment> {
    if !v.is(Q::Rol, Opt::Zelfstandige) {
        return None;
    }
    let yes_no = |q: Q| match v.choice(q) {
        Some(Opt::Ja) => Some(true),
        Some(Opt::Nee) => Some(false),
        Some(_) | None => None,
    };
    let sick_since = v.date(Q::ZzpEersteZiektedag);
    let aov_waiting_days = v.integer(Q::ZzpAovEigenrisico);
    // Day 1 is the first day of illness; after a waiting period of N days the AOV can pay
    // from day N + 1, that is the first day plus N days.
    let aov_pays_from = match (sick_since, aov_waiting_days) {
        (Some(first), Some(n)) => u64::try_from(n)
            .ok()
            .and_then(|n| first.checked_add_days(Days::new(n))),
        _ => None,
    };
    let compulsory_ended = v.date(Q::ZzpEindeVerplicht);
    Some(SelfEmployment {
        sick_since,
        profit: v.money(Q::ZzpJaarwinst),
        aov: yes_no(Q::ZzpAov),
        aov_amount: v.money(Q::ZzpAovBedrag),
        aov_waiting_days,
        aov_pays_from,
        broodfonds: v.is(Q::ZzpBroodfonds, Opt::Ja),
        uwv_voluntary: yes_no(Q::ZzpUwvVrijwillig),
        recently_insured: yes_no(Q::ZzpVerplichtVerzekerd),
        compulsory_ended,
        uwv_deadline: compulsory_ended
            .and_then(|d| d.checked_add_days(Days::new(7 * UWV_VOLUNTARY_WEEKS))),
    })
}

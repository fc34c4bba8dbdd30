//! What the answers say about the steps of the poortwachter calendar: done, known not
//! done, or unknown. Derived once, here; the situation feeds it to the calendar engine
//! (`TimelineInput::done` and `not_done`), so the outcome, the printed summary, the link
//! to the calendar and the calendar file all mark the same steps as done.
//!
//! A step the person said is done is never shown as late. A step is only called late when
//! the answers say it was not done; a step nobody asked about (the evaluations, the
//! week-42 report) stays "past" (docs/law/poortwachter.md#deadlines).

use std::collections::BTreeSet;

use super::questions::{Opt, QuestionId as Q};
use super::View;
use crate::poortwachter::MilestoneId;

/// The steps the answers mark.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepMarks {
    /// Said to be done (or implied by a later step that was done).
    pub done: BTreeSet<MilestoneId>,
    /// Said not to be done.
    pub not_done: BTreeSet<MilestoneId>,
}

impl StepMarks {
    /// The done steps as the engine's stable ids, in id order.
    pub fn done_codes(&self) -> BTreeSet<String> {
        self.done.iter().map(|m| m.code()).collect()
    }

    /// The steps known not done as the engine's stable ids.
    pub fn not_done_codes(&self) -> BTreeSet<String> {
        self.not_done.iter().map(|m| m.code()).collect()
    }
}

/// Read the marks from the effective answers.
///
/// - `probleemanalyse_gedaan = ja`: the probleemanalyse is done, and so is the sick report
///   to the bedrijfsarts (the bedrijfsarts cannot analyse a sickness nobody reported).
/// - `plan_van_aanpak_gedaan = ja`: the plan, and the probleemanalyse it rests on (art.
///   7:658a lid 3 BW: the plan follows the bedrijfsarts's advice). Without a
///   probleemanalyse (`nee`) the plan is not asked and counts as not done.
/// - `eerstejaarsevaluatie_gedaan = ja`: the evaluation window, start and end.
/// - `spoor2_gestart = ja_*`: the latest start of spoor 2. `nee` counts as not done only
///   where spoor 2 is the route (no own, adapted or other internal work), as for the
///   warning that spoor 2 is late.
pub(crate) fn step_marks(v: &View) -> StepMarks {
    use MilestoneId as M;
    let mut m = StepMarks::default();
    let mut mark = |q: Q, done: &[M], not_done: &[M]| {
        if v.is(q, Opt::Ja) {
            m.done.extend(done.iter().copied());
        } else if v.is(q, Opt::Nee) {
            m.not_done.extend(not_done.iter().copied());
        }
    };
    mark(
        Q::ProbleemanalyseGedaan,
        &[M::ZiekmeldingBedrijfsarts, M::Probleemanalyse],
        &[M::Probleemanalyse, M::PlanVanAanpak],
    );
    mark(
        Q::PlanVanAanpakGedaan,
        &[
            M::ZiekmeldingBedrijfsarts,
            M::Probleemanalyse,
            M::PlanVanAanpak,
        ],
        &[M::PlanVanAanpak],
    );
    mark(
        Q::EerstejaarsevaluatieGedaan,
        &[M::EerstejaarsevaluatieStart, M::EerstejaarsevaluatieEind],
        &[M::EerstejaarsevaluatieEind],
    );
    if v.any(
        Q::Spoor2Gestart,
        &[Opt::JaReintegratiebedrijf, Opt::JaWerkgever],
    ) {
        m.done.insert(M::Spoor2StartUiterlijk);
    } else if v.is(Q::Spoor2Gestart, Opt::Nee) && spoor2_is_the_route(v) {
        m.not_done.insert(M::Spoor2StartUiterlijk);
    }
    // A step that is done is never also "not done".
    let done = m.done.clone();
    m.not_done.retain(|s| !done.contains(s));
    m
}

/// Spoor 2 is the route: none of own work, adapted own work or other internal work is
/// possible according to the answers.
pub(crate) fn spoor2_is_the_route(v: &View) -> bool {
    !v.is(Q::EigenWerkMogelijk, Opt::Ja)
        && !v.is(Q::AnderWerkIntern, Opt::Ja)
        && !v.is(Q::AangepastWerkMogelijk, Opt::Ja)
}

//! Deadlines that are due now: within 14 days, at the top of the advice.

use super::*;

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
pub(super) fn urgent(
    clock: Option<&Sickness>,
    warnings: &[Warning],
    today: NaiveDate,
) -> Vec<Urgent> {
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

//! The Poortwachter overview of every sick employee in a batch file: each row with a first
//! sick day gives its calendar ([`crate::batch::PwStatus::milestones`]), and the overview
//! puts the steps of all employees in one list, the urgent ones first. The calendar file
//! with every deadline (`crate::report::ics::batch_calendar`) and the CSV of all deadlines
//! (`crate::report::deadlines`) are built from the same list.
//!
//! - A step listed in the file's `done` column (`gedaan`) is left out, and so is a step the
//!   employee never reached because they recovered first: neither is a date to keep.
//! - Urgent: overdue (a deadline before today that is not done) or due within 14 days
//!   ([`crate::poortwachter::DUE_SOON_DAYS`]).
//! - An employee is known by the `id` column. Without it the row number stands in, which
//!   changes when rows move: the page says so, because a calendar imported again would then
//!   get its events twice. An id that occurs twice gets its occurrence counted, so every
//!   step still has its own calendar identity.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::batch::BatchRun;
use crate::poortwachter::{Actor, Milestone, Status};

use super::natural_cmp;

/// One step of one employee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// Position of the employee's row in the file (0-based among the data rows).
    pub row: usize,
    /// The employee's `id` (the row number when the file has no `id` column).
    pub employee: String,
    /// How many earlier rows have the same id (0 for the first).
    pub occurrence: usize,
    pub milestone: Milestone,
}

impl Deadline {
    /// Overdue or due within 14 days.
    pub fn urgent(&self) -> bool {
        matches!(self.milestone.status, Status::Overdue | Status::DueSoon)
    }

    /// Still to come or overdue: a step the list of next deadlines shows. A moment that has
    /// passed (such as UWV's letter) is not.
    pub fn ahead(&self) -> bool {
        !matches!(self.milestone.status, Status::Past)
    }

    fn order(&self, other: &Deadline) -> Ordering {
        other
            .urgent()
            .cmp(&self.urgent())
            .then(self.milestone.date.cmp(&other.milestone.date))
            .then_with(|| natural_cmp(&self.employee, &other.employee))
            .then(self.row.cmp(&other.row))
            .then(
                self.milestone
                    .id
                    .nominal_order()
                    .cmp(&other.milestone.id.nominal_order()),
            )
    }
}

/// Who the list shows the steps of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActorChoice {
    #[default]
    All,
    Only(Actor),
}

impl ActorChoice {
    pub const ALL: [ActorChoice; 6] = [
        ActorChoice::All,
        ActorChoice::Only(Actor::Werkgever),
        ActorChoice::Only(Actor::WerkgeverEnWerknemer),
        ActorChoice::Only(Actor::Werknemer),
        ActorChoice::Only(Actor::Bedrijfsarts),
        ActorChoice::Only(Actor::Uwv),
    ];

    /// A stable code for the page: `alle`, or the actor's code.
    pub fn code(self) -> &'static str {
        match self {
            ActorChoice::All => "alle",
            ActorChoice::Only(a) => a.code(),
        }
    }

    pub fn parse(s: &str) -> ActorChoice {
        ActorChoice::ALL
            .into_iter()
            .find(|c| c.code() == s)
            .unwrap_or_default()
    }

    pub fn matches(self, actor: Actor) -> bool {
        match self {
            ActorChoice::All => true,
            ActorChoice::Only(a) => a == actor,
        }
    }
}

/// The overview of a batch file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// Every step that is not done and applies, of every employee with a Poortwachter
    /// status: urgent first, then by date, employee (naturally) and the order of the steps.
    pub deadlines: Vec<Deadline>,
    /// Employees with a Poortwachter status (rows with a first sick day that was read).
    pub employees: usize,
    /// The file has an `id` column: its ids identify the employees in the calendar file.
    pub has_ids: bool,
    /// Ids that occur on more than one row with a first sick day, in file order.
    pub repeated_ids: Vec<String>,
    /// The day the statuses are computed for.
    pub today: NaiveDate,
}

impl Overview {
    /// The overview of a run, or `None` when the run has no Poortwachter status (no
    /// `first_sick_day` column, or no `today`).
    pub fn from_run(run: &BatchRun, today: NaiveDate) -> Option<Overview> {
        if !run.with_status {
            return None;
        }
        let has_ids = run.columns.id().is_some();
        // How often each id was met so far (a map: a file can hold 10,000 employees).
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut repeated_ids = Vec::new();
        let mut employees = 0usize;
        let mut deadlines = Vec::new();
        for (row, r) in run.rows.iter().enumerate() {
            let Some(Ok(status)) = &r.pw else { continue };
            employees += 1;
            let occurrence = match seen.get_mut(r.id.as_str()) {
                Some(n) => {
                    *n += 1;
                    if *n == 1 {
                        repeated_ids.push(r.id.clone());
                    }
                    *n
                }
                None => {
                    seen.insert(r.id.as_str(), 0);
                    0
                }
            };
            deadlines.extend(
                status
                    .milestones
                    .iter()
                    .filter(|m| !matches!(m.status, Status::Done | Status::NotReached))
                    .map(|m| Deadline {
                        row,
                        employee: r.id.clone(),
                        occurrence,
                        milestone: m.clone(),
                    }),
            );
        }
        deadlines.sort_by(Deadline::order);
        Some(Overview {
            deadlines,
            employees,
            has_ids,
            repeated_ids,
            today,
        })
    }

    /// The next deadlines, in the overview's order: every step ahead or overdue, of the
    /// employee with this id (any case; `None` or blank: everybody), for this actor.
    pub fn next(&self, employee: Option<&str>, actor: ActorChoice) -> Vec<&Deadline> {
        let employee = employee.map(str::trim).filter(|e| !e.is_empty());
        self.deadlines
            .iter()
            .filter(|d| d.ahead() && actor.matches(d.milestone.actor))
            .filter(|d| employee.is_none_or(|e| d.employee.trim().eq_ignore_ascii_case(e)))
            .collect()
    }

    /// Whether an id is in the overview (so the page can say when a filter finds nobody).
    pub fn knows(&self, employee: &str) -> bool {
        let e = employee.trim();
        self.deadlines
            .iter()
            .any(|d| d.employee.trim().eq_ignore_ascii_case(e))
    }

    /// How many of the next deadlines are urgent.
    pub fn urgent(&self) -> usize {
        self.deadlines.iter().filter(|d| d.urgent()).count()
    }

    /// The deadlines of one employee's row, in the overview's order: that employee's own
    /// calendar.
    pub fn of_row(&self, row: usize) -> Vec<&Deadline> {
        self.deadlines.iter().filter(|d| d.row == row).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::run_batch;
    use crate::dates::ymd;
    use crate::lang::Lang;
    use crate::poortwachter::MilestoneId;
    use crate::text::batch::row_problem;

    const TODAY: NaiveDate = ymd(2026, 11, 22);

    fn overview(text: &str) -> Overview {
        let run = run_batch(text, Lang::Nl, Some(TODAY), row_problem).unwrap();
        Overview::from_run(&run, TODAY).unwrap()
    }

    const SICK: &str = "personeelsnummer;eerste_ziektedag;laatste_ziektedag;gedaan\n\
        p10;2026-01-05;;ziekmelding_bedrijfsarts|probleemanalyse|plan_van_aanpak\n\
        p2;2026-11-16;;\n\
        p3;2026-03-02;2026-03-20;\n\
        p4;2030-01-01;;\n";

    #[test]
    fn done_and_not_reached_steps_are_left_out_and_the_urgent_ones_come_first() {
        let o = overview(SICK);
        // p4 has an error (a first sick day after today): not in the overview.
        assert_eq!(o.employees, 3);
        assert!(o.has_ids);
        let of = |id: &str| -> Vec<&Deadline> {
            o.deadlines.iter().filter(|d| d.employee == id).collect()
        };
        let p10: Vec<MilestoneId> = of("p10").iter().map(|d| d.milestone.id).collect();
        assert!(!p10.contains(&MilestoneId::Probleemanalyse));
        assert!(!p10.contains(&MilestoneId::PlanVanAanpak));
        assert!(
            p10.contains(&MilestoneId::Evaluatie(1)),
            "not done: overdue"
        );
        // p3 recovered after 19 days: only the sick report applies, and the file does not
        // say it was done, so it is overdue.
        let p3: Vec<MilestoneId> = of("p3").iter().map(|d| d.milestone.id).collect();
        assert_eq!(p3, vec![MilestoneId::ZiekmeldingBedrijfsarts]);
        assert_eq!(of("p3")[0].milestone.status, Status::Overdue);
        // Urgent first: every urgent step comes before every other one, each part by date.
        let urgent = o.deadlines.iter().take_while(|d| d.urgent()).count();
        assert_eq!(urgent, o.urgent());
        assert!(urgent > 0);
        for w in o.deadlines.windows(2) {
            if w[0].urgent() == w[1].urgent() {
                assert!(w[0].milestone.date <= w[1].milestone.date);
            }
        }
        // p2, sick since 16 November: the sick report on 22 November is due today.
        let first_p2 = of("p2")[0];
        assert_eq!(first_p2.milestone.id, MilestoneId::ZiekmeldingBedrijfsarts);
        assert_eq!(first_p2.milestone.status, Status::DueSoon);
    }

    #[test]
    fn the_next_deadlines_by_employee_and_actor() {
        let o = overview(SICK);
        let all = o.next(None, ActorChoice::All);
        assert!(all.iter().all(|d| d.ahead()));
        // A moment that has passed is not ahead: p10's first-year review began on day 316,
        // 16 November 2026.
        let eje = |d: &Deadline| {
            d.employee == "p10" && d.milestone.id == MilestoneId::EerstejaarsevaluatieStart
        };
        assert!(o.deadlines.iter().any(eje));
        assert!(!all.iter().any(|d| eje(d)));
        assert!(all.iter().any(|d| d.employee == "p3"), "overdue is ahead");
        let p2 = o.next(Some(" P2 "), ActorChoice::All);
        assert!(!p2.is_empty());
        assert!(p2.iter().all(|d| d.employee == "p2"));
        let doctor = o.next(None, ActorChoice::Only(Actor::Bedrijfsarts));
        assert!(!doctor.is_empty());
        assert!(doctor
            .iter()
            .all(|d| d.milestone.id == MilestoneId::Probleemanalyse));
        assert!(o.knows("P10"));
        assert!(!o.knows("p1"));
        assert!(o.next(Some("p1"), ActorChoice::All).is_empty());
        assert_eq!(ActorChoice::parse("uwv"), ActorChoice::Only(Actor::Uwv));
        assert_eq!(ActorChoice::parse("x"), ActorChoice::All);
        for c in ActorChoice::ALL {
            assert_eq!(ActorChoice::parse(c.code()), c);
        }
    }

    #[test]
    fn without_an_id_column_the_row_number_stands_in_and_repeated_ids_are_counted() {
        let o = overview("eerste_ziektedag\n2026-10-01\n2026-11-02\n");
        assert!(!o.has_ids);
        assert_eq!(o.employees, 2);
        assert!(o.deadlines.iter().any(|d| d.employee == "2"));
        let o = overview("id;eerste_ziektedag\na;2026-10-01\nb;2026-10-01\na;2026-11-02\n");
        assert_eq!(o.repeated_ids, vec!["a".to_string()]);
        let second_a = o.deadlines.iter().find(|d| d.row == 2).unwrap();
        assert_eq!(second_a.occurrence, 1);
        assert!(o
            .deadlines
            .iter()
            .filter(|d| d.row == 0)
            .all(|d| d.occurrence == 0));
    }

    #[test]
    fn no_overview_without_a_first_sick_day_column() {
        let run = run_batch(
            "id;begindatum;einddatum;maandloon\n1;2022-01-01;2024-12-31;3000\n",
            Lang::Nl,
            Some(TODAY),
            row_problem,
        )
        .unwrap();
        assert_eq!(Overview::from_run(&run, TODAY), None);
    }
}

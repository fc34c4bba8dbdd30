//! The calendar of all sick employees of a batch file (`report::ics::batch_calendar`): it
//! equals the union of the employees' own calendars, its UIDs are stable per employee id
//! and step, it names employees by their id only, and a file of 100 employees parses with
//! the `icalendar` crate into one event per employee and step.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use spoorwijzer_core::batch::run_batch;
use spoorwijzer_core::batch_view::deadlines::{Deadline, Overview};
use spoorwijzer_core::dates::{iso, ymd};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::poortwachter::{timeline, MilestoneId, SickPeriod, Status, TimelineInput};
use spoorwijzer_core::report::ics::{batch_calendar, employee_uid};
use spoorwijzer_core::text::batch::row_problem;

const TODAY: NaiveDate = ymd(2026, 11, 22);

/// One sick employee: days since the first sick day, days sick when recovered, and the
/// steps done (bits over `MilestoneId::all()`).
#[derive(Debug, Clone)]
struct Sick {
    id: String,
    since: u64,
    recovered_after: Option<u64>,
    done: u32,
}

impl Sick {
    fn first(&self) -> NaiveDate {
        TODAY.checked_sub_days(Days::new(self.since)).unwrap()
    }
    fn last(&self) -> Option<NaiveDate> {
        self.recovered_after.map(|n| {
            self.first()
                .checked_add_days(Days::new(n.min(self.since)))
                .unwrap()
        })
    }
    fn done_ids(&self) -> Vec<String> {
        MilestoneId::all()
            .into_iter()
            .enumerate()
            .filter(|(i, _)| self.done & (1 << i) != 0)
            .map(|(_, m)| m.code())
            .collect()
    }
    fn line(&self) -> String {
        format!(
            "{};Jan de Vries;burn-out;{};{};{}",
            self.id,
            iso(self.first()),
            self.last().map(iso).unwrap_or_default(),
            self.done_ids().join("|")
        )
    }
}

const HEADER: &str = "personeelsnummer;naam;diagnose;eerste_ziektedag;laatste_ziektedag;gedaan";

fn file(employees: &[Sick]) -> String {
    let mut s = String::from(HEADER);
    for e in employees {
        s.push('\n');
        s.push_str(&e.line());
    }
    s.push('\n');
    s
}

fn overview(text: &str) -> Overview {
    let run = run_batch(text, Lang::Nl, Some(TODAY), row_problem).unwrap();
    assert!(run.rows.iter().all(|r| r.error().is_none()), "{text}");
    Overview::from_run(&run, TODAY).unwrap()
}

fn calendar(o: &Overview, lang: Lang) -> String {
    let all: Vec<&Deadline> = o.deadlines.iter().collect();
    batch_calendar(&all, TODAY, lang)
}

/// The events of a calendar, each as its unfolded text.
fn events(ics: &str) -> Vec<String> {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|e| e.split("END:VEVENT").next().unwrap_or("").to_string())
        .collect()
}

fn prop(event: &str, name: &str) -> String {
    event
        .split("\r\n")
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .unwrap_or("")
        .to_string()
}

fn sick() -> impl Strategy<Value = Sick> {
    (0u64..900, proptest::option::of(0u64..800), any::<u32>()).prop_map(
        |(since, recovered_after, done)| Sick {
            id: String::new(),
            since,
            recovered_after,
            done,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_combined_calendar_is_the_union_of_the_single_calendars(
        mut employees in proptest::collection::vec(sick(), 1..10)
    ) {
        for (i, e) in employees.iter_mut().enumerate() {
            e.id = format!("e{i}");
        }
        let combined = events(&calendar(&overview(&file(&employees)), Lang::Nl));
        let mut singles: Vec<String> = Vec::new();
        for e in &employees {
            singles.extend(events(&calendar(&overview(&file(std::slice::from_ref(e))), Lang::Nl)));
        }
        let mut a = combined.clone();
        a.sort();
        singles.sort();
        prop_assert_eq!(a, singles);
        // Every event has its own UID.
        let uids: BTreeSet<String> = combined.iter().map(|e| prop(e, "UID")).collect();
        prop_assert_eq!(uids.len(), combined.len());
        // The employees in reverse order: the same events.
        let mut reversed = employees.clone();
        reversed.reverse();
        let mut b = events(&calendar(&overview(&file(&reversed)), Lang::Nl));
        b.sort();
        let mut a = combined;
        a.sort();
        prop_assert_eq!(a, b);
    }
}

#[test]
fn uids_depend_on_the_employee_id_and_the_step_only() {
    let e = Sick {
        id: "1001".into(),
        since: 200,
        recovered_after: None,
        done: 0,
    };
    let uid_of = |ics: &str, step: &str| -> Option<String> {
        events(ics)
            .iter()
            .map(|ev| prop(ev, "UID"))
            .find(|u| u.starts_with(&format!("{step}-")))
    };
    let alone = calendar(&overview(&file(std::slice::from_ref(&e))), Lang::Nl);
    let plan = uid_of(&alone, "plan_van_aanpak").unwrap();
    assert_eq!(
        plan,
        employee_uid("1001", 0, MilestoneId::PlanVanAanpak),
        "the UID is the step and the employee id"
    );
    // The same employee later: recovered, a step done, other employees around, English.
    let mut later = e.clone();
    later.recovered_after = Some(150);
    later.done = 1;
    let other = Sick {
        id: "7".into(),
        since: 30,
        recovered_after: None,
        done: 0,
    };
    let again = calendar(&overview(&file(&[other, later])), Lang::En);
    assert_eq!(uid_of(&again, "plan_van_aanpak"), Some(plan));
    // Another employee, another UID for the same step.
    assert_ne!(
        employee_uid("1002", 0, MilestoneId::PlanVanAanpak),
        employee_uid("1001", 0, MilestoneId::PlanVanAanpak)
    );
    // The first sick report was done: it is not in the calendar any more (employee 7's is).
    let report = employee_uid("1001", 0, MilestoneId::ZiekmeldingBedrijfsarts);
    assert!(alone.contains(&report));
    assert!(!again.contains(&report));
    assert!(again.contains(&employee_uid("7", 0, MilestoneId::ZiekmeldingBedrijfsarts)));
    // A repeated id keeps its events apart.
    let twice = calendar(&overview(&file(&[e.clone(), e])), Lang::Nl);
    let uids: Vec<String> = events(&twice).iter().map(|ev| prop(ev, "UID")).collect();
    let unique: BTreeSet<&String> = uids.iter().collect();
    assert_eq!(unique.len(), uids.len());
}

/// The events of `ics` as the `icalendar` crate reads them: per event, the first value of
/// each property by name, unescaped.
fn parsed_events(ics: &str) -> Vec<BTreeMap<String, String>> {
    let unfolded = icalendar::parser::unfold(ics);
    let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events = cal
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT");
    events
        .map(|e| {
            let mut props = BTreeMap::new();
            for p in &e.properties {
                let value = || p.val.clone().unescape_text().as_str().to_string();
                props
                    .entry(p.name.as_str().to_string())
                    .or_insert_with(value);
            }
            props
        })
        .collect()
}

#[test]
fn a_hundred_employees_parse_with_icalendar_into_one_event_per_employee_and_step() {
    let employees: Vec<Sick> = (0..100u64)
        .map(|i| Sick {
            id: format!("{}", 5000 + i),
            since: (i * 37) % 760,
            recovered_after: (i % 5 == 0).then_some((i * 11) % 300),
            done: if i % 3 == 0 { 0b111 } else { 0 },
        })
        .collect();
    let o = overview(&file(&employees));
    assert_eq!(o.employees, 100);
    let ics = calendar(&o, Lang::Nl);
    let vevents = parsed_events(&ics);
    assert_eq!(vevents.len(), o.deadlines.len());
    let value = |e: &BTreeMap<String, String>, n: &str| e.get(n).cloned().unwrap_or_default();
    let mut per_employee: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut uids = BTreeSet::new();
    for e in &vevents {
        let summary = value(e, "SUMMARY");
        let (id, _) = summary.split_once(": ").unwrap();
        let uid = value(e, "UID");
        let step = uid.split("-w").next().unwrap().to_string();
        assert!(MilestoneId::parse(&step).is_some(), "{uid}");
        assert!(
            per_employee.entry(id.to_string()).or_default().insert(step),
            "one event per step"
        );
        assert!(uids.insert(uid));
        assert_eq!(value(e, "DTSTAMP"), "20261122T000000Z");
    }
    // Each employee has exactly the steps of their own calendar that are not done and apply.
    for s in &employees {
        let t = timeline(&TimelineInput {
            sick_periods: vec![SickPeriod {
                from: s.first(),
                until: s.last(),
            }],
            today: Some(TODAY),
            done: Some(s.done_ids().into_iter().collect()),
            ..TimelineInput::default()
        })
        .unwrap();
        let expected: BTreeSet<String> = t
            .milestones
            .iter()
            .filter(|m| !matches!(m.status, Status::Done | Status::NotReached))
            .map(|m| m.id.code())
            .collect();
        let got = per_employee.get(&s.id).cloned().unwrap_or_default();
        assert_eq!(got, expected, "employee {}", s.id);
    }
    // Names and diagnoses from the file never reach the calendar.
    assert!(!ics.contains("Vries") && !ics.contains("burn-out"));
}

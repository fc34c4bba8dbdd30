//! Worked examples and properties of the poortwachter calendar (docs/law/poortwachter.md).

use super::*;
use crate::lang::Lang;
use crate::text::poortwachter::{
    milestone_consequence, milestone_title, milestone_what, notice_body, notice_title,
    timeline_error, uncertain,
};
use proptest::prelude::*;

use crate::dates::ymd as d;

fn open(from: NaiveDate) -> SickPeriod {
    SickPeriod { from, until: None }
}

fn closed(from: NaiveDate, until: NaiveDate) -> SickPeriod {
    SickPeriod {
        from,
        until: Some(until),
    }
}

fn input(periods: Vec<SickPeriod>, today: NaiveDate) -> TimelineInput {
    TimelineInput {
        sick_periods: periods,
        today: Some(today),
        ..TimelineInput::default()
    }
}

fn get(t: &Timeline, code: &str) -> Milestone {
    t.milestones
        .iter()
        .find(|m| m.id.code() == code)
        .cloned()
        .unwrap_or_else(|| panic!("no milestone {code}"))
}

fn date_of(t: &Timeline, code: &str) -> NaiveDate {
    get(t, code).date
}

/// The dates of several milestones.
fn dates<const N: usize>(t: &Timeline, codes: [&str; N]) -> [NaiveDate; N] {
    codes.map(|code| date_of(t, code))
}

/// The notice `id` in the timeline, if it is there.
fn notice(t: &Timeline, id: NoticeId) -> Option<Notice> {
    t.notices.iter().find(|n| n.id == id).copied()
}

#[test]
fn ids_and_count() {
    let codes: Vec<String> = MilestoneId::all().iter().map(|m| m.code()).collect();
    assert_eq!(
        codes,
        vec![
            "ziekmelding_bedrijfsarts",
            "probleemanalyse",
            "plan_van_aanpak",
            "evaluatie_1",
            "evaluatie_2",
            "evaluatie_3",
            "evaluatie_4",
            "evaluatie_5",
            "evaluatie_6",
            "melding_42e_week",
            "eerstejaarsevaluatie_start",
            "eerstejaarsevaluatie_eind",
            "spoor2_start_uiterlijk",
            "wia_brief",
            "eindevaluatie",
            "wia_aanvraag_uiterlijk",
            "einde_loondoorbetaling",
            "wia_start",
            "einde_opzegverbod",
        ]
    );
    for id in MilestoneId::all() {
        assert_eq!(MilestoneId::parse(&id.code()), Some(id));
    }
    assert_eq!(MilestoneId::parse("evaluatie_7"), None);
}

/// docs/law/poortwachter.md#worked-example-a: first sick day Monday 5 January 2026.
#[test]
fn example_a() {
    let t = timeline(&input(vec![open(d(2026, 1, 5))], d(2026, 11, 22))).unwrap();
    let cases = [
        // day 7 = 5 Jan + 6 days
        ("ziekmelding_bedrijfsarts", d(2026, 1, 11), 1),
        // day 42 = 5 Jan + 41 days
        ("probleemanalyse", d(2026, 2, 15), 6),
        // day 56 = 5 Jan + 55 days
        ("plan_van_aanpak", d(2026, 3, 1), 8),
        // day 98 = 5 Jan + 97 days
        ("evaluatie_1", d(2026, 4, 12), 14),
        // day 308 = 5 Jan + 307 days
        ("evaluatie_6", d(2026, 11, 8), 44),
        // week 42 ends day 294 = Sun 25 Oct 2026; next day Mon 26 Oct is a working day (day 295)
        ("melding_42e_week", d(2026, 10, 26), 43),
        // day 316 = 5 Jan + 315 days
        ("eerstejaarsevaluatie_start", d(2026, 11, 16), 46),
        // day 364 = 5 Jan + 363 days
        ("eerstejaarsevaluatie_eind", d(2027, 1, 3), 52),
        ("spoor2_start_uiterlijk", d(2027, 1, 3), 52),
        // day 610 = 5 Jan + 609 days
        ("wia_brief", d(2027, 9, 6), 88),
        // day 637 = 5 Jan + 636 days
        ("eindevaluatie", d(2027, 10, 3), 91),
        // day 651 = 5 Jan + 650 days
        ("wia_aanvraag_uiterlijk", d(2027, 10, 17), 93),
        // day 728 = 5 Jan + 727 days
        ("einde_loondoorbetaling", d(2028, 1, 2), 104),
        // day 729
        ("wia_start", d(2028, 1, 3), 105),
        // 5 Jan 2026 + two calendar years = 5 Jan 2028 (day 731: 2026 and 2027 have 365 days)
        ("einde_opzegverbod", d(2028, 1, 5), 105),
    ];
    for (code, date, week) in cases {
        let m = get(&t, code);
        assert_eq!(m.date, date, "{code}");
        assert_eq!(m.week, week, "{code} week");
    }
    // 5 Jan .. 22 Nov 2026 inclusive: Jan 27 (5..31), Feb 28, Mar 31, Apr 30, May 31,
    // Jun 30, Jul 31, Aug 31, Sep 30, Oct 31, Nov 22 = 322.
    assert_eq!(t.sick_days_counted, 322);
    assert_eq!(get(&t, "melding_42e_week").sick_day, 295);
    assert!(!get(&t, "melding_42e_week").uncertain);
}

/// docs/law/poortwachter.md#worked-example-b: first sick day Wednesday 12 March 2025.
#[test]
fn example_b() {
    let t = timeline(&input(vec![open(d(2025, 3, 12))], d(2025, 3, 12))).unwrap();
    let cases = [
        // day 42 = 12 Mar + 41
        ("probleemanalyse", d(2025, 4, 22)),
        // day 56 = 12 Mar + 55
        ("plan_van_aanpak", d(2025, 5, 6)),
        // week 42 ends Tue 30 Dec 2025 (day 294); Wed 31 Dec is a working day
        ("melding_42e_week", d(2025, 12, 31)),
        // day 316 and day 364
        ("eerstejaarsevaluatie_start", d(2026, 1, 21)),
        ("eerstejaarsevaluatie_eind", d(2026, 3, 10)),
        // day 651
        ("wia_aanvraag_uiterlijk", d(2026, 12, 22)),
        // day 728 and 729
        ("einde_loondoorbetaling", d(2027, 3, 9)),
        ("wia_start", d(2027, 3, 10)),
        // two calendar years
        ("einde_opzegverbod", d(2027, 3, 12)),
    ];
    for (code, date) in cases {
        assert_eq!(date_of(&t, code), date, "{code}");
    }
}

/// docs/law/poortwachter.md#worked-example-c: samentellen with 20 healthy days.
#[test]
fn example_c() {
    // Sick 3 Mar – 30 May 2025 = 29 + 30 + 30 = 89 days; healthy 31 May – 19 Jun = 20 days
    // (< 28, so added); sick again from Fri 20 Jun 2025, which is counted day 90.
    let periods = vec![closed(d(2025, 3, 3), d(2025, 5, 30)), open(d(2025, 6, 20))];
    let t = timeline(&input(periods, d(2025, 7, 1))).unwrap();
    assert_eq!(t.first_sick_day, d(2025, 3, 3));
    assert_eq!(t.counted_periods.len(), 2);
    // Day 294 = 20 Jun + (294 − 90) = 20 Jun + 204 days = Sat 10 Jan 2026; the next
    // working day after it is Mon 12 Jan 2026.
    assert_eq!(date_of(&t, "melding_42e_week"), d(2026, 1, 12));
    // Day 728 = 20 Jun 2025 + 638 days = Sat 20 Mar 2027 (28 Feb 2027 without the gap, +20);
    // the WIA starts the day after.
    assert_eq!(
        dates(&t, ["einde_loondoorbetaling", "wia_start"]),
        [d(2027, 3, 20), d(2027, 3, 21)]
    );
    // Day 42 lies in the first period: 3 Mar + 41 = 13 Apr 2025.
    assert_eq!(date_of(&t, "probleemanalyse"), d(2025, 4, 13));
    // Two years = 730 days (3 Mar 2025 → 3 Mar 2027, no 29 February in between); the
    // first day after them is sick day 731 = 20 Jun 2025 + (731 − 90) = + 641 days
    // = 23 Mar 2027 (day 728 is 20 Mar, see above, + 3).
    assert_eq!(date_of(&t, "einde_opzegverbod"), d(2027, 3, 23));
    // 1 Jul 2025: 89 + (20 Jun..1 Jul = 12) = 101 counted days.
    assert_eq!(t.sick_days_counted, 101);
}

#[test]
fn leap_day_start() {
    let t = timeline(&input(vec![open(d(2024, 2, 29))], d(2024, 3, 1))).unwrap();
    // day 42 = 29 Feb + 41 = 10 Apr 2024
    assert_eq!(date_of(&t, "probleemanalyse"), d(2024, 4, 10));
    // day 728 = 29 Feb 2024 + 727 = 25 Feb 2026 (2024 leap: 29 Feb 2024 + 366 = 1 Mar 2025)
    assert_eq!(date_of(&t, "einde_loondoorbetaling"), d(2026, 2, 25));
    // Two years from 29 Feb end with 28 Feb 2026; the first day after them is 1 Mar 2026.
    assert_eq!(date_of(&t, "einde_opzegverbod"), d(2026, 3, 1));
}

#[test]
fn period_crossing_a_year() {
    // Sick 20 Dec 2025 – 10 Jan 2026, then sick again from 20 Jan 2026 (9 healthy days).
    let periods = vec![
        closed(d(2025, 12, 20), d(2026, 1, 10)),
        open(d(2026, 1, 20)),
    ];
    let t = timeline(&input(periods, d(2026, 1, 25))).unwrap();
    // day 7 = 26 Dec 2025
    assert_eq!(date_of(&t, "ziekmelding_bedrijfsarts"), d(2025, 12, 26));
    // First period = 12 + 10 = 22 days; day 42 = 20 Jan + (42 − 23) = 8 Feb 2026.
    assert_eq!(date_of(&t, "probleemanalyse"), d(2026, 2, 8));
    // 22 + 6 (20..25 Jan) = 28 counted days.
    assert_eq!(t.sick_days_counted, 28);
}

/// Sick 1–31 Mar 2025 and again from `again` (today 1 May 2025): checks the first sick
/// day, day 42, and whether the notice says the earlier period is not counted.
fn after_a_gap(
    again: NaiveDate,
    first_sick_day: NaiveDate,
    day_42: NaiveDate,
    earlier_not_counted: bool,
) -> Timeline {
    let periods = vec![closed(d(2025, 3, 1), d(2025, 3, 31)), open(again)];
    let t = timeline(&input(periods, d(2025, 5, 1))).unwrap();
    assert_eq!(t.first_sick_day, first_sick_day);
    assert_eq!(date_of(&t, "probleemanalyse"), day_42);
    assert_eq!(
        notice(&t, NoticeId::EarlierPeriodsNotCounted).is_some(),
        earlier_not_counted
    );
    t
}

#[test]
fn gap_of_27_days_is_added() {
    // 1–31 Mar 2025 (31 days); healthy 1–27 Apr (27 days); sick from 28 Apr (day 32):
    // day 42 = 28 Apr + 10 = 8 May 2025.
    after_a_gap(d(2025, 4, 28), d(2025, 3, 1), d(2025, 5, 8), false);
}

#[test]
fn gap_of_28_days_starts_again() {
    // 1–31 Mar 2025; healthy 1–28 Apr (28 days); sick from 29 Apr = new day 1:
    // day 42 = 29 Apr + 41 = 9 Jun 2025.
    let t = after_a_gap(d(2025, 4, 29), d(2025, 4, 29), d(2025, 6, 9), true);
    assert_eq!(t.sick_days_counted, 3);
}

#[test]
fn first_sick_day_on_a_holiday() {
    // Monday 6 April 2026 is Tweede Paasdag: it is still day 1 (illness days are calendar
    // days, holidays only matter for the week-42 report).
    let t = timeline(&input(vec![open(d(2026, 4, 6))], d(2026, 4, 6))).unwrap();
    assert_eq!(t.first_sick_day, d(2026, 4, 6));
    // day 42 = 6 Apr + 41 = Sun 17 May 2026; day 294 = 6 Apr 2026 + 293 = Sun 24 Jan 2027,
    // and Mon 25 Jan 2027 is a working day.
    assert_eq!(
        dates(&t, ["probleemanalyse", "melding_42e_week"]),
        [d(2026, 5, 17), d(2027, 1, 25)]
    );
    assert_eq!(t.sick_days_counted, 1);
}

#[test]
fn week_42_report_skips_christmas() {
    // First sick day Fri 6 Mar 2026: day 294 = Thu 24 Dec 2026. Fri 25 Dec and Sat 26 Dec
    // are Christmas days, Sun 27 Dec a Sunday: the report is due Mon 28 Dec 2026.
    let t = timeline(&input(vec![open(d(2026, 3, 6))], d(2026, 3, 6))).unwrap();
    let m = get(&t, "melding_42e_week");
    assert_eq!(m.date, d(2026, 12, 28));
    assert!(m.uncertain, "moved past a holiday: flagged");
    assert!(uncertain(&m, Lang::Nl).is_some());
}

#[test]
fn recovery_before_week_6() {
    // Sick 2 – 20 Mar 2026 (19 days), recovered.
    let periods = vec![closed(d(2026, 3, 2), d(2026, 3, 20))];
    let t = timeline(&input(periods, d(2026, 6, 1))).unwrap();
    assert_eq!(t.sick_days_counted, 19);
    assert_eq!(t.recovered_after, Some(d(2026, 3, 20)));
    assert_eq!(get(&t, "ziekmelding_bedrijfsarts").status, Status::Past);
    assert_eq!(get(&t, "probleemanalyse").status, Status::NotReached);
    assert_eq!(get(&t, "einde_opzegverbod").status, Status::NotReached);
    assert!(notice(&t, NoticeId::RecoveredBeforeWeek6).is_some());
    // Falling ill again by 20 Mar + 28 = 17 Apr 2026 leaves 27 healthy days: still added.
    let rec = notice(&t, NoticeId::Recovered).unwrap();
    assert_eq!(rec.date, Some(d(2026, 4, 17)));
}

#[test]
fn statuses() {
    let a = |today: NaiveDate, done: Option<&[&str]>| {
        let mut i = input(vec![open(d(2026, 1, 5))], today);
        i.done = done.map(|v| v.iter().map(|s| s.to_string()).collect());
        timeline(&i).unwrap()
    };
    // done not given: past steps are "past".
    let t = a(d(2026, 11, 22), None);
    assert_eq!(get(&t, "probleemanalyse").status, Status::Past);
    // done given (even empty): past deadlines not done are "overdue", moments "past".
    let t = a(d(2026, 11, 22), Some(&[]));
    assert_eq!(get(&t, "probleemanalyse").status, Status::Overdue);
    assert_eq!(get(&t, "eerstejaarsevaluatie_start").status, Status::Past);
    // ticked: done.
    let t = a(d(2026, 11, 22), Some(&["probleemanalyse"]));
    assert_eq!(get(&t, "probleemanalyse").status, Status::Done);
    assert_eq!(get(&t, "plan_van_aanpak").status, Status::Overdue);
    // eerstejaarsevaluatie_eind on 3 Jan 2027: 14 days ahead is due soon, 15 is future.
    let t = a(d(2026, 12, 20), None);
    assert_eq!(get(&t, "eerstejaarsevaluatie_eind").status, Status::DueSoon);
    let t = a(d(2026, 12, 19), None);
    assert_eq!(get(&t, "eerstejaarsevaluatie_eind").status, Status::Future);
    // on the day itself: due soon.
    let t = a(d(2027, 1, 3), Some(&[]));
    assert_eq!(get(&t, "eerstejaarsevaluatie_eind").status, Status::DueSoon);
    let t = a(d(2027, 1, 4), Some(&[]));
    assert_eq!(get(&t, "eerstejaarsevaluatie_eind").status, Status::Overdue);
}

#[test]
fn only_steps_known_not_done_are_overdue_when_not_done_is_given() {
    let mut i = input(vec![open(d(2026, 1, 5))], d(2026, 11, 22));
    let set = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>());
    i.done = set(&["probleemanalyse"]);
    i.not_done = set(&["plan_van_aanpak", "probleemanalyse"]);
    let t = timeline(&i).unwrap();
    // Done wins over "not done"; a step said not done is late; a step nobody answered
    // for (the evaluations, the week-42 report) is only past.
    assert_eq!(get(&t, "probleemanalyse").status, Status::Done);
    assert_eq!(get(&t, "plan_van_aanpak").status, Status::Overdue);
    assert_eq!(get(&t, "evaluatie_1").status, Status::Past);
    assert_eq!(get(&t, "melding_42e_week").status, Status::Past);
    // Without `done`, the same.
    i.done = None;
    let t = timeline(&i).unwrap();
    assert_eq!(get(&t, "probleemanalyse").status, Status::Overdue);
    assert_eq!(get(&t, "evaluatie_1").status, Status::Past);
    // An unknown id is refused like an unknown done id.
    i.not_done = set(&["spoor_3"]);
    assert_eq!(
        timeline(&i).unwrap_err(),
        TimelineError::UnknownDoneId {
            id: "spoor_3".into()
        }
    );
}

#[test]
fn loonsanctie_and_verlenging() {
    let mut i = input(vec![open(d(2026, 1, 5))], d(2026, 1, 5));
    i.loonsanctie_weeks = 52;
    let t = timeline(&i).unwrap();
    // day 728 + 364 = 1092 = 5 Jan 2026 + 1091 days = 31 Dec 2028
    assert_eq!(date_of(&t, "einde_loondoorbetaling"), d(2028, 12, 31));
    assert_eq!(date_of(&t, "wia_start"), d(2029, 1, 1));
    // Art. 7:670: the loonsanctie does not move the two years.
    assert_eq!(date_of(&t, "einde_opzegverbod"), d(2028, 1, 5));
    // Sorted by date: the opzegverbod now comes before the end of pay.
    let pos = |c: &str| t.milestones.iter().position(|m| m.id.code() == c).unwrap();
    assert!(pos("einde_opzegverbod") < pos("einde_loondoorbetaling"));

    i.loonsanctie_weeks = 53;
    assert_eq!(
        timeline(&i),
        Err(TimelineError::LoonsanctieTooLarge { weeks: 53 })
    );

    let mut i = input(vec![open(d(2026, 1, 5))], d(2026, 1, 5));
    i.vrijwillige_verlenging_weeks = 10;
    let t = timeline(&i).unwrap();
    // day 651 + 70 = 721 = 5 Jan 2026 + 720 = 26 Dec 2027; 728 + 70 = 798 → 12 Mar 2028
    assert_eq!(date_of(&t, "wia_aanvraag_uiterlijk"), d(2027, 12, 26));
    assert_eq!(date_of(&t, "einde_loondoorbetaling"), d(2028, 3, 12));
}

#[test]
fn errors() {
    let today = d(2026, 1, 1);
    assert_eq!(
        timeline(&input(vec![], today)),
        Err(TimelineError::NoPeriods)
    );
    assert_eq!(
        timeline(&input(vec![closed(d(2026, 2, 1), d(2026, 1, 1))], today)),
        Err(TimelineError::FromAfterUntil { index: 0 })
    );
    assert_eq!(
        timeline(&input(
            vec![closed(d(2026, 2, 1), d(2026, 2, 5)), open(d(2026, 1, 1))],
            today
        )),
        Err(TimelineError::Unsorted { index: 1 })
    );
    assert_eq!(
        timeline(&input(
            vec![closed(d(2026, 2, 1), d(2026, 2, 5)), open(d(2026, 2, 5))],
            today
        )),
        Err(TimelineError::Overlapping { index: 1 })
    );
    assert_eq!(
        timeline(&input(
            vec![open(d(2026, 2, 1)), open(d(2026, 3, 5))],
            today
        )),
        Err(TimelineError::Overlapping { index: 1 })
    );
    assert_eq!(
        timeline(&input(vec![open(d(1949, 12, 31))], today)),
        Err(TimelineError::DateOutOfRange {
            field: Field::SickPeriods
        })
    );
    assert_eq!(
        timeline(&input(vec![open(d(2026, 1, 1))], d(2100, 1, 1))),
        Err(TimelineError::DateOutOfRange {
            field: Field::Today
        })
    );
    let mut i = input(vec![open(d(2026, 1, 1))], today);
    i.done = Some(["evaluatie_7".to_string()].into_iter().collect());
    let e = timeline(&i).unwrap_err();
    assert_eq!(e.field(), Field::Done);
    assert!(timeline_error(&e, Lang::En).contains("evaluatie_7"));
    // Adjacent periods (0 healthy days) are fine and added.
    let t = timeline(&input(
        vec![closed(d(2026, 1, 1), d(2026, 1, 10)), open(d(2026, 1, 11))],
        d(2026, 1, 20),
    ))
    .unwrap();
    assert_eq!(t.sick_days_counted, 20);
}

#[test]
fn notices() {
    let mut i = input(vec![open(d(2026, 1, 5))], d(2026, 1, 5));
    i.pregnancy_related = true;
    i.partial_recovery = true;
    // Contract ends Sunday 31 May 2026: the report to UWV is due on the last working day
    // before the employment ends, Friday 29 May (art. 38 lid 2 ZW).
    i.contract_end = Some(d(2026, 5, 31));
    let t = timeline(&i).unwrap();
    assert_eq!(
        notice(&t, NoticeId::PregnancyUwvReport).and_then(|n| n.date),
        Some(d(2026, 2, 15))
    );
    assert!(notice(&t, NoticeId::PregnancyOpzegverbod).is_some());
    assert!(notice(&t, NoticeId::PartialRecovery).is_some());
    assert_eq!(
        notice(&t, NoticeId::ContractEnd).and_then(|n| n.date),
        Some(d(2026, 5, 29))
    );
    assert!(get(&t, "einde_opzegverbod").uncertain);
    // Every notice and milestone has text in both languages.
    for n in &t.notices {
        for lang in [Lang::Nl, Lang::En] {
            assert!(!notice_title(n.id, lang).is_empty());
            assert!(!notice_body(n.id, lang).is_empty());
        }
        assert!(!n.id.source().is_empty());
    }
    for m in &t.milestones {
        for lang in [Lang::Nl, Lang::En] {
            assert!(!milestone_title(m.id, lang).is_empty());
            assert!(!milestone_what(m.id, lang).is_empty());
            assert!(!milestone_consequence(m.id, lang).is_empty());
        }
        assert!(!m.id.source().is_empty());
    }
}

#[test]
fn day_arithmetic_with_gaps() {
    let periods = vec![
        closed(d(2025, 3, 3), d(2025, 5, 30)),
        closed(d(2025, 6, 20), d(2025, 7, 1)),
        open(d(2025, 7, 10)),
    ];
    let (chain, _) = counted_chain(&periods).unwrap();
    // 89 + 12 = 101 days before the third period: day 102 = 10 Jul 2025.
    assert_eq!(chain.date_of_day(101), Some(d(2025, 7, 1)));
    assert_eq!(chain.date_of_day(102), Some(d(2025, 7, 10)));
    assert_eq!(chain.date_of_day(0), None);
    // A healthy day counts as the last sick day before it.
    assert_eq!(chain.day_of_date(d(2025, 7, 5)), 101);
    assert_eq!(chain.day_of_date(d(2025, 3, 2)), 0);
}

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..54_787).prop_map(|n| d(1950, 1, 1) + chrono::Duration::days(n))
}

proptest! {
    #[test]
    fn single_period_invariants(from in arb_date(), today in arb_date(), ls in 0u32..=52) {
        let mut i = input(vec![open(from)], today);
        i.loonsanctie_weeks = ls;
        let t = timeline(&i).unwrap();
        for w in t.milestones.windows(2) {
            prop_assert!(w[0].date <= w[1].date);
        }
        prop_assert_eq!(t.milestones.len(), MilestoneId::all().len());
        // Day arithmetic: day N is from + (N − 1) days; week N ends on day 7N.
        prop_assert_eq!(date_of(&t, "probleemanalyse"), from + chrono::Duration::days(41));
        prop_assert_eq!(date_of(&t, "plan_van_aanpak"), from + chrono::Duration::days(55));
        prop_assert_eq!(
            date_of(&t, "einde_loondoorbetaling"),
            from + chrono::Duration::days(727 + 7 * i64::from(ls))
        );
        let melding = date_of(&t, "melding_42e_week");
        prop_assert!(melding > from + chrono::Duration::days(293));
        prop_assert!(crate::holidays::is_working_day(melding));
        for m in &t.milestones {
            prop_assert_eq!(m.week, m.sick_day.div_ceil(7));
            prop_assert_eq!(m.date, from + chrono::Duration::days(i64::from(m.sick_day) - 1));
        }
    }

    #[test]
    fn chained_periods_invariants(
        from in arb_date(),
        len1 in 1i64..400,
        gap in 0i64..60,
        len2 in proptest::option::of(1i64..400),
        today in arb_date(),
    ) {
        let until1 = from + chrono::Duration::days(len1 - 1);
        let from2 = until1 + chrono::Duration::days(gap + 1);
        let p2 = SickPeriod { from: from2, until: len2.map(|l| from2 + chrono::Duration::days(l - 1)) };
        let i = input(vec![closed(from, until1), p2], today);
        match timeline(&i) {
            Ok(t) => {
                for w in t.milestones.windows(2) {
                    prop_assert!(w[0].date <= w[1].date);
                }
                let added = gap < 28;
                prop_assert_eq!(t.first_sick_day, if added { from } else { from2 });
                let (chain, _) = counted_chain(&i.sick_periods).unwrap();
                for n in [1u32, 7, 42, 294, 728] {
                    let date = chain.date_of_day(n).unwrap();
                    prop_assert_eq!(chain.day_of_date(date), n);
                }
            }
            Err(e) => {
                // Only out-of-range dates may fail here.
                prop_assert!(matches!(e, TimelineError::DateOutOfRange { .. }), "{:?}", e);
            }
        }
    }

    #[test]
    fn never_panics(
        periods in proptest::collection::vec((-30_000i64..90_000, proptest::option::of(-5i64..800)), 0..5),
        today in -30_000i64..90_000,
        ls in 0u32..100,
        vv in 0u32..100,
        preg in any::<bool>(),
        ce in proptest::option::of(-30_000i64..90_000),
    ) {
        let base = d(1950, 1, 1);
        let sp = periods
            .iter()
            .map(|(f, u)| {
                let from = base + chrono::Duration::days(*f);
                SickPeriod { from, until: u.map(|u| from + chrono::Duration::days(u)) }
            })
            .collect();
        let i = TimelineInput {
            sick_periods: sp,
            today: Some(base + chrono::Duration::days(today)),
            done: Some(BTreeSet::new()),
            not_done: None,
            pregnancy_related: preg,
            contract_end: ce.map(|c| base + chrono::Duration::days(c)),
            zw_eigenrisicodrager: preg,
            loonsanctie_weeks: ls,
            vrijwillige_verlenging_weeks: vv,
            partial_recovery: preg,
            label: None,
        };
        if let Ok(t) = timeline(&i) {
            for w in t.milestones.windows(2) {
                prop_assert!(w[0].date <= w[1].date);
            }
        }
    }
}

#[test]
fn after_a_contract_ends_the_steps_are_uwvs_unless_the_employer_carries_the_risk() {
    // Sick from Monday 5 January 2026; the fixed-term contract ends on 30 June 2026.
    let mut i = input(vec![open(d(2026, 1, 5))], d(2026, 3, 1));
    i.contract_end = Some(d(2026, 6, 30));
    let t = timeline(&i).unwrap();
    for m in &t.milestones {
        if m.date > d(2026, 6, 30) {
            assert_eq!(m.actor, Actor::Uwv, "{:?}", m.id);
        } else {
            assert_eq!(m.actor, m.id.actor(), "{:?}", m.id);
        }
    }
    // An eigenrisicodrager for the Ziektewet keeps its part after the end.
    i.zw_eigenrisicodrager = true;
    let t = timeline(&i).unwrap();
    assert!(t.milestones.iter().all(|m| m.actor == m.id.actor()));
}

//! Worked examples computed by hand (arithmetic in the comments) and properties.

use super::*;
use proptest::prelude::*;

use crate::dates::ymd as d;

fn base(wage_euros: i64, start: NaiveDate) -> IncomeInput {
    IncomeInput {
        annual_wage: Cents::euros(wage_euros),
        scenario: Scenario::Sickness {
            first_sick_day: start,
        },
        born: None,
        illness_pay: IllnessPay::Legal,
        ao: AoClass::Ao55To65,
        work_years: 12,
        wia_work: WiaWork::None,
        cover: Cover::None,
        worker: Worker::Employee,
        today: None,
        hours_per_week: None,
        contract_end: None,
    }
}

/// The outcome for a sickness from 1 Jan 2026 at `wage_euros` a year, with `change`
/// made to the base input first.
fn sick_2026(wage_euros: i64, change: impl FnOnce(&mut IncomeInput)) -> IncomeOutcome {
    let mut i = base(wage_euros, d(2026, 1, 1));
    change(&mut i);
    project(&i).unwrap()
}

fn month(p: &Projection, i: u32) -> &MonthIncome {
    p.months.iter().find(|m| m.index == i).unwrap()
}

fn amt(p: &Projection, i: u32, s: Source) -> i64 {
    month(p, i).amount(s).0
}

/// The amounts of one source in the given months.
fn amts<const N: usize>(p: &Projection, s: Source, months: [u32; N]) -> [i64; N] {
    months.map(|i| amt(p, i, s))
}

#[test]
fn sickness_legal_wga_vervolg() {
    // €48,000 a year = €4,000 a month; first sick day 1 Jan 2026.
    let out = sick_2026(48_000, |_| {});
    let p = &out.low;
    assert!(!out.ranged);
    assert_eq!(p.months.len(), 60);
    // Year 1 and 2: 70% × 4,000 = 2,800 (under the cap 0.7 × 304.25 × 21.75 = 4,632.21).
    assert_eq!(amt(p, 1, Source::Loondoorbetaling), 280_000);
    assert_eq!(amt(p, 23, Source::Loondoorbetaling), 280_000);
    // Phases: year 1 to day 363 (30 Dec 2026), year 2 to day 727 (29 Dec 2027), WIA
    // from 30 Dec 2027.
    let kinds: Vec<(PhaseKind, NaiveDate)> = p.phases.iter().map(|f| (f.kind, f.from)).collect();
    // 12 years of work history: 10 × 1 + 2 × ½ = 11 months of LGU: 30 Dec 2027 + 11
    // months = 30 Nov 2028. 75% for 2 months: until 29 Feb 2028.
    assert_eq!(
        kinds,
        vec![
            (PhaseKind::SickPayYear1, d(2026, 1, 1)),
            (PhaseKind::SickPayYear2, d(2026, 12, 31)),
            (PhaseKind::WgaLgu75, d(2027, 12, 30)),
            (PhaseKind::WgaLgu70, d(2028, 2, 29)),
            (PhaseKind::WgaVervolg, d(2028, 11, 30)),
        ]
    );
    // Month 24 (Dec 2027): 29 days sick pay, 2 days LGU 75%:
    // 2,800 × 29/31 = 2,619.354… → 2,619.35; 3,000 × 2/31 = 193.548… → 193.55.
    assert_eq!(amt(p, 24, Source::Loondoorbetaling), 261_935);
    assert_eq!(amt(p, 24, Source::WgaLgu), 19_355);
    assert_eq!(month(p, 24).total.0, 261_935 + 19_355);
    // Month 25: LGU 75% × 4,000 = 3,000. Month 26 (Feb 2028, 29 days): 28 days at 3,000
    // and 1 day at 2,800: (84,000 + 2,800) / 29 = 2,993.103… → 2,993.10. Month 27: 70%.
    assert_eq!(
        amts(p, Source::WgaLgu, [25, 26, 27]),
        [300_000, 299_310, 280_000]
    );
    // Month 36 on (Dec 2028): vervolguitkering 42% × minimum wage 2,337.00 (July 2026,
    // carried forward as an estimate because later figures are not published) =
    // 981.54.
    assert_eq!(
        amts(p, Source::Vervolguitkering, [36, 60]),
        [98_154, 98_154]
    );
    assert!(out.notes.contains(&Note::ParamsEstimated));
    assert!(out
        .params_used
        .iter()
        .any(|u| u.code.as_deref() == Some("min_wage_2028_07_estimate")));
    let s = summary(p).unwrap();
    assert_eq!(s.first, Cents(280_000));
    assert_eq!(s.after_months, 35);
    assert_eq!(s.level, Cents(98_200));
}

#[test]
fn high_earner_iva_with_excedent() {
    let out = sick_2026(100_000, |i| {
        i.ao = AoClass::Ao80To100Permanent;
        i.cover = Cover::Extended;
    });
    let p = &out.low;
    assert!(out.above_loongrens);
    // Jan 2026: cap 70% × 304.25 × 21.75 = 70% × 6,617.4375 = 4,632.20625 → 4,632.21.
    assert_eq!(amt(p, 1, Source::Loondoorbetaling), 463_221);
    // Jul 2026: 309.91 × 21.75 = 6,740.5425; × 70% = 4,718.37975 → 4,718.38.
    assert_eq!(amt(p, 7, Source::Loondoorbetaling), 471_838);
    // Month 25 (Jan 2028): the July 2026 dagloon carried forward (estimate):
    // IVA 75% × 6,740.5425 = 5,055.406875 → 5,055.41; excedent 70% × 100% ×
    // (100,000 − 79,409 (the 2026 loongrens, carried forward)) / 12 =
    // 0.7 × 1,715.9166… = 1,201.141… → 1,201.14.
    assert_eq!(amt(p, 25, Source::Iva), 505_541);
    assert_eq!(amt(p, 25, Source::InsuranceTopUp), 120_114);
    // The employee is reminded that nothing is covered above the ceiling only when the
    // cover is not extended; here it is extended.
    assert!(!out
        .considerations
        .iter()
        .any(|c| c.kind == ConsiderationKind::CheckHiaatExcedent));
}

#[test]
fn minimum_wage_floor_in_year_one() {
    // €30,000 / 12 = 2,500; 70% = 1,750, below the minimum wage 2,294.40 (Jan 2026).
    let p = sick_2026(30_000, |_| {}).low;
    assert_eq!(amt(&p, 1, Source::Loondoorbetaling), 229_440);
    // Month 12 (Dec 2026): 30 days of year 1, 1 day of year 2 (31 Dec), with the July
    // 2026 minimum wage 2,337.00:
    // (2,337.00 × 30 + 1,750 × 1) / 31 = 71,860 / 31 = 2,318.064… → 2,318.06.
    assert_eq!(amt(&p, 12, Source::Loondoorbetaling), 231_806);
    // Year 2: no floor, 1,750.
    assert_eq!(amt(&p, 13, Source::Loondoorbetaling), 175_000);
}

#[test]
fn the_year_one_floor_follows_the_hours() {
    // 24 hours a week at € 1.500 a month; 70% = 1.050. The minimum wage for 24 hours in
    // January 2026: € 14,71 × 24 × 52 / 12 = 1.529,84, capped at the wage itself: 1.500.
    let p = sick_2026(18_000, |i| i.hours_per_week = Some(24)).low;
    assert_eq!(amt(&p, 1, Source::Loondoorbetaling), 150_000);
    // At € 2.000 a month for 24 hours: 70% = 1.400, the floor 1.529,84 applies.
    let out = sick_2026(24_000, |i| i.hours_per_week = Some(24));
    assert_eq!(amt(&out.low, 1, Source::Loondoorbetaling), 152_984);
    // July 2026: € 14,99 × 24 × 52 / 12 = 1.558,96.
    assert_eq!(amt(&out.low, 7, Source::Loondoorbetaling), 155_896);
    // Year 2: no floor, 70% = 1.400.
    assert_eq!(amt(&out.low, 13, Source::Loondoorbetaling), 140_000);
    // With the hours known there is no "part-time floor" caveat.
    assert!(!out.notes.contains(&Note::PartTimeFloor));
    assert!(out
        .params_used
        .iter()
        .any(|u| u.name == ParamName::MinWageHour));
    // Without the hours: the part-time wage gets no floor and the note says so.
    let out = sick_2026(24_000, |_| {});
    assert_eq!(amt(&out.low, 1, Source::Loondoorbetaling), 140_000);
    assert!(out.notes.contains(&Note::PartTimeFloor));
}

#[test]
fn cao_percentages_and_custom_below_legal() {
    let mut i = base(48_000, d(2026, 1, 1));
    i.illness_pay = IllnessPay::Cao10070;
    let p = project(&i).unwrap().low;
    // 100% × 4,000 in year 1, 70% × 4,000 in year 2.
    assert_eq!(amt(&p, 1, Source::Loondoorbetaling), 400_000);
    assert_eq!(amt(&p, 13, Source::Loondoorbetaling), 280_000);
    i.illness_pay = IllnessPay::Custom {
        year1: 60,
        year2: 90,
    };
    let out = project(&i).unwrap();
    // 60% is below the legal 70%: the legal 2,800 is used; year 2: 90% = 3,600.
    assert_eq!(amt(&out.low, 1, Source::Loondoorbetaling), 280_000);
    assert_eq!(amt(&out.low, 13, Source::Loondoorbetaling), 360_000);
    assert!(out.notes.contains(&Note::CustomBelowLegal));
}

#[test]
fn work_during_wga_gives_loonaanvulling() {
    let p = sick_2026(48_000, |i| i.wia_work = WiaWork::AtLeast50).low;
    // AO 60% (middle of 55–65): RVC = 40% × 4,000 = 1,600; earnings 50% × 1,600 = 800.
    // LGU 75% × (4,000 − 800) = 2,400, plus the 800 earned.
    assert_eq!(amt(&p, 25, Source::WgaLgu), 240_000);
    assert_eq!(amt(&p, 25, Source::Wage), 80_000);
    // Loonaanvulling: 70% × (4,000 − 1,600) = 1,680, plus 800.
    assert_eq!(amt(&p, 40, Source::Loonaanvulling), 168_000);
    assert_eq!(amt(&p, 40, Source::Wage), 80_000);
    assert_eq!(month(&p, 40).total, Cents(248_000));
}

#[test]
fn hiaat_basic_tops_up_the_vervolguitkering() {
    let p = sick_2026(48_000, |i| i.cover = Cover::Basic).low;
    // Target 70% × 60% × 4,000 = 1,680; vervolguitkering 42% × 2,337.00 = 981.54;
    // top-up 698.46. Parts: 981.54 + 698.46 = 1,680.00.
    assert_eq!(amt(&p, 40, Source::InsuranceTopUp), 69_846);
    assert_eq!(month(&p, 40).total, Cents(168_000));
    // Basic does not pay during the LGU.
    assert_eq!(amt(&p, 30, Source::InsuranceTopUp), 0);
}

#[test]
fn dismissal_with_notice_period_and_ww() {
    let i = IncomeInput {
        scenario: Scenario::Dismissal {
            notice_date: d(2026, 3, 10),
            employment_start: d(2015, 1, 1),
        },
        work_years: 11,
        ..base(36_000, d(2026, 3, 10))
    };
    let out = project(&i).unwrap();
    // 11 whole years of service → 3 months' notice: 10 June 2026 → end of June.
    assert_eq!(
        out.notice,
        Some(NoticeInfo {
            service_years: 11,
            months: 3,
            contract_end: d(2026, 6, 30),
            ww_start: d(2026, 7, 1),
        })
    );
    let p = &out.low;
    // Month 1 (10 Mar – 9 Apr): wage 36,000 / 12 = 3,000.
    assert_eq!(amt(p, 1, Source::Wage), 300_000);
    // Month 4 (10 Jun – 9 Jul, 30 days): 21 days wage, 9 days WW 75% × 3,000 = 2,250:
    // 3,000 × 21/30 = 2,100; 2,250 × 9/30 = 675.
    assert_eq!(amt(p, 4, Source::Wage), 210_000);
    assert_eq!(amt(p, 4, Source::Ww), 67_500);
    // Month 6 (10 Aug – 9 Sep, 31 days): 22 days at 2,250, 9 days at 70% = 2,100:
    // (49,500 + 18,900) / 31 = 2,206.451… → 2,206.45.
    assert_eq!(amt(p, 6, Source::Ww), 220_645);
    // 11 years → 10.5 months: 1 Jul 2026 + 10 months + 15 days = 16 May 2027.
    let after = p.phases.iter().find(|f| f.kind == PhaseKind::AfterWw);
    assert_eq!(after.map(|f| f.from), Some(d(2027, 5, 16)));
    assert_eq!(amt(p, 20, Source::Ww), 0);
    assert_eq!(month(p, 20).total, Cents::ZERO);
    assert!(out
        .considerations
        .iter()
        .any(|c| c.kind == ConsiderationKind::VoluntaryUwvInsurance));
}

#[test]
fn stops_at_aow_age() {
    // Born 15 May 1959: AOW on 15 May 2026.
    let out = sick_2026(48_000, |i| i.born = Some(d(1959, 5, 15)));
    let p = &out.low;
    assert_eq!(p.months.len(), 5);
    let last = p.months.last().unwrap();
    assert!(last.partial);
    assert_eq!(last.until, d(2026, 5, 14));
    // 14 of 31 days: 2,800 × 14/31 = 1,264.516… → 1,264.52.
    assert_eq!(last.total, Cents(126_452));
    assert!(matches!(out.aow, AowInfo::On { cuts: true, .. }));
    // Already AOW age on the start date: nothing to project.
    let out = sick_2026(48_000, |i| i.born = Some(d(1957, 1, 1)));
    assert_eq!(out.aow, AowInfo::Reached);
    assert!(out.low.months.is_empty() && out.low.phases.is_empty());
}

#[test]
fn self_employed_with_and_without_aov() {
    let mut i = base(0, d(2026, 1, 1));
    i.ao = AoClass::Ao45To55;
    i.worker = Worker::SelfEmployed {
        aov: Some(Aov {
            annual: Cents::euros(30_000),
            waiting_days: 30,
        }),
    };
    let out = project(&i).unwrap();
    // 30,000 / 12 × 50% = 1,250 a month from day 31 (31 Jan): 1,250 × 1/31 = 40.32.
    assert_eq!(amt(&out.low, 1, Source::InsuranceTopUp), 4_032);
    assert_eq!(amt(&out.low, 2, Source::InsuranceTopUp), 125_000);
    assert!(out
        .considerations
        .iter()
        .any(|c| c.kind == ConsiderationKind::AovAndBaz));
    i.worker = Worker::SelfEmployed { aov: None };
    let out = project(&i).unwrap();
    assert_eq!(out.low.total(), Cents::ZERO);
    i.scenario = Scenario::Dismissal {
        notice_date: d(2026, 1, 1),
        employment_start: d(2020, 1, 1),
    };
    assert_eq!(project(&i), Err(IncomeError::SelfEmployedNeedsSickness));
}

#[test]
fn unknown_class_gives_a_range() {
    let mut i = base(48_000, d(2026, 1, 1));
    i.ao = AoClass::Unknown;
    i.cover = Cover::Unknown;
    let out = project(&i).unwrap();
    assert!(out.ranged);
    assert!(out.low.total() <= out.high.total());
    // The lowest: below 35% (WW for 11 months, then nothing); the highest: IVA (75%
    // for life). Below the loongrens the excedent part adds nothing to the IVA, so the
    // first of the equal candidates (no cover) is kept.
    assert_eq!(out.low.ao, AoClass::Below35);
    assert_eq!(out.low.cover, Cover::None);
    assert_eq!(out.high.ao, AoClass::Ao80To100Permanent);
    let mut every = Vec::new();
    for ao in AoClass::KNOWN {
        for cover in [Cover::None, Cover::Extended] {
            every.push(
                project(&IncomeInput { ao, cover, ..i })
                    .unwrap()
                    .low
                    .total(),
            );
        }
    }
    assert_eq!(Some(&out.high.total()), every.iter().max());
    assert_eq!(Some(&out.low.total()), every.iter().min());
}

#[test]
fn durations_notice_and_erd_dates() {
    let h: Vec<u32> = [0, 3, 4, 10, 11, 12, 38, 39, 60]
        .iter()
        .map(|y| benefit_half_months(*y))
        .collect();
    // 0–3 years: 3 months (6 halves); 4: 4; 10: 10; 11: 10.5; 12: 11; 38: 10 + 14 = 24;
    // capped at 24.
    assert_eq!(h, vec![6, 6, 8, 20, 21, 22, 48, 48, 48]);
    assert_eq!(
        [0, 4, 5, 9, 10, 14, 15, 40].map(notice_months),
        [1, 1, 2, 2, 3, 3, 4, 4]
    );
    assert_eq!(whole_years(d(2015, 3, 11), d(2026, 3, 10)), 10);
    assert_eq!(whole_years(d(2015, 3, 10), d(2026, 3, 10)), 11);
    // Notice on 31 Mar with 1 month: 30 Apr; on 28 Feb: 28 Mar → end of March.
    assert_eq!(
        notice(d(2026, 3, 31), d(2024, 1, 1)).contract_end,
        d(2026, 4, 30)
    );
    assert_eq!(
        notice(d(2026, 2, 28), d(2024, 1, 1)).contract_end,
        d(2026, 3, 31)
    );
    assert_eq!(
        erd_next_start(d(2026, 11, 22)),
        Some((d(2027, 7, 1), d(2027, 3, 31)))
    );
    assert_eq!(
        erd_next_start(d(2026, 10, 1)),
        Some((d(2027, 1, 1), d(2026, 10, 1)))
    );
    assert_eq!(
        erd_next_start(d(2026, 3, 31)),
        Some((d(2026, 7, 1), d(2026, 3, 31)))
    );
}

#[test]
fn errors_are_typed() {
    let mut i = base(0, d(2026, 1, 1));
    assert_eq!(project(&i), Err(IncomeError::WageMissing));
    i.annual_wage = Cents::euros(48_000);
    i.work_years = 61;
    assert_eq!(project(&i), Err(IncomeError::WorkYearsTooHigh));
    i.work_years = 5;
    i.scenario = Scenario::Sickness {
        first_sick_day: d(2100, 1, 1),
    };
    assert_eq!(project(&i), Err(IncomeError::StartDateOutOfRange));
    i.scenario = Scenario::Dismissal {
        notice_date: d(2026, 1, 1),
        employment_start: d(2026, 1, 2),
    };
    assert_eq!(project(&i), Err(IncomeError::EmploymentStartAfterNotice));
}

fn check_invariants(input: &IncomeInput, out: &IncomeOutcome) {
    for p in [&out.low, &out.high] {
        assert!(p.months.len() <= HORIZON_MONTHS as usize);
        // Every month covered exactly once: consecutive, contiguous, from start to end.
        let mut expect_from = p.start;
        for (i, m) in p.months.iter().enumerate() {
            assert_eq!(m.index as usize, i + 1);
            assert_eq!(m.from, expect_from);
            assert!(m.until >= m.from);
            expect_from = m.until.succ_opt().unwrap();
            for a in m.amounts {
                assert!(a >= Cents::ZERO, "negative income {m:?}");
            }
            assert_eq!(m.total, m.amounts.iter().copied().sum::<Cents>());
        }
        if !p.months.is_empty() {
            assert_eq!(expect_from, p.end_exclusive);
        }
        // Phases contiguous over the same span.
        let mut next = p.start;
        for f in &p.phases {
            assert_eq!(f.from, next, "gap or overlap in phases");
            assert!(f.until >= f.from);
            next = f.until.succ_opt().unwrap();
        }
        if !p.phases.is_empty() {
            assert_eq!(next, p.end_exclusive);
        }
        if let AowInfo::On { date, .. } = out.aow {
            assert!(p.end_exclusive <= date);
            assert!(p.months.iter().all(|m| m.until < date));
        }
        assert!(p.end_exclusive <= add_months(p.start, HORIZON_MONTHS));
    }
    assert!(out.low.total() <= out.high.total());
    let _ = input;
}

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (-1000i64..60_000).prop_map(|n| {
        d(1945, 1, 1)
            .checked_add_signed(chrono::Duration::days(n))
            .unwrap()
    })
}

prop_compose! {
    fn arb_input()(
        wage in -10i64..2_000_000_000,
        sick in any::<bool>(),
        a in arb_date(), b in arb_date(),
        born in proptest::option::of(arb_date()),
        pay in 0u8..4, y1 in 0u32..130, y2 in 0u32..130,
        ao in 0usize..8, years in 0u32..70, work in 0usize..3, cover in 0usize..4,
        se in 0u8..3, aov in -5i64..2_000_000_000, wait in 0u32..800,
        today in proptest::option::of(arb_date()),
        hours in proptest::option::of(0u32..100),
    ) -> IncomeInput {
        IncomeInput {
            annual_wage: Cents(wage),
            scenario: if sick { Scenario::Sickness { first_sick_day: a } }
                else { Scenario::Dismissal { notice_date: a, employment_start: b } },
            born,
            illness_pay: match pay { 0 => IllnessPay::Legal, 1 => IllnessPay::Cao100100,
                2 => IllnessPay::Cao10070, _ => IllnessPay::Custom { year1: y1, year2: y2 } },
            ao: AoClass::ALL[ao],
            work_years: years,
            wia_work: WiaWork::ALL[work],
            cover: Cover::ALL[cover],
            worker: match se { 0 => Worker::Employee,
                1 => Worker::SelfEmployed { aov: None },
                _ => Worker::SelfEmployed { aov: Some(Aov { annual: Cents(aov), waiting_days: wait }) } },
            today,
            hours_per_week: hours,
            contract_end: None,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_invariants_hold(input in arb_input()) {
        if let Ok(out) = project(&input) {
            check_invariants(&input, &out);
            if let Some(s) = summary(&out.low) {
                prop_assert!(s.level >= Cents::ZERO);
            }
        }
    }

    #[test]
    fn more_work_history_never_shortens_the_benefit(y in 0u32..70) {
        prop_assert!(benefit_half_months(y) <= benefit_half_months(y + 1));
    }
}

#[test]
fn consideration_sources_carry_no_internal_references() {
    let kinds = [
        ConsiderationKind::CheckHiaatExcedent,
        ConsiderationKind::VsoWhileSick,
        ConsiderationKind::VoluntaryUwvInsurance,
        ConsiderationKind::AovAndBaz,
        ConsiderationKind::Verzuimverzekering,
        ConsiderationKind::MkbVerzuimOntzorg,
        ConsiderationKind::EigenRisicoDrager { next: None },
        ConsiderationKind::Compensatieregeling,
    ];
    for k in kinds {
        for s in k.sources() {
            assert!(
                !s.label.contains("law-reference") && !s.label.contains('§'),
                "{}",
                s.label
            );
        }
    }
    assert!(ConsiderationKind::VoluntaryUwvInsurance.sources()[0]
        .url
        .is_some_and(|u| u.starts_with("https://www.uwv.nl/")));
}

#[test]
fn a_contract_that_ends_while_sick_is_followed_by_the_ziektewet() {
    // Sick from 5 Jan 2026; the contract ends on 31 Mar 2026. €48,000 a year = €4,000 a
    // month, under the cap: 70% = €2,800, first as pay during illness, then as Ziektewet.
    let mut i = base(48_000, d(2026, 1, 5));
    i.contract_end = Some(d(2026, 3, 31));
    let out = project(&i).unwrap();
    let p = &out.low;
    let kinds: Vec<(PhaseKind, NaiveDate, NaiveDate)> =
        p.phases.iter().map(|f| (f.kind, f.from, f.until)).collect();
    // The Ziektewet runs from 1 Apr 2026 to the end of the 104 weeks (day 728 = 2 Jan
    // 2028, docs/law/poortwachter.md#worked-example-a); the WGA from 3 Jan 2028. No
    // year-2 pay: the contract is gone.
    assert_eq!(
        kinds[0],
        (PhaseKind::SickPayYear1, d(2026, 1, 5), d(2026, 3, 31))
    );
    assert_eq!(
        kinds[1],
        (PhaseKind::Ziektewet, d(2026, 4, 1), d(2028, 1, 2))
    );
    assert_eq!(kinds[2].0, PhaseKind::WgaLgu75);
    assert_eq!(kinds[2].1, d(2028, 1, 3));
    assert_eq!(p.phases[1].pct_bp, Some(7_000));
    // Month 3 (5 Mar – 4 Apr): 27 days of pay, 4 days of Ziektewet, each 2,800 × n/31:
    // 2,438.709… → 2,438.71 and 361.290… → 361.29.
    assert_eq!(amts(p, Source::Loondoorbetaling, [3, 4]), [243_871, 0]);
    assert_eq!(
        amts(p, Source::Ziektewet, [3, 4, 20]),
        [36_129, 280_000, 280_000]
    );
    assert!(out.notes.contains(&Note::ZiektewetDagloon));
    assert_eq!(
        ziektewet_month(Cents::euros(48_000), d(2026, 4, 1)),
        Cents(280_000)
    );
    // A high wage is capped at the maximum dagloon: 70% × € 309,91 × 21,75 from July 2026
    // = 4,718.3797… → € 4.718,38; before July € 304,25: 4,632.2062… → € 4.632,21.
    assert_eq!(
        ziektewet_month(Cents::euros(120_000), d(2026, 7, 1)),
        Cents(471_838)
    );
    assert_eq!(
        ziektewet_month(Cents::euros(120_000), d(2026, 4, 1)),
        Cents(463_221)
    );
    let mut hi = base(120_000, d(2026, 1, 5));
    hi.contract_end = Some(d(2026, 3, 31));
    let hp = project(&hi).unwrap().low;
    assert_eq!(amt(&hp, 5, Source::Ziektewet), 463_221); // 5 May – 4 Jun
    assert_eq!(amt(&hp, 7, Source::Ziektewet), 471_838); // 5 Jul – 4 Aug
}

#[test]
fn a_contract_end_that_does_not_fall_in_the_illness_changes_nothing_or_is_refused() {
    let start = d(2026, 1, 5);
    let plain = project(&base(48_000, start)).unwrap();
    // After the 104 weeks, or for the self-employed, or in the dismissal scenario: no
    // Ziektewet phase, the same projection.
    let mut late = base(48_000, start);
    late.contract_end = Some(d(2028, 6, 30));
    assert_eq!(project(&late).unwrap().low, plain.low);
    let mut zzp = base(48_000, start);
    zzp.worker = Worker::SelfEmployed { aov: None };
    let zzp_plain = project(&zzp).unwrap().low;
    zzp.contract_end = Some(d(2026, 3, 31));
    assert_eq!(project(&zzp).unwrap().low, zzp_plain);
    // Before the first sick day, or outside the date range: an error for that field.
    let mut early = base(48_000, start);
    early.contract_end = Some(d(2026, 1, 4));
    assert_eq!(project(&early), Err(IncomeError::ContractEndBeforeSick));
    early.contract_end = Some(d(2100, 1, 1));
    assert_eq!(project(&early), Err(IncomeError::ContractEndOutOfRange));
    // The last day may be the first sick day itself.
    early.contract_end = Some(start);
    let p = project(&early).unwrap().low;
    assert_eq!(p.phases[1].kind, PhaseKind::Ziektewet);
    assert_eq!(p.phases[1].from, d(2026, 1, 6));
}

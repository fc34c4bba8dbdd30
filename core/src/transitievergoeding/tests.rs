//! Worked examples of docs/law/transitievergoeding.md#worked-examples (arithmetic in the comments) and properties.

use super::*;
use crate::flow::Voice;
use crate::lang::Lang;
use crate::params;
use crate::text::transitievergoeding::{error_message, line_text, uncertainty_text};
use explain::Uncertainty;

use crate::dates::ymd as d;

fn dec(s: &str) -> Decimal {
    Decimal::parse_plain(s).unwrap()
}

/// An input with M given directly: base wage, no holiday allowance.
fn with_m(start: NaiveDate, end: NaiveDate, m: &str) -> TvInput {
    let mut i = TvInput::new(start, end, Wage::Monthly(dec(m)));
    i.holiday_allowance_pct = dec("0");
    i
}

/// Employed from 1 Jan 2015 until `end` at M = 3000 and dismissed after two years of
/// illness from `first_sick_day`, with `wage_paid` paid during the illness.
fn after_illness(first_sick_day: NaiveDate, wage_paid: &str, end: NaiveDate) -> TvInput {
    let mut i = with_m(d(2015, 1, 1), end, "3000");
    i.termination = Termination::AfterTwoYearsIllness;
    i.first_sick_day = Some(first_sick_day);
    i.wage_paid_during_illness = Some(dec(wage_paid));
    i
}

/// A deduction specified in writing beforehand and agreed to in writing.
fn agreed(kind: DeductionKind, amount: Decimal) -> Deduction {
    Deduction {
        kind,
        amount,
        specified_in_writing_before: true,
        employee_consent_in_writing: true,
    }
}

fn calc(i: &TvInput) -> TvResult {
    calculate(i).unwrap_or_else(|e| panic!("{}", error_message(e, Lang::En)))
}

fn eur(s: &str) -> Cents {
    dec(s).to_cents()
}

struct Case {
    name: &'static str,
    input: TvInput,
    years: u32,
    months: u32,
    days: u32,
    amount: &'static str,
    capped: bool,
}

#[test]
fn worked_examples_law_reference_section_3() {
    let mut ex3 = with_m(d(2025, 6, 2), d(2025, 6, 22), "3857.14");
    ex3.wage_earned_in_remainder = Some(dec("2700"));
    let mut ex4 = with_m(d(2025, 1, 1), d(2025, 6, 30), "1684.80");
    ex4.wage_earned_in_remainder = Some(dec("9366.00"));
    let mut ex6 = TvInput::new(d(2021, 3, 1), d(2025, 9, 30), Wage::Monthly(dec("3200")));
    ex6.fixed_yearly_extras = dec("3200");
    let ex7 = TvInput::new(
        d(2018, 1, 1),
        d(2025, 6, 30),
        Wage::Hourly {
            hourly: dec("20"),
            hours_per_week: dec("20"),
        },
    );
    let mut ex9 = TvInput::new(d(2019, 7, 1), d(2025, 6, 30), Wage::Monthly(dec("4000")));
    ex9.fixed_components_last_12_months = dec("2400");
    ex9.variable_components_last_3_years = dec("9000");
    let mut ex5 = with_m(d(1985, 7, 1), d(2025, 6, 30), "7000");
    ex5.fixed_yearly_extras = dec("16000");
    let mut ex14 = with_m(d(2024, 5, 1), d(2025, 4, 30), "2800");
    ex14.earlier_contracts = vec![Period {
        start: d(2023, 1, 1),
        end: d(2023, 12, 31),
    }];

    let cases = vec![
        // 1: 3 full years: 3 × M/3 = M = 3000.
        Case {
            name: "1 three years",
            input: with_m(d(2022, 1, 1), d(2024, 12, 31), "3000"),
            years: 3,
            months: 0,
            days: 0,
            amount: "3000.00",
            capped: false,
        },
        // 2: 5 months, M = 3000: 5 × 3000/36 = 416.666.. -> 416.67.
        Case {
            name: "2 five months",
            input: with_m(d(2025, 1, 1), d(2025, 5, 31), "3000"),
            years: 0,
            months: 5,
            days: 0,
            amount: "416.67",
            capped: false,
        },
        // 3: 3 weeks, wage earned 2700 (contract < 1 month, art. 4 Besluit): 2700/36 = 75.00.
        Case {
            name: "3 three weeks",
            input: ex3,
            years: 0,
            months: 0,
            days: 21,
            amount: "75.00",
            capped: false,
        },
        // 4: 6 months, E = 9366.00: 9366/36 = 260.1666.. -> 260.17 (not 6 × M/36 = 280.80).
        Case {
            name: "4 replacement contract",
            input: ex4,
            years: 0,
            months: 6,
            days: 0,
            amount: "260.17",
            capped: false,
        },
        // 5: annual wage 100,000 (M = 7000 + 16000/12), 40 years in 2025: uncapped
        // 40 × 8333.33 = 133,333.33; cap = max(98,000, 100,000) = 100,000.
        Case {
            name: "5 annual wage above cap",
            input: ex5,
            years: 40,
            months: 0,
            days: 0,
            amount: "100000.00",
            capped: true,
        },
        // 6: M = 3200 + 256 + 3200/12 = 3722.666..; 4 × M/3 + 7 × M/36 = M × 55/36
        //    = 5687.407.. -> 5687.41.
        Case {
            name: "6 four years seven months",
            input: ex6,
            years: 4,
            months: 7,
            days: 0,
            amount: "5687.41",
            capped: false,
        },
        // 7: 20 × 20 × 52/12 = 1733.33; × 1.08 = 1872.00; 7 × 624 + 6 × 52 = 4680.00.
        Case {
            name: "7 part-time",
            input: ex7,
            years: 7,
            months: 6,
            days: 0,
            amount: "4680.00",
            capped: false,
        },
        // 8: 3 months, M = 2500: 3 × 2500/36 = 208.33.
        Case {
            name: "8 short fixed term",
            input: with_m(d(2025, 1, 1), d(2025, 3, 31), "2500"),
            years: 0,
            months: 3,
            days: 0,
            amount: "208.33",
            capped: false,
        },
        // 9: M = 4000 + 320 + 2400/12 + 9000/36 = 4770; 6 × 4770/3 = 9540.00.
        Case {
            name: "9 variable components",
            input: ex9,
            years: 6,
            months: 0,
            days: 0,
            amount: "9540.00",
            capped: false,
        },
        // 10: 3 y 4 m 17 d, M = 3000: 3000 + 4 × 83.333 + (17/31 × 3000)/36
        //     = 3000 + 333.333 + 45.699 = 3379.03.
        Case {
            name: "10 loose days",
            input: with_m(d(2022, 3, 15), d(2025, 7, 31), "3000"),
            years: 3,
            months: 4,
            days: 17,
            amount: "3379.03",
            capped: false,
        },
        // 11: 3 y 10 m 28 d, M = 3500: 3500 + 10 × 97.222 + (28/30 × 3500)/36
        //     = 3500 + 972.222 + 90.741 = 4562.96.
        Case {
            name: "11 magontslag split",
            input: with_m(d(2018, 1, 10), d(2021, 12, 7), "3500"),
            years: 3,
            months: 10,
            days: 28,
            amount: "4562.96",
            capped: false,
        },
        // 12a: 40 years × 7500/3 = 100,000 > 2025 cap 98,000 (12 × M = 90,000) -> 98,000.
        Case {
            name: "12a cap hit",
            input: with_m(d(1985, 7, 1), d(2025, 6, 30), "7500"),
            years: 40,
            months: 0,
            days: 0,
            amount: "98000.00",
            capped: true,
        },
        // 12b: 40 y 7 m: 100,000 + 7 × 7500/36 = 101,458.33 < 2026 cap 102,000.
        Case {
            name: "12b below 2026 cap",
            input: with_m(d(1985, 7, 1), d(2026, 1, 31), "7500"),
            years: 40,
            months: 7,
            days: 0,
            amount: "101458.33",
            capped: false,
        },
        // 13: 40 × 12,500/3 = 166,666.67 -> cap = 12 × 12,500 = 150,000.
        Case {
            name: "13 high earner",
            input: with_m(d(1985, 7, 1), d(2025, 6, 30), "12500"),
            years: 40,
            months: 0,
            days: 0,
            amount: "150000.00",
            capped: true,
        },
        // 14: 1 year + 1 year (gap of 4 months not counted), M = 2800: 2 × 933.33 = 1866.67.
        Case {
            name: "14 chained",
            input: ex14,
            years: 2,
            months: 0,
            days: 0,
            amount: "1866.67",
            capped: false,
        },
        // 16: 1 Jan 2015 – 30 Sep 2024: 9 y 9 m, M = 3000: 9000 + 9 × 83.33 = 9750.00.
        Case {
            name: "16 after illness",
            input: with_m(d(2015, 1, 1), d(2024, 9, 30), "3000"),
            years: 9,
            months: 9,
            days: 0,
            amount: "9750.00",
            capped: false,
        },
        // 17 (WAB variant only): 15 years, M = 4000: 15 × 1333.33 = 20,000.00.
        Case {
            name: "17 WAB variant",
            input: with_m(d(2010, 1, 1), d(2024, 12, 31), "4000"),
            years: 15,
            months: 0,
            days: 0,
            amount: "20000.00",
            capped: false,
        },
    ];
    for c in cases {
        let r = calc(&c.input);
        assert_eq!(
            (r.years, r.months, r.days),
            (c.years, c.months, c.days),
            "{}",
            c.name
        );
        assert_eq!(r.amount, eur(c.amount), "{}", c.name);
        assert_eq!(r.capped, c.capped, "{}", c.name);
        assert!(r.due, "{}", c.name);
        assert_eq!(r.payable, r.amount, "{}", c.name);
        assert!(r.amount <= r.cap, "{}", c.name);
    }
}

#[test]
fn example_10_days_method_cross_check() {
    // d/365: 3000 + 4 × 3000/36 + 17 × 3000/1095 = 3000 + 333.333 + 46.575 = 3379.91.
    let r = calc(&with_m(d(2022, 3, 15), d(2025, 7, 31), "3000"));
    assert_eq!(r.amount_days_method, eur("3379.91"));
    assert_eq!(r.amount_uncapped, eur("3379.03"));
}

#[test]
fn example_11_with_magontslag_own_estimate_differs() {
    // magontslag: 27 days ÷ 31 × 3500 = 3048.39 -> 3500 + 972.22 + 84.68 = 4556.90.
    // We count 28 days and divide by November's 30: 4562.96 (see service.rs).
    let r = calc(&with_m(d(2018, 1, 10), d(2021, 12, 7), "3500"));
    assert_ne!(r.amount, eur("4556.90"));
    assert_eq!(r.amount, eur("4562.96"));
}

#[test]
fn example_12b_flags_the_2026_cap_as_uncertain() {
    // The 2026 cap was announced, but its regeling could not be checked: marked.
    let r = calc(&with_m(d(1985, 7, 1), d(2026, 1, 31), "7500"));
    let codes: Vec<String> = r.uncertain.iter().map(|u| u.code()).collect();
    assert!(
        codes.contains(&"cap_2026_unverified".to_string()),
        "{codes:?}"
    );
    // The 2024 cap comes from a (secondary) published source: no mark.
    let r24 = calc(&with_m(d(1985, 7, 1), d(2024, 6, 30), "7500"));
    assert!(!r24
        .uncertain
        .iter()
        .any(|u| matches!(u, Uncertainty::Cap { .. })));
    assert_eq!(r24.cap, Cents::euros(94_000));
}

#[test]
fn end_dates_past_the_table_get_an_amount_with_an_estimate_mark() {
    // 2027 and 2028: the cap is an estimate (the 2026 figure carried forward).
    for end in [d(2027, 3, 31), d(2028, 12, 31), d(2033, 6, 30)] {
        // Capped: 41 years and more at € 7.500 a month (no holiday pay) is above the cap,
        // and 12 × M = 90.000 is below € 102.000, so the statutory cap applies.
        let r = calc(&with_m(d(1985, 7, 1), end, "7500"));
        let year = chrono::Datelike::year(&end);
        assert_eq!(r.cap_year, year);
        assert_eq!(r.cap, Cents::euros(102_000));
        assert!(r.capped);
        assert_eq!(r.payable, Cents::euros(102_000));
        let code = format!("cap_{year}_estimate");
        let u = r.uncertain.iter().find(|u| u.code() == code).unwrap();
        assert!(u.affects().contains(&"payable"));
        assert!(uncertainty_text(*u, Voice::Werknemer, Lang::Nl).contains("nog niet vastgesteld"));
        assert!(uncertainty_text(*u, Voice::Werknemer, Lang::Nl).contains("€ 102.000"));
    }
    // Not capped: the amount is exact; the mark is still listed for the cap itself.
    let r = calc(&with_m(d(2024, 1, 1), d(2027, 12, 31), "3000"));
    assert!(!r.capped);
    assert_eq!(r.years, 4);
    assert_eq!(r.amount, Cents::euros(4_000));
    let u = r
        .uncertain
        .iter()
        .find(|u| u.code() == "cap_2027_estimate")
        .unwrap();
    assert_eq!(u.affects(), ["cap"]);
}

#[test]
fn example_15_deduction_of_outplacement() {
    // 10 years × 3000/3 = 10,000; agreed outplacement 4,000 -> payable 6,000.
    let mut i = with_m(d(2015, 1, 1), d(2024, 12, 31), "3000");
    i.deductions
        .push(agreed(DeductionKind::Transitiekosten, dec("4000")));
    let r = calc(&i);
    assert_eq!(r.amount, Cents::euros(10_000));
    assert_eq!(r.payable, Cents::euros(6_000));
    assert_eq!(r.deductions[0].reason, ReasonCode::DeductionAccepted);
    // Without prior written consent: nothing deducted, payable 10,000.
    i.deductions[0].employee_consent_in_writing = false;
    let r = calc(&i);
    assert_eq!(r.payable, Cents::euros(10_000));
    assert_eq!(r.deductions[0].reason, ReasonCode::DeductionNoConsent);
    // Not specified in writing beforehand.
    i.deductions[0].specified_in_writing_before = false;
    assert_eq!(
        calc(&i).deductions[0].reason,
        ReasonCode::DeductionNotSpecifiedBefore
    );
    // Re-integration costs are never deductible, even with both conditions met.
    i.deductions[0] = agreed(DeductionKind::Reintegratie, dec("4000"));
    let r = calc(&i);
    assert_eq!(r.payable, Cents::euros(10_000));
    assert_eq!(r.deductions[0].reason, ReasonCode::DeductionReintegratie);
    // Costs above the amount: only the amount is taken off, payable never below 0.
    i.deductions[0] = agreed(DeductionKind::Inzetbaarheidskosten, dec("12000"));
    let r = calc(&i);
    assert_eq!(r.payable, Cents::ZERO);
    assert_eq!(r.deductions[0].applied, Cents::euros(10_000));
}

#[test]
fn example_16_uwv_compensation_after_illness() {
    // Sick from 1 Feb 2022; the 104 weeks end 29 Jan 2024 (1 Feb 2022 + 728 days − 1).
    // (b): 1 Jan 2015 – 29 Jan 2024 = 9 y + 29 days: 9000 + (29/31 × 3000)/36 = 9077.96.
    // (a): 9750 paid; (c): wage paid during illness 70,000. Lowest: 9077.96.
    let mut i = after_illness(d(2022, 2, 1), "70000", d(2024, 9, 30));
    i.payment_date = Some(d(2024, 10, 31));
    let r = calc(&i);
    assert_eq!(r.wachttijd_end, Some(d(2024, 1, 29)));
    assert_eq!(r.payable, eur("9750.00"));
    assert_eq!(r.xella_amount, Some(eur("9077.96")));
    let comp = r.compensation.unwrap();
    // The 104 weeks ended before 1 July 2026: bill 36869 does not touch it.
    assert_eq!(comp.status, CompensationStatus::Eligible);
    assert_eq!(comp.bill, None);
    let c = comp.amounts.unwrap();
    assert_eq!(c.at_end_of_wachttijd, eur("9077.96"));
    assert_eq!(c.paid_plus_transitiekosten, eur("9750.00"));
    assert_eq!(c.amount, eur("9077.96"));
    // Apply within 6 months after paying on 31 Oct 2024: by 30 Apr 2025.
    assert_eq!(comp.deadline, Some(d(2025, 4, 30)));
    // Part (c) lowest when little wage was paid during illness.
    i.wage_paid_during_illness = Some(dec("5000"));
    assert_eq!(
        calc(&i).compensation.unwrap().amounts.unwrap().amount,
        Cents::euros(5000)
    );
    // Part (a) includes deducted transitiekosten: 9750 − 1000 paid + 1000 = 9750.
    i.wage_paid_during_illness = Some(dec("70000"));
    i.deductions
        .push(agreed(DeductionKind::Transitiekosten, dec("1000")));
    let r = calc(&i);
    assert_eq!(r.payable, eur("8750.00"));
    assert_eq!(
        r.compensation
            .unwrap()
            .amounts
            .unwrap()
            .paid_plus_transitiekosten,
        eur("9750.00")
    );
}

#[test]
fn example_17_old_rules_are_refused_with_a_clear_error() {
    let e = calculate(&with_m(d(2004, 1, 1), d(2019, 12, 31), "4000")).unwrap_err();
    assert_eq!(e, TvError::new(Field::EndDate, ErrorKind::Before2020));
}

#[test]
fn example_18_xella_before_2020_is_not_computed() {
    // Sick 11 May 2014: the wachttijd ended in 2016, under the old rules.
    let mut i = with_m(d(1989, 9, 1), d(2020, 7, 31), "4000");
    i.first_sick_day = Some(d(2014, 5, 11));
    let r = calc(&i);
    assert_eq!(r.xella_amount, None);
    assert!(r
        .explanation
        .iter()
        .any(|l| matches!(l, Line::WachttijdOutsideTable { .. })));
}

#[test]
fn verdicts_and_reason_codes() {
    let base = with_m(d(2020, 1, 1), d(2024, 12, 31), "3000");
    let cases = [
        (Termination::EmployerInitiative, true, "employer_initiative"),
        (
            Termination::FixedTermNotRenewed,
            true,
            "fixed_term_not_renewed",
        ),
        (
            Termination::EmployerSeriousCulpability,
            true,
            "employer_serious_culpability",
        ),
        (
            Termination::AfterTwoYearsIllness,
            true,
            "after_two_years_illness",
        ),
        (
            Termination::MutualConsent,
            false,
            "mutual_consent_not_statutory",
        ),
        (
            Termination::EmployeeSeriousCulpability,
            false,
            "employee_serious_culpability",
        ),
        (
            Termination::EmployerBankruptcy,
            false,
            "employer_bankruptcy",
        ),
        (Termination::AowAge, false, "aow_age"),
        (Termination::MinorSmallJob, false, "minor_small_job"),
        (Termination::EmployeeResigned, false, "employee_resigned"),
        // An offer of unknown quality: shown as due, with its uncertainty, so the
        // employee sees the amount and the claim deadline.
        (
            Termination::RenewalOfferedDeclined,
            true,
            "renewal_offer_quality_unknown",
        ),
    ];
    for (t, due, code) in cases {
        let mut i = base.clone();
        i.termination = t;
        let r = calc(&i);
        assert_eq!(r.due, due, "{code}");
        assert_eq!(r.reason.code(), code);
        assert_eq!(Termination::parse(t.code()), Some(t));
        if !due {
            assert_eq!(r.payable, Cents::ZERO);
            assert!(r.amount > Cents::ZERO, "benchmark amount still shown");
        }
    }
}

#[test]
fn renewal_offer_rules_verification_section_8() {
    let mut i = with_m(d(2023, 1, 1), d(2024, 12, 31), "3000");
    i.termination = Termination::RenewalOfferedDeclined;
    i.renewal_offer_equal_or_better = Some(true);
    assert_eq!(calc(&i).reason, ReasonCode::RenewalOfferDeclined);
    i.renewal_offer_equal_or_better = Some(false);
    let r = calc(&i);
    assert!(r.due);
    assert_eq!(r.reason, ReasonCode::RenewalOfferWorseDeclined);
    assert_eq!(r.payable, Cents::euros(2000));
    i.follow_up_contract_within_6_months = true;
    let r = calc(&i);
    assert!(!r.due);
    assert_eq!(r.reason, ReasonCode::FollowUpContractAgreed);
}

#[test]
fn partial_dismissal_is_pro_rata_after_the_cap() {
    // 6 years × 3000/3 = 6000; 40% of the hours end: 2400.
    let mut i = with_m(d(2019, 1, 1), d(2024, 12, 31), "3000");
    i.termination = Termination::PartialDismissal;
    assert_eq!(
        calculate(&i).unwrap_err(),
        TvError::new(Field::PartialDismissalFraction, ErrorKind::Missing)
    );
    i.partial_dismissal_fraction = Some(dec("0.4"));
    let r = calc(&i);
    assert_eq!(r.amount, Cents::euros(2400));
    assert!(r.uncertain.contains(&Uncertainty::PartialCapOrder));
    // Capped first: 40 × 7500/3 = 100,000 -> 98,000 (2025) × 0.5 = 49,000.
    let mut big = with_m(d(1985, 7, 1), d(2025, 6, 30), "7500");
    big.termination = Termination::PartialDismissal;
    big.partial_dismissal_fraction = Some(dec("0.5"));
    assert_eq!(calc(&big).amount, Cents::euros(49_000));
    // Less than 20%: not due.
    i.partial_dismissal_fraction = Some(dec("0.1"));
    let r = calc(&i);
    assert!(!r.due);
    assert_eq!(r.reason, ReasonCode::PartialBelow20Percent);
    i.partial_dismissal_fraction = Some(dec("1.5"));
    assert_eq!(
        calculate(&i).unwrap_err().kind,
        ErrorKind::FractionOutOfRange
    );
}

#[test]
fn chained_contract_with_long_gap_does_not_count() {
    let mut i = with_m(d(2024, 9, 1), d(2025, 8, 31), "2800");
    i.earlier_contracts = vec![Period {
        start: d(2023, 1, 1),
        end: d(2023, 12, 31),
    }];
    let r = calc(&i);
    assert_eq!(r.years, 1);
    assert_eq!(r.counted_earlier, vec![(i.earlier_contracts[0], false)]);
    assert!(!r.uncertain.contains(&Uncertainty::ChainGapsExcluded));
    // Overlap with the current contract is an error naming the contract.
    i.earlier_contracts = vec![Period {
        start: d(2023, 1, 1),
        end: d(2024, 9, 1),
    }];
    assert_eq!(
        calculate(&i).unwrap_err(),
        TvError::new(Field::EarlierContract(0), ErrorKind::Overlap)
    );
}

#[test]
fn claim_deadline_is_three_months_after_the_end() {
    // Ends 31 Jan 2025: the period runs from 1 Feb, so the last day is 30 Apr 2025.
    let r = calc(&with_m(d(2024, 1, 1), d(2025, 1, 31), "3000"));
    assert_eq!(r.claim_deadline, d(2025, 4, 30));
    let r = calc(&with_m(d(2024, 1, 1), d(2025, 9, 30), "3000"));
    assert_eq!(r.claim_deadline, d(2025, 12, 31));
}

#[test]
fn validation_errors_name_the_field() {
    let ok = with_m(d(2020, 1, 1), d(2024, 12, 31), "3000");
    let check = |i: TvInput, field: Field, kind: ErrorKind| {
        assert_eq!(calculate(&i).unwrap_err(), TvError::new(field, kind));
    };
    let mut i = ok.clone();
    i.end_date = d(2019, 12, 31);
    check(i, Field::EndDate, ErrorKind::EndBeforeStart);
    // 2027 is never refused: the cap is an estimate (see `end_dates_past_the_table`).
    let mut i = ok.clone();
    i.end_date = d(2027, 1, 31);
    assert!(calculate(&i).is_ok());
    let mut i = ok.clone();
    i.start_date = d(1949, 12, 31);
    check(i, Field::StartDate, ErrorKind::Date(DateError::OutOfRange));
    let mut i = ok.clone();
    i.wage = Wage::Monthly(dec("0"));
    check(i, Field::BaseMonthlyWage, ErrorKind::Zero);
    let mut i = ok.clone();
    i.wage = Wage::Monthly(dec("1000000.01"));
    check(i, Field::BaseMonthlyWage, ErrorKind::TooLarge);
    let mut i = ok.clone();
    i.wage = Wage::Monthly(dec("-1"));
    check(i, Field::BaseMonthlyWage, ErrorKind::Negative);
    let mut i = ok.clone();
    i.wage = Wage::Hourly {
        hourly: dec("20"),
        hours_per_week: dec("169"),
    };
    check(i, Field::HoursPerWeek, ErrorKind::TooManyHours);
    let mut i = ok.clone();
    i.holiday_allowance_pct = dec("101");
    check(i, Field::HolidayAllowancePct, ErrorKind::PercentOutOfRange);
    let mut i = ok.clone();
    i.fixed_yearly_extras = dec("-5");
    check(i, Field::FixedYearlyExtras, ErrorKind::Negative);
    let mut i = ok.clone();
    i.first_sick_day = Some(d(2025, 1, 1));
    check(i, Field::FirstSickDay, ErrorKind::OutsideEmployment);
    let e = TvError::new(
        Field::Deduction(2, DeductionPart::Amount),
        ErrorKind::Negative,
    );
    assert_eq!(
        error_message(e, Lang::En),
        "deductions[2].amount: must not be negative"
    );
    assert!(error_message(e, Lang::Nl).starts_with("deductions[2].amount: "));
}

#[test]
fn explanation_exists_in_both_languages_with_numbers() {
    let mut i = with_m(d(2022, 3, 15), d(2025, 7, 31), "3000");
    i.first_sick_day = Some(d(2022, 4, 1));
    let r = calc(&i);
    for lang in [Lang::Nl, Lang::En] {
        let texts: Vec<String> = r
            .explanation
            .iter()
            .map(|l| line_text(*l, Voice::Werknemer, lang))
            .collect();
        assert!(texts.iter().all(|t| !t.is_empty()));
        let joined = texts.join("\n");
        match lang {
            Lang::Nl => assert!(joined.contains("€ 3.379,03"), "{joined}"),
            Lang::En => assert!(joined.contains("€3,379.03"), "{joined}"),
        }
    }
    for u in &r.uncertain {
        assert!(
            !uncertainty_text(*u, Voice::Werknemer, Lang::Nl).is_empty()
                && !uncertainty_text(*u, Voice::Werknemer, Lang::En).is_empty()
        );
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn date_strategy() -> impl Strategy<Value = NaiveDate> {
        (0i64..(365 * 30)).prop_map(|n| d(1996, 1, 1) + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn amount_never_above_cap(
            start in date_strategy(),
            len in 0i64..(365 * 45),
            wage in 1i64..100_000_000i64,
            pct in 0i64..30,
        ) {
            let end = start + chrono::Duration::days(len);
            let mut i = TvInput::new(start, end, Wage::Monthly(Decimal::new(wage.into(), 2)));
            i.holiday_allowance_pct = Decimal::from_int(pct);
            if let Ok(r) = calculate(&i) {
                prop_assert!(r.amount <= r.cap);
                prop_assert!(r.payable <= r.amount);
                prop_assert!(r.cap >= params::tv_cap_for_end_date(end).unwrap().value);
            }
        }

        #[test]
        fn monotone_in_service_length(
            start in date_strategy(),
            len in 0i64..(365 * 45),
            extra in 1i64..400,
            wage in 1i64..3_000_000i64,
        ) {
            let end = start + chrono::Duration::days(len);
            let end2 = end + chrono::Duration::days(extra);
            // Same cap year, so only the length differs.
            prop_assume!(chrono::Datelike::year(&end) == chrono::Datelike::year(&end2));
            let a = calculate(&with_m(start, end, &Decimal::new(wage.into(), 2).to_plain()));
            let b = calculate(&with_m(start, end2, &Decimal::new(wage.into(), 2).to_plain()));
            if let (Ok(a), Ok(b)) = (a, b) {
                prop_assert!(b.amount >= a.amount, "{} < {}", b.amount, a.amount);
                prop_assert!(b.amount_uncapped >= a.amount_uncapped);
            }
        }

        #[test]
        fn monotone_in_wage(
            start in date_strategy(),
            len in 0i64..(365 * 45),
            wage in 1i64..50_000_000i64,
            more in 1i64..5_000_000i64,
        ) {
            let end = start + chrono::Duration::days(len);
            let a = calculate(&with_m(start, end, &Decimal::new(wage.into(), 2).to_plain()));
            let b = calculate(&with_m(start, end, &Decimal::new((wage + more).into(), 2).to_plain()));
            if let (Ok(a), Ok(b)) = (a, b) {
                prop_assert!(b.amount >= a.amount);
            }
        }

        #[test]
        fn no_panic_on_arbitrary_input(
            sy in 1900i32..2200, sm in 1u32..13, sd in 1u32..29,
            ey in 1900i32..2200, em in 1u32..13, ed in 1u32..29,
            wage in any::<i64>(), scale in 0u32..20,
            hours in any::<i32>(), pct in any::<i32>(),
            extras in any::<i64>(), t in 0usize..12,
            sick in proptest::option::of(0i64..20_000),
            frac in proptest::option::of(any::<i16>()),
            ded in proptest::option::of(any::<i64>()),
            hourly in any::<bool>(),
        ) {
            let s = d(sy, sm, sd);
            let e = d(ey, em, ed);
            let w = Decimal::new(wage.into(), scale);
            let mut i = TvInput::new(s, e, if hourly {
                Wage::Hourly { hourly: w, hours_per_week: Decimal::new(hours.into(), 1) }
            } else {
                Wage::Monthly(w)
            });
            i.holiday_allowance_pct = Decimal::new(pct.into(), 1);
            i.fixed_yearly_extras = Decimal::new(extras.into(), 3);
            i.termination = Termination::ALL[t];
            i.first_sick_day = sick.map(|n| s + chrono::Duration::days(n));
            i.wage_paid_during_illness = Some(Decimal::from_int(50_000));
            i.partial_dismissal_fraction = frac.map(|f| Decimal::new(f.into(), 4));
            if let Some(x) = ded {
                let amount = Decimal::new(x.into(), 2);
                i.deductions.push(agreed(DeductionKind::Transitiekosten, amount));
            }
            if let Ok(r) = calculate(&i) {
                prop_assert!(r.amount <= r.cap);
                prop_assert!(r.payable >= Cents::ZERO);
                for l in &r.explanation {
                    let _ = line_text(*l, Voice::Werknemer, Lang::Nl);
                    let _ = line_text(*l, Voice::Werknemer, Lang::En);
                }
            }
        }
    }
}

#[test]
fn vso_after_illness_gets_compensation_with_an_assumption() {
    let mut i = after_illness(d(2022, 2, 1), "70000", d(2024, 9, 30));
    i.termination = Termination::MutualConsent;
    let r = calc(&i);
    assert!(!r.due);
    assert_eq!(r.payable, Cents::ZERO);
    let c = r.compensation.unwrap().amounts.unwrap();
    assert_eq!(c.paid_plus_transitiekosten, eur("9750.00"));
    assert_eq!(c.amount, eur("9077.96"));
    assert!(r.explanation.contains(&Line::CompensationVso));
    // Not for a dismissal that is not due for another reason.
    i.termination = Termination::EmployeeSeriousCulpability;
    let comp = calc(&i).compensation.unwrap();
    assert_eq!(comp.status, CompensationStatus::NotEligible);
    assert_eq!((comp.amounts, comp.deadline), (None, None));
    // Illness that has not lasted 104 weeks at the end: no Xella, no compensation.
    i.termination = Termination::AfterTwoYearsIllness;
    i.first_sick_day = Some(d(2023, 2, 1));
    let r = calc(&i);
    assert_eq!(r.xella_amount, None);
    assert_eq!(
        r.compensation.map(|c| (c.status, c.amounts)),
        Some((CompensationStatus::NotEligible, None))
    );
    assert!(r
        .explanation
        .iter()
        .any(|l| matches!(l, Line::WachttijdNotOver { .. })));
}

mod json_props {
    use proptest::prelude::*;

    fn value() -> impl Strategy<Value = serde_json::Value> {
        prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            "\\PC{0,14}".prop_map(serde_json::Value::String),
            "-?[0-9]{1,12}(\\.[0-9]{1,12})?"
                .prop_map(|s| serde_json::from_str(&s).unwrap_or(serde_json::Value::Null)),
            "(19|20|21)[0-9]{2}-[01][0-9]-[0-3][0-9]".prop_map(serde_json::Value::String),
        ]
    }

    /// The JSON input keys, as the CSV batch lists them.
    const KEYS: &[&str] = crate::batch::INPUT_KEYS;

    proptest! {
        #[test]
        fn run_json_never_panics(vals in proptest::collection::vec(value(), KEYS.len())) {
            let mut obj = serde_json::Map::new();
            for (k, v) in KEYS.iter().zip(vals) {
                obj.insert((*k).to_string(), v);
            }
            let _ = crate::cli::transitievergoeding::run_json(&serde_json::Value::Object(obj.clone()));
            // With valid dates and wage, amounts stay within the cap.
            obj.insert("start_date".into(), "2012-03-04".into());
            obj.insert("end_date".into(), "2025-11-30".into());
            obj.insert("base_monthly_wage".into(), "4000".into());
            if let Ok(v) = crate::cli::transitievergoeding::run_json(&serde_json::Value::Object(obj)) {
                prop_assert!(v.get("amount").is_some());
            }
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,80}") {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&s) {
                let _ = crate::cli::transitievergoeding::run_json(&v);
            }
        }
    }
}

#[test]
fn a_renewal_offer_of_unknown_quality_is_uncertain_not_refused() {
    let mut i = with_m(d(2022, 1, 1), d(2026, 12, 31), "3000");
    i.termination = Termination::RenewalOfferedDeclined;
    let r = calc(&i);
    assert!(r.due);
    assert_eq!(r.reason, ReasonCode::RenewalOfferQualityUnknown);
    assert_eq!(r.payable, Cents::euros(5_000));
    assert_eq!(r.claim_deadline, d(2027, 3, 31));
    let u = r
        .uncertain
        .iter()
        .find(|u| **u == Uncertainty::RenewalOfferQuality)
        .unwrap();
    assert!(u.affects().contains(&"payable") && u.affects().contains(&"due"));
    let text = uncertainty_text(*u, Voice::Werknemer, Lang::Nl);
    assert!(text.contains("minstens even goed"), "{text}");
    // Known to be at least as good: not due, and no uncertainty.
    i.renewal_offer_equal_or_better = Some(true);
    let r = calc(&i);
    assert!(!r.due);
    assert!(!r.uncertain.contains(&Uncertainty::RenewalOfferQuality));
}

#[test]
fn compensation_status_follows_bill_36869() {
    use crate::pending_law::{LawStatus, PendingLawId};
    // Sick from 1 Sept 2024: the 104 weeks end on 29 Aug 2026, after 1 July 2026.
    let mut i = after_illness(d(2024, 9, 1), "60000", d(2026, 10, 31));
    let status = |i: &TvInput| calc(i).compensation.map(|c| (c.status, c.bill));
    let pending = Some((
        CompensationStatus::DependsOnPendingLaw,
        Some(PendingLawId::Bill36869),
    ));
    i.employer_size = EmployerSize::MediumLarge;
    assert_eq!(status(&i), pending);
    i.employer_size = EmployerSize::Unknown;
    assert_eq!(status(&i), pending);
    i.employer_size = EmployerSize::Small;
    assert_eq!(status(&i), Some((CompensationStatus::Eligible, None)));
    // The explanation says what happens in each case, with the last-checked date.
    i.employer_size = EmployerSize::MediumLarge;
    let r = calc(&i);
    let text: Vec<String> = r
        .explanation
        .iter()
        .map(|l| line_text(*l, Voice::Werknemer, Lang::Nl))
        .collect();
    assert!(
        text.iter()
            .any(|t| t.contains("wetsvoorstel, nog geen wet") && t.contains("29 november 2026")),
        "{text:?}"
    );
    // The amounts are still shown while the bill is pending.
    assert!(r.compensation.unwrap().amounts.is_some());

    // The rule itself, on either side of the bill's date and with the bill in force.
    let mut bill = *PendingLawId::Bill36869.entry();
    let before = d(2026, 6, 30);
    let on = d(2026, 7, 1);
    let cases = [
        // (status of the bill, size, 104 weeks end, expected)
        (
            LawStatus::Proposal,
            EmployerSize::Small,
            on,
            CompensationStatus::Eligible,
        ),
        (
            LawStatus::Proposal,
            EmployerSize::MediumLarge,
            before,
            CompensationStatus::Eligible,
        ),
        (
            LawStatus::Proposal,
            EmployerSize::Unknown,
            before,
            CompensationStatus::Eligible,
        ),
        (
            LawStatus::Proposal,
            EmployerSize::MediumLarge,
            on,
            CompensationStatus::DependsOnPendingLaw,
        ),
        (
            LawStatus::Proposal,
            EmployerSize::Unknown,
            on,
            CompensationStatus::DependsOnPendingLaw,
        ),
        (
            LawStatus::Adopted,
            EmployerSize::MediumLarge,
            on,
            CompensationStatus::DependsOnPendingLaw,
        ),
        (
            LawStatus::InForce,
            EmployerSize::Small,
            on,
            CompensationStatus::Eligible,
        ),
        (
            LawStatus::InForce,
            EmployerSize::MediumLarge,
            before,
            CompensationStatus::Eligible,
        ),
        (
            LawStatus::InForce,
            EmployerSize::Unknown,
            before,
            CompensationStatus::Eligible,
        ),
        (
            LawStatus::InForce,
            EmployerSize::MediumLarge,
            on,
            CompensationStatus::NotEligible,
        ),
        (
            LawStatus::InForce,
            EmployerSize::Unknown,
            on,
            CompensationStatus::DependsOnEmployerSize,
        ),
    ];
    for (st, size, end, want) in cases {
        bill.status = st;
        assert_eq!(
            compensation_status(size, end, true, &bill),
            want,
            "{st:?} {size:?} {end}"
        );
        // A contract the law does not compensate is never eligible.
        assert_eq!(
            compensation_status(size, end, false, &bill),
            CompensationStatus::NotEligible
        );
    }
}

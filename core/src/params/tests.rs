//! Tests of the yearly figures: freshness, estimates, contiguous periods and official sources.

use super::*;
use crate::dates::date_from_unix_seconds;

fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    date_from_unix_seconds(secs)
}

/// The date the table was last brought up to date (the app's content date).
const CONTENT_DATE: NaiveDate = d(2026, 11, 29);

#[test]
fn freshness_today() {
    let problems = staleness(today(), KNOWN_OLD_ESTIMATES);
    assert!(
        problems.is_empty(),
        "the parameter table is behind on {}: {problems:?}. Add rows (half years) so a row \
         covers today + 12 months, and replace estimates with the published figures \
         (docs/law/parameters.md)",
        today()
    );
}

#[test]
fn freshness_can_fail_two_years_ahead() {
    // A fixed "today" two years after the content date: no row covers today + 12 months,
    // and the 2027 and 2028 estimates are older than three months.
    let later = d(2028, 11, 29);
    let problems = staleness(later, KNOWN_OLD_ESTIMATES);
    assert!(problems.contains(&Staleness::NotCovered {
        date: d(2029, 11, 29)
    }));
    assert!(problems.contains(&Staleness::OldEstimate {
        code: "cap_2027_estimate".into(),
        from: d(2027, 1, 1),
    }));
    assert!(problems.contains(&Staleness::OldEstimate {
        code: "max_dagloon_2028_01_estimate".into(),
        from: d(2028, 1, 1),
    }));
}

#[test]
fn an_estimate_becomes_stale_three_months_into_its_period() {
    let stale = |today| {
        staleness(today, KNOWN_OLD_ESTIMATES).into_iter().any(
            |p| matches!(p, Staleness::OldEstimate { ref code, .. } if code == "cap_2027_estimate"),
        )
    };
    assert!(!stale(d(2027, 3, 31)));
    assert!(stale(d(2027, 4, 2)));
}

#[test]
fn unpublished_future_figures_never_fail() {
    // Every estimate that starts after the content date is fine on the content date.
    let problems = staleness(CONTENT_DATE, KNOWN_OLD_ESTIMATES);
    assert!(problems.is_empty(), "{problems:?}");
    // Without the named exceptions, only the old, not-found figures are reported.
    let without = staleness(CONTENT_DATE, &[]);
    assert_eq!(without.len(), KNOWN_OLD_ESTIMATES.len(), "{without:?}");
    for k in KNOWN_OLD_ESTIMATES {
        assert!(
            without
                .iter()
                .any(|p| matches!(p, Staleness::OldEstimate { code, .. } if code == k.code)),
            "{} is not (or no longer) an old estimate: remove it from the exceptions",
            k.code
        );
        assert!(!k.reason.is_empty());
        assert!(k.last_searched >= d(2026, 11, 1));
    }
}

#[test]
fn the_table_reaches_24_months_past_the_content_date() {
    let horizon = d(2028, 11, 29);
    assert!(coverage().is_some_and(|(_, until)| until >= horizon));
    for p in Param::ALL {
        let v = value(p, horizon).unwrap();
        assert!(!v.carried, "{p:?} has no row for {horizon}");
    }
}

#[test]
fn rows_are_contiguous_half_years() {
    assert!(!ROWS.is_empty());
    for r in ROWS {
        assert!(r.from <= r.until);
        assert!(
            (r.from.month(), r.from.day()) == (1, 1) || (r.from.month(), r.from.day()) == (7, 1)
        );
        assert_eq!(r.from.year(), r.until.year());
    }
    for w in ROWS.windows(2) {
        assert_eq!(w[0].until.succ_opt(), Some(w[1].from));
        if w[0].from.year() == w[1].from.year() {
            assert_eq!(w[0].tv_cap, w[1].tv_cap, "cap changes within a year");
        }
    }
    for w in LOONGRENS.windows(2) {
        assert_eq!(w[0].year + 1, w[1].year);
    }
}

#[test]
fn figures_from_2025_have_an_official_source_or_a_mark() {
    // Secondary sources are allowed for figures before 2025 only; later figures are
    // confirmed, or carry an uncertainty mark.
    for r in ROWS {
        for v in [Some(r.tv_cap), Some(r.wia_max_dagloon), r.min_wage_month]
            .into_iter()
            .flatten()
        {
            assert!(v.value > Cents::ZERO && !v.reason.is_empty());
            assert!(v.source.url.is_some());
            if r.from.year() >= 2025 {
                assert_ne!(v.certainty, Certainty::Secondary, "row {}", r.from);
            }
        }
        if r.from.year() >= 2025 {
            assert!(
                r.min_wage_month.is_some(),
                "row {} has no minimum wage",
                r.from
            );
        }
    }
    for r in LOONGRENS {
        if r.year >= 2025 {
            assert_ne!(r.annual.certainty, Certainty::Secondary);
        }
    }
}

/// The uncertainty code of a value that must exist.
fn code_of(v: Option<ParamValue>) -> Option<String> {
    v.expect("a value").uncertainty_code()
}

#[test]
fn estimates_carry_their_own_codes() {
    let cap27 = tv_cap_for_end_date(d(2027, 3, 1)).unwrap();
    assert_eq!(cap27.value, Cents::euros(102_000));
    assert_eq!(
        cap27.uncertainty_code().as_deref(),
        Some("cap_2027_estimate")
    );
    assert_eq!(
        code_of(tv_cap_for_end_date(d(2026, 3, 1))).as_deref(),
        Some("cap_2026_unverified")
    );
    assert_eq!(
        code_of(value(Param::MaxDagloon, d(2027, 8, 15))).as_deref(),
        Some("max_dagloon_2027_07_estimate")
    );
    let jan26 = value(Param::MaxDagloon, d(2026, 1, 1)).unwrap();
    assert_eq!(jan26.value, Cents(30_425));
    assert_eq!(jan26.uncertainty_code(), None);
    // Past the table: the last figure carried forward, with the period's own code.
    let far = tv_cap_for_end_date(d(2031, 6, 1)).unwrap();
    assert!(far.carried);
    assert_eq!(far.value, Cents::euros(102_000));
    assert_eq!(far.uncertainty_code().as_deref(), Some("cap_2031_estimate"));
    assert_eq!(
        code_of(value(Param::MaxDagloon, d(2030, 9, 1))).as_deref(),
        Some("max_dagloon_2030_07_estimate")
    );
    // Before the table: the old rules, not covered.
    assert!(tv_cap_for_end_date(d(2019, 12, 31)).is_none());
}

#[test]
fn known_values() {
    let cap = |y, m, day| tv_cap_for_end_date(d(y, m, day)).map(|c| c.value);
    assert_eq!(cap(2020, 12, 31), Some(Cents::euros(83_000)));
    assert_eq!(cap(2021, 1, 1), Some(Cents::euros(84_000)));
    assert_eq!(cap(2022, 6, 30), Some(Cents::euros(86_000)));
    assert_eq!(cap(2023, 7, 1), Some(Cents::euros(89_000)));
    assert_eq!(cap(2024, 2, 29), Some(Cents::euros(94_000)));
    assert_eq!(cap(2025, 12, 31), Some(Cents::euros(98_000)));
    assert_eq!(cap(2026, 11, 22), Some(Cents::euros(102_000)));
    let mw = value(Param::MinWageMonth, d(2026, 1, 1)).unwrap();
    assert_eq!(mw.value, Cents(229_440));
    let mw_jul = value(Param::MinWageMonth, d(2026, 7, 1)).unwrap();
    assert_eq!(mw_jul.value, Cents(233_700));
    assert!(mw_jul.is_uncertain());
    // A gap in an early row is filled from the row before it, as an estimate.
    let gap = value(Param::MinWageMonth, d(2022, 3, 1)).unwrap();
    assert!(gap.carried && gap.is_uncertain());
    assert_eq!(gap.value, Cents(170_100));
}

#[test]
fn one_wia_loongrens() {
    // The maximum premieloon: € 79.409 in 2026 (Stcrt. 2025, 42324), all year; the
    // January maximum dagloon is 79.409 / 261 = 304.249…, rounded up to € 304,25.
    for date in [d(2026, 1, 1), d(2026, 8, 1), d(2026, 12, 31)] {
        let g = wia_loongrens_year(date).unwrap();
        assert_eq!(g.value, Cents(7_940_900));
        assert_eq!(g.certainty, Certainty::Confirmed);
    }
    let jan = value(Param::MaxDagloon, d(2026, 1, 1)).unwrap().value.0;
    assert_eq!((7_940_900 + 260) / 261, jan);
    assert_eq!(
        code_of(wia_loongrens_year(d(2027, 5, 1))).as_deref(),
        Some("loongrens_2027_estimate")
    );
    assert!(wia_loongrens_year(d(2023, 1, 1)).is_none());
}

#[test]
fn the_hourly_minimum_wage_has_a_row_per_half_year_from_2024() {
    let half_years: Vec<NaiveDate> = ROWS
        .iter()
        .map(|r| r.from)
        .filter(|f| f.year() >= 2024)
        .collect();
    let hourly: Vec<NaiveDate> = MIN_WAGE_HOUR.iter().map(|h| h.from).collect();
    assert_eq!(hourly, half_years);
    let jan26 = value(Param::MinWageHour, d(2026, 3, 1)).unwrap();
    assert_eq!(jan26.value, Cents(1_471));
    assert_eq!(jan26.uncertainty_code(), None);
    assert_eq!(
        code_of(value(Param::MinWageHour, d(2027, 9, 1))).as_deref(),
        Some("min_wage_hour_2027_07_estimate")
    );
    // Before 2024 the minimum wage was not an hourly wage.
    assert!(value(Param::MinWageHour, d(2023, 6, 1)).is_none());
}

//! Length of service: whole years, whole months and loose days, and chained contracts.
//!
//! **Split (docs/law/transitievergoeding.md#splitting-the-period).** The end date is the last day in
//! service, inclusive. Count whole months from the start date (`start + k months` must
//! not pass the day after the end date); 12 whole months make a year; what is left are
//! the loose days, counted inclusively up to the end date. Months are always counted
//! from the start date itself (not month by month), so a start on the 31st does not
//! drift. A month that would end on a date that does not exist ends on the last day of
//! its month: from 31 Jan, the first month runs to 28 Feb, the second to 30 Mar; from
//! 29 Feb 2024, the first year runs to 28 Feb 2025.
//!
//! **The magontslag off-by-one.** For 10 Jan 2018 – 7 Dec 2021 magontslag says the loose
//! period is 27 days. Counting inclusively from 10 Nov 2021 (the day after the 10th month
//! ends on 9 Nov) through 7 Dec 2021 gives **28** days; we use 28 (tested).
//!
//! **Divisor for the loose days.** The wage earned over the loose days is estimated as
//! `days / divisor × M`, where the divisor is the length in days of the service month in
//! which the loose days fall: from the day the loose period starts to the same day one
//! month later. When the start day is 28 or lower this is exactly the number of days of
//! the calendar month in which the loose period starts (November: 30 in the magontslag
//! example, July: 31 in example 10), which is our reading (docs/law/transitievergoeding.md#loose-days-divisor). Unlike a
//! plain calendar-month divisor it keeps `days / divisor` below 1, so one more day of
//! service never lowers the amount.
//!
//! **Chained contracts (art. 7:673 lid 4 sub b BW, docs/law/transitievergoeding.md#chained-contracts).** Earlier contracts
//! with the same employer count when each gap to the next counted contract is at most
//! 6 months. Walking back from the current contract, the first gap of more than 6 months
//! ends the chain: older contracts do not count. The gaps themselves never count
//! (our reading; the output flags it). Each
//! counted contract is split on its own; whole months add up across contracts (12 make a
//! year) and each contract's loose days are valued with its own divisor.

use chrono::{Datelike, Months, NaiveDate};

/// One contract period, both dates inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// A period split into whole months and loose days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Whole months (years × 12 + months).
    pub whole_months: u32,
    /// Loose days after the whole months.
    pub days: u32,
    /// The length of the service month the loose days fall in (28..=31).
    pub divisor: u32,
    /// The first loose day (when `days > 0`).
    pub loose_from: NaiveDate,
}

impl Split {
    pub fn years(&self) -> u32 {
        self.whole_months / 12
    }
    pub fn months(&self) -> u32 {
        self.whole_months % 12
    }
}

fn add_months(d: NaiveDate, m: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(m))
}

/// The first day after `k` whole months of service from `start`. Normally
/// `start + k months`; when that date does not exist (start on the 29th–31st), the k-th
/// month ends on the last day of its month and the next one starts on the 1st.
fn month_boundary(start: NaiveDate, k: u32) -> Option<NaiveDate> {
    let m = add_months(start, k)?;
    if m.day() == start.day() {
        Some(m)
    } else {
        m.succ_opt()
    }
}

/// Split `start..=end`. `None` when end is before start or the dates overflow.
pub fn split(start: NaiveDate, end: NaiveDate) -> Option<Split> {
    if end < start {
        return None;
    }
    let stop = end.succ_opt()?;
    let diff = (stop.year() - start.year()) * 12 + stop.month() as i32 - start.month() as i32;
    let mut k: u32 = u32::try_from(diff.max(0)).ok()?;
    while k > 0 && month_boundary(start, k)? > stop {
        k -= 1;
    }
    while month_boundary(start, k + 1)? <= stop {
        k += 1;
    }
    let anchor = month_boundary(start, k)?;
    let next = month_boundary(start, k + 1)?;
    let days = u32::try_from((stop - anchor).num_days()).ok()?;
    let divisor = u32::try_from((next - anchor).num_days()).ok()?;
    Some(Split {
        whole_months: k,
        days,
        divisor,
        loose_from: anchor,
    })
}

/// The gap rule: `next_start` follows `prev_end` with at most 6 months in between.
pub fn gap_at_most_six_months(prev_end: NaiveDate, next_start: NaiveDate) -> bool {
    match prev_end.succ_opt().and_then(|d| add_months(d, 6)) {
        Some(limit) => next_start <= limit,
        None => false,
    }
}

/// Which earlier contracts count. `earlier` may be in any order and must not overlap the
/// current contract (checked by the caller). Returns per earlier contract whether it
/// counts, in the order given.
pub fn chain(current: Period, earlier: &[Period]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..earlier.len()).collect();
    crate::small_sort::sort_by_key(&mut order, |&i| {
        std::cmp::Reverse(earlier.get(i).map(|p| p.end))
    });
    let mut counts = vec![false; earlier.len()];
    let mut next_start = current.start;
    for i in order {
        let Some(p) = earlier.get(i) else { continue };
        if gap_at_most_six_months(p.end, next_start) {
            if let Some(c) = counts.get_mut(i) {
                *c = true;
            }
            next_start = p.start;
        } else {
            break;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::dates::ymd as d;

    #[test]
    fn magontslag_example_has_28_loose_days_not_27() {
        // 10 Jan 2018 – 7 Dec 2021: 3 years to 9 Jan 2021, 10 months to 9 Nov 2021, then
        // 10 Nov .. 7 Dec inclusive = 21 (Nov) + 7 (Dec) = 28 days. magontslag says 27.
        let s = split(d(2018, 1, 10), d(2021, 12, 7)).unwrap();
        assert_eq!((s.years(), s.months(), s.days), (3, 10, 28));
        assert_eq!(s.divisor, 30); // 10 Nov .. 9 Dec: November's 30 days
        assert_eq!(s.loose_from, d(2021, 11, 10));
    }

    #[test]
    fn example_10_loose_days() {
        // 15 Mar 2022 – 31 Jul 2025: 3 y (to 14 Mar 2025) + 4 m (to 14 Jul) + 15..31 Jul = 17 d.
        let s = split(d(2022, 3, 15), d(2025, 7, 31)).unwrap();
        assert_eq!((s.years(), s.months(), s.days, s.divisor), (3, 4, 17, 31));
    }

    #[test]
    fn whole_periods_and_edges() {
        assert_eq!(
            split(d(2025, 1, 1), d(2025, 12, 31)).unwrap().whole_months,
            12
        );
        let one_day = split(d(2025, 3, 5), d(2025, 3, 5)).unwrap();
        assert_eq!(
            (one_day.whole_months, one_day.days, one_day.divisor),
            (0, 1, 31)
        );
        // Start on the 31st: months are counted from the start, clamped, without drift.
        let s = split(d(2025, 1, 31), d(2025, 2, 27)).unwrap();
        assert_eq!((s.whole_months, s.days), (0, 28));
        let s = split(d(2025, 1, 31), d(2025, 2, 28)).unwrap();
        assert_eq!((s.whole_months, s.days), (1, 0));
        assert_eq!(split(d(2025, 1, 31), d(2025, 2, 27)).unwrap().divisor, 29);
        let s = split(d(2025, 1, 31), d(2025, 3, 29)).unwrap();
        assert_eq!((s.whole_months, s.days, s.divisor), (1, 29, 30));
        assert!(s.days < s.divisor);
        let s = split(d(2025, 1, 31), d(2025, 3, 30)).unwrap();
        assert_eq!((s.whole_months, s.days), (2, 0));
        // Leap day start: the first year ends on 28 Feb 2025.
        let s = split(d(2024, 2, 29), d(2025, 2, 27)).unwrap();
        assert_eq!((s.whole_months, s.days, s.divisor), (11, 30, 31));
        let s = split(d(2024, 2, 29), d(2025, 2, 28)).unwrap();
        assert_eq!((s.whole_months, s.days), (12, 0));
        assert_eq!(split(d(2025, 1, 2), d(2025, 1, 1)), None);
    }

    #[test]
    fn chain_counts_gaps_up_to_six_months() {
        let cur = Period {
            start: d(2024, 5, 1),
            end: d(2025, 4, 30),
        };
        let a = Period {
            start: d(2023, 1, 1),
            end: d(2023, 12, 31),
        };
        assert_eq!(chain(cur, &[a]), vec![true]);
        // Exactly 6 months gap (1 Jan .. 30 Jun) counts; one day more does not.
        let cur2 = Period {
            start: d(2024, 7, 1),
            end: d(2025, 4, 30),
        };
        assert_eq!(chain(cur2, &[a]), vec![true]);
        let cur3 = Period {
            start: d(2024, 7, 2),
            end: d(2025, 4, 30),
        };
        assert_eq!(chain(cur3, &[a]), vec![false]);
        // A long gap breaks the chain for everything older.
        let old = Period {
            start: d(2020, 1, 1),
            end: d(2020, 12, 31),
        };
        let mid = Period {
            start: d(2022, 1, 1),
            end: d(2022, 6, 30),
        };
        assert_eq!(chain(cur, &[old, a, mid]), vec![false, true, true]);
        let cur4 = Period {
            start: d(2024, 9, 1),
            end: d(2025, 4, 30),
        };
        assert_eq!(chain(cur4, &[mid, a]), vec![false, false]);
    }
}

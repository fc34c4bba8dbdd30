//! Dutch public holidays in the sense of the Algemene termijnenwet (Atw), and working days.
//!
//! Source: Algemene termijnenwet art. 3 ([`crate::source::ATW_3`]; law note:
//! docs/law/poortwachter.md#holidays-and-the-algemene-termijnenwet):
//! - lid 1: Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen,
//!   de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd, en de vijfde
//!   mei (every year: the article has no five-yearly condition);
//! - lid 2: Goede Vrijdag is treated as equal;
//! - lid 3: a royal decree, published in the Staatscourant, can treat further days as equal
//!   (usually bridge days). Those days cannot be computed; they are entered by hand in
//!   [`DECREE_DAYS`] with the title of their decree.
//!
//! First Easter day and Whit Sunday are Sundays and so are never working days anyway.
//!
//! The statutory days are computed for any year (the Easter date with the anonymous
//! Gregorian algorithm). The table is only *complete* for the years in [`COVERED_YEARS`],
//! because decree days for later years are not yet known. [`is_covered`] says whether a
//! year is complete, so callers can warn the user.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::source::{self as cite, Source};

/// Why a day is a holiday for the Atw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayKind {
    Nieuwjaarsdag,
    GoedeVrijdag,
    TweedePaasdag,
    Koningsdag,
    Bevrijdingsdag,
    Hemelvaartsdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
    /// A day treated as equal by royal decree (art. 3 lid 3 Atw).
    Gelijkgesteld,
}

impl HolidayKind {
    /// The article that makes this day a holiday.
    pub fn source(self) -> Source {
        match self {
            HolidayKind::GoedeVrijdag => cite::ATW_3_LID_2,
            HolidayKind::Gelijkgesteld => cite::ATW_3_LID_3,
            HolidayKind::Nieuwjaarsdag
            | HolidayKind::TweedePaasdag
            | HolidayKind::Koningsdag
            | HolidayKind::Bevrijdingsdag
            | HolidayKind::Hemelvaartsdag
            | HolidayKind::TweedePinksterdag
            | HolidayKind::EersteKerstdag
            | HolidayKind::TweedeKerstdag => cite::ATW_3_LID_1,
        }
    }
}

/// One row of the holiday table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub kind: HolidayKind,
    /// The article, and for decree days the decree (by its title: the Staatscourant
    /// publication was not confirmed, so it has no link).
    pub source: Source,
}

/// Days treated as equal to a holiday by royal decree (art. 3 lid 3 Atw), by hand, with
/// the decree's title. Source of the list: docs/law/poortwachter.md#decree-days-2026-2028 (decree titles
/// as named on sterfgeval.nl, 4 Oct 2025, and wvhl.nl). Add the next decree here (it
/// usually covers three years) and extend [`COVERED_YEARS`].
pub const DECREE_DAYS: &[(i32, u32, u32, &str)] = &[
    (2023, 4, 28, DECREE_2023),
    (2023, 5, 19, DECREE_2023),
    (2024, 5, 10, DECREE_2023),
    (2024, 12, 27, DECREE_2023),
    (2025, 5, 30, DECREE_2023),
    (2026, 1, 2, DECREE_2026),
    (2026, 5, 15, DECREE_2026),
    (2027, 5, 7, DECREE_2026),
    (2028, 4, 28, DECREE_2026),
    (2028, 5, 26, DECREE_2026),
];

const DECREE_2023: &str = "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";
const DECREE_2026: &str = "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";

/// The years for which the table is complete: statutory days plus all known decree days.
pub const COVERED_YEARS: std::ops::RangeInclusive<i32> = 2023..=2028;

/// Whether the table for `year` is complete (decree days known).
pub fn is_covered(year: i32) -> bool {
    COVERED_YEARS.contains(&year)
}

/// Years after [`COVERED_YEARS`] that the table has been extended to as **estimates**:
/// the statutory days are exact (they follow from the law and the Easter date), but the
/// days a royal decree will add are not known yet. We then count no extra days, which
/// gives the earliest possible deadline, so nobody misses one, and mark the date
/// uncertain (`holidays_2029_estimate`). A test fails when neither range reaches
/// today + 12 months.
pub const ESTIMATED_YEARS: std::ops::RangeInclusive<i32> = 2029..=2029;

/// The uncertainty code of a year whose decree days are not known yet, or `None` for a
/// covered year.
pub fn estimate_code(year: i32) -> Option<String> {
    (!is_covered(year)).then(|| format!("holidays_{year}_estimate"))
}

/// What is stale on `today`: no table year (covered or estimated) for today + 12
/// months, or a year of estimates that started more than three months ago (then look for
/// the new royal decree in the Staatscourant and add its days to [`DECREE_DAYS`]).
pub fn staleness(today: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let ahead = today
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(today);
    if !is_covered(ahead.year()) && !ESTIMATED_YEARS.contains(&ahead.year()) {
        out.push(format!(
            "no holiday year covers {ahead}: add the next royal decree or an estimated year"
        ));
    }
    let limit = today
        .checked_sub_months(chrono::Months::new(3))
        .unwrap_or(today);
    for y in ESTIMATED_YEARS {
        if NaiveDate::from_ymd_opt(y, 1, 1).is_some_and(|start| start < limit) {
            out.push(format!(
                "holidays_{y}_estimate started more than three months ago: look for the royal decree"
            ));
        }
    }
    out
}

/// Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
/// Returns `None` only for years chrono cannot represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The day on which the King's (or Queen's) birthday is celebrated.
///
/// - From 2014 (King Willem-Alexander): 27 April, or 26 April when the 27th is a Sunday
///   (docs/law/poortwachter.md#koningsdag).
/// - 1949–2013 (Queens Juliana and Beatrix): 30 April, or 29 April when the 30th is a Sunday
///   [own knowledge; outside the covered years, so only indicative].
fn koningsdag(year: i32) -> Option<NaiveDate> {
    let (day, fallback) = if year >= 2014 { (27, 26) } else { (30, 29) };
    let d = NaiveDate::from_ymd_opt(year, 4, day)?;
    if d.weekday() == Weekday::Sun {
        NaiveDate::from_ymd_opt(year, 4, fallback)
    } else {
        Some(d)
    }
}

fn easter_offset(easter: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        easter.checked_add_days(Days::new(days as u64))
    } else {
        easter.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The full, dated holiday table for one year, sorted by date.
pub fn holidays_in_year(year: i32) -> Vec<Holiday> {
    let mut out = Vec::new();
    let mut push = |date: Option<NaiveDate>, kind: HolidayKind| {
        if let Some(date) = date {
            out.push(Holiday {
                date,
                kind,
                source: kind.source(),
            });
        }
    };
    push(
        NaiveDate::from_ymd_opt(year, 1, 1),
        HolidayKind::Nieuwjaarsdag,
    );
    if let Some(easter) = easter_sunday(year) {
        push(easter_offset(easter, -2), HolidayKind::GoedeVrijdag);
        push(easter_offset(easter, 1), HolidayKind::TweedePaasdag);
        push(easter_offset(easter, 39), HolidayKind::Hemelvaartsdag);
        push(easter_offset(easter, 50), HolidayKind::TweedePinksterdag);
    }
    push(koningsdag(year), HolidayKind::Koningsdag);
    push(
        NaiveDate::from_ymd_opt(year, 5, 5),
        HolidayKind::Bevrijdingsdag,
    );
    push(
        NaiveDate::from_ymd_opt(year, 12, 25),
        HolidayKind::EersteKerstdag,
    );
    push(
        NaiveDate::from_ymd_opt(year, 12, 26),
        HolidayKind::TweedeKerstdag,
    );
    for &(y, m, d, decree) in DECREE_DAYS {
        if y == year {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                out.push(Holiday {
                    date,
                    kind: HolidayKind::Gelijkgesteld,
                    source: Source::unlinked(decree),
                });
            }
        }
    }
    crate::small_sort::sort_by_key(&mut out, |h| h.date);
    out
}

/// The holiday on `d`, if any (statutory or by decree).
pub fn holiday_on(d: NaiveDate) -> Option<Holiday> {
    holidays_in_year(d.year()).into_iter().find(|h| h.date == d)
}

/// Whether `d` is an "algemeen erkende feestdag" for the Atw (art. 3 lid 1–3).
pub fn is_holiday(d: NaiveDate) -> bool {
    holiday_on(d).is_some()
}

/// A working day for the Atw: not a Saturday, not a Sunday and not a holiday (art. 1 lid 1
/// Atw names exactly these three kinds of day).
pub fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(d)
}

/// The first working day on or after `d`. `None` only at the end of chrono's calendar.
pub fn next_working_day_on_or_after(d: NaiveDate) -> Option<NaiveDate> {
    working_day_from(d, NaiveDate::succ_opt)
}

/// The last working day on or before `d`. `None` only at the start of chrono's calendar.
pub fn last_working_day_on_or_before(d: NaiveDate) -> Option<NaiveDate> {
    working_day_from(d, NaiveDate::pred_opt)
}

/// The first working day met when walking from `d` (included) one `step` at a time. The
/// longest run of non-working days is a few days (e.g. Christmas plus a weekend), so 31
/// steps is far more than enough.
fn working_day_from(d: NaiveDate, step: fn(&NaiveDate) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let mut cur = d;
    for _ in 0..31 {
        if is_working_day(cur) {
            return Some(cur);
        }
        cur = step(&cur)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::dates::ymd as d;

    #[test]
    fn easter_known_dates() {
        // Published Easter Sundays.
        assert_eq!(easter_sunday(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(d(2025, 4, 20)));
        assert_eq!(easter_sunday(2026), Some(d(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(d(2027, 3, 28)));
        assert_eq!(easter_sunday(2028), Some(d(2028, 4, 16)));
        assert_eq!(easter_sunday(2000), Some(d(2000, 4, 23)));
        assert_eq!(easter_sunday(2038), Some(d(2038, 4, 25)));
        assert_eq!(easter_sunday(2008), Some(d(2008, 3, 23)));
    }

    #[test]
    fn table_2026() {
        // Easter 5 April 2026: Goede Vrijdag 3 Apr, 2e Paasdag 6 Apr, Hemelvaart +39 = 14 May,
        // 2e Pinksterdag +50 = 25 May. 27 April 2026 is a Monday. Decree: 2 Jan, 15 May.
        let dates: Vec<NaiveDate> = holidays_in_year(2026).iter().map(|h| h.date).collect();
        assert_eq!(
            dates,
            vec![
                d(2026, 1, 1),
                d(2026, 1, 2),
                d(2026, 4, 3),
                d(2026, 4, 6),
                d(2026, 4, 27),
                d(2026, 5, 5),
                d(2026, 5, 14),
                d(2026, 5, 15),
                d(2026, 5, 25),
                d(2026, 12, 25),
                d(2026, 12, 26),
            ]
        );
    }

    #[test]
    fn koningsdag_moves_when_sunday() {
        // 27 April 2025 was a Sunday, so Koningsdag was Saturday 26 April 2025.
        assert!(is_holiday(d(2025, 4, 26)));
        assert!(!is_holiday(d(2025, 4, 27)));
        assert!(is_holiday(d(2024, 4, 27)));
    }

    #[test]
    fn fifth_of_may_every_year_and_good_friday() {
        for y in 2020..=2030 {
            assert!(is_holiday(d(y, 5, 5)), "5 May {y}");
        }
        assert!(is_holiday(d(2025, 4, 18))); // Goede Vrijdag 2025
        assert!(is_holiday(d(2024, 3, 29))); // Goede Vrijdag 2024
        assert!(!is_holiday(d(2026, 4, 4))); // Holy Saturday is not listed
    }

    #[test]
    fn decree_days() {
        assert!(is_holiday(d(2026, 1, 2)));
        assert!(is_holiday(d(2026, 5, 15)));
        assert!(is_holiday(d(2027, 5, 7)));
        assert!(is_holiday(d(2028, 4, 28)));
        assert!(is_holiday(d(2028, 5, 26)));
        assert_eq!(
            holiday_on(d(2027, 5, 7)).map(|h| h.kind),
            Some(HolidayKind::Gelijkgesteld)
        );
        assert!(holiday_on(d(2027, 5, 7))
            .map(|h| h.source.label.contains("7 mei 2027"))
            .unwrap_or(false));
        for &(y, m, day, _) in DECREE_DAYS {
            let date = d(y, m, day);
            assert!(is_covered(y), "decree day {date} outside the covered years");
            // A decree day is never a weekend day or an already listed holiday.
            assert!(!matches!(date.weekday(), Weekday::Sat | Weekday::Sun));
        }
    }

    #[test]
    fn working_days() {
        assert!(!is_working_day(d(2026, 11, 21))); // Saturday
        assert!(!is_working_day(d(2026, 11, 22))); // Sunday
        assert!(is_working_day(d(2026, 11, 23))); // Monday
                                                  // Friday 25 Dec 2026 and Saturday 26 Dec, Sunday 27 Dec: next is Monday 28 Dec.
        assert_eq!(
            next_working_day_on_or_after(d(2026, 12, 25)),
            Some(d(2026, 12, 28))
        );
        // Thursday 1 Jan 2026, Friday 2 Jan by decree, weekend: next is Monday 5 Jan.
        assert_eq!(
            next_working_day_on_or_after(d(2026, 1, 1)),
            Some(d(2026, 1, 5))
        );
        // Ascension 14 May 2026 plus decree Friday 15 May: next is Monday 18 May.
        assert_eq!(
            next_working_day_on_or_after(d(2026, 5, 14)),
            Some(d(2026, 5, 18))
        );
        assert_eq!(
            last_working_day_on_or_before(d(2026, 1, 4)),
            Some(d(2025, 12, 31))
        );
    }

    /// Freshness with the real date: a table year (covered or estimated) reaches today +
    /// 12 months, and no year of estimates is older than three months.
    #[test]
    fn freshness_today() {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let today = crate::dates::date_from_unix_seconds(secs);
        let problems = staleness(today);
        assert!(problems.is_empty(), "{problems:?}");
        for y in COVERED_YEARS.chain(ESTIMATED_YEARS) {
            // Each year of the table has the nine statutory days.
            let statutory = holidays_in_year(y)
                .iter()
                .filter(|h| h.kind != HolidayKind::Gelijkgesteld)
                .count();
            assert_eq!(statutory, 9, "year {y}");
        }
    }

    #[test]
    fn freshness_can_fail() {
        // Three years ahead, nothing covers 2030-11-29 (today + 12 months), and the 2029
        // estimates are older than three months.
        assert!(staleness(d(2028, 11, 29)).is_empty());
        let p = staleness(d(2029, 11, 29));
        assert!(
            p.iter().any(|m| m.contains("no holiday year covers")),
            "{p:?}"
        );
        assert!(
            p.iter().any(|m| m.contains("holidays_2029_estimate")),
            "{p:?}"
        );
        assert!(staleness(d(2028, 12, 31)).is_empty());
        assert_eq!(
            estimate_code(2029).as_deref(),
            Some("holidays_2029_estimate")
        );
        assert_eq!(estimate_code(2027), None);
    }

    #[test]
    fn decree_days_are_the_fridays_after_a_thursday_holiday() {
        // Every known decree day (2023–2028) is a Friday after a statutory holiday on a
        // Thursday, and every such Friday has a decree day. This is the practice an
        // estimate would follow; we still do not count such days before the decree is
        // published (see ESTIMATED_YEARS).
        for y in COVERED_YEARS {
            let statutory: Vec<NaiveDate> = holidays_in_year(y)
                .iter()
                .filter(|h| h.kind != HolidayKind::Gelijkgesteld)
                .map(|h| h.date)
                .collect();
            let bridge: Vec<NaiveDate> = statutory
                .iter()
                .filter(|d| d.weekday() == Weekday::Thu)
                .filter_map(|d| d.succ_opt())
                .filter(|f| !statutory.contains(f))
                .collect();
            let decreed: Vec<NaiveDate> = holidays_in_year(y)
                .iter()
                .filter(|h| h.kind == HolidayKind::Gelijkgesteld)
                .map(|h| h.date)
                .collect();
            assert_eq!(bridge, decreed, "year {y}");
        }
    }

    proptest::proptest! {
        #[test]
        fn next_working_day_is_working_and_not_before(days in 0i64..60_000) {
            let start = d(1950, 1, 1) + chrono::Duration::days(days);
            let n = next_working_day_on_or_after(start).unwrap();
            proptest::prop_assert!(n >= start);
            proptest::prop_assert!(is_working_day(n));
            proptest::prop_assert!((n - start).num_days() <= 5);
        }
    }
}

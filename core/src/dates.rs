//! Dates: the one valid range, parsing of what people type, and the machine forms
//! (`2026-01-05`, `05-01-2026`). Dates in words are `crate::text::format`.
//!
//! The valid range (design.md §6) is defined here once: 1950-01-01 to 2099-12-31. Every
//! form, the command line and CSV use [`check_range`].

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The first date Spoorwijzer accepts.
pub fn min_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1950, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The last date Spoorwijzer accepts.
pub fn max_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2099, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Why a date could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DateError {
    /// Nothing was entered.
    Empty,
    /// Not written as a date we can read.
    Format,
    /// A date that does not exist, such as 31-02-2026.
    Impossible,
    /// Outside 1950-01-01 .. 2099-12-31.
    OutOfRange,
}

/// Accept only dates inside the valid range.
pub fn check_range(d: NaiveDate) -> Result<NaiveDate, DateError> {
    if d < min_date() || d > max_date() {
        Err(DateError::OutOfRange)
    } else {
        Ok(d)
    }
}

/// Build a date from day, month and year numbers, checking that it exists and is in range.
pub fn from_parts(day: u32, month: u32, year: i32) -> Result<NaiveDate, DateError> {
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return Err(DateError::Impossible);
    }
    if !(1000..=9999).contains(&year) {
        return Err(DateError::OutOfRange);
    }
    let d = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::Impossible)?;
    check_range(d)
}

/// Three separate fields (dag, maand, jaar) as typed.
pub fn parse_parts(day: &str, month: &str, year: &str) -> Result<NaiveDate, DateError> {
    let (d, m, y) = (day.trim(), month.trim(), year.trim());
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return Err(DateError::Empty);
    }
    let num = |s: &str, max_len: usize| -> Result<u32, DateError> {
        if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            Err(DateError::Format)
        } else {
            s.parse().map_err(|_| DateError::Format)
        }
    };
    let day = num(d, 2)?;
    let month = num(m, 2)?;
    let year = num(y, 4)?;
    if y.len() != 4 {
        return Err(DateError::Format);
    }
    from_parts(day, month, year as i32)
}

/// Strict ISO `YYYY-MM-DD`, as used by URLs, JSON, CSV and the command line.
pub fn parse_iso(s: &str) -> Result<NaiveDate, DateError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateError::Format);
    }
    parse_parts(&s[8..10], &s[5..7], &s[0..4])
}

/// What a person typed in one field: `dd-mm-jjjj`, `d-m-jjjj`, with `-`, `/` or `.`,
/// or ISO `jjjj-mm-dd`.
pub fn parse_user(s: &str) -> Result<NaiveDate, DateError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let parts: Vec<&str> = s
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 {
        return Err(DateError::Format);
    }
    if parts[0].len() == 4 {
        parse_parts(parts[2], parts[1], parts[0])
    } else {
        parse_parts(parts[0], parts[1], parts[2])
    }
}

/// The three inputs of a date field, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    pub fn new(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    /// The parts of a known date, for pre-filling from a link.
    pub fn from_date(d: NaiveDate) -> DateParts {
        let iso = iso(d);
        DateParts {
            day: iso.get(8..10).unwrap_or("").trim_start_matches('0').into(),
            month: iso.get(5..7).unwrap_or("").trim_start_matches('0').into(),
            year: iso.get(0..4).unwrap_or("").into(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }
}

/// `2026-01-05`
///
/// Written with `format!`, not chrono's `format("%Y-%m-%d")`: chrono's strftime machinery
/// is about 8 KB of the wasm (docs/performance.md), for three fixed forms. Every date
/// here is in the valid range, so the year always has four digits.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `05-01-2026`, the short Dutch form used in forms and tables.
pub fn short(d: NaiveDate) -> String {
    format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year())
}

/// `20260105`, the form of a date in an iCalendar file (RFC 5545 `DATE`).
pub fn compact(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The civil date (UTC) of a Unix timestamp in seconds. Used by the command line for
/// its default "today"; the browser passes the local date itself.
pub fn date_from_unix_seconds(secs: i64) -> NaiveDate {
    let days = secs.div_euclid(86_400);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::Duration::days(days)))
        .unwrap_or_else(min_date)
}

/// The date `y`-`m`-`day`, for tables and tests. In a constant it is checked when the
/// project is built (a typo in a table fails the build); elsewhere an impossible date
/// panics, so only write dates known to exist.
pub const fn ymd(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(v) => v,
        None => panic!("an impossible date"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::ymd as d;

    #[test]
    fn parses_iso_strictly() {
        assert_eq!(parse_iso("2026-01-05"), Ok(d(2026, 1, 5)));
        assert_eq!(parse_iso("2026-02-31"), Err(DateError::Impossible));
        assert_eq!(parse_iso("2026-1-5"), Err(DateError::Format));
        assert_eq!(parse_iso("1949-12-31"), Err(DateError::OutOfRange));
        assert_eq!(parse_iso("2100-01-01"), Err(DateError::OutOfRange));
        assert_eq!(parse_iso("1950-01-01"), Ok(d(1950, 1, 1)));
        assert_eq!(parse_iso("2099-12-31"), Ok(d(2099, 12, 31)));
        assert_eq!(parse_iso(""), Err(DateError::Empty));
        assert_eq!(parse_iso("2026-0a-05"), Err(DateError::Format));
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_user("5-1-2026"), Ok(d(2026, 1, 5)));
        assert_eq!(parse_user("05/01/2026"), Ok(d(2026, 1, 5)));
        assert_eq!(parse_user("05.01.2026"), Ok(d(2026, 1, 5)));
        assert_eq!(parse_user("2026-01-05"), Ok(d(2026, 1, 5)));
        assert_eq!(parse_user("29-02-2024"), Ok(d(2024, 2, 29)));
        assert_eq!(parse_user("29-02-2025"), Err(DateError::Impossible));
        assert_eq!(parse_user("31-02-2026"), Err(DateError::Impossible));
        assert_eq!(parse_user("5-1-26"), Err(DateError::Format));
        assert_eq!(parse_user("morgen"), Err(DateError::Format));
        assert_eq!(parse_parts("", "", ""), Err(DateError::Empty));
        assert_eq!(parse_parts("1", "13", "2026"), Err(DateError::Impossible));
        assert_eq!(parse_parts("1", "1", "3000"), Err(DateError::OutOfRange));
    }

    #[test]
    fn formats() {
        assert_eq!(short(d(2026, 1, 5)), "05-01-2026");
        assert_eq!(iso(d(2026, 1, 5)), "2026-01-05");
        assert_eq!(compact(d(2026, 1, 5)), "20260105");
        // The edges of the valid range, and the same strings as chrono's strftime.
        for day in [min_date(), max_date(), d(2024, 2, 29), d(2026, 12, 31)] {
            assert_eq!(iso(day), day.format("%Y-%m-%d").to_string());
            assert_eq!(short(day), day.format("%d-%m-%Y").to_string());
            assert_eq!(compact(day), day.format("%Y%m%d").to_string());
            assert_eq!(parse_iso(&iso(day)), Ok(day));
        }
        assert_eq!(date_from_unix_seconds(0), d(1970, 1, 1));
        assert_eq!(date_from_unix_seconds(1_795_305_600), d(2026, 11, 22));
    }

    proptest::proptest! {
        #[test]
        fn date_parsing_never_panics(s in "\\PC{0,30}") {
            let _ = parse_user(&s);
            let _ = parse_iso(&s);
        }
    }
}

//! The AOW age by date of birth: a dated, sourced table beside [`crate::params`].
//!
//! Sources and statuses: docs/law/parameters.md#aow-age. The rows for
//! people who reach the AOW age in 2024–2029 are copied from the official rijksoverheid.nl
//! table; 2030 and 2031 are reported by secondary sources; the age for people born on or
//! after 1 October 1964 is not fixed yet.
//!
//! **Uncertain points, and the reading chosen:**
//! - Born on or after 1 October 1964: the AOW age is not fixed yet. It follows life
//!   expectancy and has never gone down, so we use **at least 67 years and 3 months** and
//!   flag it as an estimate ([`Certainty::Estimate`], code `aow_2032_estimate`).
//! - Born before 1 March 1957: these people reached the AOW age before 2024 (66 years and
//!   10 months or less). The exact bands are not in our sources, so [`aow_date`] returns
//!   [`AowDate::BeforeTable`]; the income projection then does not cut off at an AOW
//!   date and says so.
//! - The AOW starts on the day you reach the age (svb.nl). A birthday on the 29th–31st
//!   of a month that does not exist in the target month moves to that month's last day
//!   (chrono's month arithmetic); the SVB calculator is the authority.

use chrono::{Months, NaiveDate};

use crate::params::Certainty;
use crate::source::{self as cite, Source};

/// One band of birth dates with the same AOW age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AowRow {
    /// First birth date of the band (inclusive).
    pub born_from: NaiveDate,
    /// Last birth date of the band (inclusive); `None` = open-ended.
    pub born_until: Option<NaiveDate>,
    pub years: u32,
    pub months: u32,
    /// The official source of the row (citations of [`crate::source`]).
    pub sources: &'static [Source],
    pub certainty: Certainty,
}

use crate::dates::ymd as d;

/// The rijksoverheid.nl table of AOW ages by date of birth.
const TABLE: &[Source] = &[cite::RO_AOW_LEEFTIJD];
/// Fixed by the minister five years ahead (art. 7a AOW); the figure was read in
/// secondary reports of that decision, and the official table is the page to check.
const FIXED_AHEAD: &[Source] = &[cite::AOW_7A, cite::RO_AOW_LEEFTIJD];
/// Not fixed yet: the rule, and the SVB's calculator for the individual date.
const NOT_FIXED: &[Source] = &[cite::AOW_7A, cite::SVB_AOW_LEEFTIJD];

/// The table, oldest birth dates first. Contiguous (tested).
pub const AOW_ROWS: &[AowRow] = &[
    // AOW in 2024: born after 28 Feb 1957 and before 1 Jan 1958.
    AowRow {
        born_from: d(1957, 3, 1),
        born_until: Some(d(1957, 12, 31)),
        years: 67,
        months: 0,
        sources: TABLE,
        certainty: Certainty::Confirmed,
    },
    // 2025
    AowRow {
        born_from: d(1958, 1, 1),
        born_until: Some(d(1958, 12, 31)),
        years: 67,
        months: 0,
        sources: TABLE,
        certainty: Certainty::Confirmed,
    },
    // 2026
    AowRow {
        born_from: d(1959, 1, 1),
        born_until: Some(d(1959, 12, 31)),
        years: 67,
        months: 0,
        sources: TABLE,
        certainty: Certainty::Confirmed,
    },
    // 2027
    AowRow {
        born_from: d(1960, 1, 1),
        born_until: Some(d(1960, 12, 31)),
        years: 67,
        months: 0,
        sources: TABLE,
        certainty: Certainty::Confirmed,
    },
    // 2028: born after 31 Dec 1960 and before 1 Oct 1961.
    AowRow {
        born_from: d(1961, 1, 1),
        born_until: Some(d(1961, 9, 30)),
        years: 67,
        months: 3,
        sources: TABLE,
        certainty: Certainty::Confirmed,
    },
    // 2029
    AowRow {
        born_from: d(1961, 10, 1),
        born_until: Some(d(1962, 9, 30)),
        years: 67,
        months: 3,
        sources: TABLE,
        certainty: Certainty::Confirmed,
    },
    // 2030 (birth range computed by the same logic; docs/law/parameters.md#aow-age).
    AowRow {
        born_from: d(1962, 10, 1),
        born_until: Some(d(1963, 9, 30)),
        years: 67,
        months: 3,
        sources: FIXED_AHEAD,
        certainty: Certainty::Unverified,
    },
    // 2031
    AowRow {
        born_from: d(1963, 10, 1),
        born_until: Some(d(1964, 9, 30)),
        years: 67,
        months: 3,
        sources: FIXED_AHEAD,
        certainty: Certainty::Unverified,
    },
    // 2032 and later: not fixed yet; at least 67 years and 3 months.
    AowRow {
        born_from: d(1964, 10, 1),
        born_until: None,
        years: 67,
        months: 3,
        sources: NOT_FIXED,
        certainty: Certainty::Estimate,
    },
];

impl AowRow {
    /// The first calendar year in which people of this band reach the AOW age.
    pub fn first_aow_year(&self) -> i32 {
        use chrono::Datelike;
        self.born_from
            .checked_add_months(Months::new(self.years * 12 + self.months))
            .map(|d| d.year())
            .unwrap_or_default()
    }

    /// `aow_2032_estimate` for a band whose AOW age is not fixed yet,
    /// `aow_2030_unverified` for one whose published age we could not read in the
    /// official decision; `None` otherwise.
    pub fn uncertainty_code(&self) -> Option<String> {
        let suffix = match self.certainty {
            Certainty::Estimate => "estimate",
            Certainty::Unverified => "unverified",
            Certainty::Confirmed | Certainty::Secondary => return None,
        };
        Some(format!("aow_{}_{suffix}", self.first_aow_year()))
    }
}

/// Bands kept as unverified past their date, with why; searched on 29 November 2026.
pub const KNOWN_UNVERIFIED: &[(&str, &str)] = &[
    (
        "aow_2030_unverified",
        "67 years and 3 months was announced in November 2024; the official decision was not found",
    ),
    (
        "aow_2031_unverified",
        "67 years and 3 months was announced in November 2025; the official decision was not found",
    ),
];

/// What is stale on `today`: an estimated band whose AOW age should have been fixed more
/// than three months ago. The law fixes the AOW age of a year five years ahead (art. 7a
/// AOW), so the age for year Y is due by 1 January of Y − 5; after 1 April of that year
/// the estimate must be checked against the published age.
pub fn staleness(today: NaiveDate) -> Vec<String> {
    AOW_ROWS
        .iter()
        .filter_map(|r| {
            let code = r.uncertainty_code()?;
            if KNOWN_UNVERIFIED.iter().any(|(c, _)| *c == code) {
                return None;
            }
            let due = NaiveDate::from_ymd_opt(r.first_aow_year() - 5, 4, 1)?;
            (today > due)
                .then(|| format!("{code}: the AOW age should have been published; add its row"))
        })
        .collect()
}

/// The AOW date for a date of birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AowDate {
    /// The day the AOW starts, with the row used.
    On { date: NaiveDate, row: AowRow },
    /// Born before 1 March 1957: the AOW age was reached before 1 January 2024; the
    /// exact date is not in our table.
    BeforeTable,
}

/// The row for a date of birth.
pub fn row_for(born: NaiveDate) -> Option<&'static AowRow> {
    AOW_ROWS
        .iter()
        .find(|r| r.born_from <= born && r.born_until.is_none_or(|u| born <= u))
}

/// The day the AOW starts for someone born on `born`.
pub fn aow_date(born: NaiveDate) -> AowDate {
    match row_for(born) {
        Some(row) => {
            let months = row.years * 12 + row.months;
            match born.checked_add_months(Months::new(months)) {
                Some(date) => AowDate::On { date, row: *row },
                None => AowDate::BeforeTable,
            }
        }
        None => AowDate::BeforeTable,
    }
}

/// The last day before 2024 (everyone born before the table reached AOW age by then).
pub fn table_starts() -> NaiveDate {
    d(2024, 1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_contiguous() {
        for w in AOW_ROWS.windows(2) {
            let until = w[0].born_until.expect("only the last row is open");
            assert_eq!(until.succ_opt(), Some(w[1].born_from));
        }
        assert!(AOW_ROWS.last().is_some_and(|r| r.born_until.is_none()));
    }

    #[test]
    fn freshness_today_and_able_to_fail() {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let today = crate::dates::date_from_unix_seconds(secs);
        assert!(staleness(today).is_empty(), "{:?}", staleness(today));
        let open = AOW_ROWS.last().unwrap();
        assert_eq!(
            open.uncertainty_code().as_deref(),
            Some("aow_2032_estimate")
        );
        let codes: Vec<String> = AOW_ROWS
            .iter()
            .filter_map(|r| r.uncertainty_code())
            .collect();
        assert_eq!(
            codes,
            [
                "aow_2030_unverified",
                "aow_2031_unverified",
                "aow_2032_estimate"
            ]
        );
        // Every known exception is a real unverified band.
        for (code, reason) in KNOWN_UNVERIFIED {
            assert!(codes.iter().any(|c| c == code) && !reason.is_empty());
        }
        assert!(staleness(d(2027, 3, 31)).is_empty());
        assert_eq!(staleness(d(2027, 4, 2)).len(), 1);
    }

    #[test]
    fn known_dates() {
        // Born 15 May 1959: 67 years → 15 May 2026 (rijksoverheid: AOW in 2026).
        assert!(matches!(
            aow_date(d(1959, 5, 15)),
            AowDate::On { date, .. } if date == d(2026, 5, 15)
        ));
        // Born 1 Jan 1961: 67 years 3 months → 1 April 2028.
        assert!(matches!(
            aow_date(d(1961, 1, 1)),
            AowDate::On { date, .. } if date == d(2028, 4, 1)
        ));
        // Born 30 Sep 1961: 67 y 3 m → 30 Dec 2028 (still in 2028, as the table says).
        assert!(matches!(
            aow_date(d(1961, 9, 30)),
            AowDate::On { date, .. } if date == d(2028, 12, 30)
        ));
        // Born 31 May 1961 + 807 months → 31 Aug 2028.
        assert!(matches!(
            aow_date(d(1961, 5, 31)),
            AowDate::On { date, .. } if date == d(2028, 8, 31)
        ));
        // Born 30 Nov 1963 + 67 y 3 m → 29 Feb 2031? No: 2031 is not a leap year, and
        // 30 Feb does not exist, so 28 Feb 2031.
        assert!(matches!(
            aow_date(d(1963, 11, 30)),
            AowDate::On { date, .. } if date == d(2031, 2, 28)
        ));
        // Young: not fixed, flagged.
        match aow_date(d(1990, 6, 1)) {
            AowDate::On { date, row } => {
                assert_eq!(date, d(2057, 9, 1));
                assert_eq!(row.certainty, Certainty::Estimate);
            }
            AowDate::BeforeTable => panic!("expected a date"),
        }
        assert_eq!(aow_date(d(1957, 2, 28)), AowDate::BeforeTable);
        assert_eq!(aow_date(d(1950, 1, 1)), AowDate::BeforeTable);
    }
}

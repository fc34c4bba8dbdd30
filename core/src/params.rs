//! The one dated parameter table of Spoorwijzer.
//!
//! Every figure that changes over time lives here, in rows with a validity period
//! (`from` .. `until`, both inclusive). The table is cut per half year (1 January and
//! 1 July), because the WIA maximum dagloon and the minimum wage change on both dates.
//! Each value carries its source and a [`Certainty`] with a short reason, so a page can
//! tell the user when an amount depends on a figure that could not be confirmed.
//!
//! Adding a parameter: add one `Option<Sourced<..>>` field to [`ParamRow`] and fill it in
//! every row (`None` where the figure is unknown). Adding a period: append a row; the
//! tests check that rows stay contiguous and that today's row is complete.
//!
//! Sources are those collected in `law-reference.md` and `law-verification-2026-11.md`
//! (November 2026); the verification file wins where they differ.

use chrono::NaiveDate;

use crate::money::Cents;

/// How sure we are of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Certainty {
    /// Read on an official page (uwv.nl, rijksoverheid.nl, Staatscourant, wetten.nl).
    Confirmed,
    /// Reported consistently by reputable secondary sources (publishers, payroll firms)
    /// that quote the official regeling; the official text itself was not read.
    Secondary,
    /// Not found in any source, or only an estimate: the user is told.
    Uncertain,
}

impl Certainty {
    pub fn code(self) -> &'static str {
        match self {
            Certainty::Confirmed => "confirmed",
            Certainty::Secondary => "secondary",
            Certainty::Uncertain => "uncertain",
        }
    }
}

/// A value with where it comes from and how sure we are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    /// A URL, or a Staatscourant/Staatsblad reference.
    pub source: &'static str,
    pub certainty: Certainty,
    /// Why this certainty (short, for developers and the "bron" line).
    pub reason: &'static str,
}

/// The parameters valid during one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamRow {
    /// First day the row applies (inclusive).
    pub from: NaiveDate,
    /// Last day the row applies (inclusive).
    pub until: NaiveDate,
    /// Maximum transitievergoeding (art. 7:673 lid 2 BW, indexed each 1 January under
    /// lid 3). Goes by the calendar year of the end date, so both halves of a year carry
    /// the same value.
    pub tv_cap: Option<Sourced<Cents>>,
    /// Maximumdagloon for ZW/WW/WIA benefits (art. 17 Wfsv; adjusted 1 January and
    /// 1 July with the minimum wage).
    pub wia_max_dagloon: Option<Sourced<Cents>>,
    /// Statutory minimum monthly wage (21+, full time); since 2024 the
    /// "referentiemaandloon" on a 36-hour week used for benefits. `None` where no source
    /// was found.
    pub min_wage_month: Option<Sourced<Cents>>,
}

const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(v) => v,
        // Evaluated at compile time only: a typo in the table fails the build.
        None => panic!("invalid date in parameter table"),
    }
}

const fn s(
    cents: i64,
    source: &'static str,
    certainty: Certainty,
    reason: &'static str,
) -> Option<Sourced<Cents>> {
    Some(Sourced {
        value: Cents(cents),
        source,
        certainty,
        reason,
    })
}

use Certainty::{Confirmed, Secondary, Uncertain};

// Caps (art. 7:673 lid 2 BW). One constant per year, used in both half-year rows.
const CAP_2020: Option<Sourced<Cents>> = s(
    8_300_000,
    "https://www.outplacementkiezen.nl/informatie/maximale-transitievergoeding/ ; https://direct.unie.nl/ontslag/transitievergoeding/",
    Secondary,
    "two undated secondary pages; consistent with the 2021 indexation",
);
const CAP_2021: Option<Sourced<Cents>> = s(
    8_400_000,
    "https://www.uwv.nl/particulieren/ontslag/belangrijke-rechten-bij-ontslag/detail/transitievergoeding/hoe-hoog-is-de-transitievergoeding ; https://all4people.nl/maximale-transitievergoeding-2021/",
    Secondary,
    "UWV page and a publisher (law-reference §2.4)",
);
const CAP_2022: Option<Sourced<Cents>> = s(
    8_600_000,
    "https://www.rendement.nl/transitievergoeding/nieuws/maximale-transitievergoeding-is-in-2022--86000.html",
    Secondary,
    "publisher quoting the yearly indexation",
);
const CAP_2023: Option<Sourced<Cents>> = s(
    8_900_000,
    "https://www.rendement.nl/transitievergoeding/nieuws/maximale-transitievergoeding-in-2023-naar--89000.html",
    Secondary,
    "publisher quoting the yearly indexation",
);
const CAP_2024: Option<Sourced<Cents>> = s(
    9_400_000,
    "https://www.twanvandewiel.nl/blog/dit-is-de-maximale-transitievergoeding-in-2024/ ; https://www.vanbladeladvocaten.nl/transitievergoeding",
    Secondary,
    "two law firms",
);
const CAP_2025: Option<Sourced<Cents>> = s(
    9_800_000,
    "https://omnyacc.nl/nieuws/maximale-transitievergoeding-stijgt-naar-98-000-in-2025",
    Secondary,
    "publishers; also quoted as the 2025 figure by the 2026 sources",
);
const CAP_2026: Option<Sourced<Cents>> = s(
    10_200_000,
    "https://www.salarisvanmorgen.nl/2025/12/17/wijzigingen-op-szw-gebied-per-1-januari-2026/ ; https://www.seh.nl/kennisbank/toekomstvoorzieningen-en-sociale-zekerheid-2026",
    Uncertain,
    "two publishers relay the SZW overview; the Staatscourant regeling itself was not found",
);

/// The table, oldest first. Contiguous, non-overlapping (tested).
pub const ROWS: &[ParamRow] = &[
    ParamRow {
        from: d(2020, 1, 1),
        until: d(2020, 6, 30),
        tv_cap: CAP_2020,
        wia_max_dagloon: s(
            21_928,
            "https://www.hr-kiosk.nl/hoofdstuk/tabellen/maximumdagloon-tabellen-1 (Stcrt. 2019, 56680)",
            Secondary,
            "payroll publisher quoting the SZW regeling",
        ),
        min_wage_month: None,
    },
    ParamRow {
        from: d(2020, 7, 1),
        until: d(2020, 12, 31),
        tv_cap: CAP_2020,
        // Not found. Estimate: the 1 Jan 2021 value (€223.40) was a 0.28% rise, so
        // 223.40 / 1.0028 = 222.78.
        wia_max_dagloon: s(
            22_278,
            "estimate from https://www.rendement.nl/aangifte-loonheffingen/nieuws/publicatie-van-de-rekenregels-per-1-januari-2021.html",
            Uncertain,
            "July 2020 value not found; computed back from the January 2021 rise of 0.28%",
        ),
        min_wage_month: None,
    },
    ParamRow {
        from: d(2021, 1, 1),
        until: d(2021, 6, 30),
        tv_cap: CAP_2021,
        wia_max_dagloon: s(
            22_340,
            "https://www.rendement.nl/aangifte-loonheffingen/nieuws/publicatie-van-de-rekenregels-per-1-januari-2021.html",
            Secondary,
            "publisher quoting the SZW rekenregels",
        ),
        min_wage_month: s(
            168_480,
            "https://www.medicalfacts.nl/2021/07/19/bedragen-minimumloon-2021/",
            Secondary,
            "publisher reproducing the rijksoverheid table",
        ),
    },
    ParamRow {
        from: d(2021, 7, 1),
        until: d(2021, 12, 31),
        tv_cap: CAP_2021,
        wia_max_dagloon: s(
            22_557,
            "https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon",
            Confirmed,
            "UWV bedragen page (stored copy for 1 July 2021)",
        ),
        min_wage_month: s(
            170_100,
            "https://www.prohrm.nl/blog/verandering-minimumloon-per-1-juli-2021",
            Secondary,
            "several payroll firms quoting rijksoverheid",
        ),
    },
    ParamRow {
        from: d(2022, 1, 1),
        until: d(2022, 6, 30),
        tv_cap: CAP_2022,
        wia_max_dagloon: s(
            22_876,
            "https://performa-hr.nl/nieuws/maximumdagloon-stijgt-naar-e-22876/",
            Secondary,
            "HR publisher",
        ),
        min_wage_month: None,
    },
    ParamRow {
        from: d(2022, 7, 1),
        until: d(2022, 12, 31),
        tv_cap: CAP_2022,
        wia_max_dagloon: s(
            23_290,
            "https://svpay.nl/nieuws/show/indexatie-uitkeringen",
            Secondary,
            "payroll firm (law-reference §5.1)",
        ),
        min_wage_month: s(
            175_620,
            "https://www.adfinadvies.nl/wettelijk-minimumloon-januari-2023/",
            Secondary,
            "accountant's comparison table",
        ),
    },
    ParamRow {
        from: d(2023, 1, 1),
        until: d(2023, 6, 30),
        tv_cap: CAP_2023,
        wia_max_dagloon: s(
            25_654,
            "https://svpay.nl/nieuws/show/indexatie-uitkeringen",
            Secondary,
            "payroll firm",
        ),
        min_wage_month: s(
            193_440,
            "Stb. 2022, 381; https://opennieuwsbank.nl/rijksoverheid/2022/11/18/minimumloonbedragen-per-1-januari-2023",
            Secondary,
            "rijksoverheid news item as republished",
        ),
    },
    ParamRow {
        from: d(2023, 7, 1),
        until: d(2023, 12, 31),
        tv_cap: CAP_2023,
        wia_max_dagloon: s(
            26_457,
            "https://www.adfiz.nl/nieuws/adfiz-berichten/uitkeringsbedragen-sociale-zekerheid-per-1-juli-2023/",
            Secondary,
            "trade association quoting the SZW figures",
        ),
        min_wage_month: None,
    },
    ParamRow {
        from: d(2024, 1, 1),
        until: d(2024, 6, 30),
        tv_cap: CAP_2024,
        wia_max_dagloon: s(
            27_444,
            "https://www.accountancyvanmorgen.nl/2023/12/08/rekenregels-per-januari-2024-aanpassingen-minimumloon-dagloon-liv-premies/",
            Secondary,
            "publisher quoting the SZW rekenregels",
        ),
        min_wage_month: s(
            206_940,
            "SZW regeling 9 Oct 2023 (nr. 2023-0000526966); https://www.accountancyvanmorgen.nl/2023/12/08/rekenregels-per-januari-2024-aanpassingen-minimumloon-dagloon-liv-premies/",
            Secondary,
            "referentiemaandloon, publisher quoting the regeling",
        ),
    },
    ParamRow {
        from: d(2024, 7, 1),
        until: d(2024, 12, 31),
        tv_cap: CAP_2024,
        wia_max_dagloon: s(
            28_295,
            "https://vnpf.nl/nieuws/het-wettelijk-minimumloon-vanaf-1-juli-2024/",
            Secondary,
            "quoting the SZW regeling of 17 April 2024",
        ),
        min_wage_month: s(
            213_360,
            "SZW regeling 17 Apr 2024 (nr. 2024-0000032606); https://vnpf.nl/nieuws/het-wettelijk-minimumloon-vanaf-1-juli-2024/",
            Secondary,
            "referentiemaandloon, quoting the regeling",
        ),
    },
    ParamRow {
        from: d(2025, 1, 1),
        until: d(2025, 6, 30),
        tv_cap: CAP_2025,
        wia_max_dagloon: s(
            29_067,
            "https://www.adfiz.nl/nieuws/adfiz-berichten/uitkeringsbedragen-sociale-zekerheid-per-1-januari-2025/",
            Secondary,
            "consistent across adfiz, seh.nl and tekz.nl (= €75,864 / 261)",
        ),
        min_wage_month: s(
            219_180,
            "SZW besluit 2024-0000675332; https://admaxi.nl/sociale-verzekeringen/minimumloon-per-1-januari-2025",
            Secondary,
            "referentiemaandloon, quoting the besluit",
        ),
    },
    ParamRow {
        from: d(2025, 7, 1),
        until: d(2025, 12, 31),
        tv_cap: CAP_2025,
        // Not found. Estimate: 290.67 × 14.40 / 14.06 = 297.70 (minimum hourly wage rise).
        wia_max_dagloon: s(
            29_770,
            "estimate, law-verification-2026-11 §9",
            Uncertain,
            "July 2025 value not found; computed from the minimum-wage rise",
        ),
        min_wage_month: s(
            224_580,
            "Stcrt. 2025, 12264; https://www.admintrend.nl/actueel/minimumuurloon-per-1-juli-2025-naar-eur-14.40",
            Secondary,
            "referentiemaandloon, quoting the regeling",
        ),
    },
    ParamRow {
        from: d(2026, 1, 1),
        until: d(2026, 6, 30),
        tv_cap: CAP_2026,
        wia_max_dagloon: s(
            30_425,
            "https://www.seh.nl/kennisbank/toekomstvoorzieningen-en-sociale-zekerheid-2026",
            Secondary,
            "advisory firm (= €79,409.25 / 261)",
        ),
        min_wage_month: s(
            229_440,
            "https://www.grootheddeaccountants.nl/wettelijk-minimumloon-per-1-januari-2026",
            Secondary,
            "referentiemaandloon, accountants quoting the regeling",
        ),
    },
    ParamRow {
        from: d(2026, 7, 1),
        until: d(2026, 12, 31),
        tv_cap: CAP_2026,
        // Not found. Estimate: 304.25 × 14.99 / 14.71 = 310.04 (the 14.99 is itself weak).
        wia_max_dagloon: s(
            31_004,
            "estimate, law-verification-2026-11 §9",
            Uncertain,
            "July 2026 value not found; computed from a weakly sourced minimum-wage rise",
        ),
        // Not found (an estimate of about €2,338 exists only in code repositories).
        min_wage_month: None,
    },
];

/// All rows, oldest first.
pub fn rows() -> &'static [ParamRow] {
    ROWS
}

/// The row that covers `date`, if any.
pub fn for_date(date: NaiveDate) -> Option<&'static ParamRow> {
    ROWS.iter().find(|r| r.from <= date && date <= r.until)
}

/// The transitievergoeding cap for a contract ending on `end`: the cap of the calendar
/// year of the end date (art. 7:673 lid 2 and 3 BW).
pub fn tv_cap_for_end_date(end: NaiveDate) -> Option<Sourced<Cents>> {
    for_date(end).and_then(|r| r.tv_cap)
}

/// Days per year in the benefit wage rules: the maximum yearly wage is the maximum
/// dagloon × 261 (art. 17 lid 1 Wfsv; Dagloonbesluit, 261 uitkeringsdagen per jaar).
pub const BENEFIT_DAYS_PER_YEAR: i64 = 261;

/// The WIA loongrens on `date`: the highest yearly wage the WIA (and ZW/WW) counts, i.e.
/// the maximum dagloon × 261. It carries the dagloon's source and certainty, so an
/// estimated half year (July 2026) is shown as uncertain. Example: 1 January 2026,
/// € 304,25 × 261 = € 79.409,25 (the figure UWV publishes as € 79.409 a year).
pub fn wia_loongrens_year(date: NaiveDate) -> Option<Sourced<Cents>> {
    let d = for_date(date)?.wia_max_dagloon?;
    Some(Sourced {
        value: Cents(d.value.0.checked_mul(BENEFIT_DAYS_PER_YEAR)?),
        ..d
    })
}

/// The first and last date the table covers.
pub fn coverage() -> Option<(NaiveDate, NaiveDate)> {
    Some((ROWS.first()?.from, ROWS.last()?.until))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::date_from_unix_seconds;
    use chrono::Datelike;

    fn today() -> NaiveDate {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        date_from_unix_seconds(secs)
    }

    #[test]
    fn freshness_today_is_covered_and_complete() {
        let t = today();
        let row = for_date(t).unwrap_or_else(|| {
            panic!("no parameter row covers today ({t}); add the next half year to params.rs")
        });
        assert!(
            row.tv_cap.is_some(),
            "row for {t} has no transitievergoeding cap"
        );
        assert!(
            row.wia_max_dagloon.is_some(),
            "row for {t} has no maximum dagloon"
        );
    }

    #[test]
    fn rows_are_contiguous_and_do_not_overlap() {
        assert!(!ROWS.is_empty());
        for r in ROWS {
            assert!(
                r.from <= r.until,
                "row {} .. {} runs backwards",
                r.from,
                r.until
            );
        }
        for w in ROWS.windows(2) {
            let next_day = w[0].until.succ_opt().unwrap();
            assert_eq!(
                next_day, w[1].from,
                "gap or overlap between {} and {}",
                w[0].until, w[1].from
            );
        }
        assert_eq!(coverage(), Some((d(2020, 1, 1), d(2026, 12, 31))));
    }

    #[test]
    fn rows_are_half_years_and_caps_follow_the_calendar_year() {
        for r in ROWS {
            assert!(
                (r.from.month(), r.from.day()) == (1, 1)
                    || (r.from.month(), r.from.day()) == (7, 1)
            );
            assert_eq!(r.from.year(), r.until.year());
        }
        for w in ROWS.windows(2) {
            if w[0].from.year() == w[1].from.year() {
                assert_eq!(w[0].tv_cap, w[1].tv_cap, "cap changes within a year");
            }
        }
    }

    #[test]
    fn wia_loongrens_is_dagloon_times_261() {
        // 304.25 × 261 = 79,409.25 (UWV: € 79.409 per jaar in 2026).
        let jan = wia_loongrens_year(d(2026, 3, 1)).unwrap();
        assert_eq!(jan.value, Cents(7_940_925));
        // July 2026 is an estimate: 310.04 × 261 = 80,920.44, and stays uncertain.
        let jul = wia_loongrens_year(d(2026, 11, 22)).unwrap();
        assert_eq!(jul.value, Cents(8_092_044));
        assert_eq!(jul.certainty, Certainty::Uncertain);
        assert!(wia_loongrens_year(d(2019, 1, 1)).is_none());
    }

    #[test]
    fn known_values_and_markers() {
        let cap = |y, m, day| tv_cap_for_end_date(d(y, m, day)).map(|c| c.value);
        assert_eq!(cap(2020, 12, 31), Some(Cents::euros(83_000)));
        assert_eq!(cap(2021, 1, 1), Some(Cents::euros(84_000)));
        assert_eq!(cap(2022, 6, 30), Some(Cents::euros(86_000)));
        assert_eq!(cap(2023, 7, 1), Some(Cents::euros(89_000)));
        assert_eq!(cap(2024, 2, 29), Some(Cents::euros(94_000)));
        assert_eq!(cap(2025, 12, 31), Some(Cents::euros(98_000)));
        assert_eq!(cap(2026, 11, 22), Some(Cents::euros(102_000)));
        assert_eq!(cap(2019, 12, 31), None);
        assert_eq!(cap(2027, 1, 1), None);
        let c26 = tv_cap_for_end_date(d(2026, 3, 1)).unwrap();
        assert_eq!(c26.certainty, Certainty::Uncertain);
        let jan26 = for_date(d(2026, 1, 1)).unwrap();
        assert_eq!(jan26.wia_max_dagloon.unwrap().value, Cents(30_425));
        assert_eq!(jan26.min_wage_month.unwrap().value, Cents(229_440));
        let jul26 = for_date(d(2026, 7, 1)).unwrap();
        assert_eq!(
            jul26.wia_max_dagloon.unwrap().certainty,
            Certainty::Uncertain
        );
        assert!(jul26.min_wage_month.is_none());
        for r in ROWS {
            for v in [r.tv_cap, r.wia_max_dagloon, r.min_wage_month]
                .into_iter()
                .flatten()
            {
                assert!(!v.source.is_empty() && !v.reason.is_empty());
                assert!(v.value > Cents::ZERO);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// WIA loongrens (maximum premieloon werknemersverzekeringen), per calendar year.
//
// Used for the WIA-excedent and WGA-hiaat model of the income projection
// (law-reference §5.1 and §5.3). Unlike the maximum dagloon it does not change on 1 July
// (law-verification-2026-11 §9). Kept as a separate small table so the half-year rows
// above stay as they are.

/// The maximum premieloon (the "WIA-loongrens") of one calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoongrensRow {
    pub year: i32,
    pub annual: Sourced<Cents>,
}

/// Oldest first, one row per year, consecutive years (tested).
pub const LOONGRENS: &[LoongrensRow] = &[
    LoongrensRow {
        year: 2024,
        annual: Sourced {
            value: Cents(7_162_800),
            source: "https://www.nn.nl/Zakelijk/Inkomensverzekeringen/WIA-Excedent.htm",
            certainty: Secondary,
            reason: "insurer's product page (law-reference §5.3)",
        },
    },
    LoongrensRow {
        year: 2025,
        annual: Sourced {
            value: Cents(7_586_400),
            source: "https://smkaccountants.nl/nieuws/item?id=60193 ; https://www.tekz.nl/en/nieuws/premiepercentages-en-maximum-premieloon-2025~60193/",
            certainty: Secondary,
            reason: "publishers quoting the SZW regeling (= 261 × €290.67)",
        },
    },
    LoongrensRow {
        year: 2026,
        annual: Sourced {
            value: Cents(7_940_925),
            source: "https://www.seh.nl/kennisbank/toekomstvoorzieningen-en-sociale-zekerheid-2026",
            certainty: Secondary,
            reason: "advisory firm: €79,409.25 a year (= 261 × €304.25)",
        },
    },
];

/// The loongrens of the calendar year of `date`, if the table has that year.
pub fn loongrens_for_date(date: NaiveDate) -> Option<Sourced<Cents>> {
    use chrono::Datelike;
    LOONGRENS
        .iter()
        .find(|r| r.year == date.year())
        .map(|r| r.annual)
}

#[cfg(test)]
mod loongrens_tests {
    use super::*;

    #[test]
    fn loongrens_years_are_consecutive_and_match_the_dagloon() {
        for w in LOONGRENS.windows(2) {
            assert_eq!(w[0].year + 1, w[1].year);
        }
        // January maximum dagloon × 261 = maximum premieloon (law-verification §9):
        // 2025: 290.67 × 261 = 75,864.87 → the premieloon is €75,864 (the dagloon is
        // rounded up from 75,864 / 261 = 290.666…); 2026: 304.25 × 261 = 79,409.25.
        let jan26 = for_date(d(2026, 1, 1)).and_then(|r| r.wia_max_dagloon);
        assert_eq!(
            jan26.map(|s| s.value.0 * 261),
            loongrens_for_date(d(2026, 8, 1)).map(|s| s.value.0)
        );
        assert_eq!(
            loongrens_for_date(d(2025, 12, 31)).map(|s| s.value),
            Some(Cents(7_586_400))
        );
        assert_eq!(loongrens_for_date(d(2027, 1, 1)), None);
    }
}

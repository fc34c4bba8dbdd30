//! The one dated parameter table of Spoorwijzer.
//!
//! Every yearly figure lives here, in rows with a validity period (`from` .. `until`,
//! both inclusive). The table is cut per half year (1 January and 1 July), because the
//! maximum dagloon and the minimum wage change on both dates; the transitievergoeding cap
//! changes on 1 January only. The WIA loongrens (maximum premieloon) is a yearly table of
//! its own ([`LOONGRENS`]).
//!
//! **A horizon, not a wall.** No date is ever refused because a figure is not published
//! yet. The table reaches at least 24 months past its content date. A period whose
//! official figure is unknown has an **estimate** row, marked [`Certainty::Estimate`],
//! which follows the law's rule where there is one (the cap: the expected contract wages
//! of the CPB's Macro Economische Verkenning, rounded to € 1.000, art. 7:673 lid 3 BW)
//! and otherwise carries the last figure forward. A date after the last row carries the
//! last row forward, also as an estimate. Each estimate has its own uncertainty code
//! ([`ParamValue::uncertainty_code`], for example `cap_2027_estimate`), and the pages
//! show it next to every amount it can change.
//!
//! **Updating a figure:** replace the value, source and certainty in its row (or its
//! constant) with the official publication; the estimate mark goes away by itself.
//! **Extending the horizon:** append half-year rows. The tests check that rows stay
//! contiguous, that a row covers today + 12 months, and that no estimate row started more
//! than three months ago (that forces a check against the published figure).
//!
//! Law notes: `docs/law/parameters.md`.

use chrono::{Datelike, NaiveDate};

use crate::money::Cents;
use crate::source::{self, Source};

/// How sure we are of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Certainty {
    /// Read in the official publication (Staatscourant, Staatsblad, wetten.overheid.nl,
    /// uwv.nl, rijksoverheid.nl, svb.nl, belastingdienst.nl).
    Confirmed,
    /// Only reputable secondary sources quoting the official regeling were found. Allowed
    /// for figures before 2025 only (tested).
    Secondary,
    /// Published (the government announced it), but the official publication itself was
    /// not found, so the figure could not be checked. Shown to the user with its
    /// uncertainty code, like an estimate.
    Unverified,
    /// Not published yet, or not found at all: an estimate by the rule in `reason`. Shown
    /// to the user with its uncertainty code.
    Estimate,
}

impl Certainty {
    pub fn code(self) -> &'static str {
        match self {
            Certainty::Confirmed => "confirmed",
            Certainty::Secondary => "secondary",
            Certainty::Unverified => "unverified",
            Certainty::Estimate => "estimate",
        }
    }
}

/// A value with where it comes from and how sure we are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
    pub certainty: Certainty,
    /// Why this certainty; for an estimate, the rule it follows.
    pub reason: &'static str,
}

crate::listed::listed! {
    /// The figures of the table.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Param {
        /// Maximum transitievergoeding (art. 7:673 lid 2 BW), by calendar year.
        TvCap,
        /// Maximum dagloon of the employee insurances (art. 17 Wfsv), per half year.
        MaxDagloon,
        /// Statutory minimum monthly wage (21+, full time), per half year.
        MinWageMonth,
        /// WIA loongrens: the maximum premieloon, by calendar year.
        Loongrens,
        /// Statutory minimum wage per hour (21+), per half year, since 2024.
        MinWageHour,
    }
}

impl Param {
    /// The stable prefix of this figure's uncertainty codes.
    pub fn code(self) -> &'static str {
        match self {
            Param::TvCap => "cap",
            Param::MaxDagloon => "max_dagloon",
            Param::MinWageMonth => "min_wage",
            Param::Loongrens => "loongrens",
            Param::MinWageHour => "min_wage_hour",
        }
    }

    /// Whether the figure changes once a year (else twice: 1 January and 1 July).
    pub fn yearly(self) -> bool {
        matches!(self, Param::TvCap | Param::Loongrens)
    }
}

/// The parameters valid during one half year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamRow {
    /// First day the row applies (inclusive).
    pub from: NaiveDate,
    /// Last day the row applies (inclusive).
    pub until: NaiveDate,
    /// Maximum transitievergoeding (art. 7:673 lid 2 BW), by the calendar year of the
    /// end date, so both halves of a year carry the same value.
    pub tv_cap: Sourced<Cents>,
    /// Maximum dagloon for ZW/WW/WIA benefits (art. 17 Wfsv).
    pub wia_max_dagloon: Sourced<Cents>,
    /// Statutory minimum monthly wage (21+, full time); since 2024 the monthly
    /// "referentiemaandloon" on a 36-hour week used for benefits. `None` only in early
    /// rows where the figure was never needed.
    pub min_wage_month: Option<Sourced<Cents>>,
}

/// One figure read from the table for a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamValue {
    pub param: Param,
    pub value: Cents,
    pub source: Source,
    pub certainty: Certainty,
    pub reason: &'static str,
    /// The first day of the period the value stands for (1 January or 1 July; for a
    /// carried value, the period of the date asked for).
    pub period_from: NaiveDate,
    /// Carried over from another row (a date past the table, or a gap): an estimate.
    pub carried: bool,
}

impl ParamValue {
    /// True when the user must be told that this figure is not a checked official one.
    pub fn is_uncertain(&self) -> bool {
        self.certainty.is_uncertain()
    }

    /// The uncertainty code: `cap_2027_estimate`, `max_dagloon_2027_07_estimate`,
    /// `cap_2026_unverified`. `None` for a checked figure.
    pub fn uncertainty_code(&self) -> Option<String> {
        uncertainty_code(self.param, self.period_from, self.certainty)
    }
}

impl Certainty {
    /// Estimates and unverified figures are marked next to every amount they change.
    pub fn is_uncertain(self) -> bool {
        matches!(self, Certainty::Unverified | Certainty::Estimate)
    }
}

/// The uncertainty code of `param` for the period starting on `from`, when `certainty`
/// needs a mark.
pub fn uncertainty_code(param: Param, from: NaiveDate, certainty: Certainty) -> Option<String> {
    let suffix = match certainty {
        Certainty::Estimate => "estimate",
        Certainty::Unverified => "unverified",
        Certainty::Confirmed | Certainty::Secondary => return None,
    };
    Some(if param.yearly() {
        format!("{}_{}_{suffix}", param.code(), from.year())
    } else {
        format!(
            "{}_{}_{:02}_{suffix}",
            param.code(),
            from.year(),
            from.month()
        )
    })
}

use crate::dates::ymd as d;

const fn s(
    cents: i64,
    source: Source,
    certainty: Certainty,
    reason: &'static str,
) -> Sourced<Cents> {
    Sourced {
        value: Cents(cents),
        source,
        certainty,
        reason,
    }
}

const fn src(label: &'static str, url: &'static str) -> Source {
    Source {
        label,
        url: Some(url),
    }
}

use Certainty::{Confirmed, Estimate, Secondary, Unverified};

// ---------------------------------------------------------------------------------------
// Sources of the figures.

// The shared ones are citations of the registry (`crate::source`); a figure's own
// publication is written in its row.
const CAP_RULE: Source = source::BW_7_673_MAXIMUM;
const WFSV_17: Source = source::WFSV_17;
const WML_14: Source = source::WML_14;
const STCRT_2024_38722: Source = source::STCRT_2024_38722;
const RO_UITKERINGEN_2026: Source = source::RO_UITKERINGEN_2026;
const UWV_DAGLOON: Source = source::UWV_DAGLOON;

// Caps (art. 7:673 lid 2 BW). One constant per year, used in both half-year rows.
const CAP_2020: Sourced<Cents> = s(
    8_300_000,
    src(
        "Secundaire bron: Unie, maximale transitievergoeding 2020",
        "https://direct.unie.nl/ontslag/transitievergoeding/",
    ),
    Secondary,
    "secondary source; consistent with the 2021 indexation",
);
const CAP_2021: Sourced<Cents> = s(
    8_400_000,
    src(
        "UWV: hoe hoog is de transitievergoeding",
        "https://www.uwv.nl/particulieren/ontslag/belangrijke-rechten-bij-ontslag/detail/transitievergoeding/hoe-hoog-is-de-transitievergoeding",
    ),
    Secondary,
    "UWV page (stored copy) and a publisher",
);
const CAP_2022: Sourced<Cents> = s(
    8_600_000,
    src(
        "Secundaire bron: Rendement, maximale transitievergoeding 2022",
        "https://www.rendement.nl/transitievergoeding/nieuws/maximale-transitievergoeding-is-in-2022--86000.html",
    ),
    Secondary,
    "publisher quoting the yearly indexation",
);
const CAP_2023: Sourced<Cents> = s(
    8_900_000,
    src(
        "Secundaire bron: Rendement, maximale transitievergoeding 2023",
        "https://www.rendement.nl/transitievergoeding/nieuws/maximale-transitievergoeding-in-2023-naar--89000.html",
    ),
    Secondary,
    "publisher quoting the yearly indexation",
);
const CAP_2024: Sourced<Cents> = s(
    9_400_000,
    src(
        "Secundaire bron: Loon.nl, hoe hoog is de transitievergoeding",
        "https://loon.nl/loon/Transitievergoeding/hoe-hoog-is-de-transitievergoeding",
    ),
    Secondary,
    "publisher; the regeling was not found",
);
const CAP_2025: Sourced<Cents> = s(
    9_800_000,
    CAP_RULE,
    Unverified,
    "published figure; the Staatscourant regeling was not found",
);
const CAP_2026: Sourced<Cents> = s(
    10_200_000,
    CAP_RULE,
    Unverified,
    "published in the SZW overview of 1 January 2026; the Staatscourant regeling was not found",
);
// The 2027 cap follows the CPB's expected contract wages for 2027 (MEV 2027), rounded to
// € 1.000. Neither the regeling nor the MEV figure was found, so the 2026 cap is carried
// forward; the real cap will most likely be higher.
const CAP_2027: Sourced<Cents> = s(
    10_200_000,
    CAP_RULE,
    Estimate,
    "not published yet and the MEV 2027 forecast was not found: the 2026 cap carried forward",
);
const CAP_2028: Sourced<Cents> = s(
    10_200_000,
    CAP_RULE,
    Estimate,
    "not published yet and no forecast found: the 2026 cap carried forward",
);

const fn dagloon_est(cents: i64, reason: &'static str) -> Sourced<Cents> {
    s(cents, WFSV_17, Estimate, reason)
}
const fn minwage_est(cents: i64, reason: &'static str) -> Option<Sourced<Cents>> {
    Some(s(cents, WML_14, Estimate, reason))
}

/// The table, oldest first. Contiguous, non-overlapping (tested).
pub const ROWS: &[ParamRow] = &[
    ParamRow {
        from: d(2020, 1, 1),
        until: d(2020, 6, 30),
        tv_cap: CAP_2020,
        wia_max_dagloon: s(
            21_928,
            src(
                "Secundaire bron: HR-kiosk, maximumdagloon per 1 januari 2020 (Stcrt. 2019, 56680)",
                "https://www.hr-kiosk.nl/hoofdstuk/tabellen/maximumdagloon-tabellen-1",
            ),
            Secondary,
            "payroll publisher quoting the SZW regeling",
        ),
        min_wage_month: None,
    },
    ParamRow {
        from: d(2020, 7, 1),
        until: d(2020, 12, 31),
        tv_cap: CAP_2020,
        // Computed back from the January 2021 rise of 0.28%: 223.40 / 1.0028 = 222.78.
        wia_max_dagloon: dagloon_est(
            22_278,
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
            src(
                "Secundaire bron: Rendement, rekenregels per 1 januari 2021",
                "https://www.rendement.nl/aangifte-loonheffingen/nieuws/publicatie-van-de-rekenregels-per-1-januari-2021.html",
            ),
            Secondary,
            "publisher quoting the SZW rekenregels",
        ),
        min_wage_month: Some(s(
            168_480,
            src(
                "Secundaire bron: bedragen minimumloon 2021",
                "https://www.medicalfacts.nl/2021/07/19/bedragen-minimumloon-2021/",
            ),
            Secondary,
            "publisher reproducing the rijksoverheid table",
        )),
    },
    ParamRow {
        from: d(2021, 7, 1),
        until: d(2021, 12, 31),
        tv_cap: CAP_2021,
        wia_max_dagloon: s(
            22_557,
            UWV_DAGLOON,
            Confirmed,
            "UWV bedragen page (stored copy for 1 July 2021)",
        ),
        min_wage_month: Some(s(
            170_100,
            src(
                "Secundaire bron: minimumloon per 1 juli 2021",
                "https://www.prohrm.nl/blog/verandering-minimumloon-per-1-juli-2021",
            ),
            Secondary,
            "payroll firms quoting rijksoverheid",
        )),
    },
    ParamRow {
        from: d(2022, 1, 1),
        until: d(2022, 6, 30),
        tv_cap: CAP_2022,
        wia_max_dagloon: s(
            22_876,
            src(
                "Secundaire bron: maximumdagloon 2022",
                "https://performa-hr.nl/nieuws/maximumdagloon-stijgt-naar-e-22876/",
            ),
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
            src(
                "Secundaire bron: indexatie uitkeringen juli 2022",
                "https://svpay.nl/nieuws/show/indexatie-uitkeringen",
            ),
            Secondary,
            "payroll firm",
        ),
        min_wage_month: Some(s(
            175_620,
            src(
                "Secundaire bron: minimumloon 2022",
                "https://www.adfinadvies.nl/wettelijk-minimumloon-januari-2023/",
            ),
            Secondary,
            "accountant's comparison table",
        )),
    },
    ParamRow {
        from: d(2023, 1, 1),
        until: d(2023, 6, 30),
        tv_cap: CAP_2023,
        wia_max_dagloon: s(
            25_654,
            src(
                "Secundaire bron: indexatie uitkeringen januari 2023",
                "https://svpay.nl/nieuws/show/indexatie-uitkeringen",
            ),
            Secondary,
            "payroll firm",
        ),
        min_wage_month: Some(s(
            193_440,
            src(
                "Stb. 2022, 381 (minimumloon per 1 januari 2023)",
                "https://zoek.officielebekendmakingen.nl/stb-2022-381.html",
            ),
            Confirmed,
            "the decree raising the minimum wage by 10.15%",
        )),
    },
    ParamRow {
        from: d(2023, 7, 1),
        until: d(2023, 12, 31),
        tv_cap: CAP_2023,
        wia_max_dagloon: s(
            26_457,
            src(
                "Secundaire bron: Adfiz, uitkeringsbedragen per 1 juli 2023",
                "https://www.adfiz.nl/nieuws/adfiz-berichten/uitkeringsbedragen-sociale-zekerheid-per-1-juli-2023/",
            ),
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
            src(
                "Secundaire bron: rekenregels per januari 2024",
                "https://www.accountancyvanmorgen.nl/2023/12/08/rekenregels-per-januari-2024-aanpassingen-minimumloon-dagloon-liv-premies/",
            ),
            Secondary,
            "publisher quoting the SZW rekenregels",
        ),
        min_wage_month: Some(s(
            206_940,
            src(
                "Secundaire bron: rekenregels per januari 2024 (regeling 2023-0000526966)",
                "https://www.accountancyvanmorgen.nl/2023/12/08/rekenregels-per-januari-2024-aanpassingen-minimumloon-dagloon-liv-premies/",
            ),
            Secondary,
            "referentiemaandloon, publisher quoting the regeling",
        )),
    },
    ParamRow {
        from: d(2024, 7, 1),
        until: d(2024, 12, 31),
        tv_cap: CAP_2024,
        wia_max_dagloon: s(
            28_295,
            src(
                "Secundaire bron: minimumloon en dagloon per 1 juli 2024",
                "https://vnpf.nl/nieuws/het-wettelijk-minimumloon-vanaf-1-juli-2024/",
            ),
            Secondary,
            "quoting the SZW regeling of 17 April 2024",
        ),
        min_wage_month: Some(s(
            213_360,
            src(
                "Secundaire bron: minimumloon per 1 juli 2024 (regeling 2024-0000032606)",
                "https://vnpf.nl/nieuws/het-wettelijk-minimumloon-vanaf-1-juli-2024/",
            ),
            Secondary,
            "referentiemaandloon, quoting the regeling",
        )),
    },
    ParamRow {
        from: d(2025, 1, 1),
        until: d(2025, 6, 30),
        tv_cap: CAP_2025,
        wia_max_dagloon: s(
            29_067,
            STCRT_2024_38722,
            Unverified,
            "€ 75.864 / 261, rounded up; the Staatscourant number is quoted by publishers, the text itself was not read",
        ),
        min_wage_month: Some(s(
            219_180,
            WML_14,
            Unverified,
            "published figure (besluit 2024-0000675332); the Staatscourant text was not found",
        )),
    },
    ParamRow {
        from: d(2025, 7, 1),
        until: d(2025, 12, 31),
        tv_cap: CAP_2025,
        // Not found. The dagloon moves with the minimum wage on 1 July: 290.67 × 1.0246
        // (the July 2025 rise of the minimum wage) = 297.82.
        wia_max_dagloon: dagloon_est(
            29_782,
            "July 2025 value not found; computed from the minimum-wage rise of 2.46%",
        ),
        min_wage_month: Some(s(
            224_580,
            source::STCRT_2025_12264,
            Unverified,
            "referentiemaandloon; the Staatscourant number is quoted by publishers, the text itself was not read",
        )),
    },
    ParamRow {
        from: d(2026, 1, 1),
        until: d(2026, 6, 30),
        tv_cap: CAP_2026,
        wia_max_dagloon: s(
            30_425,
            source::STCRT_2025_42324,
            Confirmed,
            "€ 79.409 / 261, rounded up",
        ),
        min_wage_month: Some(s(
            229_440,
            RO_UITKERINGEN_2026,
            Unverified,
            "€ 14,71 per hour is official; the monthly figure and the regeling were not found",
        )),
    },
    ParamRow {
        from: d(2026, 7, 1),
        until: d(2026, 12, 31),
        tv_cap: CAP_2026,
        // € 309,91 and € 2.337,00 (+1.86%) are the figures UWV published for 1 July
        // 2026 as quoted elsewhere; the regeling itself was not found.
        wia_max_dagloon: s(
            30_991,
            UWV_DAGLOON,
            Unverified,
            "published July 2026 figure; the Staatscourant regeling was not found",
        ),
        min_wage_month: Some(s(
            233_700,
            WML_14,
            Unverified,
            "published July 2026 figure (€ 14,99 per hour); the regeling was not found",
        )),
    },
    ParamRow {
        from: d(2027, 1, 1),
        until: d(2027, 6, 30),
        tv_cap: CAP_2027,
        wia_max_dagloon: dagloon_est(30_991, "not published yet: the July 2026 figure carried forward"),
        min_wage_month: minwage_est(233_700, "not published yet: the July 2026 figure carried forward"),
    },
    ParamRow {
        from: d(2027, 7, 1),
        until: d(2027, 12, 31),
        tv_cap: CAP_2027,
        wia_max_dagloon: dagloon_est(30_991, "not published yet: the July 2026 figure carried forward"),
        min_wage_month: minwage_est(233_700, "not published yet: the July 2026 figure carried forward"),
    },
    ParamRow {
        from: d(2028, 1, 1),
        until: d(2028, 6, 30),
        tv_cap: CAP_2028,
        wia_max_dagloon: dagloon_est(30_991, "not published yet: the July 2026 figure carried forward"),
        min_wage_month: minwage_est(233_700, "not published yet: the July 2026 figure carried forward"),
    },
    ParamRow {
        from: d(2028, 7, 1),
        until: d(2028, 12, 31),
        tv_cap: CAP_2028,
        wia_max_dagloon: dagloon_est(30_991, "not published yet: the July 2026 figure carried forward"),
        min_wage_month: minwage_est(233_700, "not published yet: the July 2026 figure carried forward"),
    },
];

// ---------------------------------------------------------------------------------------
// Reading the table

/// All rows, oldest first.
pub fn rows() -> &'static [ParamRow] {
    ROWS
}

/// The row that covers `date`, if any.
pub fn for_date(date: NaiveDate) -> Option<&'static ParamRow> {
    ROWS.iter().find(|r| r.from <= date && date <= r.until)
}

/// The first and last date the half-year table covers.
pub fn coverage() -> Option<(NaiveDate, NaiveDate)> {
    Some((ROWS.first()?.from, ROWS.last()?.until))
}

/// The first day of the period of `param` that contains `date`.
fn period_start(param: Param, date: NaiveDate) -> NaiveDate {
    let month = if param.yearly() || date.month() < 7 {
        1
    } else {
        7
    };
    NaiveDate::from_ymd_opt(date.year(), month, 1).unwrap_or(date)
}

fn row_value(param: Param, row: &ParamRow) -> Option<Sourced<Cents>> {
    match param {
        Param::TvCap => Some(row.tv_cap),
        Param::MaxDagloon => Some(row.wia_max_dagloon),
        Param::MinWageMonth => row.min_wage_month,
        Param::Loongrens => loongrens_row(row.from.year()).map(|r| r.annual),
        Param::MinWageHour => MIN_WAGE_HOUR
            .iter()
            .find(|h| h.from == row.from)
            .map(|h| h.hourly),
    }
}

/// `param` on `date`. Never `None` for a date on or after the first row: a date past
/// the table, or a gap in a row, takes the nearest earlier figure, marked as an estimate.
/// `None` only before the table (the rules before 2020 are not covered).
pub fn value(param: Param, date: NaiveDate) -> Option<ParamValue> {
    if param == Param::Loongrens {
        return loongrens_value(date);
    }
    let (first, _) = coverage()?;
    if date < first {
        return None;
    }
    let own = for_date(date).and_then(|r| row_value(param, r));
    if let Some(v) = own {
        return Some(ParamValue {
            param,
            value: v.value,
            source: v.source,
            certainty: v.certainty,
            reason: v.reason,
            period_from: period_start(param, date),
            carried: false,
        });
    }
    let earlier = ROWS
        .iter()
        .rev()
        .filter(|r| r.from <= date)
        .find_map(|r| row_value(param, r))?;
    Some(ParamValue {
        param,
        value: earlier.value,
        source: earlier.source,
        certainty: Certainty::Estimate,
        reason: "not in the table: the last known figure carried forward",
        period_from: period_start(param, date),
        carried: true,
    })
}

/// The earliest figure the table has for `param` (for dates before the table, which
/// the income projection treats as carried estimates).
pub fn first_value(param: Param) -> Option<ParamValue> {
    match param {
        Param::Loongrens => {
            let r = LOONGRENS.first()?;
            loongrens_value(NaiveDate::from_ymd_opt(r.year, 1, 1)?)
        }
        _ => ROWS
            .iter()
            .find(|r| row_value(param, r).is_some())
            .and_then(|r| value(param, r.from)),
    }
}

/// The transitievergoeding cap for a contract ending on `end`: the cap of the calendar
/// year of the end date (art. 7:673 lid 2 BW). `None` only before 2020.
pub fn tv_cap_for_end_date(end: NaiveDate) -> Option<ParamValue> {
    value(Param::TvCap, end)
}

// ---------------------------------------------------------------------------------------
// The minimum wage per hour (art. 8 Wet minimumloon en minimumvakantiebijslag; since 1
// January 2024 the minimum wage is an hourly wage, adjusted every 1 January and 1 July,
// art. 14). The year-1 floor of sick pay follows a person's own hours with it.

/// The hourly minimum wage from `from` (1 January or 1 July) to the next row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HourRow {
    pub from: NaiveDate,
    pub hourly: Sourced<Cents>,
}

/// Oldest first, one row per half year of [`ROWS`] from 2024 on (tested).
pub const MIN_WAGE_HOUR: &[HourRow] = &[
    HourRow {
        from: d(2024, 1, 1),
        hourly: s(
            1_327,
            src(
                "Secundaire bron: rekenregels per januari 2024",
                "https://www.accountancyvanmorgen.nl/2023/12/08/rekenregels-per-januari-2024-aanpassingen-minimumloon-dagloon-liv-premies/",
            ),
            Secondary,
            "publisher quoting the regeling",
        ),
    },
    HourRow {
        from: d(2024, 7, 1),
        hourly: s(
            1_368,
            src(
                "Secundaire bron: minimumloon per 1 juli 2024",
                "https://vnpf.nl/nieuws/het-wettelijk-minimumloon-vanaf-1-juli-2024/",
            ),
            Secondary,
            "quoting the SZW regeling of 17 April 2024",
        ),
    },
    HourRow {
        from: d(2025, 1, 1),
        hourly: s(
            1_406,
            WML_14,
            Unverified,
            "published figure (besluit 2024-0000675332); the Staatscourant text was not found",
        ),
    },
    HourRow {
        from: d(2025, 7, 1),
        hourly: s(
            1_440,
            source::STCRT_2025_12264,
            Unverified,
            "the Staatscourant number is quoted by publishers, the text itself was not read",
        ),
    },
    HourRow {
        from: d(2026, 1, 1),
        hourly: s(
            1_471,
            RO_UITKERINGEN_2026,
            Confirmed,
            "€ 14,71 per hour on rijksoverheid.nl",
        ),
    },
    HourRow {
        from: d(2026, 7, 1),
        hourly: s(
            1_499,
            WML_14,
            Unverified,
            "published July 2026 figure; the regeling was not found",
        ),
    },
    HourRow {
        from: d(2027, 1, 1),
        hourly: s(1_499, WML_14, Estimate, "not published yet: the July 2026 figure carried forward"),
    },
    HourRow {
        from: d(2027, 7, 1),
        hourly: s(1_499, WML_14, Estimate, "not published yet: the July 2026 figure carried forward"),
    },
    HourRow {
        from: d(2028, 1, 1),
        hourly: s(1_499, WML_14, Estimate, "not published yet: the July 2026 figure carried forward"),
    },
    HourRow {
        from: d(2028, 7, 1),
        hourly: s(1_499, WML_14, Estimate, "not published yet: the July 2026 figure carried forward"),
    },
];

/// Days per year in the benefit wage rules: the maximum yearly wage is the maximum
/// dagloon × 261 (art. 17 lid 1 Wfsv; Dagloonbesluit, 261 uitkeringsdagen per jaar).
pub const BENEFIT_DAYS_PER_YEAR: i64 = 261;

// ---------------------------------------------------------------------------------------
// WIA loongrens (maximum premieloon werknemersverzekeringen), per calendar year.
//
// Used for the WIA-excedent and WGA-hiaat model of the income projection and the
// interview's "loon boven de WIA-grens" question. Unlike the maximum dagloon it does not
// change on 1 July. It is the one WIA wage limit of the app: € 79.409 in 2026.

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
        annual: s(
            7_162_800,
            src(
                "Secundaire bron: maximum premieloon 2024",
                "https://www.accountancyvanmorgen.nl/2023/12/08/rekenregels-per-januari-2024-aanpassingen-minimumloon-dagloon-liv-premies/",
            ),
            Secondary,
            "publisher quoting the SZW regeling (= 261 × € 274,44)",
        ),
    },
    LoongrensRow {
        year: 2025,
        annual: s(
            7_586_400,
            STCRT_2024_38722,
            Unverified,
            "maximum premieloon 2025; the Staatscourant number is quoted by publishers, the text itself was not read",
        ),
    },
    LoongrensRow {
        year: 2026,
        annual: s(
            7_940_900,
            source::STCRT_2025_42324,
            Confirmed,
            "€ 79.409 a year (maximum dagloon € 304,25 = 79.409 / 261, rounded up)",
        ),
    },
    LoongrensRow {
        year: 2027,
        annual: s(
            7_940_900,
            WFSV_17,
            Estimate,
            "not published yet: the 2026 figure carried forward",
        ),
    },
    LoongrensRow {
        year: 2028,
        annual: s(
            7_940_900,
            WFSV_17,
            Estimate,
            "not published yet: the 2026 figure carried forward",
        ),
    },
];

fn loongrens_row(year: i32) -> Option<&'static LoongrensRow> {
    LOONGRENS.iter().find(|r| r.year == year)
}

fn loongrens_value(date: NaiveDate) -> Option<ParamValue> {
    let year_start = period_start(Param::Loongrens, date);
    if let Some(r) = loongrens_row(date.year()) {
        return Some(ParamValue {
            param: Param::Loongrens,
            value: r.annual.value,
            source: r.annual.source,
            certainty: r.annual.certainty,
            reason: r.annual.reason,
            period_from: year_start,
            carried: false,
        });
    }
    let first = LOONGRENS.first()?;
    if date.year() < first.year {
        return None;
    }
    let last = LOONGRENS.iter().rev().find(|r| r.year <= date.year())?;
    Some(ParamValue {
        param: Param::Loongrens,
        value: last.annual.value,
        source: last.annual.source,
        certainty: Certainty::Estimate,
        reason: "not published yet: the last known figure carried forward",
        period_from: year_start,
        carried: true,
    })
}

/// The WIA loongrens on `date`: the highest yearly wage the WIA counts. One figure for
/// the whole app (€ 79.409 in 2026), from [`LOONGRENS`].
pub fn wia_loongrens_year(date: NaiveDate) -> Option<ParamValue> {
    value(Param::Loongrens, date)
}

// ---------------------------------------------------------------------------------------
// Freshness

/// A way the table has fallen behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staleness {
    /// No row covers this date (today + 12 months).
    NotCovered { date: NaiveDate },
    /// An estimate whose period started more than three months before today: check it
    /// against the published figure.
    OldEstimate { code: String, from: NaiveDate },
}

/// An estimate that may stay past the three months, with why and when it was last
/// searched for. Listed in [`KNOWN_OLD_ESTIMATES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownEstimate {
    pub code: &'static str,
    pub reason: &'static str,
    pub last_searched: NaiveDate,
}

/// Estimates kept past their three months because the official figure could not be
/// found (searched on the date given). Replace the row when it is found.
pub const KNOWN_OLD_ESTIMATES: &[KnownEstimate] = &[
    known(
        "cap_2025_unverified",
        "€ 98.000 was announced for 2025; the Staatscourant regeling was not found",
    ),
    known(
        "cap_2026_unverified",
        "€ 102.000 was announced in the SZW overview for 2026; the regeling was not found",
    ),
    known(
        "max_dagloon_2020_07_estimate",
        "the July 2020 figure was not found; computed back from January 2021",
    ),
    known(
        "max_dagloon_2025_07_estimate",
        "the July 2025 figure was not found; computed from the minimum-wage rise",
    ),
    known(
        "max_dagloon_2026_07_unverified",
        "€ 309,91 is quoted from UWV; the regeling for 1 July 2026 was not found",
    ),
    known(
        "min_wage_2025_01_unverified",
        "€ 2.191,80 is quoted from the SZW besluit; its Staatscourant text was not found",
    ),
    known(
        "max_dagloon_2025_01_unverified",
        "€ 290,67 with Stcrt. 2024, 38722 is quoted by publishers; the text was not read",
    ),
    known(
        "loongrens_2025_unverified",
        "€ 75.864 with Stcrt. 2024, 38722 is quoted by publishers; the text was not read",
    ),
    known(
        "min_wage_2025_07_unverified",
        "€ 2.245,80 with Stcrt. 2025, 12264 is quoted by publishers; the text was not read",
    ),
    known(
        "min_wage_2026_01_unverified",
        "the hourly € 14,71 is official; the monthly € 2.294,40 and the regeling were not found",
    ),
    known(
        "min_wage_hour_2025_01_unverified",
        "€ 14,06 is quoted from the SZW besluit; its Staatscourant text was not found",
    ),
    known(
        "min_wage_hour_2025_07_unverified",
        "€ 14,40 with Stcrt. 2025, 12264 is quoted by publishers; the text was not read",
    ),
    known(
        "min_wage_hour_2026_07_unverified",
        "€ 14,99 is quoted elsewhere; the regeling for 1 July 2026 was not found",
    ),
    known(
        "min_wage_2026_07_unverified",
        "€ 2.337,00 (€ 14,99 per hour) is quoted elsewhere; the regeling was not found",
    ),
];

/// The day the figures in [`KNOWN_OLD_ESTIMATES`] were last searched for.
pub const LAST_SEARCHED: NaiveDate = d(2026, 11, 29);

const fn known(code: &'static str, reason: &'static str) -> KnownEstimate {
    KnownEstimate {
        code,
        reason,
        last_searched: LAST_SEARCHED,
    }
}

/// Every estimate and unverified figure in the tables: its code and the first day of its
/// period.
pub fn estimates() -> Vec<(String, NaiveDate)> {
    let mut out: Vec<(String, NaiveDate)> = Vec::new();
    let mut push = |param: Param, from: NaiveDate, v: Option<Sourced<Cents>>| {
        if let Some(v) = v {
            if let Some(code) = uncertainty_code(param, period_start(param, from), v.certainty) {
                if !out.iter().any(|(c, _)| *c == code) {
                    out.push((code, period_start(param, from)));
                }
            }
        }
    };
    for r in ROWS {
        push(Param::TvCap, r.from, Some(r.tv_cap));
        push(Param::MaxDagloon, r.from, Some(r.wia_max_dagloon));
        push(Param::MinWageMonth, r.from, r.min_wage_month);
    }
    for h in MIN_WAGE_HOUR {
        push(Param::MinWageHour, h.from, Some(h.hourly));
    }
    for r in LOONGRENS {
        push(
            Param::Loongrens,
            NaiveDate::from_ymd_opt(r.year, 1, 1).unwrap_or(NaiveDate::MIN),
            Some(r.annual),
        );
    }
    out
}

/// What is stale on `today`: the horizon (a row must cover today + 12 months, for every
/// figure) and estimates older than three months that are not known exceptions.
pub fn staleness(today: NaiveDate, known: &[KnownEstimate]) -> Vec<Staleness> {
    let mut out = Vec::new();
    let ahead = today
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(today);
    let row_ahead = for_date(ahead);
    if row_ahead.is_none()
        || row_ahead.is_some_and(|r| r.min_wage_month.is_none())
        || value(Param::MinWageHour, ahead).is_none_or(|v| v.carried)
        || loongrens_row(ahead.year()).is_none()
    {
        out.push(Staleness::NotCovered { date: ahead });
    }
    let limit = today
        .checked_sub_months(chrono::Months::new(3))
        .unwrap_or(today);
    for (code, from) in estimates() {
        if from < limit && !known.iter().any(|k| k.code == code) {
            out.push(Staleness::OldEstimate { code, from });
        }
    }
    out
}

#[cfg(test)]
mod tests;

//! "What happens to my income": a projection of gross monthly income over five years
//! after the first sick day (sickness scenario) or the notice of dismissal (WW scenario),
//! split by source, with the phases, the rule of each phase and its source.
//!
//! Law notes: docs/law/inkomen.md (WW and WGA-LGU 3–24 months, the vervolguitkering,
//! hiaat and excedent), docs/law/loondoorbetaling.md and docs/law/parameters.md (the
//! maximum dagloon and the minimum wage per half year, the AOW age, see [`crate::aow`]).
//! Parameters come from [`crate::params`].
//!
//! **Rules (each phase carries its source, see [`PhaseKind::source`]).**
//! - Loondoorbetaling, weeks 1–104 (art. 7:629 lid 1 BW): 70% of the wage, at most 70% of
//!   the maximum dagloon; in the first 52 weeks at least the minimum wage. A cao can give
//!   more (100/100, 100/70, own percentages); never less than the legal amount.
//! - After 104 weeks the WIA (art. 23 WIA wachttijd): below 35% no WIA; 35–80% (or
//!   80–100% not permanent) WGA; 80–100% permanent IVA at 75% of the capped wage.
//! - WGA-LGU and WW: 75% of the capped wage for the first 2 months, then 70%; duration 1
//!   month per year of work history for the first 10 years and ½ month per year after
//!   that, at least 3 and at most 24 months (docs/law/inkomen.md#wga-lgu).
//! - After the LGU: loonaanvulling 70% × (capped wage − restverdiencapaciteit) when you
//!   earn at least 50% of the restverdiencapaciteit, otherwise the vervolguitkering: a
//!   percentage per AO class of the minimum wage (or of the lower old wage).
//! - WW scenario: the contract ends after the opzegtermijn of art. 7:672 lid 2 BW (1–4
//!   months by length of service), at the end of a month (lid 1); the WW starts the day
//!   after.
//!
//! **Simplifications (told to the user, see [`Note`]).** Gross only, no tax, no holiday
//! allowance timing: every month is 1/12 of the yearly amount. The WGA earnings are a
//! representative assumption (see [`WiaWork`]); the AO percentage within a band is a
//! representative value ([`AoClass::representative_bp`]). Insurance top-ups model a
//! typical product, not your policy. Parameters beyond the table use the last known
//! value and are flagged.
//!
//! **Rounding.** Rates are exact integers in units of 1/[`DEN`] cent per month (`i128`).
//! Each month's amount per source is `Σ rate × days of the phase in that month / days
//! in the month`, rounded **once**, half away from zero ([`div_round_half_away`]). The
//! month total is the sum of those rounded amounts, so a table adds up exactly. The
//! parameters of a month are the ones valid on its first day.

pub mod chart;

#[cfg(test)]
mod tests;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::aow::{self, AowDate};
use crate::dates::check_range;
use crate::money::{div_round_half_away, Cents};
use crate::params::{self, Certainty};
use crate::source::{self as cite, Source as Citation};

/// The projection covers at most this many months.
pub const HORIZON_MONTHS: u32 = 60;

/// Base unit: a monthly amount `m` cents is `m × DEN0`; an annual amount `a` is `a ×
/// DEN0 / 12`; a daily wage `d` is `d × 21.75 × DEN0` (the UWV month factor, 261/12).
const DEN0: i128 = 12_000_000;
/// One in basis points (100% = 10 000).
const BP: i128 = 10_000;
/// Rates carry up to three percentages: `DEN = DEN0 × BP³`.
pub const DEN: i128 = DEN0 * BP * BP * BP;

/// The largest yearly wage or AOV amount accepted (€ 10 million): keeps every
/// intermediate far inside `i128`.
pub const MAX_AMOUNT: Cents = Cents(1_000_000_000);
/// The most years of work history accepted.
pub const MAX_WORK_YEARS: u32 = 60;
/// The longest AOV waiting period accepted (two years).
pub const MAX_AOV_WAITING_DAYS: u32 = 730;

/// Which situation the projection starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Month 1 starts on the first sick day.
    Sickness { first_sick_day: NaiveDate },
    /// Month 1 starts on the day notice is given; the contract ends after the
    /// opzegtermijn and the WW starts the day after.
    Dismissal {
        notice_date: NaiveDate,
        employment_start: NaiveDate,
    },
}

/// Pay during illness, per year of illness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IllnessPay {
    /// The legal minimum: 70%, capped at the maximum dagloon; at least the minimum wage
    /// in year 1 (art. 7:629 lid 1 BW).
    Legal,
    /// A cao that pays 100% in both years.
    Cao100100,
    /// A cao that pays 100% in year 1 and 70% in year 2.
    Cao10070,
    /// Own percentages (whole percent, 0–100) for year 1 and year 2.
    Custom { year1: u32, year2: u32 },
}

impl IllnessPay {
    /// Contract percentages in basis points, `None` for the legal minimum.
    fn contract_bp(self) -> Option<(i128, i128)> {
        match self {
            IllnessPay::Legal => None,
            IllnessPay::Cao100100 => Some((BP, BP)),
            IllnessPay::Cao10070 => Some((BP, 7_000)),
            IllnessPay::Custom { year1, year2 } => Some((year1 as i128 * 100, year2 as i128 * 100)),
        }
    }
}

/// The expected AO percentage after 104 weeks, in the bands that decide the WIA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AoClass {
    Below35,
    Ao35To45,
    Ao45To55,
    Ao55To65,
    Ao65To80,
    Ao80To100NotPermanent,
    Ao80To100Permanent,
    Unknown,
}

impl AoClass {
    pub const ALL: [AoClass; 8] = [
        AoClass::Below35,
        AoClass::Ao35To45,
        AoClass::Ao45To55,
        AoClass::Ao55To65,
        AoClass::Ao65To80,
        AoClass::Ao80To100NotPermanent,
        AoClass::Ao80To100Permanent,
        AoClass::Unknown,
    ];
    pub const KNOWN: [AoClass; 7] = [
        AoClass::Below35,
        AoClass::Ao35To45,
        AoClass::Ao45To55,
        AoClass::Ao55To65,
        AoClass::Ao65To80,
        AoClass::Ao80To100NotPermanent,
        AoClass::Ao80To100Permanent,
    ];

    /// Stable code, used in URLs (`ao=`).
    pub fn code(self) -> &'static str {
        match self {
            AoClass::Below35 => "lt35",
            AoClass::Ao35To45 => "35-45",
            AoClass::Ao45To55 => "45-55",
            AoClass::Ao55To65 => "55-65",
            AoClass::Ao65To80 => "65-80",
            AoClass::Ao80To100NotPermanent => "80-100",
            AoClass::Ao80To100Permanent => "iva",
            AoClass::Unknown => "onbekend",
        }
    }

    pub fn parse(s: &str) -> Option<AoClass> {
        let s = s.trim().to_ascii_lowercase();
        AoClass::ALL.into_iter().find(|c| c.code() == s)
    }

    /// The AO percentage used inside the band, in basis points: the middle of the band;
    /// 100% for 80–100 (insurers usually treat that class as fully disabled); 20% for
    /// "below 35" (only used for an AOV, which typically pays from 25%).
    pub fn representative_bp(self) -> i128 {
        match self {
            AoClass::Below35 => 2_000,
            AoClass::Ao35To45 => 4_000,
            AoClass::Ao45To55 => 5_000,
            AoClass::Ao55To65 => 6_000,
            AoClass::Ao65To80 => 7_250,
            AoClass::Ao80To100NotPermanent | AoClass::Ao80To100Permanent => BP,
            AoClass::Unknown => 0,
        }
    }

    /// The WGA vervolguitkering as a percentage of the minimum wage (art. 62 WIA;
    /// docs/law/inkomen.md#loonaanvulling-and-vervolguitkering), in basis points. `None` where there is no WGA.
    pub fn vervolg_bp(self) -> Option<i128> {
        match self {
            AoClass::Ao35To45 => Some(2_800),
            AoClass::Ao45To55 => Some(3_500),
            AoClass::Ao55To65 => Some(4_200),
            AoClass::Ao65To80 => Some(5_075),
            AoClass::Ao80To100NotPermanent => Some(7_000),
            AoClass::Below35 | AoClass::Ao80To100Permanent | AoClass::Unknown => None,
        }
    }

    /// A WGA class where work and the restverdiencapaciteit matter (35–80%).
    fn partial(self) -> bool {
        matches!(
            self,
            AoClass::Ao35To45 | AoClass::Ao45To55 | AoClass::Ao55To65 | AoClass::Ao65To80
        )
    }
}

/// Work during the WGA, relative to the restverdiencapaciteit (RVC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WiaWork {
    None,
    /// Below 50% of the RVC: modelled as earning 25% of the RVC (the middle).
    Below50,
    /// 50% or more of the RVC: modelled as earning exactly 50% (the careful lower edge;
    /// more work only adds income).
    AtLeast50,
}

impl WiaWork {
    pub const ALL: [WiaWork; 3] = [WiaWork::None, WiaWork::Below50, WiaWork::AtLeast50];
    pub fn code(self) -> &'static str {
        match self {
            WiaWork::None => "geen",
            WiaWork::Below50 => "minder50",
            WiaWork::AtLeast50 => "meer50",
        }
    }
    pub fn parse(s: &str) -> Option<WiaWork> {
        let s = s.trim().to_ascii_lowercase();
        WiaWork::ALL.into_iter().find(|c| c.code() == s)
    }
    fn share_of_rvc_bp(self) -> i128 {
        match self {
            WiaWork::None => 0,
            WiaWork::Below50 => 2_500,
            WiaWork::AtLeast50 => 5_000,
        }
    }
}

/// WGA-hiaat / WIA-excedent cover (docs/law/inkomen.md#hiaat-and-excedent). A typical product is modelled:
/// - `Basic`: WGA-hiaat "basis": during the vervolguitkering (35–80%) a top-up to 70% ×
///   AO% × the wage up to the loongrens;
/// - `Extended`: WGA-hiaat "uitgebreid" (the same target during the whole WGA, also for
///   80–100% not permanent) plus WIA-excedent cover: 70% × AO% × the wage above the
///   loongrens, from the start of the WIA (WGA or IVA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cover {
    None,
    Basic,
    Extended,
    Unknown,
}

impl Cover {
    pub const ALL: [Cover; 4] = [Cover::None, Cover::Basic, Cover::Extended, Cover::Unknown];
    pub fn code(self) -> &'static str {
        match self {
            Cover::None => "geen",
            Cover::Basic => "basis",
            Cover::Extended => "uitgebreid",
            Cover::Unknown => "onbekend",
        }
    }
    pub fn parse(s: &str) -> Option<Cover> {
        let s = s.trim().to_ascii_lowercase();
        Cover::ALL.into_iter().find(|c| c.code() == s)
    }
}

/// A private disability insurance (AOV) of a self-employed person, as a typical
/// product: after the waiting period it pays the insured yearly amount × AO%, from 25%
/// AO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aov {
    /// Insured gross amount per year.
    pub annual: Cents,
    /// Eigen-risicotermijn (waiting period) in days.
    pub waiting_days: u32,
}

/// Employee or self-employed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Worker {
    Employee,
    SelfEmployed { aov: Option<Aov> },
}

/// Everything the projection needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomeInput {
    /// Gross yearly wage including holiday allowance (for the self-employed: not used).
    pub annual_wage: Cents,
    pub scenario: Scenario,
    /// Date of birth, to stop at the AOW age. Optional.
    pub born: Option<NaiveDate>,
    pub illness_pay: IllnessPay,
    pub ao: AoClass,
    pub work_years: u32,
    pub wia_work: WiaWork,
    pub cover: Cover,
    pub worker: Worker,
    /// Today, for the employer's eigenrisicodrager dates. Optional.
    pub today: Option<NaiveDate>,
}

/// Where a part of the income comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    Wage,
    Loondoorbetaling,
    Ww,
    WgaLgu,
    Loonaanvulling,
    Vervolguitkering,
    Iva,
    InsuranceTopUp,
}

impl Source {
    pub const ALL: [Source; 8] = [
        Source::Wage,
        Source::Loondoorbetaling,
        Source::Ww,
        Source::WgaLgu,
        Source::Loonaanvulling,
        Source::Vervolguitkering,
        Source::Iva,
        Source::InsuranceTopUp,
    ];
    pub fn index(self) -> usize {
        match self {
            Source::Wage => 0,
            Source::Loondoorbetaling => 1,
            Source::Ww => 2,
            Source::WgaLgu => 3,
            Source::Loonaanvulling => 4,
            Source::Vervolguitkering => 5,
            Source::Iva => 6,
            Source::InsuranceTopUp => 7,
        }
    }
    /// Stable code (CSS class suffix, test ids).
    pub fn code(self) -> &'static str {
        match self {
            Source::Wage => "wage",
            Source::Loondoorbetaling => "sickpay",
            Source::Ww => "ww",
            Source::WgaLgu => "lgu",
            Source::Loonaanvulling => "loonaanvulling",
            Source::Vervolguitkering => "vervolg",
            Source::Iva => "iva",
            Source::InsuranceTopUp => "insurance",
        }
    }
}

/// The kind of a phase; the rule and its source follow from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhaseKind {
    NoticePeriod,
    SickPayYear1,
    SickPayYear2,
    Ww75,
    Ww70,
    AfterWw,
    WgaLgu75,
    WgaLgu70,
    WgaLoonaanvulling,
    WgaVervolg,
    Iva,
    AovWaiting,
    Aov,
    SelfEmployedNoCover,
}

impl PhaseKind {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            PhaseKind::NoticePeriod => "notice_period",
            PhaseKind::SickPayYear1 => "sick_pay_year_1",
            PhaseKind::SickPayYear2 => "sick_pay_year_2",
            PhaseKind::Ww75 => "ww_75",
            PhaseKind::Ww70 => "ww_70",
            PhaseKind::AfterWw => "after_ww",
            PhaseKind::WgaLgu75 => "wga_lgu_75",
            PhaseKind::WgaLgu70 => "wga_lgu_70",
            PhaseKind::WgaLoonaanvulling => "wga_loonaanvulling",
            PhaseKind::WgaVervolg => "wga_vervolg",
            PhaseKind::Iva => "iva",
            PhaseKind::AovWaiting => "aov_waiting",
            PhaseKind::Aov => "aov",
            PhaseKind::SelfEmployedNoCover => "self_employed_no_cover",
        }
    }

    /// The legal basis and official pages of the rule applied in the phase.
    pub fn sources(self) -> &'static [Citation] {
        match self {
            PhaseKind::NoticePeriod => &[cite::BW_7_672],
            PhaseKind::SickPayYear1 | PhaseKind::SickPayYear2 => &[cite::BW_7_629_LID_1],
            PhaseKind::Ww75 | PhaseKind::Ww70 => &[cite::WW_42, cite::RO_WW_DUUR],
            PhaseKind::AfterWw => &[cite::UWV_WW_DUUR],
            PhaseKind::WgaLgu75 | PhaseKind::WgaLgu70 => &[cite::WIA_59, cite::UWV_LGU],
            PhaseKind::WgaLoonaanvulling => &[cite::WIA_60, cite::UWV_WIA_UITKERINGEN],
            PhaseKind::WgaVervolg => &[cite::WIA_61, cite::UWV_VERVOLGUITKERING],
            PhaseKind::Iva => &[cite::WIA_47, cite::UWV_WIA_UITKERINGEN],
            PhaseKind::AovWaiting | PhaseKind::Aov | PhaseKind::SelfEmployedNoCover => {
                &[cite::UWV_VRIJWILLIG_VERZEKEREN, cite::BAZ_NAAR_KAMER]
            }
        }
    }
}

/// A period with one rule. `from` and `until` are inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    pub kind: PhaseKind,
    pub from: NaiveDate,
    pub until: NaiveDate,
    /// The percentage applied, in basis points, where one applies (sick pay, WW, LGU,
    /// vervolguitkering, IVA).
    pub pct_bp: Option<u32>,
}

/// The income of one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthIncome {
    /// 1-based month number.
    pub index: u32,
    pub from: NaiveDate,
    /// Inclusive.
    pub until: NaiveDate,
    /// Gross amount per source, in [`Source::ALL`] order.
    pub amounts: [Cents; 8],
    /// Sum of `amounts`.
    pub total: Cents,
    /// The month is cut short by the AOW date.
    pub partial: bool,
}

impl MonthIncome {
    pub fn amount(&self, s: Source) -> Cents {
        self.amounts.get(s.index()).copied().unwrap_or(Cents::ZERO)
    }
}

/// One full projection for known AO class and cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub ao: AoClass,
    pub cover: Cover,
    pub start: NaiveDate,
    /// The first day after the projection (start + 60 months, or the AOW date).
    pub end_exclusive: NaiveDate,
    pub phases: Vec<Phase>,
    pub months: Vec<MonthIncome>,
}

impl Projection {
    pub fn total(&self) -> Cents {
        self.months.iter().map(|m| m.total).sum()
    }
    /// The sources with any income, in [`Source::ALL`] order (for a legend).
    pub fn sources_used(&self) -> Vec<Source> {
        Source::ALL
            .into_iter()
            .filter(|s| self.months.iter().any(|m| m.amount(*s) != Cents::ZERO))
            .collect()
    }
}

/// What the AOW date did to the projection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AowInfo {
    NotGiven,
    /// The AOW date and how sure the table is; `cuts` when it falls inside the five years.
    On {
        date: NaiveDate,
        certainty: Certainty,
        sources: &'static [Citation],
        cuts: bool,
    },
    /// Born before March 1957: not in the table; the projection is not cut.
    BeforeTable,
    /// AOW age already reached on the start date: nothing to project.
    Reached,
}

/// The notice period of the WW scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeInfo {
    pub service_years: u32,
    pub months: u32,
    pub contract_end: NaiveDate,
    pub ww_start: NaiveDate,
}

/// Which parameter a month used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamName {
    MaxDagloon,
    MinWage,
    Loongrens,
}

/// A parameter value used, with whether it was carried over from another period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamUse {
    pub name: ParamName,
    pub value: Cents,
    /// The first day of the period the value stands for.
    pub valid_from: NaiveDate,
    pub source: Citation,
    pub certainty: Certainty,
    /// Used for a date outside its own row (beyond the table): an estimate.
    pub carried: bool,
    /// The uncertainty code of an estimate or unverified figure
    /// (`max_dagloon_2027_01_estimate`).
    pub code: Option<String>,
}

/// Notes on simplifications and uncertainties shown with the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Note {
    GrossOnly,
    Indicative,
    ParamsEstimated,
    TopUpTypicalProduct,
    AovTypicalProduct,
    WorkAssumption,
    AoBandMiddle,
    PartTimeFloor,
    CustomBelowLegal,
    Below35Assumption,
    WwNextToWgaNotModelled,
    NoticeSimplified,
    AfterBenefitNotModelled,
    PlannedChanges,
    AowNotGiven,
    AowBeforeTable,
    AowUncertain,
    /// The AOW age was announced but the official decision could not be read.
    AowUnverified,
    AowReached,
    RangeShown,
}

/// Who a consideration is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Employee,
    Employer,
}

/// An insurance consideration, triggered by the inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsiderationKind {
    CheckHiaatExcedent,
    VsoWhileSick,
    VoluntaryUwvInsurance,
    AovAndBaz,
    Verzuimverzekering,
    MkbVerzuimOntzorg,
    /// Eigenrisicodrager WGA/ZW; with today's date: the next start date and the last day
    /// to apply.
    EigenRisicoDrager {
        next: Option<(NaiveDate, NaiveDate)>,
    },
    Compensatieregeling,
}

impl ConsiderationKind {
    /// The official sources behind the consideration (citations of [`crate::source`]).
    pub fn sources(self) -> &'static [Citation] {
        match self {
            ConsiderationKind::CheckHiaatExcedent => {
                &[cite::UWV_VERVOLGUITKERING, cite::UWV_DAGLOON]
            }
            ConsiderationKind::VsoWhileSick => &[cite::ZW_45],
            ConsiderationKind::VoluntaryUwvInsurance => &[cite::UWV_VRIJWILLIG_VERZEKEREN],
            ConsiderationKind::AovAndBaz => &[cite::BAZ_NAAR_KAMER],
            ConsiderationKind::Verzuimverzekering => &[cite::BW_7_629, cite::KST_29544_873],
            ConsiderationKind::MkbVerzuimOntzorg => &[cite::KST_29544_873],
            ConsiderationKind::EigenRisicoDrager { .. } => &[cite::UWV_ERD],
            ConsiderationKind::Compensatieregeling => &[cite::BW_7_673E, cite::UWV_COMPENSATIE_TV],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consideration {
    pub role: Role,
    pub kind: ConsiderationKind,
    pub sources: &'static [Citation],
}

/// The full outcome: a low and a high projection (equal when nothing is unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeOutcome {
    pub low: Projection,
    pub high: Projection,
    /// True when the AO class or the cover is unknown and low/high are computed.
    pub ranged: bool,
    pub aow: AowInfo,
    pub notice: Option<NoticeInfo>,
    pub above_loongrens: bool,
    pub considerations: Vec<Consideration>,
    pub notes: Vec<Note>,
    pub params_used: Vec<ParamUse>,
    /// Announced changes in the law that could change this projection, from the
    /// register ([`crate::pending_law`]); the page shows each with its status and the
    /// day it was last checked.
    pub pending_law: Vec<crate::pending_law::PendingLawId>,
}

/// Which input is wrong (the page links each to its field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IncomeError {
    WageMissing,
    WageTooHigh,
    StartDateOutOfRange,
    EmploymentStartOutOfRange,
    EmploymentStartAfterNotice,
    BornOutOfRange,
    BornAfterStart,
    WorkYearsTooHigh,
    CustomPercentOutOfRange,
    SelfEmployedNeedsSickness,
    AovAmountInvalid,
    AovWaitingTooLong,
}

// ---------------------------------------------------------------------------------------
// Parameters per month

#[derive(Debug, Clone, Copy)]
struct MonthParams {
    max_dagloon: Cents,
    min_wage: Cents,
    loongrens: Cents,
}

#[derive(Default)]
struct ParamLog {
    used: Vec<ParamUse>,
}

impl ParamLog {
    fn push(&mut self, u: ParamUse) {
        if !self.used.contains(&u) {
            self.used.push(u);
        }
    }
}

/// One figure of the parameter table for `date`, logged for the "figures used" list.
/// The table never refuses a date: past its rows it carries the last figure forward as
/// an estimate ([`params::value`]). Before the table (not reachable from the forms) the
/// earliest row is used, also marked as carried.
fn param(date: NaiveDate, which: params::Param, name: ParamName, log: &mut ParamLog) -> Cents {
    let earliest = || {
        params::first_value(which).map(|v| params::ParamValue {
            carried: true,
            certainty: Certainty::Estimate,
            ..v
        })
    };
    let Some(v) = params::value(which, date).or_else(earliest) else {
        return Cents::ZERO;
    };
    log.push(ParamUse {
        name,
        value: v.value,
        valid_from: v.period_from,
        source: v.source,
        certainty: v.certainty,
        carried: v.carried,
        code: v.uncertainty_code(),
    });
    v.value
}

fn params_at(date: NaiveDate, log: &mut ParamLog) -> MonthParams {
    use params::Param;
    MonthParams {
        max_dagloon: param(date, Param::MaxDagloon, ParamName::MaxDagloon, log),
        min_wage: param(date, Param::MinWageMonth, ParamName::MinWage, log),
        loongrens: param(date, Param::Loongrens, ParamName::Loongrens, log),
    }
}

// ---------------------------------------------------------------------------------------
// Rates

/// Everything a rate depends on besides the phase and the month's parameters.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    wage: Cents,
    pay: IllnessPay,
    ao: AoClass,
    work: WiaWork,
    cover: Cover,
    aov: Option<Aov>,
}

fn annual_base(c: Cents) -> i128 {
    c.as_i128() * (DEN0 / 12)
}
fn month_base(c: Cents) -> i128 {
    c.as_i128() * DEN0
}
/// dagloon × 21.75 per month (21.75 = 261 / 12, the UWV month factor).
fn dagloon_base(c: Cents) -> i128 {
    c.as_i128() * 2_175 * (DEN0 / 100)
}

/// The rates of one phase in one month, in 1/DEN cent per month, by source.
fn phase_rates(kind: PhaseKind, pct: Option<u32>, ctx: &Ctx, p: &MonthParams) -> [i128; 8] {
    let mut r = [0i128; 8];
    let wage = annual_base(ctx.wage);
    let capped = wage.min(dagloon_base(p.max_dagloon));
    let min_wage = month_base(p.min_wage);
    let pct = pct.map(|v| v as i128).unwrap_or(0);
    let ao = ctx.ao.representative_bp();
    // Earnings during the WGA (35–80% only): share × RVC, RVC = wage × (1 − AO).
    // Two percentages: in units of 1/(DEN0 × BP²).
    let earnings = if ctx.ao.partial() {
        wage * (BP - ao) * ctx.work.share_of_rvc_bp()
    } else {
        0
    };
    let set = |r: &mut [i128; 8], s: Source, v: i128| {
        if let Some(slot) = r.get_mut(s.index()) {
            *slot += v.max(0);
        }
    };
    match kind {
        PhaseKind::NoticePeriod => set(&mut r, Source::Wage, wage * BP * BP * BP),
        PhaseKind::SickPayYear1 | PhaseKind::SickPayYear2 => {
            let year1 = kind == PhaseKind::SickPayYear1;
            let mut legal = capped * 7_000 * BP * BP;
            // Year 1: at least the minimum wage, when the wage is at least the minimum
            // wage (part-time wages below it: see Note::PartTimeFloor).
            if year1 && wage >= min_wage {
                legal = legal.max(min_wage * BP * BP * BP);
            }
            let contract = match ctx.pay.contract_bp() {
                Some((y1, y2)) => wage * if year1 { y1 } else { y2 } * BP * BP,
                None => 0,
            };
            set(&mut r, Source::Loondoorbetaling, legal.max(contract));
        }
        PhaseKind::Ww75 | PhaseKind::Ww70 => set(&mut r, Source::Ww, capped * pct * BP * BP),
        PhaseKind::WgaLgu75 | PhaseKind::WgaLgu70 => {
            let lgu = (capped * BP * BP - earnings).max(0) * pct;
            set(&mut r, Source::WgaLgu, lgu);
            set(&mut r, Source::Wage, earnings * BP);
        }
        PhaseKind::WgaLoonaanvulling => {
            let x = (capped * BP - wage * (BP - ao)).max(0);
            set(&mut r, Source::Loonaanvulling, x * 7_000 * BP);
            set(&mut r, Source::Wage, earnings * BP);
        }
        PhaseKind::WgaVervolg => {
            set(
                &mut r,
                Source::Vervolguitkering,
                min_wage.min(wage) * pct * BP * BP,
            );
            set(&mut r, Source::Wage, earnings * BP);
        }
        PhaseKind::Iva => set(&mut r, Source::Iva, capped * pct * BP * BP),
        PhaseKind::Aov => {
            if let Some(aov) = ctx.aov {
                // Typical product: insured amount × AO%, nothing below 25% AO.
                let a = if ao >= 2_500 { ao } else { 0 };
                set(
                    &mut r,
                    Source::InsuranceTopUp,
                    annual_base(aov.annual) * a * BP * BP,
                );
            }
        }
        PhaseKind::AfterWw | PhaseKind::AovWaiting | PhaseKind::SelfEmployedNoCover => {}
    }
    // Insurance top-up for employees (typical hiaat/excedent product, see [`Cover`]).
    let wga_phase = matches!(
        kind,
        PhaseKind::WgaLgu75
            | PhaseKind::WgaLgu70
            | PhaseKind::WgaLoonaanvulling
            | PhaseKind::WgaVervolg
    );
    let hiaat = match ctx.cover {
        Cover::Basic => kind == PhaseKind::WgaVervolg && ctx.ao.partial(),
        Cover::Extended => wga_phase,
        Cover::None | Cover::Unknown => false,
    };
    if hiaat {
        let grens = annual_base(p.loongrens);
        let target = wage.min(grens) * 7_000 * ao * BP;
        let benefit: i128 = [
            Source::WgaLgu,
            Source::Loonaanvulling,
            Source::Vervolguitkering,
        ]
        .iter()
        .filter_map(|s| r.get(s.index()))
        .sum();
        set(&mut r, Source::InsuranceTopUp, target - benefit);
    }
    if ctx.cover == Cover::Extended && (wga_phase || kind == PhaseKind::Iva) {
        let grens = annual_base(p.loongrens);
        let above = (wage - grens).max(0);
        set(&mut r, Source::InsuranceTopUp, above * 7_000 * ao * BP);
    }
    r
}

// ---------------------------------------------------------------------------------------
// Phases

fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}
fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
}

/// The duration of the WW and the WGA-LGU in half months: 1 month per year for the
/// first 10 years, ½ month per year after that, at least 3 and at most 24 months
/// (art. 42 WW, art. 59 WIA; docs/law/inkomen.md#ww).
pub fn benefit_half_months(work_years: u32) -> u32 {
    let y = work_years.min(MAX_WORK_YEARS);
    let h = 2 * y.min(10) + y.saturating_sub(10);
    h.clamp(6, 48)
}

/// The end (exclusive) of a benefit of `half_months` starting on `start`: whole months
/// by the calendar, and a half month as 15 days.
pub fn benefit_end(start: NaiveDate, half_months: u32) -> NaiveDate {
    let whole = add_months(start, half_months / 2);
    if half_months % 2 == 1 {
        add_days(whole, 15)
    } else {
        whole
    }
}

/// The opzegtermijn by length of service on the notice date (art. 7:672 lid 2 BW):
/// under 5 years 1 month, 5–10 years 2, 10–15 years 3, 15 years or more 4.
pub fn notice_months(service_years: u32) -> u32 {
    match service_years {
        0..=4 => 1,
        5..=9 => 2,
        10..=14 => 3,
        _ => 4,
    }
}

/// Whole years of service from `start` to `on`.
pub fn whole_years(start: NaiveDate, on: NaiveDate) -> u32 {
    if on < start {
        return 0;
    }
    let mut y = (on.year() - start.year()).max(0) as u32;
    while y > 0 && add_months(start, y * 12) > on {
        y -= 1;
    }
    y
}

/// The last day of the month containing `d`.
fn month_end(d: NaiveDate) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d);
    add_months(first, 1).pred_opt().unwrap_or(d)
}

/// The notice period: the contract ends at the end of the month in which the notice
/// period runs out (art. 7:672 lid 1 BW, notice "tegen het einde van de maand"); the
/// WW starts the next day.
pub fn notice(notice_date: NaiveDate, employment_start: NaiveDate) -> NoticeInfo {
    let service_years = whole_years(employment_start, notice_date);
    let months = notice_months(service_years);
    let contract_end = month_end(add_months(notice_date, months));
    NoticeInfo {
        service_years,
        months,
        contract_end,
        ww_start: add_days(contract_end, 1),
    }
}

type Segment = (PhaseKind, NaiveDate, Option<u32>);

fn ww_segments(start: NaiveDate, work_years: u32) -> Vec<Segment> {
    let end = benefit_end(start, benefit_half_months(work_years));
    vec![
        (PhaseKind::Ww75, start, Some(7_500)),
        (PhaseKind::Ww70, add_months(start, 2), Some(7_000)),
        (PhaseKind::AfterWw, end, None),
    ]
}

fn segments(input: &IncomeInput, ao: AoClass) -> (NaiveDate, Vec<Segment>) {
    let t0 = match input.scenario {
        Scenario::Dismissal {
            notice_date,
            employment_start,
        } => {
            let n = notice(notice_date, employment_start);
            let mut v = vec![(PhaseKind::NoticePeriod, notice_date, None)];
            v.extend(ww_segments(n.ww_start, input.work_years));
            return (notice_date, v);
        }
        Scenario::Sickness { first_sick_day } => first_sick_day,
    };
    match input.worker {
        Worker::SelfEmployed { aov } => {
            let v = match aov {
                Some(a) if a.waiting_days > 0 => vec![
                    (PhaseKind::AovWaiting, t0, None),
                    (PhaseKind::Aov, add_days(t0, a.waiting_days as u64), None),
                ],
                Some(_) => vec![(PhaseKind::Aov, t0, None)],
                None => vec![(PhaseKind::SelfEmployedNoCover, t0, None)],
            };
            (t0, v)
        }
        Worker::Employee => {
            let (y1, y2) = match input.illness_pay.contract_bp() {
                Some((a, b)) => (Some(a.max(7_000) as u32), Some(b.max(7_000) as u32)),
                None => (Some(7_000), Some(7_000)),
            };
            // Weeks 1–52: days 0..364; weeks 53–104: days 364..728; the WIA starts on
            // day 728 after the first sick day (the 104-week wachttijd, art. 23 WIA).
            let mut v = vec![
                (PhaseKind::SickPayYear1, t0, y1),
                (PhaseKind::SickPayYear2, add_days(t0, 364), y2),
            ];
            let wia = add_days(t0, 728);
            match ao {
                AoClass::Below35 | AoClass::Unknown => v.extend(ww_segments(wia, input.work_years)),
                AoClass::Ao80To100Permanent => v.push((PhaseKind::Iva, wia, Some(7_500))),
                AoClass::Ao35To45
                | AoClass::Ao45To55
                | AoClass::Ao55To65
                | AoClass::Ao65To80
                | AoClass::Ao80To100NotPermanent => {
                    let end = benefit_end(wia, benefit_half_months(input.work_years));
                    v.push((PhaseKind::WgaLgu75, wia, Some(7_500)));
                    v.push((PhaseKind::WgaLgu70, add_months(wia, 2), Some(7_000)));
                    if ao.partial() && input.wia_work == WiaWork::AtLeast50 {
                        v.push((PhaseKind::WgaLoonaanvulling, end, Some(7_000)));
                    } else {
                        let pct = ao.vervolg_bp().map(|b| b as u32);
                        v.push((PhaseKind::WgaVervolg, end, pct));
                    }
                }
            }
            (t0, v)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Projection

fn validate(input: &IncomeInput) -> Result<NaiveDate, IncomeError> {
    let start = match input.scenario {
        Scenario::Sickness { first_sick_day } => first_sick_day,
        Scenario::Dismissal {
            notice_date,
            employment_start,
        } => {
            check_range(employment_start).map_err(|_| IncomeError::EmploymentStartOutOfRange)?;
            if employment_start > notice_date {
                return Err(IncomeError::EmploymentStartAfterNotice);
            }
            notice_date
        }
    };
    check_range(start).map_err(|_| IncomeError::StartDateOutOfRange)?;
    match input.worker {
        Worker::Employee => {
            if input.annual_wage <= Cents::ZERO {
                return Err(IncomeError::WageMissing);
            }
        }
        Worker::SelfEmployed { aov } => {
            if matches!(input.scenario, Scenario::Dismissal { .. }) {
                return Err(IncomeError::SelfEmployedNeedsSickness);
            }
            if let Some(a) = aov {
                if a.annual <= Cents::ZERO || a.annual > MAX_AMOUNT {
                    return Err(IncomeError::AovAmountInvalid);
                }
                if a.waiting_days > MAX_AOV_WAITING_DAYS {
                    return Err(IncomeError::AovWaitingTooLong);
                }
            }
        }
    }
    if input.annual_wage > MAX_AMOUNT || input.annual_wage < Cents::ZERO {
        return Err(IncomeError::WageTooHigh);
    }
    if let Some(b) = input.born {
        check_range(b).map_err(|_| IncomeError::BornOutOfRange)?;
        if b >= start {
            return Err(IncomeError::BornAfterStart);
        }
    }
    if input.work_years > MAX_WORK_YEARS {
        return Err(IncomeError::WorkYearsTooHigh);
    }
    if let IllnessPay::Custom { year1, year2 } = input.illness_pay {
        if year1 > 100 || year2 > 100 {
            return Err(IncomeError::CustomPercentOutOfRange);
        }
    }
    Ok(start)
}

/// The AOW information and the first day after the projection.
fn horizon(input: &IncomeInput, start: NaiveDate) -> (AowInfo, NaiveDate) {
    let five = add_months(start, HORIZON_MONTHS);
    match input.born.map(aow::aow_date) {
        None => (AowInfo::NotGiven, five),
        Some(AowDate::BeforeTable) => {
            if start >= aow::table_starts() {
                (AowInfo::Reached, start)
            } else {
                (AowInfo::BeforeTable, five)
            }
        }
        Some(AowDate::On { date, row }) => {
            if date <= start {
                (AowInfo::Reached, start)
            } else {
                (
                    AowInfo::On {
                        date,
                        certainty: row.certainty,
                        sources: row.sources,
                        cuts: date < five,
                    },
                    date.min(five),
                )
            }
        }
    }
}

fn project_one(
    input: &IncomeInput,
    start: NaiveDate,
    end_excl: NaiveDate,
    ao: AoClass,
    cover: Cover,
    log: &mut ParamLog,
) -> Projection {
    let (_, segs) = segments(input, ao);
    // Clip the segments to [start, end_excl) and turn them into inclusive phases.
    let segs: Vec<Segment> = segs
        .into_iter()
        .filter(|(_, from, _)| *from < end_excl)
        .collect();
    let mut phases = Vec::with_capacity(segs.len());
    for (i, (kind, from, pct)) in segs.iter().enumerate() {
        let next = segs
            .get(i + 1)
            .map(|s| s.1)
            .unwrap_or(end_excl)
            .min(end_excl);
        if let Some(until) = next.pred_opt() {
            if until >= *from {
                phases.push(Phase {
                    kind: *kind,
                    from: *from,
                    until,
                    pct_bp: *pct,
                });
            }
        }
    }
    let aov = match input.worker {
        Worker::SelfEmployed { aov } => aov,
        Worker::Employee => None,
    };
    let ctx = Ctx {
        wage: input.annual_wage,
        pay: input.illness_pay,
        ao,
        work: input.wia_work,
        cover,
        aov,
    };
    let mut months = Vec::new();
    for i in 0..HORIZON_MONTHS {
        let from = add_months(start, i);
        if from >= end_excl {
            break;
        }
        let full_next = add_months(start, i + 1);
        let next = full_next.min(end_excl);
        let days_full = (full_next - from).num_days().max(1) as i128;
        let p = params_at(from, log);
        let mut sums = [0i128; 8];
        for ph in &phases {
            let ov_from = ph.from.max(from);
            let ov_to = add_days(ph.until, 1).min(next);
            let days = (ov_to - ov_from).num_days();
            if days <= 0 {
                continue;
            }
            let rates = phase_rates(ph.kind, ph.pct_bp, &ctx, &p);
            for (s, r) in sums.iter_mut().zip(rates.iter()) {
                *s += r * days as i128;
            }
        }
        // The one rounding: per month and source, half away from zero.
        let mut amounts = [Cents::ZERO; 8];
        for (a, s) in amounts.iter_mut().zip(sums.iter()) {
            *a = Cents::from_i128(div_round_half_away(*s, DEN * days_full));
        }
        let total = amounts.iter().copied().sum();
        months.push(MonthIncome {
            index: i + 1,
            from,
            until: next.pred_opt().unwrap_or(from),
            amounts,
            total,
            partial: next < full_next,
        });
    }
    Projection {
        ao,
        cover,
        start,
        end_exclusive: end_excl,
        phases,
        months,
    }
}

/// The next eigenrisicodrager start date (1 January or 1 July) that can still be
/// applied for on `today`, with the last day to apply: 1 October for 1 January and
/// 31 March for 1 July (UWV; these are a day earlier than 13 weeks, the careful reading).
pub fn erd_next_start(today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let y = today.year();
    let candidates = [
        (
            NaiveDate::from_ymd_opt(y, 7, 1)?,
            NaiveDate::from_ymd_opt(y, 3, 31)?,
        ),
        (
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 10, 1)?,
        ),
        (
            NaiveDate::from_ymd_opt(y + 1, 7, 1)?,
            NaiveDate::from_ymd_opt(y + 1, 3, 31)?,
        ),
    ];
    candidates.into_iter().find(|(_, by)| *by >= today)
}

fn considerations(input: &IncomeInput, above_loongrens: bool) -> Vec<Consideration> {
    let mut v = Vec::new();
    let sick = matches!(input.scenario, Scenario::Sickness { .. });
    let employee = input.worker == Worker::Employee;
    let mut add = |role, kind: ConsiderationKind| {
        v.push(Consideration {
            role,
            kind,
            sources: kind.sources(),
        })
    };
    if employee && sick {
        if matches!(input.cover, Cover::None | Cover::Unknown)
            || (above_loongrens && input.cover != Cover::Extended)
        {
            add(Role::Employee, ConsiderationKind::CheckHiaatExcedent);
        }
        add(Role::Employee, ConsiderationKind::VsoWhileSick);
    }
    if !employee || !sick {
        add(Role::Employee, ConsiderationKind::VoluntaryUwvInsurance);
    }
    if !employee {
        add(Role::Employee, ConsiderationKind::AovAndBaz);
    }
    if employee && sick {
        add(Role::Employer, ConsiderationKind::Verzuimverzekering);
        add(Role::Employer, ConsiderationKind::MkbVerzuimOntzorg);
        if input.ao != AoClass::Below35 {
            add(
                Role::Employer,
                ConsiderationKind::EigenRisicoDrager {
                    next: input.today.and_then(erd_next_start),
                },
            );
        }
        add(Role::Employer, ConsiderationKind::Compensatieregeling);
    }
    v
}

/// The announced changes that could change this projection: the shorter WW (and with
/// it the WGA-LGU) and the lower maximum dagloon for employees; the compensation for the
/// employer of a sick employee; the BAZ for the self-employed.
fn pending_law(input: &IncomeInput) -> Vec<crate::pending_law::PendingLawId> {
    use crate::pending_law::PendingLawId as P;
    let mut out = Vec::new();
    if input.worker == Worker::Employee {
        out.push(P::WwDuration);
        out.push(P::MaxDagloonCut);
        if matches!(input.scenario, Scenario::Sickness { .. }) {
            out.push(P::Bill36869);
            out.push(P::CompensationEnd2028);
        }
    } else {
        out.push(P::Baz);
    }
    out
}

/// Project the income. Bad input gives an [`IncomeError`]; nothing panics.
pub fn project(input: &IncomeInput) -> Result<IncomeOutcome, IncomeError> {
    let start = validate(input)?;
    let (aow_info, end_excl) = horizon(input, start);
    let mut log = ParamLog::default();
    let aos: Vec<AoClass> = match input.ao {
        AoClass::Unknown => AoClass::KNOWN.to_vec(),
        known => vec![known],
    };
    let employee = input.worker == Worker::Employee;
    let covers: Vec<Cover> = match input.cover {
        Cover::Unknown if employee => vec![Cover::None, Cover::Extended],
        Cover::Unknown => vec![Cover::None],
        known => vec![known],
    };
    let mut low: Option<Projection> = None;
    let mut high: Option<Projection> = None;
    for ao in &aos {
        for cover in &covers {
            let p = project_one(input, start, end_excl, *ao, *cover, &mut log);
            let t = p.total();
            if low.as_ref().is_none_or(|l| t < l.total()) {
                low = Some(p.clone());
            }
            if high.as_ref().is_none_or(|h| t > h.total()) {
                high = Some(p);
            }
        }
    }
    let fallback = || {
        project_one(
            input,
            start,
            end_excl,
            AoClass::Below35,
            Cover::None,
            &mut ParamLog::default(),
        )
    };
    let low = low.unwrap_or_else(fallback);
    let high = high.unwrap_or_else(|| low.clone());
    let ranged = input.ao == AoClass::Unknown || (input.cover == Cover::Unknown && employee);

    let above_loongrens = employee
        && params::wia_loongrens_year(start)
            .or_else(|| params::first_value(params::Param::Loongrens))
            .is_some_and(|g| input.annual_wage > g.value);
    let notice_info = match input.scenario {
        Scenario::Dismissal {
            notice_date,
            employment_start,
        } => Some(notice(notice_date, employment_start)),
        Scenario::Sickness { .. } => None,
    };

    // Notes.
    let mut notes = vec![Note::GrossOnly, Note::Indicative];
    if ranged {
        notes.push(Note::RangeShown);
    }
    if log
        .used
        .iter()
        .any(|u| u.carried || u.certainty.is_uncertain())
    {
        notes.push(Note::ParamsEstimated);
    }
    let sick_employee = employee && matches!(input.scenario, Scenario::Sickness { .. });
    if sick_employee && input.cover != Cover::None {
        notes.push(Note::TopUpTypicalProduct);
    }
    if let Worker::SelfEmployed { aov: Some(_) } = input.worker {
        notes.push(Note::AovTypicalProduct);
    }
    let partial_possible = matches!(
        input.ao,
        AoClass::Ao35To45
            | AoClass::Ao45To55
            | AoClass::Ao55To65
            | AoClass::Ao65To80
            | AoClass::Unknown
    );
    if sick_employee && partial_possible {
        notes.push(Note::AoBandMiddle);
        if input.wia_work != WiaWork::None {
            notes.push(Note::WorkAssumption);
        }
        notes.push(Note::WwNextToWgaNotModelled);
    }
    if sick_employee && input.illness_pay == IllnessPay::Legal {
        let mut l = ParamLog::default();
        let mw = params_at(start, &mut l).min_wage;
        if input.annual_wage.as_i128() < mw.as_i128() * 12 {
            notes.push(Note::PartTimeFloor);
        }
    }
    if let IllnessPay::Custom { year1, year2 } = input.illness_pay {
        if sick_employee && (year1 < 70 || year2 < 70) {
            notes.push(Note::CustomBelowLegal);
        }
    }
    if sick_employee && matches!(input.ao, AoClass::Below35 | AoClass::Unknown) {
        notes.push(Note::Below35Assumption);
    }
    if notice_info.is_some() {
        notes.push(Note::NoticeSimplified);
    }
    if employee {
        notes.push(Note::AfterBenefitNotModelled);
        notes.push(Note::PlannedChanges);
    }
    match aow_info {
        AowInfo::NotGiven => notes.push(Note::AowNotGiven),
        AowInfo::BeforeTable => notes.push(Note::AowBeforeTable),
        AowInfo::Reached => notes.push(Note::AowReached),
        AowInfo::On { certainty, .. } => {
            if certainty == Certainty::Estimate {
                notes.push(Note::AowUncertain);
            } else if certainty == Certainty::Unverified {
                notes.push(Note::AowUnverified);
            }
        }
    }

    Ok(IncomeOutcome {
        low,
        high,
        ranged,
        aow: aow_info,
        notice: notice_info,
        above_loongrens,
        considerations: considerations(input, above_loongrens),
        notes,
        params_used: log.used,
        pending_law: pending_law(input),
    })
}

/// The short summary of a projection: "after N months your income drops to about X".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// The total of month 1.
    pub first: Cents,
    /// Months before the final level starts (0: the level holds from month 1).
    pub after_months: u32,
    /// The final level, rounded to whole euros.
    pub level: Cents,
}

/// The final level of a projection and when it starts. The level is the last full
/// month; it starts at the first month from which every month is within 1% of it.
pub fn summary(p: &Projection) -> Option<Summary> {
    let first = p.months.first()?.total;
    let last = p
        .months
        .iter()
        .rev()
        .find(|m| !m.partial)
        .or_else(|| p.months.last())?;
    let level = last.total.as_i128();
    let close = |t: i128| (t - level).abs() * 100 <= level.abs();
    let mut k = last.index.saturating_sub(1);
    for m in p.months.iter().rev().filter(|m| m.index <= last.index) {
        if close(m.total.as_i128()) {
            k = m.index - 1;
        } else {
            break;
        }
    }
    Some(Summary {
        first,
        after_months: k,
        level: Cents::from_i128(div_round_half_away(level, 100) * 100),
    })
}

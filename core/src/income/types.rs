//! The types of the income projection: its input, its phases and months, its notes and
//! considerations, and its errors.

use chrono::NaiveDate;

use super::rates::BP;
use crate::money::Cents;
use crate::params::Certainty;
use crate::source::{self as cite, Source as Citation};

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
    pub(super) fn contract_bp(self) -> Option<(i128, i128)> {
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
        crate::listed::find_code(&AoClass::ALL, AoClass::code, s)
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
    pub(super) fn partial(self) -> bool {
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
        crate::listed::find_code(&WiaWork::ALL, WiaWork::code, s)
    }
    pub(super) fn share_of_rvc_bp(self) -> i128 {
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
        crate::listed::find_code(&Cover::ALL, Cover::code, s)
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
    /// Contractual hours per week, when known: the year-1 minimum-wage floor follows them
    /// (the minimum wage is an hourly wage since 2024).
    pub hours_per_week: Option<u32>,
    /// The last day of a contract that ends during the illness (sickness scenario, employee).
    /// Pay during illness stops on it; the Ziektewet safety net pays from the next day until
    /// the end of the 104 weeks. A last day on or after the end of the 104 weeks changes
    /// nothing.
    pub contract_end: Option<NaiveDate>,
}

/// Where a part of the income comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    Wage,
    Loondoorbetaling,
    /// The Ziektewet benefit after a contract ended during illness (the safety net).
    Ziektewet,
    Ww,
    WgaLgu,
    Loonaanvulling,
    Vervolguitkering,
    Iva,
    InsuranceTopUp,
}

impl Source {
    pub const ALL: [Source; 9] = [
        Source::Wage,
        Source::Loondoorbetaling,
        Source::Ziektewet,
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
            Source::Ziektewet => 2,
            Source::Ww => 3,
            Source::WgaLgu => 4,
            Source::Loonaanvulling => 5,
            Source::Vervolguitkering => 6,
            Source::Iva => 7,
            Source::InsuranceTopUp => 8,
        }
    }
    /// Stable code (CSS class suffix, test ids).
    pub fn code(self) -> &'static str {
        match self {
            Source::Wage => "wage",
            Source::Loondoorbetaling => "sickpay",
            Source::Ziektewet => "zw",
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
    /// The Ziektewet safety net after the contract ended during illness.
    Ziektewet,
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
            PhaseKind::Ziektewet => "ziektewet",
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
            PhaseKind::Ziektewet => &[cite::ZW_29, cite::UWV_DAGLOON],
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
    pub amounts: [Cents; 9],
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
    MinWageHour,
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
    /// The contract ends during the illness: the Ziektewet's dagloon is taken from the wage
    /// given; the first-year assessment at 52 weeks and a Toeslagenwet supplement are not
    /// modelled.
    ZiektewetDagloon,
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
    /// The contract's last day lies outside the valid date range.
    ContractEndOutOfRange,
    /// The contract's last day lies before the first sick day.
    ContractEndBeforeSick,
}

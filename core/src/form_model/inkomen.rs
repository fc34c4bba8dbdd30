//! The form model of `#/inkomen`: what the page shows in its fields, read from the
//! fragment's query (`#/inkomen?jaarloon=…&ziek=…`), validated into an
//! [`IncomeInput`], and written back as a query. Pure, so it is tested natively; the
//! page only renders it. The parameters are documented in `docs/inkomen.md`.
//!
//! Fields are read with the shared field validators of [`crate::forms`] (dates as three
//! parts, amounts, whole numbers), and the link with the one query decoder
//! ([`crate::url`]); what a link carries that cannot be used becomes a [`LinkNotice`],
//! as on the other calculators.

use chrono::NaiveDate;

use crate::dates::{self, iso, DateParts};
use crate::deeplink::LinkNotice;
use crate::forms::{self, FormError};
use crate::income::{
    project, AoClass, Aov, Cover, IllnessPay, IncomeError, IncomeInput, IncomeOutcome, Scenario,
    WiaWork, Worker, MAX_AMOUNT, MAX_AOV_WAITING_DAYS, MAX_WORK_YEARS,
};
use crate::money::{Cents, Decimal};
use crate::url::{parse_query as query_pairs, percent_encode};

/// Sickness or dismissal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Situation {
    #[default]
    Sick,
    Dismissal,
}

impl Situation {
    pub const ALL: [Situation; 2] = [Situation::Sick, Situation::Dismissal];
    /// The form's value for the choice.
    pub fn code(self) -> &'static str {
        match self {
            Situation::Sick => "ziek",
            Situation::Dismissal => "ontslag",
        }
    }
    pub fn parse(s: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|c| c.code() == s.trim())
    }
}

/// Employee or self-employed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WorkerKind {
    #[default]
    Employee,
    SelfEmployed,
}

impl WorkerKind {
    pub const ALL: [WorkerKind; 2] = [WorkerKind::Employee, WorkerKind::SelfEmployed];
    /// The form's value for the choice.
    pub fn code(self) -> &'static str {
        match self {
            WorkerKind::Employee => "loondienst",
            WorkerKind::SelfEmployed => "zzp",
        }
    }
    pub fn parse(s: &str) -> Option<WorkerKind> {
        WorkerKind::ALL.into_iter().find(|c| c.code() == s.trim())
    }
}

/// The choice of pay during illness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PayChoice {
    #[default]
    Legal,
    Cao100100,
    Cao10070,
    Custom,
}

impl PayChoice {
    pub const ALL: [PayChoice; 4] = [
        PayChoice::Legal,
        PayChoice::Cao100100,
        PayChoice::Cao10070,
        PayChoice::Custom,
    ];
    pub fn code(self) -> &'static str {
        match self {
            PayChoice::Legal => "wettelijk",
            PayChoice::Cao100100 => "cao100",
            PayChoice::Cao10070 => "cao100-70",
            PayChoice::Custom => "eigen",
        }
    }
    pub fn parse(s: &str) -> Option<PayChoice> {
        crate::listed::find_code(&PayChoice::ALL, PayChoice::code, s)
    }
}

/// The form's fields. [`Field::id`] is the field's HTML id (for a date, the id of its
/// three inputs' group; the day input is `<id>-dag`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Wage,
    SickDay,
    NoticeDate,
    EmploymentStart,
    Born,
    /// The last day of a contract that ends during the illness (optional).
    ContractEnd,
    PayYear1,
    PayYear2,
    WorkYears,
    Aov,
    AovWaiting,
    Worker,
    /// Contractual hours per week (employee): the year-1 minimum-wage floor follows them.
    Hours,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Field::Wage => "inkomen-jaarloon",
            Field::SickDay => "inkomen-ziek",
            Field::NoticeDate => "inkomen-ontslag",
            Field::EmploymentStart => "inkomen-indienst",
            Field::Born => "inkomen-geboren",
            Field::ContractEnd => "inkomen-einde",
            Field::PayYear1 => "inkomen-loon1",
            Field::PayYear2 => "inkomen-loon2",
            Field::WorkYears => "inkomen-jaren",
            Field::Aov => "inkomen-aov",
            Field::AovWaiting => "inkomen-aov-wacht",
            Field::Worker => "inkomen-zzp",
            Field::Hours => "inkomen-uren",
        }
    }

    /// Whether the field is a three-part date (its first input is `<id>-dag`).
    pub fn is_date(self) -> bool {
        matches!(
            self,
            Field::SickDay
                | Field::NoticeDate
                | Field::EmploymentStart
                | Field::Born
                | Field::ContractEnd
        )
    }
}

/// Why a field is wrong: it cannot be read ([`FormError`], the messages every form
/// shares), or the projection cannot use what it holds ([`IncomeError`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Form(FormError),
    Engine(IncomeError),
}

/// Errors per field, in form order.
pub type IncomeErrors = Vec<(Field, FieldError)>;

/// What the fields hold, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeForm {
    pub situation: Situation,
    pub worker: WorkerKind,
    pub wage: String,
    pub sick_day: DateParts,
    pub notice_date: DateParts,
    pub employment_start: DateParts,
    pub born: DateParts,
    /// The last day of a contract that ends during the illness (sickness scenario,
    /// employee); empty when it does not end.
    pub contract_end: DateParts,
    pub pay: PayChoice,
    pub pay_year1: String,
    pub pay_year2: String,
    pub ao: AoClass,
    pub work_years: String,
    pub wia_work: WiaWork,
    pub cover: Cover,
    pub aov: String,
    pub aov_waiting: String,
    /// Hours per week as typed (employee only).
    pub hours: String,
}

impl Default for IncomeForm {
    fn default() -> Self {
        IncomeForm {
            situation: Situation::Sick,
            worker: WorkerKind::Employee,
            wage: String::new(),
            sick_day: DateParts::default(),
            notice_date: DateParts::default(),
            employment_start: DateParts::default(),
            born: DateParts::default(),
            contract_end: DateParts::default(),
            pay: PayChoice::Legal,
            pay_year1: String::new(),
            pay_year2: String::new(),
            ao: AoClass::Unknown,
            work_years: String::new(),
            wia_work: WiaWork::None,
            cover: Cover::Unknown,
            aov: String::new(),
            aov_waiting: String::new(),
            hours: String::new(),
        }
    }
}

/// The most hours per week the page accepts, as the interview's `uren_per_week`.
pub const MAX_HOURS_PER_WEEK: u32 = 80;

/// A date in a link: `YYYY-MM-DD` (also `DD-MM-YYYY`).
fn date_param(v: &str) -> Option<DateParts> {
    dates::parse_user(v).ok().map(DateParts::from_date)
}

fn valid_money_param(v: &str) -> bool {
    Decimal::parse_user(v).is_ok_and(|d| !d.is_negative())
}

fn valid_uint(v: &str) -> bool {
    !v.is_empty() && v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit())
}

/// The parameters of the income link, in documentation order.
pub const PARAMS: [&str; 17] = [
    "jaarloon",
    "ziek",
    "ontslag",
    "indienst",
    "geboren",
    "einde",
    "loon",
    "loon1",
    "loon2",
    "ao",
    "jaren",
    "werk",
    "hiaat",
    "zzp",
    "aov",
    "aov_wacht",
    "uren",
];

/// Read the fragment's query (with or without `?`). Returns the form and what could not
/// be used: unknown parameters, values that cannot be read, and repeated parameters
/// (the first value counts). They are ignored; the page shows a notice.
pub fn parse_query(query: &str) -> (IncomeForm, Vec<LinkNotice>) {
    let mut f = IncomeForm::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (key, v) in query_pairs(query) {
        // App-wide parameters may reach us too; they are not ours but not wrong.
        if key == "lang" {
            continue;
        }
        if !PARAMS.contains(&key.as_str()) {
            notices.push(LinkNotice::Unknown(key));
            continue;
        }
        if seen.contains(&key) {
            notices.push(LinkNotice::Repeated(key));
            continue;
        }
        seen.push(key.clone());
        let v = v.trim();
        let text = |ok: bool| ok.then(|| v.to_string());
        let ok = match key.as_str() {
            "jaarloon" => text(valid_money_param(v)).map(|v| f.wage = v),
            "ziek" => date_param(v).map(|d| {
                f.sick_day = d;
                f.situation = Situation::Sick;
            }),
            "ontslag" => date_param(v).map(|d| {
                f.notice_date = d;
                f.situation = Situation::Dismissal;
            }),
            "indienst" => date_param(v).map(|d| f.employment_start = d),
            "geboren" => date_param(v).map(|d| f.born = d),
            "einde" => date_param(v).map(|d| f.contract_end = d),
            "loon" => PayChoice::parse(v).map(|p| f.pay = p),
            "loon1" => text(valid_uint(v)).map(|v| f.pay_year1 = v),
            "loon2" => text(valid_uint(v)).map(|v| f.pay_year2 = v),
            "ao" => AoClass::parse(v).map(|a| f.ao = a),
            "jaren" => text(valid_uint(v)).map(|v| f.work_years = v),
            "werk" => WiaWork::parse(v).map(|w| f.wia_work = w),
            "hiaat" => Cover::parse(v).map(|c| f.cover = c),
            "zzp" => match v {
                "1" => Some(WorkerKind::SelfEmployed),
                "0" => Some(WorkerKind::Employee),
                _ => None,
            }
            .map(|w| f.worker = w),
            "aov" => text(valid_money_param(v)).map(|v| f.aov = v),
            "aov_wacht" => text(valid_uint(v)).map(|v| f.aov_waiting = v),
            "uren" => text(valid_uint(v)).map(|v| f.hours = v),
            _ => None,
        };
        if ok.is_none() {
            notices.push(LinkNotice::Malformed(key));
        }
    }
    (f, notices)
}

fn date_for_query(parts: &DateParts) -> Option<String> {
    forms::date(parts).ok().map(iso)
}

/// Write the form as a query (without `?`), for a link that pre-fills the page.
pub fn to_query(f: &IncomeForm) -> String {
    let mut parts: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: String| {
        if !v.is_empty() {
            parts.push((k.to_string(), v));
        }
    };
    push("jaarloon", f.wage.trim().to_string());
    match f.situation {
        Situation::Sick => {
            push("ziek", date_for_query(&f.sick_day).unwrap_or_default());
            if f.worker == WorkerKind::Employee {
                push("einde", date_for_query(&f.contract_end).unwrap_or_default());
            }
        }
        Situation::Dismissal => {
            push(
                "ontslag",
                date_for_query(&f.notice_date).unwrap_or_default(),
            );
            push(
                "indienst",
                date_for_query(&f.employment_start).unwrap_or_default(),
            );
        }
    }
    push("geboren", date_for_query(&f.born).unwrap_or_default());
    push("loon", f.pay.code().to_string());
    if f.pay == PayChoice::Custom {
        push("loon1", f.pay_year1.trim().to_string());
        push("loon2", f.pay_year2.trim().to_string());
    }
    push("ao", f.ao.code().to_string());
    push("jaren", f.work_years.trim().to_string());
    push("werk", f.wia_work.code().to_string());
    push("hiaat", f.cover.code().to_string());
    if f.worker == WorkerKind::SelfEmployed {
        push("zzp", "1".into());
        push("aov", f.aov.trim().to_string());
        push("aov_wacht", f.aov_waiting.trim().to_string());
    } else {
        push("uren", f.hours.trim().to_string());
    }
    parts
        .into_iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Keep a field's value, or note its error.
fn read<T>(errs: &mut IncomeErrors, field: Field, r: Result<T, FormError>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            errs.push((field, FieldError::Form(e)));
            None
        }
    }
}

/// The field an engine error belongs to.
pub fn field_of(e: IncomeError, situation: Situation) -> Field {
    match e {
        IncomeError::WageMissing | IncomeError::WageTooHigh => Field::Wage,
        IncomeError::StartDateOutOfRange => match situation {
            Situation::Sick => Field::SickDay,
            Situation::Dismissal => Field::NoticeDate,
        },
        IncomeError::EmploymentStartOutOfRange | IncomeError::EmploymentStartAfterNotice => {
            Field::EmploymentStart
        }
        IncomeError::BornOutOfRange | IncomeError::BornAfterStart => Field::Born,
        IncomeError::WorkYearsTooHigh => Field::WorkYears,
        IncomeError::CustomPercentOutOfRange => Field::PayYear1,
        IncomeError::SelfEmployedNeedsSickness => Field::Worker,
        IncomeError::AovAmountInvalid => Field::Aov,
        IncomeError::AovWaitingTooLong => Field::AovWaiting,
        IncomeError::ContractEndOutOfRange | IncomeError::ContractEndBeforeSick => {
            Field::ContractEnd
        }
    }
}

impl IncomeForm {
    /// The scenario the form stands for: the self-employed have only the sickness
    /// scenario (there is no dismissal without an employer), so the page does not offer
    /// the choice to them.
    pub fn situation_shown(&self) -> Situation {
        match self.worker {
            WorkerKind::Employee => self.situation,
            WorkerKind::SelfEmployed => Situation::Sick,
        }
    }
}

/// Validate the form into an input. Every wrong field is reported, in form order.
pub fn to_input(f: &IncomeForm, today: Option<NaiveDate>) -> Result<IncomeInput, IncomeErrors> {
    let mut errs = Vec::new();
    let employee = f.worker == WorkerKind::Employee;
    // The wage is needed for employees; the self-employed may leave it empty.
    let wage = if employee {
        read(&mut errs, Field::Wage, forms::money(&f.wage, MAX_AMOUNT)).map(|d| d.to_cents())
    } else {
        read(
            &mut errs,
            Field::Wage,
            forms::optional_money(&f.wage, MAX_AMOUNT),
        )
        .map(|d| d.map(|d| d.to_cents()).unwrap_or(Cents::ZERO))
    };
    let scenario = match f.situation_shown() {
        Situation::Sick => read(&mut errs, Field::SickDay, forms::date(&f.sick_day))
            .map(|d| Scenario::Sickness { first_sick_day: d }),
        Situation::Dismissal => {
            let n = read(&mut errs, Field::NoticeDate, forms::date(&f.notice_date));
            let s = read(
                &mut errs,
                Field::EmploymentStart,
                forms::date(&f.employment_start),
            );
            match (n, s) {
                (Some(notice_date), Some(employment_start)) => Some(Scenario::Dismissal {
                    notice_date,
                    employment_start,
                }),
                _ => None,
            }
        }
    };
    let born = read(&mut errs, Field::Born, forms::optional_date(&f.born));
    // The contract's end only counts when sick and employed; otherwise the field is hidden
    // and whatever it holds is left alone.
    let contract_end = if f.situation == Situation::Sick && employee {
        read(
            &mut errs,
            Field::ContractEnd,
            forms::optional_date(&f.contract_end),
        )
    } else {
        Some(None)
    };
    let pay = match f.pay {
        PayChoice::Legal => Some(IllnessPay::Legal),
        PayChoice::Cao100100 => Some(IllnessPay::Cao100100),
        PayChoice::Cao10070 => Some(IllnessPay::Cao10070),
        PayChoice::Custom => {
            let a = read(
                &mut errs,
                Field::PayYear1,
                forms::whole_number(&f.pay_year1, 100),
            );
            let b = read(
                &mut errs,
                Field::PayYear2,
                forms::whole_number(&f.pay_year2, 100),
            );
            match (a, b) {
                (Some(year1), Some(year2)) => Some(IllnessPay::Custom { year1, year2 }),
                _ => None,
            }
        }
    };
    let work_years = if employee {
        read(
            &mut errs,
            Field::WorkYears,
            forms::whole_number(&f.work_years, MAX_WORK_YEARS),
        )
    } else {
        read(
            &mut errs,
            Field::WorkYears,
            forms::optional_whole_number(&f.work_years, MAX_WORK_YEARS),
        )
        .map(|n| n.unwrap_or(0))
    };
    let worker = match f.worker {
        WorkerKind::Employee => Some(Worker::Employee),
        WorkerKind::SelfEmployed => {
            if f.aov.trim().is_empty() {
                Some(Worker::SelfEmployed { aov: None })
            } else {
                let amount = read(&mut errs, Field::Aov, forms::money(&f.aov, MAX_AMOUNT));
                let waiting = read(
                    &mut errs,
                    Field::AovWaiting,
                    forms::optional_whole_number(&f.aov_waiting, MAX_AOV_WAITING_DAYS),
                );
                match (amount, waiting) {
                    (Some(annual), Some(waiting_days)) => Some(Worker::SelfEmployed {
                        aov: Some(Aov {
                            annual: annual.to_cents(),
                            waiting_days: waiting_days.unwrap_or(0),
                        }),
                    }),
                    _ => None,
                }
            }
        }
    };
    // Hours per week, for the employee: optional, more than 0.
    let hours_per_week = if employee {
        match forms::optional_whole_number(&f.hours, MAX_HOURS_PER_WEEK) {
            Ok(Some(0)) => {
                errs.push((Field::Hours, FieldError::Form(FormError::Zero)));
                None
            }
            Ok(h) => h,
            Err(e) => {
                errs.push((Field::Hours, FieldError::Form(e)));
                None
            }
        }
    } else {
        None
    };
    match (wage, scenario, born, pay, work_years, worker, contract_end) {
        (
            Some(annual_wage),
            Some(scenario),
            Some(born),
            Some(illness_pay),
            Some(work_years),
            Some(worker),
            Some(contract_end),
        ) if errs.is_empty() => Ok(IncomeInput {
            annual_wage,
            scenario,
            born,
            illness_pay,
            ao: f.ao,
            work_years,
            wia_work: f.wia_work,
            cover: f.cover,
            worker,
            today,
            hours_per_week,
            contract_end,
        }),
        _ => Err(errs),
    }
}

/// Validate and project. Engine errors are attached to their field.
pub fn compute(f: &IncomeForm, today: Option<NaiveDate>) -> Result<IncomeOutcome, IncomeErrors> {
    let input = to_input(f, today)?;
    project(&input).map_err(|e| vec![(field_of(e, f.situation_shown()), FieldError::Engine(e))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::text::income::{field_error, field_label};

    fn parts(d: &str, m: &str, y: &str) -> DateParts {
        DateParts::new(d, m, y)
    }

    #[test]
    fn reads_and_writes_a_query() {
        let (f, notices) = parse_query(
            "jaarloon=48000&ziek=2026-03-02&geboren=1970-05-01&ao=55-65&hiaat=basis&jaren=12&werk=meer50&loon=cao100-70&x=1&ao2=&lang=en",
        );
        assert_eq!(
            notices,
            vec![
                LinkNotice::Unknown("x".into()),
                LinkNotice::Unknown("ao2".into())
            ]
        );
        assert_eq!(f.wage, "48000");
        assert_eq!(f.situation, Situation::Sick);
        assert_eq!(f.sick_day, parts("2", "3", "2026"));
        assert_eq!(f.born, parts("1", "5", "1970"));
        assert_eq!(f.ao, AoClass::Ao55To65);
        assert_eq!(f.cover, Cover::Basic);
        assert_eq!(f.wia_work, WiaWork::AtLeast50);
        assert_eq!(f.pay, PayChoice::Cao10070);
        let q = to_query(&f);
        assert!(q.contains("ziek=2026-03-02&geboren=1970-05-01"), "{q}");
        let (g, ig) = parse_query(&q);
        assert!(ig.is_empty(), "{ig:?}");
        assert_eq!(g, f);
    }

    #[test]
    fn malformed_and_repeated_values_are_ignored_and_named() {
        let (f, notices) = parse_query("jaarloon=abc&ziek=2026-02-30&ao=99&zzp=2&jaren=-1");
        assert_eq!(f, IncomeForm::default());
        assert_eq!(
            notices,
            ["jaarloon", "ziek", "ao", "zzp", "jaren"]
                .map(|k| LinkNotice::Malformed(k.into()))
                .to_vec()
        );
        // The first value of a repeated parameter counts.
        let (f, notices) = parse_query("?ao=iva&ao=lt35&ziek=05-01-2026");
        assert_eq!(f.ao, AoClass::Ao80To100Permanent);
        assert_eq!(f.sick_day, parts("5", "1", "2026"));
        assert_eq!(notices, vec![LinkNotice::Repeated("ao".into())]);
    }

    #[test]
    fn dismissal_query_and_percent_escapes() {
        let (f, notices) =
            parse_query("ontslag=2026-03-10&indienst=2015-01-01&jaarloon=48.000%2C50");
        assert!(notices.is_empty());
        assert_eq!(f.situation, Situation::Dismissal);
        assert_eq!(f.wage, "48.000,50");
        assert!(to_query(&f).contains("jaarloon=48.000%2C50"));
    }

    #[test]
    fn validation_reports_each_field() {
        let f = IncomeForm::default();
        let errs = to_input(&f, None).unwrap_err();
        assert_eq!(
            errs,
            vec![
                (Field::Wage, FieldError::Form(FormError::Empty)),
                (Field::SickDay, FieldError::Form(FormError::Empty)),
                (Field::WorkYears, FieldError::Form(FormError::Empty)),
            ]
        );
        let f = IncomeForm {
            wage: "48.000".into(),
            sick_day: parts("2", "3", "2026"),
            work_years: "12".into(),
            born: parts("1", "5", "2030"),
            ..IncomeForm::default()
        };
        let errs = compute(&f, None).unwrap_err();
        assert_eq!(
            errs,
            vec![(Field::Born, FieldError::Engine(IncomeError::BornAfterStart))]
        );
        assert_eq!(
            field_error(errs[0].1, Lang::Nl),
            "Je geboortedatum moet voor de begindatum liggen."
        );
        let f = IncomeForm {
            born: DateParts::default(),
            ..f
        };
        let out = compute(&f, None).unwrap();
        assert!(out.ranged);
    }

    #[test]
    fn fields_are_read_with_the_shared_validators() {
        let f = IncomeForm {
            wage: "veel".into(),
            sick_day: parts("31", "2", "2026"),
            born: parts("1", "1", "26"),
            pay: PayChoice::Custom,
            pay_year1: "101".into(),
            pay_year2: String::new(),
            work_years: "61".into(),
            ..IncomeForm::default()
        };
        let errs = to_input(&f, None).unwrap_err();
        assert_eq!(
            errs,
            vec![
                (Field::Wage, FieldError::Form(FormError::NotANumber)),
                (Field::SickDay, FieldError::Form(FormError::ImpossibleDate)),
                (Field::Born, FieldError::Form(FormError::NotADate)),
                (
                    Field::PayYear1,
                    FieldError::Form(FormError::NumberTooLarge { max: 100 })
                ),
                (Field::PayYear2, FieldError::Form(FormError::Empty)),
                (
                    Field::WorkYears,
                    FieldError::Form(FormError::NumberTooLarge { max: 60 })
                ),
            ]
        );
        // The self-employed may leave the wage and the work history empty; an AOV
        // amount needs to be more than zero.
        let f = IncomeForm {
            worker: WorkerKind::SelfEmployed,
            sick_day: parts("2", "3", "2026"),
            aov: "0".into(),
            ..IncomeForm::default()
        };
        assert_eq!(
            to_input(&f, None).unwrap_err(),
            vec![(Field::Aov, FieldError::Form(FormError::Zero))]
        );
        let f = IncomeForm {
            aov: "30.000".into(),
            aov_waiting: "30".into(),
            ..f
        };
        let input = to_input(&f, None).unwrap();
        assert_eq!(input.annual_wage, Cents::ZERO);
        assert_eq!(input.work_years, 0);
        assert_eq!(
            input.worker,
            Worker::SelfEmployed {
                aov: Some(Aov {
                    annual: Cents::euros(30_000),
                    waiting_days: 30
                })
            }
        );
        assert!(Field::SickDay.is_date() && !Field::Wage.is_date());
        for s in Situation::ALL {
            assert_eq!(Situation::parse(s.code()), Some(s));
        }
        for w in WorkerKind::ALL {
            assert_eq!(WorkerKind::parse(w.code()), Some(w));
        }
        assert_eq!(PayChoice::parse("x"), None);
        assert_eq!(
            field_label(Field::Wage, Lang::Nl),
            "Bruto jaarloon, met vakantiegeld"
        );
    }

    #[test]
    fn the_contract_end_is_read_from_the_link_and_reaches_the_projection() {
        let (f, notices) = parse_query("jaarloon=48000&ziek=2026-01-05&einde=2026-03-31&jaren=12");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(f.contract_end, parts("31", "3", "2026"));
        let q = to_query(&f);
        assert!(q.contains("ziek=2026-01-05&einde=2026-03-31"), "{q}");
        let input = to_input(&f, None).unwrap();
        assert_eq!(input.contract_end, NaiveDate::from_ymd_opt(2026, 3, 31));
        let out = compute(&f, None).unwrap();
        assert!(out
            .low
            .phases
            .iter()
            .any(|p| p.kind == crate::income::PhaseKind::Ziektewet));
        // An end before the first sick day is an error beside the field.
        let bad = IncomeForm {
            contract_end: parts("1", "1", "2026"),
            ..f.clone()
        };
        assert_eq!(
            compute(&bad, None).unwrap_err(),
            vec![(
                Field::ContractEnd,
                FieldError::Engine(IncomeError::ContractEndBeforeSick)
            )]
        );
        assert_eq!(
            field_error(FieldError::Engine(IncomeError::ContractEndBeforeSick), Lang::Nl),
            "De laatste dag van je contract moet op of na je eerste ziektedag liggen. Eindigde je contract eerder, laat het dan leeg."
        );
        // In the dismissal scenario and for the self-employed the field is not used, and
        // not written into a link.
        let dismissal = IncomeForm {
            situation: Situation::Dismissal,
            notice_date: parts("10", "3", "2026"),
            employment_start: parts("1", "1", "2015"),
            contract_end: parts("99", "1", "2026"),
            ..f.clone()
        };
        assert_eq!(to_input(&dismissal, None).unwrap().contract_end, None);
        assert!(!to_query(&dismissal).contains("einde"));
        let zzp = IncomeForm {
            worker: WorkerKind::SelfEmployed,
            ..f
        };
        assert!(!to_query(&zzp).contains("einde"));
        assert_eq!(to_input(&zzp, None).unwrap().contract_end, None);
    }

    #[test]
    fn hours_per_week_feed_the_year_1_floor() {
        let (f, n) = parse_query("jaarloon=24000&ziek=2026-03-02&jaren=5&uren=20");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(f.hours, "20");
        assert!(to_query(&f).ends_with("&uren=20"), "{}", to_query(&f));
        let input = to_input(&f, None).unwrap();
        assert_eq!(input.hours_per_week, Some(20));
        // Zero, too many, or not a number: a message beside the field.
        for (v, e) in [
            ("0", FormError::Zero),
            ("81", FormError::NumberTooLarge { max: 80 }),
            ("twintig", FormError::NotANumber),
        ] {
            let g = IncomeForm {
                hours: v.into(),
                ..f.clone()
            };
            assert_eq!(
                to_input(&g, None).unwrap_err(),
                vec![(Field::Hours, FieldError::Form(e))],
                "{v}"
            );
        }
        // Not given: no floor by hours.
        let g = IncomeForm {
            hours: String::new(),
            ..f.clone()
        };
        assert_eq!(to_input(&g, None).unwrap().hours_per_week, None);
        // The self-employed have no wage floor: the hours are not read, and not written.
        let z = IncomeForm {
            worker: WorkerKind::SelfEmployed,
            ..f
        };
        assert_eq!(to_input(&z, None).unwrap().hours_per_week, None);
        assert!(!to_query(&z).contains("uren"));
    }

    #[test]
    fn the_self_employed_have_only_the_sickness_scenario() {
        let (f, _) = parse_query("zzp=1&ziek=2026-03-02&ontslag=2026-03-10&aov=30000");
        assert_eq!(f.situation, Situation::Dismissal);
        assert_eq!(f.situation_shown(), Situation::Sick);
        let input = to_input(&f, None).unwrap();
        assert_eq!(
            input.scenario,
            Scenario::Sickness {
                first_sick_day: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
            }
        );
    }

    proptest::proptest! {
        #[test]
        fn query_parsing_never_panics(s in ".{0,200}") {
            let (f, _) = parse_query(&s);
            let _ = compute(&f, None);
            let (g, ignored) = parse_query(&to_query(&f));
            proptest::prop_assert!(ignored.is_empty());
            proptest::prop_assert_eq!(g, f);
        }
    }
}

//! The form model of `#/inkomen`: what the page shows in its fields, read from the
//! fragment's query (`#/inkomen?jaarloon=…&ziek=…`), validated into an
//! [`IncomeInput`], and written back as a query. Pure, so it is tested natively; the
//! page only renders it. The parameters are documented in `docs/inkomen.md`.

pub use crate::url::percent_decode;
use crate::url::percent_encode;
use chrono::NaiveDate;

use crate::dates::{self, iso, DateError};
use crate::income::{
    project, AoClass, Aov, Cover, IllnessPay, IncomeError, IncomeInput, IncomeOutcome, Scenario,
    WiaWork, Worker,
};
use crate::money::{Cents, Decimal};

/// Sickness or dismissal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Situation {
    #[default]
    Sick,
    Dismissal,
}

/// Employee or self-employed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WorkerKind {
    #[default]
    Employee,
    SelfEmployed,
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
        let s = s.trim().to_ascii_lowercase();
        PayChoice::ALL.into_iter().find(|c| c.code() == s)
    }
}

/// The form's fields. [`Field::id`] is the HTML id the error summary links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Wage,
    SickDay,
    NoticeDate,
    EmploymentStart,
    Born,
    PayYear1,
    PayYear2,
    WorkYears,
    Aov,
    AovWaiting,
    Worker,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Field::Wage => "inkomen-jaarloon",
            Field::SickDay => "inkomen-ziek",
            Field::NoticeDate => "inkomen-ontslag",
            Field::EmploymentStart => "inkomen-indienst",
            Field::Born => "inkomen-geboren",
            Field::PayYear1 => "inkomen-loon1",
            Field::PayYear2 => "inkomen-loon2",
            Field::WorkYears => "inkomen-jaren",
            Field::Aov => "inkomen-aov",
            Field::AovWaiting => "inkomen-aov-wacht",
            Field::Worker => "inkomen-zzp",
        }
    }
}

/// Why a field is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    Required,
    Money,
    Date,
    DateRange,
    Number,
    Engine(IncomeError),
}

/// What the fields hold, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeForm {
    pub situation: Situation,
    pub worker: WorkerKind,
    pub wage: String,
    pub sick_day: String,
    pub notice_date: String,
    pub employment_start: String,
    pub born: String,
    pub pay: PayChoice,
    pub pay_year1: String,
    pub pay_year2: String,
    pub ao: AoClass,
    pub work_years: String,
    pub wia_work: WiaWork,
    pub cover: Cover,
    pub aov: String,
    pub aov_waiting: String,
}

impl Default for IncomeForm {
    fn default() -> Self {
        IncomeForm {
            situation: Situation::Sick,
            worker: WorkerKind::Employee,
            wage: String::new(),
            sick_day: String::new(),
            notice_date: String::new(),
            employment_start: String::new(),
            born: String::new(),
            pay: PayChoice::Legal,
            pay_year1: String::new(),
            pay_year2: String::new(),
            ao: AoClass::Unknown,
            work_years: String::new(),
            wia_work: WiaWork::None,
            cover: Cover::Unknown,
            aov: String::new(),
            aov_waiting: String::new(),
        }
    }
}

fn valid_date_param(v: &str) -> bool {
    dates::parse_user(v).is_ok()
}

fn valid_money_param(v: &str) -> bool {
    Decimal::parse_user(v).is_ok_and(|d| !d.is_negative())
}

fn valid_uint(v: &str) -> bool {
    !v.is_empty() && v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit())
}

/// Read the fragment's query (without the `?`). Returns the form and the names of the
/// parameters that were unknown or could not be read (they are ignored; the page shows
/// a notice).
pub fn parse_query(query: &str) -> (IncomeForm, Vec<String>) {
    let mut f = IncomeForm::default();
    let mut ignored = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(k);
        let v = percent_decode(v);
        let v = v.trim();
        let ok = match key.as_str() {
            "jaarloon" => {
                valid_money_param(v) && {
                    f.wage = v.to_string();
                    true
                }
            }
            "ziek" => {
                valid_date_param(v) && {
                    f.sick_day = v.to_string();
                    f.situation = Situation::Sick;
                    true
                }
            }
            "ontslag" => {
                valid_date_param(v) && {
                    f.notice_date = v.to_string();
                    f.situation = Situation::Dismissal;
                    true
                }
            }
            "indienst" => {
                valid_date_param(v) && {
                    f.employment_start = v.to_string();
                    true
                }
            }
            "geboren" => {
                valid_date_param(v) && {
                    f.born = v.to_string();
                    true
                }
            }
            "loon" => match PayChoice::parse(v) {
                Some(p) => {
                    f.pay = p;
                    true
                }
                None => false,
            },
            "loon1" => {
                valid_uint(v) && {
                    f.pay_year1 = v.to_string();
                    true
                }
            }
            "loon2" => {
                valid_uint(v) && {
                    f.pay_year2 = v.to_string();
                    true
                }
            }
            "ao" => match AoClass::parse(v) {
                Some(a) => {
                    f.ao = a;
                    true
                }
                None => false,
            },
            "jaren" => {
                valid_uint(v) && {
                    f.work_years = v.to_string();
                    true
                }
            }
            "werk" => match WiaWork::parse(v) {
                Some(w) => {
                    f.wia_work = w;
                    true
                }
                None => false,
            },
            "hiaat" => match Cover::parse(v) {
                Some(c) => {
                    f.cover = c;
                    true
                }
                None => false,
            },
            "zzp" => match v {
                "1" => {
                    f.worker = WorkerKind::SelfEmployed;
                    true
                }
                "0" => {
                    f.worker = WorkerKind::Employee;
                    true
                }
                _ => false,
            },
            "aov" => {
                valid_money_param(v) && {
                    f.aov = v.to_string();
                    true
                }
            }
            "aov_wacht" => {
                valid_uint(v) && {
                    f.aov_waiting = v.to_string();
                    true
                }
            }
            // App-wide parameters may reach us too; they are not ours but not wrong.
            "lang" => true,
            _ => false,
        };
        if !ok {
            ignored.push(key);
        }
    }
    (f, ignored)
}

fn date_for_query(s: &str) -> Option<String> {
    dates::parse_user(s).ok().map(iso)
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
        Situation::Sick => push("ziek", date_for_query(&f.sick_day).unwrap_or_default()),
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
    }
    parts
        .into_iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn read_date(s: &str, field: Field, errs: &mut Vec<(Field, FormError)>) -> Option<NaiveDate> {
    match dates::parse_user(s) {
        Ok(d) => Some(d),
        Err(DateError::Empty) => {
            errs.push((field, FormError::Required));
            None
        }
        Err(DateError::OutOfRange) => {
            errs.push((field, FormError::DateRange));
            None
        }
        Err(DateError::Format) | Err(DateError::Impossible) => {
            errs.push((field, FormError::Date));
            None
        }
    }
}

fn read_money(s: &str, field: Field, errs: &mut Vec<(Field, FormError)>) -> Option<Cents> {
    match Decimal::parse_user(s) {
        Ok(d) if !d.is_negative() => Some(d.to_cents()),
        Ok(_) => {
            errs.push((field, FormError::Money));
            None
        }
        Err(crate::money::NumberError::Empty) => {
            errs.push((field, FormError::Required));
            None
        }
        Err(_) => {
            errs.push((field, FormError::Money));
            None
        }
    }
}

fn read_uint(s: &str, field: Field, errs: &mut Vec<(Field, FormError)>) -> Option<u32> {
    let t = s.trim();
    if t.is_empty() {
        errs.push((field, FormError::Required));
        return None;
    }
    match t.parse::<u32>() {
        Ok(v) => Some(v),
        Err(_) => {
            errs.push((field, FormError::Number));
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
    }
}

/// Validate the form into an input. Every wrong field is reported, in form order.
pub fn to_input(
    f: &IncomeForm,
    today: Option<NaiveDate>,
) -> Result<IncomeInput, Vec<(Field, FormError)>> {
    let mut errs = Vec::new();
    let employee = f.worker == WorkerKind::Employee;
    // The wage is needed for employees; the self-employed may leave it empty.
    let wage = if employee || !f.wage.trim().is_empty() {
        read_money(&f.wage, Field::Wage, &mut errs)
    } else {
        Some(Cents::ZERO)
    };
    let scenario = match f.situation {
        Situation::Sick => read_date(&f.sick_day, Field::SickDay, &mut errs)
            .map(|d| Scenario::Sickness { first_sick_day: d }),
        Situation::Dismissal => {
            let n = read_date(&f.notice_date, Field::NoticeDate, &mut errs);
            let s = read_date(&f.employment_start, Field::EmploymentStart, &mut errs);
            match (n, s) {
                (Some(notice_date), Some(employment_start)) => Some(Scenario::Dismissal {
                    notice_date,
                    employment_start,
                }),
                _ => None,
            }
        }
    };
    let born = if f.born.trim().is_empty() {
        Some(None)
    } else {
        read_date(&f.born, Field::Born, &mut errs).map(Some)
    };
    let pay = match f.pay {
        PayChoice::Legal => Some(IllnessPay::Legal),
        PayChoice::Cao100100 => Some(IllnessPay::Cao100100),
        PayChoice::Cao10070 => Some(IllnessPay::Cao10070),
        PayChoice::Custom => {
            let a = read_uint(&f.pay_year1, Field::PayYear1, &mut errs);
            let b = read_uint(&f.pay_year2, Field::PayYear2, &mut errs);
            match (a, b) {
                (Some(year1), Some(year2)) => Some(IllnessPay::Custom { year1, year2 }),
                _ => None,
            }
        }
    };
    let work_years = if f.worker == WorkerKind::SelfEmployed && f.work_years.trim().is_empty() {
        Some(0)
    } else {
        read_uint(&f.work_years, Field::WorkYears, &mut errs)
    };
    let worker = match f.worker {
        WorkerKind::Employee => Some(Worker::Employee),
        WorkerKind::SelfEmployed => {
            if f.aov.trim().is_empty() {
                Some(Worker::SelfEmployed { aov: None })
            } else {
                let amount = read_money(&f.aov, Field::Aov, &mut errs);
                let waiting = if f.aov_waiting.trim().is_empty() {
                    Some(0)
                } else {
                    read_uint(&f.aov_waiting, Field::AovWaiting, &mut errs)
                };
                match (amount, waiting) {
                    (Some(annual), Some(waiting_days)) => Some(Worker::SelfEmployed {
                        aov: Some(Aov {
                            annual,
                            waiting_days,
                        }),
                    }),
                    _ => None,
                }
            }
        }
    };
    match (wage, scenario, born, pay, work_years, worker) {
        (
            Some(annual_wage),
            Some(scenario),
            Some(born),
            Some(illness_pay),
            Some(work_years),
            Some(worker),
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
        }),
        _ => Err(errs),
    }
}

/// Validate and project. Engine errors are attached to their field.
pub fn compute(
    f: &IncomeForm,
    today: Option<NaiveDate>,
) -> Result<IncomeOutcome, Vec<(Field, FormError)>> {
    let input = to_input(f, today)?;
    project(&input).map_err(|e| vec![(field_of(e, f.situation), FormError::Engine(e))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_a_query() {
        let (f, ignored) = parse_query(
            "jaarloon=48000&ziek=2026-03-02&geboren=1970-05-01&ao=55-65&hiaat=basis&jaren=12&werk=meer50&loon=cao100-70&x=1&ao2=",
        );
        assert_eq!(ignored, vec!["x".to_string(), "ao2".to_string()]);
        assert_eq!(f.wage, "48000");
        assert_eq!(f.situation, Situation::Sick);
        assert_eq!(f.ao, AoClass::Ao55To65);
        assert_eq!(f.cover, Cover::Basic);
        assert_eq!(f.wia_work, WiaWork::AtLeast50);
        assert_eq!(f.pay, PayChoice::Cao10070);
        let q = to_query(&f);
        let (g, ig) = parse_query(&q);
        assert!(ig.is_empty(), "{ig:?}");
        assert_eq!(g, f);
    }

    #[test]
    fn malformed_values_are_ignored_and_named() {
        let (f, ignored) = parse_query("jaarloon=abc&ziek=2026-02-30&ao=99&zzp=2&jaren=-1");
        assert_eq!(f, IncomeForm::default());
        assert_eq!(ignored.len(), 5);
    }

    #[test]
    fn dismissal_query_and_percent_escapes() {
        let (f, ignored) =
            parse_query("ontslag=2026-03-10&indienst=2015-01-01&jaarloon=48.000%2C50");
        assert!(ignored.is_empty());
        assert_eq!(f.situation, Situation::Dismissal);
        assert_eq!(f.wage, "48.000,50");
        assert!(to_query(&f).contains("jaarloon=48.000%2C50"));
    }

    #[test]
    fn validation_reports_each_field() {
        let f = IncomeForm::default();
        let errs = to_input(&f, None).unwrap_err();
        let fields: Vec<Field> = errs.iter().map(|e| e.0).collect();
        assert_eq!(fields, vec![Field::Wage, Field::SickDay, Field::WorkYears]);
        let f = IncomeForm {
            wage: "48.000".into(),
            sick_day: "02-03-2026".into(),
            work_years: "12".into(),
            born: "01-05-2030".into(),
            ..IncomeForm::default()
        };
        let errs = compute(&f, None).unwrap_err();
        assert_eq!(
            errs,
            vec![(Field::Born, FormError::Engine(IncomeError::BornAfterStart))]
        );
        let f = IncomeForm {
            born: String::new(),
            ..f
        };
        let out = compute(&f, None).unwrap();
        assert!(out.ranged);
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

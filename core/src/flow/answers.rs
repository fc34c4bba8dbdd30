//! Answers: the map of question id to answer, validation of what was typed, and the
//! export/import format.
//!
//! Export format (a stable contract, design.md §6): one JSON object, question id → value.
//! - choice: the option id as a string (`"rol": "werknemer"`);
//! - date: ISO `YYYY-MM-DD` (`"eerste_ziektedag": "2026-01-05"`);
//! - money: euros as a string with two decimals (`"bruto_maandloon": "3250.00"`);
//! - integer: a JSON number (`"leeftijd": 45`);
//! - "Weet ik niet": the string `"weet_niet"`.
//!
//! The importer is lenient: every key that cannot be read is reported with the reason, and
//! the rest is kept.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::questions::{Kind, Opt, QuestionId, UNKNOWN_ID};
use crate::dates::{self, DateError, DateParts};
use crate::money::{decimal_from_json, Cents, Decimal, NumberError, MAX_MONTHLY};

/// One answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Choice(Opt),
    Date(NaiveDate),
    Money(Cents),
    Integer(i64),
    /// "Weet ik niet" (or, for an optional amount, "niet ingevuld").
    Unknown,
}

/// All answers given so far, keyed by question id. Answers that no longer apply after a
/// change stay in the map but are never reached (see `routing.rs`).
pub type Answers = BTreeMap<QuestionId, Answer>;

/// What a page sends for one question, before validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawInput {
    /// The chosen radio option id (empty when nothing was chosen).
    Choice(String),
    /// Three date fields as typed.
    DateParts {
        day: String,
        month: String,
        year: String,
    },
    /// One date field as typed (`dd-mm-jjjj` or `jjjj-mm-dd`).
    DateText(String),
    /// A money or number field as typed.
    Text(String),
    /// The "Weet ik niet" option.
    Unknown,
}

impl RawInput {
    /// What the form shows for a stored answer, so "Wijzig" and the back button show
    /// what was given: the option id, the date's three parts, the amount in the user's
    /// notation (`amount` writes it, `3.250,50` in Dutch:
    /// `crate::text::format::amount_in_field`), the number, or "Weet ik niet".
    /// [`validate`] reads it back as the same answer.
    pub fn from_answer(answer: &Answer, amount: impl Fn(Cents) -> String) -> RawInput {
        match *answer {
            Answer::Choice(o) => RawInput::Choice(o.as_str().to_string()),
            Answer::Date(d) => {
                let DateParts { day, month, year } = DateParts::from_date(d);
                RawInput::DateParts { day, month, year }
            }
            Answer::Money(c) => RawInput::Text(amount(c)),
            Answer::Integer(v) => RawInput::Text(v.to_string()),
            Answer::Unknown => RawInput::Unknown,
        }
    }
}

/// Why an answer is not accepted. The message is `text::flow::error_message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AnswerError {
    /// No option chosen.
    ChooseOne,
    /// A chosen option that this question does not have.
    UnknownOption,
    /// A date field left empty.
    DateEmpty,
    /// Not written as a date.
    DateFormat,
    /// A date that does not exist (31-02-2026).
    DateImpossible,
    /// Outside 1950..2099.
    DateOutOfRange,
    /// A date after today where only the past makes sense.
    DateInFuture,
    /// A number or amount field left empty.
    NumberEmpty,
    /// Not a number we can read.
    BadNumber,
    /// A whole number was expected.
    NotWhole,
    /// Outside the allowed bounds.
    OutOfBounds { min: i64, max: i64 },
    /// A negative or zero amount.
    AmountNotPositive,
    /// An amount above the sanity maximum.
    AmountTooLarge,
    /// "Weet ik niet" is not offered for this question.
    UnknownNotAllowed,
    /// The input does not fit the question's kind (a programming error in the page).
    WrongKind,
}

fn date_err(e: DateError) -> AnswerError {
    match e {
        DateError::Empty => AnswerError::DateEmpty,
        DateError::Format => AnswerError::DateFormat,
        DateError::Impossible => AnswerError::DateImpossible,
        DateError::OutOfRange => AnswerError::DateOutOfRange,
    }
}

fn number_err(e: NumberError) -> AnswerError {
    match e {
        NumberError::Empty => AnswerError::NumberEmpty,
        NumberError::Invalid => AnswerError::BadNumber,
        NumberError::TooLarge => AnswerError::AmountTooLarge,
    }
}

/// Validate what a page sent for question `id`. `today` is needed to refuse a first sick
/// day (or other past event) in the future.
pub fn validate(id: QuestionId, raw: &RawInput, today: NaiveDate) -> Result<Answer, AnswerError> {
    let q = id.question();
    let answer = match (q.kind, raw) {
        (_, RawInput::Unknown) => Answer::Unknown,
        (Kind::Choice(_), RawInput::Choice(s)) => {
            let s = s.trim();
            if s.is_empty() {
                return Err(AnswerError::ChooseOne);
            }
            if s == UNKNOWN_ID {
                Answer::Unknown
            } else {
                Answer::Choice(Opt::parse(s).ok_or(AnswerError::UnknownOption)?)
            }
        }
        (Kind::Date { .. }, RawInput::DateParts { day, month, year }) => {
            Answer::Date(dates::parse_parts(day, month, year).map_err(date_err)?)
        }
        (Kind::Date { .. }, RawInput::DateText(s)) => {
            Answer::Date(dates::parse_user(s).map_err(date_err)?)
        }
        (Kind::Money { .. }, RawInput::Text(s)) => {
            let d = Decimal::parse_user(s).map_err(number_err)?;
            Answer::Money(d.to_cents())
        }
        (Kind::Integer { .. }, RawInput::Text(s)) => Answer::Integer(parse_integer(s)?),
        (Kind::Choice(_), _) | (Kind::Date { .. }, _) | (Kind::Money { .. }, _) => {
            return Err(AnswerError::WrongKind)
        }
        (Kind::Integer { .. }, _) => return Err(AnswerError::WrongKind),
    };
    check(id, answer, today)
}

fn parse_integer(s: &str) -> Result<i64, AnswerError> {
    whole_number(Decimal::parse_user(s).map_err(number_err)?)
}

fn pow10(scale: u32) -> i128 {
    10i128.saturating_pow(scale)
}

/// Check an already typed answer against the question's rules (kind, options, bounds,
/// dates in the past). Used by [`validate`] and by the importer.
pub fn check(id: QuestionId, answer: Answer, today: NaiveDate) -> Result<Answer, AnswerError> {
    let q = id.question();
    match (q.kind, answer) {
        (_, Answer::Unknown) => {
            if q.allow_unknown {
                Ok(Answer::Unknown)
            } else {
                Err(AnswerError::UnknownNotAllowed)
            }
        }
        (Kind::Choice(opts), Answer::Choice(o)) => {
            if opts.contains(&o) {
                Ok(answer)
            } else {
                Err(AnswerError::UnknownOption)
            }
        }
        (Kind::Date { not_in_future }, Answer::Date(d)) => {
            dates::check_range(d).map_err(date_err)?;
            if not_in_future && d > today {
                Err(AnswerError::DateInFuture)
            } else {
                Ok(answer)
            }
        }
        (Kind::Money { .. }, Answer::Money(c)) => {
            if c.0 <= 0 {
                Err(AnswerError::AmountNotPositive)
            } else if c > MAX_MONTHLY {
                Err(AnswerError::AmountTooLarge)
            } else {
                Ok(answer)
            }
        }
        (Kind::Integer { min, max }, Answer::Integer(v)) => {
            if v < min || v > max {
                Err(AnswerError::OutOfBounds { min, max })
            } else {
                Ok(answer)
            }
        }
        (Kind::Choice(_), _)
        | (Kind::Date { .. }, _)
        | (Kind::Money { .. }, _)
        | (Kind::Integer { .. }, _) => Err(AnswerError::WrongKind),
    }
}

/// Whether a stored answer is acceptable for the question, ignoring the "not in the
/// future" rule (which needs today's date and is checked on entry and import).
pub fn fits(id: QuestionId, answer: &Answer) -> bool {
    check(id, *answer, dates::max_date()).is_ok()
}

/// The export value of one answer.
pub fn answer_to_json(answer: &Answer) -> serde_json::Value {
    match answer {
        Answer::Choice(o) => serde_json::Value::String(o.as_str().to_string()),
        Answer::Date(d) => serde_json::Value::String(dates::iso(*d)),
        Answer::Money(c) => serde_json::Value::String(c.to_plain()),
        Answer::Integer(v) => serde_json::Value::Number((*v).into()),
        Answer::Unknown => serde_json::Value::String(UNKNOWN_ID.to_string()),
    }
}

/// All answers as one JSON object (id → value), keys in interview order of the enum.
pub fn to_json(answers: &Answers) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (q, a) in answers {
        map.insert(q.as_str().to_string(), answer_to_json(a));
    }
    serde_json::Value::Object(map)
}

/// The export file's text (pretty JSON).
pub fn export_json(answers: &Answers) -> String {
    serde_json::to_string_pretty(&to_json(answers)).unwrap_or_else(|_| "{}".to_string())
}

/// Why one key of an import could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ImportProblem {
    /// The key is not a known question id.
    UnknownQuestion { key: String },
    /// The value does not fit the question.
    BadValue { key: String, error: AnswerError },
}

/// Why an import file could not be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ImportError {
    /// Not JSON.
    NotJson,
    /// JSON, but not an object of answers.
    NotAnObject,
}

/// The result of a lenient import: what could be read, and per key what could not.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub answers: Answers,
    pub problems: Vec<ImportProblem>,
}

/// Read an export file. Keys that cannot be read are reported, the rest is kept.
pub fn import_json(text: &str, today: NaiveDate) -> Result<Imported, ImportError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    import_value(&value, today)
}

/// Like [`import_json`], for an already parsed JSON value.
pub fn import_value(value: &serde_json::Value, today: NaiveDate) -> Result<Imported, ImportError> {
    let obj = value.as_object().ok_or(ImportError::NotAnObject)?;
    let mut answers = Answers::new();
    let mut problems = Vec::new();
    for (key, v) in obj {
        let Some(id) = QuestionId::parse(key) else {
            problems.push(ImportProblem::UnknownQuestion { key: key.clone() });
            continue;
        };
        match answer_from_json(id, v).and_then(|a| check(id, a, today)) {
            Ok(a) => {
                answers.insert(id, a);
            }
            Err(error) => problems.push(ImportProblem::BadValue {
                key: key.clone(),
                error,
            }),
        }
    }
    Ok(Imported { answers, problems })
}

pub(in crate::flow) fn answer_from_json(
    id: QuestionId,
    v: &serde_json::Value,
) -> Result<Answer, AnswerError> {
    if v.as_str() == Some(UNKNOWN_ID) {
        return Ok(Answer::Unknown);
    }
    match id.question().kind {
        Kind::Choice(_) => {
            let s = v.as_str().ok_or(AnswerError::WrongKind)?;
            Opt::parse(s)
                .map(Answer::Choice)
                .ok_or(AnswerError::UnknownOption)
        }
        Kind::Date { .. } => {
            let s = v.as_str().ok_or(AnswerError::WrongKind)?;
            dates::parse_iso(s).map(Answer::Date).map_err(date_err)
        }
        Kind::Money { .. } => {
            // Exact: JSON numbers keep their digits (arbitrary_precision), strings are
            // read as plain numbers first, then as typed Dutch amounts.
            let d = decimal_from_json(v).map_err(number_err)?;
            Ok(Answer::Money(d.to_cents()))
        }
        Kind::Integer { .. } => match v {
            serde_json::Value::Number(n) => {
                let d = Decimal::parse_plain(&n.to_string()).map_err(number_err)?;
                whole_number(d).map(Answer::Integer)
            }
            serde_json::Value::String(s) => parse_integer(s).map(Answer::Integer),
            serde_json::Value::Null
            | serde_json::Value::Bool(_)
            | serde_json::Value::Array(_)
            | serde_json::Value::Object(_) => Err(AnswerError::WrongKind),
        },
    }
}

/// A decimal that must be a whole number (`45`, `45.0`), without rounding.
fn whole_number(d: Decimal) -> Result<i64, AnswerError> {
    let whole = d.round_to(0);
    if whole.saturating_mul(pow10(d.scale)) != d.mantissa {
        return Err(AnswerError::NotWhole);
    }
    i64::try_from(whole).map_err(|_| AnswerError::BadNumber)
}

#[cfg(test)]
mod raw_input_tests {
    use super::*;
    use crate::lang::Lang;
    use crate::text::format::amount_in_field;

    #[test]
    fn a_stored_answer_becomes_form_input_that_reads_back_the_same() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let cases = [
            (QuestionId::Rol, Answer::Choice(Opt::Werkgever)),
            (QuestionId::EersteZiektedag, Answer::Date(d)),
            (QuestionId::BrutoMaandloon, Answer::Money(Cents(325_050))),
            (QuestionId::Leeftijd, Answer::Integer(45)),
            (QuestionId::HiaatExcedent, Answer::Unknown),
        ];
        for lang in [Lang::Nl, Lang::En] {
            for (q, a) in cases {
                let raw = RawInput::from_answer(&a, |c| amount_in_field(c, lang));
                assert_eq!(validate(q, &raw, today), Ok(a), "{q:?} {lang:?} {raw:?}");
            }
        }
        assert_eq!(
            RawInput::from_answer(&Answer::Date(d), |c| amount_in_field(c, Lang::Nl)),
            RawInput::DateParts {
                day: "5".into(),
                month: "1".into(),
                year: "2026".into()
            }
        );
        assert_eq!(
            RawInput::from_answer(&Answer::Money(Cents(325_050)), |c| {
                amount_in_field(c, Lang::Nl)
            }),
            RawInput::Text("3.250,50".into())
        );
    }
}

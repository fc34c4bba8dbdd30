//! Field-level validation for every form of the app: dates (three fields or one pasted
//! `dd-mm-jjjj`), money, percentages, hours and whole numbers. Each validator returns a
//! typed [`FormError`]; `crate::text::forms::form_error` gives the sentence shown beside
//! the field and in the error summary, in Dutch and English.
//!
//! The pages validate when the user presses the button (design.md §3), never on blur.
//! Optional fields return `Ok(None)` when left empty.

use chrono::NaiveDate;

use crate::dates::{self, DateError, DateParts};
use crate::money::{Cents, Decimal, NumberError, MAX_MONTHLY};
/// 24 × 7: a week has no more hours.
pub const MAX_HOURS_PER_WEEK: i128 = 168;

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    /// Nothing entered in a required field.
    Empty,
    /// Not a number we can read.
    NotANumber,
    /// Not a date we can read (letters, a two-digit year, …).
    NotADate,
    /// A date that does not exist, such as 31-02-2026.
    ImpossibleDate,
    /// A date outside 1950-01-01..2099-12-31 (the core's one valid range).
    DateOutOfRange,
    /// An end date before the start date.
    EndBeforeStart,
    /// A negative amount or number.
    Negative,
    /// Zero where only a positive number makes sense.
    Zero,
    /// Above the sensible maximum; carries the maximum for the message.
    TooLarge { max: Cents },
    /// More than 168 hours a week.
    TooManyHours,
    /// A percentage outside 0..=100.
    PercentOutOfRange,
    /// A whole number was expected (e.g. weeks).
    NotWholeNumber,
    /// A whole number above its maximum.
    NumberTooLarge { max: u32 },
    /// The end date lies before 2020 (old transitievergoeding rules, not covered).
    Before2020,
    /// A period overlaps another one.
    Overlap,
    /// A period lies after the current contract.
    AfterCurrent,
    /// Something else the calculation could not accept.
    Invalid,
}

impl From<DateError> for FormError {
    fn from(e: DateError) -> FormError {
        match e {
            DateError::Empty => FormError::Empty,
            DateError::Format => FormError::NotADate,
            DateError::Impossible => FormError::ImpossibleDate,
            DateError::OutOfRange => FormError::DateOutOfRange,
        }
    }
}

/// When a whole date like `05-03-2026`, `5/3/2026` or `2026-03-05` is typed or pasted
/// into the day field, split it into the three parts. `None` when it is not a whole date
/// (then the day field keeps what was typed).
pub fn split_date_paste(s: &str) -> Option<DateParts> {
    let s = s.trim();
    let parts: Vec<&str> = s
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let (d, m, y) = match (parts.first(), parts.get(1), parts.get(2)) {
        (Some(a), Some(b), Some(c)) if a.len() == 4 => (*c, *b, *a),
        (Some(a), Some(b), Some(c)) if c.len() == 4 => (*a, *b, *c),
        _ => return None,
    };
    if d.len() > 2 || m.len() > 2 {
        return None;
    }
    Some(DateParts::new(d, m, y))
}

/// A required date from its three parts.
pub fn date(parts: &DateParts) -> Result<NaiveDate, FormError> {
    dates::parse_parts(&parts.day, &parts.month, &parts.year).map_err(FormError::from)
}

/// An optional date: all three parts empty gives `Ok(None)`.
pub fn optional_date(parts: &DateParts) -> Result<Option<NaiveDate>, FormError> {
    if parts.is_empty() {
        Ok(None)
    } else {
        date(parts).map(Some)
    }
}

/// A date typed in one field (`dd-mm-jjjj` or `jjjj-mm-dd`).
pub fn date_text(s: &str) -> Result<NaiveDate, FormError> {
    dates::parse_user(s).map_err(FormError::from)
}

/// `end` must not lie before `start`.
pub fn end_not_before_start(start: NaiveDate, end: NaiveDate) -> Result<(), FormError> {
    if end < start {
        Err(FormError::EndBeforeStart)
    } else {
        Ok(())
    }
}

fn number(s: &str) -> Result<Option<Decimal>, FormError> {
    match Decimal::parse_user(s) {
        Ok(d) => Ok(Some(d)),
        Err(NumberError::Empty) => Ok(None),
        Err(NumberError::Invalid) => Err(FormError::NotANumber),
        Err(NumberError::TooLarge) => Err(FormError::TooLarge { max: MAX_MONTHLY }),
    }
}

fn required<T>(v: Result<Option<T>, FormError>) -> Result<T, FormError> {
    v.and_then(|o| o.ok_or(FormError::Empty))
}

/// Compare a decimal with `limit × 10^-limit_scale` exactly (no floats).
fn above(d: Decimal, limit: i128, limit_scale: u32) -> bool {
    let scale = d.scale.max(limit_scale);
    let a = d
        .mantissa
        .checked_mul(10i128.saturating_pow(scale - d.scale));
    let b = limit.checked_mul(10i128.saturating_pow(scale - limit_scale));
    match (a, b) {
        (Some(a), Some(b)) => a > b,
        // Too many digits to compare: certainly above any sensible limit.
        _ => true,
    }
}

/// An optional amount of money, at most `max`. Empty gives `Ok(None)`.
/// Accepts `3.250,50`, `3250.50`, `€ 3.250` ([`Decimal::parse_user`]).
pub fn optional_money(s: &str, max: Cents) -> Result<Option<Decimal>, FormError> {
    let Some(d) = number(s)? else {
        return Ok(None);
    };
    if d.is_negative() {
        return Err(FormError::Negative);
    }
    if above(d, i128::from(max.0), 2) {
        return Err(FormError::TooLarge { max });
    }
    Ok(Some(d))
}

/// A required amount of money, more than zero and at most `max`.
pub fn money(s: &str, max: Cents) -> Result<Decimal, FormError> {
    let d = required(optional_money(s, max))?;
    if d.mantissa == 0 {
        return Err(FormError::Zero);
    }
    Ok(d)
}

/// A monthly amount: required, positive, at most € 1.000.000.
pub fn monthly_money(s: &str) -> Result<Decimal, FormError> {
    money(s, MAX_MONTHLY)
}

/// A percentage 0..=100. Empty gives `Ok(None)` (the caller uses its default).
pub fn optional_percentage(s: &str) -> Result<Option<Decimal>, FormError> {
    let s = s.trim().trim_end_matches('%');
    let Some(d) = number(s).map_err(|e| match e {
        FormError::TooLarge { .. } => FormError::PercentOutOfRange,
        other => other,
    })?
    else {
        return Ok(None);
    };
    if d.is_negative() || above(d, 100, 0) {
        return Err(FormError::PercentOutOfRange);
    }
    Ok(Some(d))
}

/// Hours per week: required, more than 0, at most 168.
pub fn hours_per_week(s: &str) -> Result<Decimal, FormError> {
    let d = required(number(s).map_err(|e| match e {
        FormError::TooLarge { .. } => FormError::TooManyHours,
        other => other,
    }))?;
    if d.is_negative() {
        return Err(FormError::Negative);
    }
    if d.mantissa == 0 {
        return Err(FormError::Zero);
    }
    if above(d, MAX_HOURS_PER_WEEK, 0) {
        return Err(FormError::TooManyHours);
    }
    Ok(d)
}

/// An optional whole number 0..=max (weeks). Empty gives `Ok(None)`.
pub fn optional_whole_number(s: &str, max: u32) -> Result<Option<u32>, FormError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = t.strip_prefix('-') {
        return if rest.trim().bytes().all(|b| b.is_ascii_digit()) && !rest.trim().is_empty() {
            Err(FormError::Negative)
        } else {
            Err(FormError::NotANumber)
        };
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return if number(t).is_ok() {
            Err(FormError::NotWholeNumber)
        } else {
            Err(FormError::NotANumber)
        };
    }
    match t.parse::<u32>() {
        Ok(n) if n <= max => Ok(Some(n)),
        _ => Err(FormError::NumberTooLarge { max }),
    }
}

/// A required whole number 0..=max.
pub fn whole_number(s: &str, max: u32) -> Result<u32, FormError> {
    required(optional_whole_number(s, max))
}

#[cfg(test)]
mod tests;

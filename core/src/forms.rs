//! Field-level validation for every form of the app: dates (three fields or one pasted
//! `dd-mm-jjjj`), money, percentages, hours and whole numbers. Each validator returns a
//! typed [`FormError`]; [`FormError::message`] gives the sentence shown beside the field
//! and in the error summary, in Dutch and English.
//!
//! The pages validate when the user presses the button (design.md §3), never on blur.
//! Optional fields return `Ok(None)` when left empty.

use chrono::NaiveDate;

use crate::dates::{self, DateError};
use crate::lang::Lang;
use crate::money::{Cents, Decimal, NumberError, MAX_MONTHLY};
use crate::text::format;
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

impl FormError {
    /// The sentence shown beside the field and in the error summary.
    pub fn message(self, lang: Lang) -> String {
        match lang {
            Lang::Nl => match self {
                FormError::Empty => "Vul dit in.".into(),
                FormError::NotANumber => "Vul een getal in, bijvoorbeeld 3.250,50.".into(),
                FormError::NotADate => "Vul een datum in als dag, maand en jaar, bijvoorbeeld 5 3 2026 of 05-03-2026.".into(),
                FormError::ImpossibleDate => "Deze datum bestaat niet. Controleer de dag en de maand.".into(),
                FormError::DateOutOfRange => format!(
                    "De datum moet tussen {} en {} liggen.",
                    dates::short(dates::min_date()),
                    dates::short(dates::max_date())
                ),
                FormError::EndBeforeStart => "Deze datum ligt vóór de begindatum. Vul een latere datum in.".into(),
                FormError::Negative => "Vul een bedrag of getal in dat niet negatief is.".into(),
                FormError::Zero => "Vul een getal in dat groter is dan 0.".into(),
                FormError::TooLarge { max } => format!(
                    "Dit is meer dan {}. Controleer of je geen cijfer te veel hebt getypt.",
                    format::amount_whole(max, lang)
                ),
                FormError::TooManyHours => "Een week heeft hoogstens 168 uur. Vul het aantal uren per week in.".into(),
                FormError::PercentOutOfRange => "Vul een percentage tussen 0 en 100 in.".into(),
                FormError::NotWholeNumber => "Vul een heel getal in, zonder komma.".into(),
                FormError::NumberTooLarge { max } => format!("Vul een getal van hoogstens {max} in."),
                FormError::Before2020 => "Deze datum ligt vóór 2020. Dan gelden de oude regels, en die berekent deze rekenhulp niet.".into(),
                FormError::Overlap => "Deze periode overlapt met een andere periode. Controleer de datums.".into(),
                FormError::AfterCurrent => "Dit eerdere contract moet vóór het huidige contract liggen.".into(),
                FormError::Invalid => "Deze waarde kunnen we niet gebruiken. Controleer wat je hebt ingevuld.".into(),
            },
            Lang::En => match self {
                FormError::Empty => "Enter this.".into(),
                FormError::NotANumber => "Enter a number, for example 3,250.50.".into(),
                FormError::NotADate => "Enter a date as day, month and year, for example 5 3 2026 or 05-03-2026.".into(),
                FormError::ImpossibleDate => "This date does not exist. Check the day and the month.".into(),
                FormError::DateOutOfRange => format!(
                    "The date must lie between {} and {}.",
                    dates::short(dates::min_date()),
                    dates::short(dates::max_date())
                ),
                FormError::EndBeforeStart => "This date lies before the start date. Enter a later date.".into(),
                FormError::Negative => "Enter an amount or number that is not negative.".into(),
                FormError::Zero => "Enter a number greater than 0.".into(),
                FormError::TooLarge { max } => format!(
                    "This is more than {}. Check that you did not type an extra digit.",
                    format::amount_whole(max, lang)
                ),
                FormError::TooManyHours => "A week has at most 168 hours. Enter the hours per week.".into(),
                FormError::PercentOutOfRange => "Enter a percentage between 0 and 100.".into(),
                FormError::NotWholeNumber => "Enter a whole number, without decimals.".into(),
                FormError::NumberTooLarge { max } => format!("Enter a number of at most {max}."),
                FormError::Before2020 => "This date lies before 2020. The old rules then apply, which this calculator does not cover.".into(),
                FormError::Overlap => "This period overlaps another period. Check the dates.".into(),
                FormError::AfterCurrent => "This earlier contract must lie before the current contract.".into(),
                FormError::Invalid => "We cannot use this value. Check what you entered.".into(),
            },
        }
    }
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
        let iso = dates::iso(d);
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

/// "Gelezen als € 3.250,50" / "Read as €3,250.50": what a money field read, or `None`
/// when nothing readable was typed. Amounts are shown to the cent.
pub fn read_as_money(s: &str, lang: Lang) -> Option<String> {
    let d = Decimal::parse_user(s).ok()?;
    let shown = format::amount(d.to_cents(), lang);
    Some(match lang {
        Lang::Nl => format!("Gelezen als {shown}"),
        Lang::En => format!("Read as {shown}"),
    })
}

/// "Gelezen als 38,5" / "Read as 38.5": what a number field read.
pub fn read_as_number(s: &str, lang: Lang) -> Option<String> {
    let d = Decimal::parse_user(s.trim().trim_end_matches('%')).ok()?;
    let shown = crate::text::format::decimal(d, lang);
    Some(match lang {
        Lang::Nl => format!("Gelezen als {shown}"),
        Lang::En => format!("Read as {shown}"),
    })
}

#[cfg(test)]
mod tests;

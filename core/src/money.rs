//! Money and exact decimals.
//!
//! Money is never a float. Amounts are integer euro cents ([`Cents`]). Inputs are parsed
//! exactly into a [`Decimal`] (an integer mantissa with a decimal scale) and turned into
//! cents only where the caller says so. Every rounding in Spoorwijzer goes through
//! [`div_round_half_away`]: round half away from zero (0,5 cent becomes 1 cent, −0,5
//! becomes −1). Calculations keep full precision in `i128` and round **once**, at the end;
//! each engine documents where that happens.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub};

/// Integer division rounding half away from zero. `den` must not be zero; a zero
/// denominator returns 0 instead of panicking.
pub fn div_round_half_away(num: i128, den: i128) -> i128 {
    if den == 0 {
        return 0;
    }
    let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
    let q = num / den;
    let r = num % den;
    if r.abs() * 2 >= den {
        if num < 0 {
            q - 1
        } else {
            q + 1
        }
    } else {
        q
    }
}

/// A whole number with `sep` between groups of three digits: `1234567` → `1.234.567`.
pub fn group_thousands(mut v: i128, sep: char) -> String {
    if v == 0 {
        return "0".into();
    }
    let mut groups = Vec::new();
    while v > 0 {
        groups.push(v % 1000);
        v /= 1000;
    }
    let mut out = String::new();
    for (i, g) in groups.iter().rev().enumerate() {
        if i == 0 {
            out.push_str(&g.to_string());
        } else {
            out.push(sep);
            out.push_str(&format!("{:03}", g));
        }
    }
    out
}

/// The most a monthly amount may be: € 1.000.000. One sanity bound for every form, the
/// interview's answers, the importer and the transitievergoeding engine: anything above
/// is almost surely a typing error.
pub const MAX_MONTHLY: Cents = Cents(100_000_000);

/// An amount in euro cents.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);

    /// Whole euros.
    pub const fn euros(e: i64) -> Cents {
        Cents(e * 100)
    }

    pub fn as_i128(self) -> i128 {
        self.0 as i128
    }

    /// Build from an i128 cent count, saturating at the i64 range.
    pub fn from_i128(v: i128) -> Cents {
        Cents(v.clamp(i64::MIN as i128, i64::MAX as i128) as i64)
    }

    /// The amount as a plain decimal string in euros with two decimals: `1234.56`.
    /// Used for JSON numbers and CSV cells.
    pub fn to_plain(self) -> String {
        self.written(|euros| euros.to_string(), '.')
    }

    /// The amount as a Dutch spreadsheet reads it: `1.234,56` (a dot between thousands, a
    /// decimal comma). Used for the cells of a `;`-separated CSV file, which is what Dutch
    /// spreadsheets write.
    pub fn to_plain_nl(self) -> String {
        self.written(|euros| group_thousands(euros, '.'), ',')
    }

    /// A minus sign when negative, the whole euros as `euros` writes them, `decimal`, and
    /// the two digits of the cents.
    fn written(self, euros: impl Fn(i128) -> String, decimal: char) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = (self.0 as i128).abs();
        format!("{sign}{}{decimal}{:02}", euros(abs / 100), abs % 100)
    }

    /// A JSON number in euros with two decimals (exact, through `arbitrary_precision`).
    pub fn to_json(self) -> serde_json::Value {
        match self.to_plain().parse::<serde_json::Number>() {
            Ok(n) => serde_json::Value::Number(n),
            Err(_) => serde_json::Value::String(self.to_plain()),
        }
    }

    /// Multiply by a fraction `num/den`, rounding half away from zero once.
    pub fn mul_frac(self, num: i128, den: i128) -> Cents {
        Cents::from_i128(div_round_half_away(self.as_i128() * num, den))
    }
}

/// The machine form, `1234.56` ([`Cents::to_plain`]). Amounts for people are written by
/// `crate::text::format::amount`.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents {
        Cents(self.0.saturating_add(o.0))
    }
}
impl AddAssign for Cents {
    fn add_assign(&mut self, o: Cents) {
        self.0 = self.0.saturating_add(o.0);
    }
}
impl Sub for Cents {
    type Output = Cents;
    fn sub(self, o: Cents) -> Cents {
        Cents(self.0.saturating_sub(o.0))
    }
}
impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(self.0.saturating_neg())
    }
}
impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, |a, b| a + b)
    }
}

/// An exact decimal number: `mantissa × 10^-scale`. Parsed from text without floats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

/// Why a number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NumberError {
    /// Nothing was entered.
    Empty,
    /// Not a number we can read.
    Invalid,
    /// Too many digits to be a sensible amount.
    TooLarge,
}

/// The largest scale we keep (more decimals are rejected as invalid).
pub const MAX_SCALE: u32 = 9;
const MAX_DIGITS: usize = 24;

impl Decimal {
    pub const fn new(mantissa: i128, scale: u32) -> Decimal {
        Decimal { mantissa, scale }
    }

    pub fn from_int(v: i64) -> Decimal {
        Decimal {
            mantissa: v as i128,
            scale: 0,
        }
    }

    /// Parse a plain machine number: optional sign, digits, optional `.` and digits, as in
    /// JSON (`3250.50`, `-1`, `8`). An exponent (`1e3`) is accepted when it keeps the value exact.
    pub fn parse_plain(s: &str) -> Result<Decimal, NumberError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(NumberError::Empty);
        }
        let (body, exp) = match s.find(['e', 'E']) {
            Some(i) => {
                let e: i32 = s[i + 1..].parse().map_err(|_| NumberError::Invalid)?;
                (&s[..i], e)
            }
            None => (s, 0),
        };
        let (neg, digits) = match body.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, body.strip_prefix('+').unwrap_or(body)),
        };
        let (int_part, frac_part) = match digits.split_once('.') {
            Some((a, b)) => (a, b),
            None => (digits, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(NumberError::Invalid);
        }
        if !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac_part.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(NumberError::Invalid);
        }
        let frac_trimmed = frac_part.trim_end_matches('0');
        let int_trimmed = int_part.trim_start_matches('0');
        if int_trimmed.len() + frac_trimmed.len() > MAX_DIGITS {
            return Err(NumberError::TooLarge);
        }
        let mut mantissa: i128 = 0;
        for b in int_trimmed.bytes().chain(frac_trimmed.bytes()) {
            mantissa = mantissa * 10 + (b - b'0') as i128;
        }
        let mut scale = frac_trimmed.len() as i32 - exp;
        while scale < 0 {
            mantissa = mantissa.checked_mul(10).ok_or(NumberError::TooLarge)?;
            scale += 1;
        }
        if scale as u32 > MAX_SCALE + 6 {
            return Err(NumberError::Invalid);
        }
        if mantissa.abs() > 10i128.pow(MAX_DIGITS as u32) {
            return Err(NumberError::TooLarge);
        }
        Ok(Decimal {
            mantissa: if neg { -mantissa } else { mantissa },
            scale: scale as u32,
        })
    }

    /// Parse what a person typed: `3.250,50`, `3250.50`, `€ 3.250`, `3250,5`, `1 234,56`.
    ///
    /// Rules, Dutch first:
    /// - `€`, `EUR`, spaces and non-breaking spaces are ignored;
    /// - with both `.` and `,`, the last one is the decimal separator;
    /// - with only commas: one comma is the decimal separator (`3,5` = 3,50), several are
    ///   thousands separators;
    /// - with only dots: one dot followed by exactly three digits is a thousands separator
    ///   (`3.250` = 3250, as written in Dutch), otherwise it is the decimal point.
    ///
    /// The pages always show what was read, so an ambiguous entry is visible to the user.
    pub fn parse_user(s: &str) -> Result<Decimal, NumberError> {
        let cleaned: String = s
            .trim()
            .trim_start_matches("EUR")
            .trim_end_matches("EUR")
            .chars()
            .filter(|c| !matches!(c, '€' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
            .collect();
        let cleaned = cleaned.replace('\u{2212}', "-");
        if cleaned.is_empty() {
            return Err(NumberError::Empty);
        }
        let has_dot = cleaned.contains('.');
        let has_comma = cleaned.contains(',');
        let normal = if has_dot && has_comma {
            let last_dot = cleaned.rfind('.').unwrap_or(0);
            let last_comma = cleaned.rfind(',').unwrap_or(0);
            if last_comma > last_dot {
                cleaned.replace('.', "").replace(',', ".")
            } else {
                cleaned.replace(',', "")
            }
        } else if has_comma {
            if cleaned.matches(',').count() == 1 {
                cleaned.replace(',', ".")
            } else {
                cleaned.replace(',', "")
            }
        } else if has_dot {
            let n = cleaned.matches('.').count();
            let after = cleaned.rsplit('.').next().unwrap_or("");
            if n > 1 || (after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit())) {
                cleaned.replace('.', "")
            } else {
                cleaned
            }
        } else {
            cleaned
        };
        // Thousands groups must be well formed: reject things like "1..2".
        if normal.is_empty() || normal.starts_with('e') || normal.contains(['e', 'E']) {
            return Err(NumberError::Invalid);
        }
        Decimal::parse_plain(&normal)
    }

    /// The value rounded to `scale` decimals, half away from zero, as an integer count of
    /// 10^-scale units.
    pub fn round_to(self, scale: u32) -> i128 {
        if scale >= self.scale {
            let f = 10i128.saturating_pow(scale - self.scale);
            self.mantissa.saturating_mul(f)
        } else {
            div_round_half_away(self.mantissa, 10i128.pow(self.scale - scale))
        }
    }

    /// The value in cents, rounded half away from zero.
    pub fn to_cents(self) -> Cents {
        Cents::from_i128(self.round_to(2))
    }

    pub fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// A plain decimal string, e.g. `38.5`.
    pub fn to_plain(self) -> String {
        if self.scale == 0 {
            return self.mantissa.to_string();
        }
        let neg = self.mantissa < 0;
        let abs = self.mantissa.abs();
        let f = 10i128.pow(self.scale);
        let frac = format!("{:0width$}", abs % f, width = self.scale as usize);
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            format!("{}{}", if neg { "-" } else { "" }, abs / f)
        } else {
            format!("{}{}.{}", if neg { "-" } else { "" }, abs / f, frac)
        }
    }
}

/// Read a JSON value as an exact decimal: a number (kept exact by serde_json's
/// `arbitrary_precision`) or a string in either plain or Dutch notation.
pub fn decimal_from_json(v: &serde_json::Value) -> Result<Decimal, NumberError> {
    match v {
        serde_json::Value::Number(n) => Decimal::parse_plain(&n.to_string()),
        serde_json::Value::String(s) => Decimal::parse_plain(s).or_else(|_| Decimal::parse_user(s)),
        serde_json::Value::Null => Err(NumberError::Empty),
        _ => Err(NumberError::Invalid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(div_round_half_away(5, 10), 1);
        assert_eq!(div_round_half_away(4, 10), 0);
        assert_eq!(div_round_half_away(-5, 10), -1);
        assert_eq!(div_round_half_away(-4, 10), 0);
        assert_eq!(div_round_half_away(15, 10), 2);
        assert_eq!(div_round_half_away(25, 10), 3);
        assert_eq!(div_round_half_away(7, -2), -4);
        assert_eq!(div_round_half_away(1, 0), 0);
    }

    #[test]
    fn plain_form() {
        assert_eq!(Cents(123456).to_plain(), "1234.56");
        assert_eq!(Cents(-7).to_plain(), "-0.07");
        assert_eq!(Cents(123456).to_plain_nl(), "1.234,56");
        assert_eq!(Cents(1_020_000_000).to_plain_nl(), "10.200.000,00");
        assert_eq!(Cents(99).to_plain_nl(), "0,99");
        assert_eq!(Cents(-123456).to_plain_nl(), "-1.234,56");
        // It reads back as the same amount.
        assert_eq!(
            Decimal::parse_user("10.200.000,00").map(|d| d.to_cents()),
            Ok(Cents(1_020_000_000))
        );
    }

    #[test]
    fn parses_user_money() {
        let c = |s: &str| Decimal::parse_user(s).map(|d| d.to_cents());
        assert_eq!(c("3.250,50"), Ok(Cents(325050)));
        assert_eq!(c("3250.50"), Ok(Cents(325050)));
        assert_eq!(c("€ 3.250"), Ok(Cents(325000)));
        assert_eq!(c("3250,5"), Ok(Cents(325050)));
        assert_eq!(c("1 234,56"), Ok(Cents(123456)));
        assert_eq!(c("1,234.56"), Ok(Cents(123456)));
        assert_eq!(c("1.234.567"), Ok(Cents(123456700)));
        assert_eq!(c("EUR 12"), Ok(Cents(1200)));
        assert_eq!(c("0,005"), Ok(Cents(1)));
        assert_eq!(c(""), Err(NumberError::Empty));
        assert_eq!(c("€"), Err(NumberError::Empty));
        assert_eq!(c("abc"), Err(NumberError::Invalid));
        assert_eq!(c("12a"), Err(NumberError::Invalid));
        assert_eq!(c("1e5"), Err(NumberError::Invalid));
        assert_eq!(
            c("99999999999999999999999999999"),
            Err(NumberError::TooLarge)
        );
    }

    #[test]
    fn parses_plain_numbers_exactly() {
        assert_eq!(Decimal::parse_plain("3250.50"), Ok(Decimal::new(32505, 1)));
        assert_eq!(Decimal::parse_plain("8"), Ok(Decimal::new(8, 0)));
        assert_eq!(
            Decimal::parse_plain("-0.5").map(|d| d.to_cents()),
            Ok(Cents(-50))
        );
        assert_eq!(
            Decimal::parse_plain("1e3").map(|d| d.to_cents()),
            Ok(Cents(100000))
        );
        assert_eq!(
            Decimal::parse_plain("0.125").map(|d| d.to_cents()),
            Ok(Cents(13))
        );
        assert_eq!(
            Decimal::parse_plain("-0.125").map(|d| d.to_cents()),
            Ok(Cents(-13))
        );
        assert_eq!(Decimal::parse_plain("1.2.3"), Err(NumberError::Invalid));
        assert_eq!(Decimal::parse_plain("."), Err(NumberError::Invalid));
        assert_eq!(Decimal::new(385, 1).to_plain(), "38.5");
        assert_eq!(Decimal::new(800, 2).to_plain(), "8");
    }

    #[test]
    fn json_numbers_never_pass_through_f64() {
        // As an f64, 1.005 is 1.00499999999999989..., which would round down to 1.00.
        let v: serde_json::Value = serde_json::from_str("{\"a\": 1.005}").unwrap();
        let d = decimal_from_json(&v["a"]).unwrap();
        assert_eq!(d.to_cents(), Cents(101));
        let v: serde_json::Value = serde_json::from_str("{\"a\": 12345678901234567.89}").unwrap();
        assert_eq!(
            decimal_from_json(&v["a"]).unwrap().to_cents(),
            Cents(1234567890123456789)
        );
        assert_eq!(Cents(123).to_json().to_string(), "1.23");
    }

    proptest::proptest! {
        #[test]
        fn parse_user_never_panics(s in "\\PC{0,40}") {
            let _ = Decimal::parse_user(&s);
            let _ = Decimal::parse_plain(&s);
        }

        #[test]
        fn formatting_round_trips(c in -10_000_000_000i64..10_000_000_000i64) {
            let plain = Cents(c).to_plain();
            proptest::prop_assert_eq!(Decimal::parse_plain(&plain).unwrap().to_cents(), Cents(c));
        }
    }
}

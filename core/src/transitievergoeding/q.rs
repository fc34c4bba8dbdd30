//! Exact rational arithmetic on euro cents, for the one place where rounding happens.
//!
//! Every intermediate amount of the transitievergoeding is a fraction `n / d` of cents
//! with `i128` parts, reduced by their gcd after each step. Overflow is reported, never
//! a panic. Turning a value into [`Cents`] is the only rounding, half away from zero
//! ([`div_round_half_away`]), and it is done once per shown amount, at the end.

use std::cmp::Ordering;

use crate::money::{div_round_half_away, Cents, Decimal};

/// The calculation overflowed `i128` (only possible with absurdly precise inputs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

/// A non-normalised fraction of cents, `n / d` with `d > 0` (named apart from the
/// `QuestionId as Q` alias of the flow code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    n: i128,
    d: i128,
}

/// Greatest common divisor, never 0 (1 instead), computed on unsigned values so that
/// `i128::MIN` cannot overflow.
fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    match i128::try_from(a) {
        Ok(0) | Err(_) => 1,
        Ok(g) => g,
    }
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { n: 0, d: 1 };

    pub fn int(n: i128) -> Ratio {
        Ratio { n, d: 1 }
    }

    pub fn new(n: i128, d: i128) -> Result<Ratio, Overflow> {
        if d == 0 {
            return Err(Overflow);
        }
        let (n, d) = if d < 0 {
            (
                n.checked_neg().ok_or(Overflow)?,
                d.checked_neg().ok_or(Overflow)?,
            )
        } else {
            (n, d)
        };
        let g = gcd(n, d);
        Ok(Ratio { n: n / g, d: d / g })
    }

    pub fn cents(c: Cents) -> Ratio {
        Ratio::int(c.as_i128())
    }

    /// A decimal number of euros, as cents.
    pub fn euros(v: Decimal) -> Result<Ratio, Overflow> {
        let den = 10i128.checked_pow(v.scale).ok_or(Overflow)?;
        Ratio::new(v.mantissa.checked_mul(100).ok_or(Overflow)?, den)
    }

    /// A plain decimal number (hours, percentages, fractions), not money.
    pub fn number(v: Decimal) -> Result<Ratio, Overflow> {
        let den = 10i128.checked_pow(v.scale).ok_or(Overflow)?;
        Ratio::new(v.mantissa, den)
    }

    pub fn plus(self, o: Ratio) -> Result<Ratio, Overflow> {
        let g = gcd(self.d, o.d);
        let d = (self.d / g).checked_mul(o.d).ok_or(Overflow)?;
        let a = self.n.checked_mul(o.d / g).ok_or(Overflow)?;
        let b = o.n.checked_mul(self.d / g).ok_or(Overflow)?;
        Ratio::new(a.checked_add(b).ok_or(Overflow)?, d)
    }

    pub fn minus(self, o: Ratio) -> Result<Ratio, Overflow> {
        self.plus(Ratio {
            n: o.n.checked_neg().ok_or(Overflow)?,
            d: o.d,
        })
    }

    pub fn times(self, o: Ratio) -> Result<Ratio, Overflow> {
        let g1 = gcd(self.n, o.d);
        let g2 = gcd(o.n, self.d);
        let n = (self.n / g1).checked_mul(o.n / g2).ok_or(Overflow)?;
        let d = (self.d / g2).checked_mul(o.d / g1).ok_or(Overflow)?;
        Ratio::new(n, d)
    }

    /// Multiply by `num / den` (small integers).
    pub fn scale(self, num: i128, den: i128) -> Result<Ratio, Overflow> {
        self.times(Ratio::new(num, den)?)
    }

    pub fn is_negative(self) -> bool {
        self.n < 0
    }

    pub fn is_zero(self) -> bool {
        self.n == 0
    }

    pub fn cmp_q(self, o: Ratio) -> Result<Ordering, Overflow> {
        let a = self.n.checked_mul(o.d).ok_or(Overflow)?;
        let b = o.n.checked_mul(self.d).ok_or(Overflow)?;
        Ok(a.cmp(&b))
    }

    pub fn min_q(self, o: Ratio) -> Result<Ratio, Overflow> {
        Ok(if self.cmp_q(o)? == Ordering::Greater {
            o
        } else {
            self
        })
    }

    pub fn max_q(self, o: Ratio) -> Result<Ratio, Overflow> {
        Ok(if self.cmp_q(o)? == Ordering::Less {
            o
        } else {
            self
        })
    }

    /// The one rounding: to whole cents, half away from zero.
    pub fn round(self) -> Cents {
        Cents::from_i128(div_round_half_away(self.n, self.d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_thirds_round_once() {
        // 3000 euros / 36 = 83.333.. euros -> 8333 cents
        let m = Ratio::euros(Decimal::new(3000, 0)).unwrap();
        assert_eq!(m.scale(1, 36).unwrap().round(), Cents(8333));
        // 1/3 + 1/3 + 1/3 of 1 cent is exactly 1 cent; rounding each part would give 0.
        let third = Ratio::new(1, 3).unwrap();
        let sum = third.plus(third).unwrap().plus(third).unwrap();
        assert_eq!(sum.round(), Cents(1));
        assert_eq!(third.round(), Cents(0));
        assert_eq!(Ratio::new(1, 2).unwrap().round(), Cents(1));
        assert_eq!(Ratio::new(-1, 2).unwrap().round(), Cents(-1));
        assert_eq!(Ratio::new(1, 0), Err(Overflow));
        assert_eq!(Ratio::int(i128::MAX).plus(Ratio::int(1)), Err(Overflow));
    }
}

//! Cap stage: the statutory cap of the year of the end date, or 12 × M when that is
//! higher (docs/law/transitievergoeding.md#the-cap), the pro-rata share of a partial
//! dismissal, and the marks for a cap that is an estimate.

use chrono::NaiveDate;

use super::explain::{Line, Uncertainty};
use super::q::Ratio;
use super::{gt, ov, ErrorKind, Field, Staged, TvError, TvInput};
use crate::money::Decimal;
use crate::params;

/// The mark for a cap that is an estimate or could not be checked (`None` for a
/// published cap). `on_amount` and `on_xella` say whether the statutory figure limits
/// that amount (the amount before the cap is above it): only then can the real figure
/// change it, because caps only rise and an estimate carries the last one forward.
fn cap_mark(cap: &params::ParamValue, on_amount: bool, on_xella: bool) -> Option<Uncertainty> {
    if !cap.is_uncertain() {
        return None;
    }
    Some(Uncertainty::Cap {
        year: chrono::Datelike::year(&cap.period_from),
        value: cap.value,
        certainty: cap.certainty,
        on_amount,
        on_xella,
    })
}

/// Add a mark to `marks`. One cap mark per year: a second use of the same year's cap
/// widens what the first mark affects.
pub(super) fn add_mark(marks: &mut Vec<Uncertainty>, mark: Uncertainty) {
    if let Uncertainty::Cap {
        year,
        on_amount,
        on_xella,
        ..
    } = mark
    {
        for u in marks.iter_mut() {
            if let Uncertainty::Cap {
                year: y,
                on_amount: a,
                on_xella: x,
                ..
            } = u
            {
                if *y == year {
                    *a |= on_amount;
                    *x |= on_xella;
                    return;
                }
            }
        }
    }
    marks.push(mark);
}

/// What the cap stage gives.
pub(super) struct Capped {
    pub cap_year: i32,
    /// 12 × M.
    pub annual: Ratio,
    pub cap: Ratio,
    pub cap_is_annual_wage: bool,
    pub capped: bool,
    /// After the cap and after the pro-rata share of a partial dismissal.
    pub amount: Ratio,
}

/// The cap stage: cap the `official` amount by the year of the end date, or 12 × M when
/// higher, then take the share `fraction` of a partial dismissal. The table never
/// refuses a year: an unpublished cap is an estimate, marked next to the amounts it
/// changes.
pub(super) fn stage(
    input: &TvInput,
    m: Ratio,
    official: Ratio,
    fraction: Option<Ratio>,
) -> Result<Staged<Capped>, TvError> {
    let o = ov(Field::Input);
    let mut lines = Vec::new();
    let mut marks = Vec::new();
    let cap_row = params::tv_cap_for_end_date(input.end_date)
        .ok_or(TvError::new(Field::EndDate, ErrorKind::Before2020))?;
    let cap_year = chrono::Datelike::year(&input.end_date);
    let statutory_cap = Ratio::cents(cap_row.value);
    let annual = m.scale(12, 1).map_err(&o)?;
    let cap_is_annual_wage = gt(annual, statutory_cap);
    let cap = statutory_cap.max_q(annual).map_err(&o)?;
    let capped = gt(official, cap);
    let mut amount = official.min_q(cap).map_err(&o)?;
    lines.push(Line::Cap {
        year: cap_year,
        statutory: cap_row.value,
        annual_wage: annual.round(),
        cap: cap.round(),
        uses_annual_wage: cap_is_annual_wage,
    });
    marks.extend(cap_mark(&cap_row, gt(official, statutory_cap), false));
    if cap_is_annual_wage {
        marks.push(Uncertainty::AnnualWageDefinition);
    }
    lines.push(Line::CapResult {
        capped,
        amount: amount.round(),
    });

    if let Some(f) = fraction {
        amount = amount.times(f).map_err(&o)?;
        lines.push(Line::PartialShare {
            fraction: input
                .partial_dismissal_fraction
                .unwrap_or(Decimal::from_int(1)),
            amount: amount.round(),
        });
        marks.push(Uncertainty::PartialCapOrder);
    }
    Ok(Staged {
        value: Capped {
            cap_year,
            annual,
            cap,
            cap_is_annual_wage,
            capped,
            amount,
        },
        lines,
        marks,
    })
}

/// The `official` amount at the end of the wachttijd `wachttijd_end`, capped by that
/// year's cap or the `annual` wage when higher, then the share `fraction` of a partial
/// dismissal. Its mark (if any) says when the statutory figure limits the Xella amount.
pub(super) fn at_wachttijd_end(
    wachttijd_end: NaiveDate,
    official: Ratio,
    annual: Ratio,
    fraction: Option<Ratio>,
) -> Result<Staged<Ratio>, TvError> {
    let o = ov(Field::Input);
    let cap_b = params::tv_cap_for_end_date(wachttijd_end)
        .ok_or(TvError::new(Field::FirstSickDay, ErrorKind::Before2020))?;
    let marks = cap_mark(&cap_b, false, gt(official, Ratio::cents(cap_b.value)))
        .into_iter()
        .collect();
    let cap_bq = Ratio::cents(cap_b.value).max_q(annual).map_err(&o)?;
    let mut xb = official.min_q(cap_bq).map_err(&o)?;
    if let Some(f) = fraction {
        xb = xb.times(f).map_err(&o)?;
    }
    Ok(Staged {
        value: xb,
        lines: Vec::new(),
        marks,
    })
}

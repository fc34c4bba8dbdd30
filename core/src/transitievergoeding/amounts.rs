//! Service stage: which earlier contracts count, the split of the service, and the
//! official and days/365 amounts before the cap.

use chrono::NaiveDate;

use super::explain::{Line, Uncertainty};
use super::q::Ratio;
use super::service::{self, Period};
use super::{ov, ErrorKind, Field, Staged, TvError, TvInput};

/// Service split and the exact official and days/365 amounts for a set of periods
/// ending with `current`.
pub(super) struct Amounts {
    pub whole_months: u32,
    pub days: u32,
    pub official: Ratio,
    pub days_method: Ratio,
    /// Loose-day lines for the explanation: (first loose day, days, divisor, E).
    pub loose: Vec<(NaiveDate, u32, u32, Ratio)>,
}

pub(super) fn amounts(
    m: Ratio,
    current: Period,
    earlier: &[Period],
    remainder_override: Option<Ratio>,
) -> Result<Amounts, TvError> {
    let o = ov(Field::Input);
    let mut whole_months: u32 = 0;
    let mut days: u32 = 0;
    // Everything in units of M/36: months count 1 each, loose days days/divisor each.
    let mut official_units = Ratio::ZERO;
    let mut days_method = Ratio::ZERO;
    let mut loose = Vec::new();
    let mut official_extra = Ratio::ZERO;
    let all = earlier.iter().copied().chain(std::iter::once(current));
    let n_earlier = earlier.len();
    for (i, p) in all.enumerate() {
        let s = service::split(p.start, p.end)
            .ok_or(TvError::new(Field::EndDate, ErrorKind::EndBeforeStart))?;
        whole_months = whole_months.saturating_add(s.whole_months);
        days = days.saturating_add(s.days);
        let is_current = i == n_earlier;
        let years_units = Ratio::int(i128::from(s.years()) * 12);
        let rest_units = Ratio::int(i128::from(s.months()))
            .plus(Ratio::new(i128::from(s.days), i128::from(s.divisor)).map_err(&o)?)
            .map_err(&o)?;
        match (is_current, remainder_override) {
            (true, Some(e)) => {
                official_units = official_units.plus(years_units).map_err(&o)?;
                official_extra = e.scale(1, 36).map_err(&o)?;
            }
            _ => {
                official_units = official_units
                    .plus(years_units)
                    .and_then(|x| x.plus(rest_units))
                    .map_err(&o)?;
            }
        }
        if s.days > 0 {
            let e = m
                .times(Ratio::new(i128::from(s.days), i128::from(s.divisor)).map_err(&o)?)
                .map_err(&o)?;
            loose.push((s.loose_from, s.days, s.divisor, e));
        }
        // days/365 method: years × M/3 + months × M/36 + days × M/1095.
        let dm = m
            .scale(i128::from(s.years()), 3)
            .and_then(|a| m.scale(i128::from(s.months()), 36).and_then(|b| a.plus(b)))
            .and_then(|a| m.scale(i128::from(s.days), 1095).and_then(|b| a.plus(b)))
            .map_err(&o)?;
        days_method = days_method.plus(dm).map_err(&o)?;
    }
    let official = m
        .times(official_units)
        .and_then(|x| x.scale(1, 36))
        .and_then(|x| x.plus(official_extra))
        .map_err(&o)?;
    Ok(Amounts {
        whole_months,
        days,
        official,
        days_method,
        loose,
    })
}

/// Each earlier contract with whether it counts towards the contract `current` (the
/// chain of art. 7:673 lid 4 sub b BW, see [`service::chain`]).
pub(super) fn chained(current: Period, earlier: &[Period]) -> Vec<(Period, bool)> {
    earlier
        .iter()
        .copied()
        .zip(service::chain(current, earlier))
        .collect()
}

/// The earlier contracts that count.
pub(super) fn counted(chained: &[(Period, bool)]) -> Vec<Period> {
    chained
        .iter()
        .filter(|(_, c)| *c)
        .map(|(p, _)| *p)
        .collect()
}

/// What the service stage gives.
pub(super) struct ServiceAmounts {
    /// Each earlier contract with whether it counts.
    pub counted_earlier: Vec<(Period, bool)>,
    pub amounts: Amounts,
    pub years: u32,
    pub months: u32,
}

/// The service stage: the chain, the split and the amounts of the official method (with
/// `remainder` as `E` when given) and of the days/365 cross-check.
pub(super) fn stage(
    input: &TvInput,
    m: Ratio,
    remainder: Option<Ratio>,
) -> Result<Staged<ServiceAmounts>, TvError> {
    let o = ov(Field::Input);
    let mut lines = Vec::new();
    let mut marks = Vec::new();
    let current = Period {
        start: input.start_date,
        end: input.end_date,
    };
    let counted_earlier = chained(current, &input.earlier_contracts);
    let counted = counted(&counted_earlier);
    for (p, c) in &counted_earlier {
        lines.push(Line::EarlierContract {
            start: p.start,
            end: p.end,
            counts: *c,
        });
    }
    if !counted.is_empty() {
        marks.push(Uncertainty::ChainGapsExcluded);
    }
    let a = amounts(m, current, &counted, remainder)?;
    let years = a.whole_months / 12;
    let months = a.whole_months % 12;
    lines.push(Line::Service {
        start: input.start_date,
        end: input.end_date,
        years,
        months,
        days: a.days,
    });
    lines.push(Line::YearsPart {
        years,
        amount: m.scale(i128::from(years), 3).map_err(&o)?.round(),
    });
    match remainder {
        Some(e) => lines.push(Line::RemainderGiven {
            earned: e.round(),
            amount: e.scale(1, 36).map_err(&o)?.round(),
        }),
        None => {
            lines.push(Line::MonthsPart {
                months,
                amount: m.scale(i128::from(months), 36).map_err(&o)?.round(),
            });
            for (from, days, divisor, e) in &a.loose {
                lines.push(Line::LooseDays {
                    from: *from,
                    days: *days,
                    divisor: *divisor,
                    earned: e.round(),
                    amount: e.scale(1, 36).map_err(&o)?.round(),
                });
            }
        }
    }
    lines.push(Line::OfficialTotal {
        amount: a.official.round(),
    });
    lines.push(Line::DaysMethod {
        amount: a.days_method.round(),
    });
    Ok(Staged {
        value: ServiceAmounts {
            counted_earlier,
            amounts: a,
            years,
            months,
        },
        lines,
        marks,
    })
}

//! The geometry of the income chart: stacked bars per month, in SVG user units. Pure
//! integer arithmetic (no floats), so it is tested natively and the Yew component only
//! draws what this returns.

use super::{Projection, Source};
use crate::money::Cents;

/// The SVG `viewBox` size.
pub const WIDTH: i64 = 960;
pub const HEIGHT: i64 = 360;
const LEFT: i64 = 88;
const RIGHT: i64 = 16;
const TOP: i64 = 16;
const BOTTOM: i64 = 56;

/// One stacked segment: month, source and amount, with its rectangle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    pub month: u32,
    pub source: Source,
    pub cents: Cents,
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
}

/// Everything the chart draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartLayout {
    pub width: i64,
    pub height: i64,
    pub plot_left: i64,
    pub plot_top: i64,
    pub plot_width: i64,
    pub plot_height: i64,
    /// The value at the top of the axis.
    pub max: Cents,
    /// Horizontal grid lines: y position and value.
    pub y_ticks: Vec<(i64, Cents)>,
    /// Month labels: x position (centre of the bar) and month number.
    pub x_ticks: Vec<(i64, u32)>,
    pub bars: Vec<Bar>,
}

/// A round step for the axis: the smallest of 1, 2, 2.5 or 5 × 10^k euros that gives at
/// most five steps.
fn nice_step(max_cents: i128) -> i128 {
    let mut unit: i128 = 100; // € 1
    loop {
        for m in [100, 200, 250, 500] {
            let step = unit * m / 100;
            if step * 5 >= max_cents {
                return step;
            }
        }
        unit = unit.saturating_mul(10);
        if unit > i128::MAX / 1000 {
            return unit;
        }
    }
}

/// Lay out the bars of a projection.
pub fn layout(p: &Projection) -> ChartLayout {
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let bottom = TOP + plot_height;
    let n = p.months.len().max(1) as i64;
    let top_value = p
        .months
        .iter()
        .map(|m| m.total.as_i128())
        .max()
        .unwrap_or(0)
        .max(100_000); // at least € 1.000, so an empty chart still has an axis
    let step = nice_step(top_value);
    let steps = (top_value + step - 1) / step;
    let max = step * steps.max(1);
    let y_of = |cents: i128| -> i64 { bottom - (cents * plot_height as i128 / max) as i64 };
    let slot = |i: i64| LEFT + i * plot_width / n;
    let bar_width = ((plot_width * 8) / (n * 10)).max(1);
    let mut bars = Vec::new();
    for (i, m) in p.months.iter().enumerate() {
        let x0 = slot(i as i64);
        let x1 = slot(i as i64 + 1);
        let x = x0 + ((x1 - x0) - bar_width).max(0) / 2;
        let mut cum: i128 = 0;
        for s in Source::ALL {
            let c = m.amount(s);
            if c <= Cents::ZERO {
                continue;
            }
            let y_low = y_of(cum);
            cum += c.as_i128();
            let y_high = y_of(cum);
            bars.push(Bar {
                month: m.index,
                source: s,
                cents: c,
                x,
                y: y_high,
                width: bar_width,
                height: y_low - y_high,
            });
        }
    }
    let y_ticks = (0..=steps.max(1))
        .map(|k| (y_of(k * step), Cents::from_i128(k * step)))
        .collect();
    let x_ticks = p
        .months
        .iter()
        .enumerate()
        .filter(|(_, m)| m.index == 1 || m.index % 12 == 0)
        .map(|(i, m)| ((slot(i as i64) + slot(i as i64 + 1)) / 2, m.index))
        .collect();
    ChartLayout {
        width: WIDTH,
        height: HEIGHT,
        plot_left: LEFT,
        plot_top: TOP,
        plot_width,
        plot_height,
        max: Cents::from_i128(max),
        y_ticks,
        x_ticks,
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::{
        project, AoClass, Cover, IllnessPay, IncomeInput, Scenario, WiaWork, Worker,
    };
    use chrono::NaiveDate;

    fn sample() -> Projection {
        let input = IncomeInput {
            annual_wage: Cents::euros(48_000),
            scenario: Scenario::Sickness {
                first_sick_day: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            },
            born: None,
            illness_pay: IllnessPay::Legal,
            ao: AoClass::Ao55To65,
            work_years: 12,
            wia_work: WiaWork::None,
            cover: Cover::Basic,
            worker: Worker::Employee,
            today: None,
            hours_per_week: None,
            contract_end: None,
        };
        project(&input).unwrap().low
    }

    #[test]
    fn steps_are_round() {
        // € 3.000 → steps of € 1.000 (3 steps); € 2.800 → € 1.000; € 300 → € 100.
        assert_eq!(nice_step(300_000), 100_000);
        assert_eq!(nice_step(280_000), 100_000);
        assert_eq!(nice_step(30_000), 10_000);
        assert_eq!(nice_step(1_100_000), 250_000);
    }

    #[test]
    fn bars_stack_inside_the_plot_and_match_the_months() {
        let p = sample();
        let l = layout(&p);
        // Max total is € 3.000 (LGU 75%): axis to € 3.000 in steps of € 1.000.
        assert_eq!(l.max, Cents(300_000));
        assert_eq!(l.y_ticks.len(), 4);
        let nonzero: usize = p
            .months
            .iter()
            .map(|m| m.amounts.iter().filter(|a| **a > Cents::ZERO).count())
            .sum();
        assert_eq!(l.bars.len(), nonzero);
        for b in &l.bars {
            assert!(b.y >= l.plot_top && b.y + b.height <= l.plot_top + l.plot_height);
            assert!(b.x >= l.plot_left && b.x + b.width <= l.plot_left + l.plot_width);
            let m = p.months.iter().find(|m| m.index == b.month).unwrap();
            assert_eq!(m.amount(b.source), b.cents);
        }
        // A full bar of € 3.000 reaches the top: month 25.
        let top: i64 = l
            .bars
            .iter()
            .filter(|b| b.month == 25)
            .map(|b| b.y)
            .min()
            .unwrap();
        assert_eq!(top, l.plot_top);
        assert_eq!(
            l.x_ticks.iter().map(|t| t.1).collect::<Vec<_>>(),
            vec![1, 12, 24, 36, 48, 60]
        );
    }
}

//! Durations and dates: the benefit durations, the notice period, the phases of a
//! scenario as dated segments, and the horizon of the projection.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{
    AoClass, AowInfo, IncomeInput, NoticeInfo, PhaseKind, Scenario, WiaWork, Worker,
    HORIZON_MONTHS, MAX_WORK_YEARS,
};
use crate::aow::{self, AowDate};

pub(super) fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}
pub(super) fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
}

/// The duration of the WW and the WGA-LGU in half months: 1 month per year for the
/// first 10 years, ½ month per year after that, at least 3 and at most 24 months
/// (art. 42 WW, art. 59 WIA; docs/law/inkomen.md#ww).
pub fn benefit_half_months(work_years: u32) -> u32 {
    let y = work_years.min(MAX_WORK_YEARS);
    let h = 2 * y.min(10) + y.saturating_sub(10);
    h.clamp(6, 48)
}

/// The end (exclusive) of a benefit of `half_months` starting on `start`: whole months
/// by the calendar, and a half month as 15 days.
pub fn benefit_end(start: NaiveDate, half_months: u32) -> NaiveDate {
    let whole = add_months(start, half_months / 2);
    if half_months % 2 == 1 {
        add_days(whole, 15)
    } else {
        whole
    }
}

/// The opzegtermijn by length of service on the notice date (art. 7:672 lid 2 BW):
/// under 5 years 1 month, 5–10 years 2, 10–15 years 3, 15 years or more 4.
pub fn notice_months(service_years: u32) -> u32 {
    match service_years {
        0..=4 => 1,
        5..=9 => 2,
        10..=14 => 3,
        _ => 4,
    }
}

/// Whole years of service from `start` to `on`.
pub fn whole_years(start: NaiveDate, on: NaiveDate) -> u32 {
    if on < start {
        return 0;
    }
    let mut y = (on.year() - start.year()).max(0) as u32;
    while y > 0 && add_months(start, y * 12) > on {
        y -= 1;
    }
    y
}

/// The last day of the month containing `d`.
fn month_end(d: NaiveDate) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d);
    add_months(first, 1).pred_opt().unwrap_or(d)
}

/// The notice period: the contract ends at the end of the month in which the notice
/// period runs out (art. 7:672 lid 1 BW, notice "tegen het einde van de maand"); the
/// WW starts the next day.
pub fn notice(notice_date: NaiveDate, employment_start: NaiveDate) -> NoticeInfo {
    let service_years = whole_years(employment_start, notice_date);
    let months = notice_months(service_years);
    let contract_end = month_end(add_months(notice_date, months));
    NoticeInfo {
        service_years,
        months,
        contract_end,
        ww_start: add_days(contract_end, 1),
    }
}

pub(super) type Segment = (PhaseKind, NaiveDate, Option<u32>);

fn ww_segments(start: NaiveDate, work_years: u32) -> Vec<Segment> {
    let end = benefit_end(start, benefit_half_months(work_years));
    vec![
        (PhaseKind::Ww75, start, Some(7_500)),
        (PhaseKind::Ww70, add_months(start, 2), Some(7_000)),
        (PhaseKind::AfterWw, end, None),
    ]
}

pub(super) fn segments(input: &IncomeInput, ao: AoClass) -> (NaiveDate, Vec<Segment>) {
    let t0 = match input.scenario {
        Scenario::Dismissal {
            notice_date,
            employment_start,
        } => {
            let n = notice(notice_date, employment_start);
            let mut v = vec![(PhaseKind::NoticePeriod, notice_date, None)];
            v.extend(ww_segments(n.ww_start, input.work_years));
            return (notice_date, v);
        }
        Scenario::Sickness { first_sick_day } => first_sick_day,
    };
    match input.worker {
        Worker::SelfEmployed { aov } => {
            let v = match aov {
                Some(a) if a.waiting_days > 0 => vec![
                    (PhaseKind::AovWaiting, t0, None),
                    (PhaseKind::Aov, add_days(t0, a.waiting_days as u64), None),
                ],
                Some(_) => vec![(PhaseKind::Aov, t0, None)],
                None => vec![(PhaseKind::SelfEmployedNoCover, t0, None)],
            };
            (t0, v)
        }
        Worker::Employee => {
            let (y1, y2) = match input.illness_pay.contract_bp() {
                Some((a, b)) => (Some(a.max(7_000) as u32), Some(b.max(7_000) as u32)),
                None => (Some(7_000), Some(7_000)),
            };
            // Weeks 1–52: days 0..364; weeks 53–104: days 364..728; the WIA starts on
            // day 728 after the first sick day (the 104-week wachttijd, art. 23 WIA).
            let mut v = vec![
                (PhaseKind::SickPayYear1, t0, y1),
                (PhaseKind::SickPayYear2, add_days(t0, 364), y2),
            ];
            let wia = add_days(t0, 728);
            // A contract that ends during the 104 weeks: the pay stops on its last day and
            // the Ziektewet safety net pays 70% of the dagloon from the next day until the
            // WIA (art. 29 ZW; docs/law/ziektewet-vangnet.md).
            if let Some(zw) = ziektewet_start(input).filter(|zw| *zw < wia) {
                v.retain(|(_, from, _)| *from < zw);
                v.push((PhaseKind::Ziektewet, zw, Some(7_000)));
            }
            match ao {
                AoClass::Below35 | AoClass::Unknown => v.extend(ww_segments(wia, input.work_years)),
                AoClass::Ao80To100Permanent => v.push((PhaseKind::Iva, wia, Some(7_500))),
                AoClass::Ao35To45
                | AoClass::Ao45To55
                | AoClass::Ao55To65
                | AoClass::Ao65To80
                | AoClass::Ao80To100NotPermanent => {
                    let end = benefit_end(wia, benefit_half_months(input.work_years));
                    v.push((PhaseKind::WgaLgu75, wia, Some(7_500)));
                    v.push((PhaseKind::WgaLgu70, add_months(wia, 2), Some(7_000)));
                    if ao.partial() && input.wia_work == WiaWork::AtLeast50 {
                        v.push((PhaseKind::WgaLoonaanvulling, end, Some(7_000)));
                    } else {
                        let pct = ao.vervolg_bp().map(|b| b as u32);
                        v.push((PhaseKind::WgaVervolg, end, pct));
                    }
                }
            }
            (t0, v)
        }
    }
}

/// The first day of the Ziektewet after a contract that ends during the illness (the day
/// after its last day), in the sickness scenario of an employee.
pub(super) fn ziektewet_start(input: &IncomeInput) -> Option<NaiveDate> {
    match (input.scenario, input.worker) {
        (Scenario::Sickness { first_sick_day }, Worker::Employee) => input
            .contract_end
            .filter(|end| *end >= first_sick_day)
            .and_then(|end| end.succ_opt()),
        _ => None,
    }
}

/// The AOW information and the first day after the projection.
pub(super) fn horizon(input: &IncomeInput, start: NaiveDate) -> (AowInfo, NaiveDate) {
    let five = add_months(start, HORIZON_MONTHS);
    match input.born.map(aow::aow_date) {
        None => (AowInfo::NotGiven, five),
        Some(AowDate::BeforeTable) => {
            if start >= aow::table_starts() {
                (AowInfo::Reached, start)
            } else {
                (AowInfo::BeforeTable, five)
            }
        }
        Some(AowDate::On { date, row }) => {
            if date <= start {
                (AowInfo::Reached, start)
            } else {
                (
                    AowInfo::On {
                        date,
                        certainty: row.certainty,
                        sources: row.sources,
                        cuts: date < five,
                    },
                    date.min(five),
                )
            }
        }
    }
}

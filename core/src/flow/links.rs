//! The advice's links into the tools, pre-filled from the [`Situation`] alone: the
//! calendar, the transitievergoeding calculator, the income page, the comparison and the
//! explanations. The parameters are public names (docs/deeplinks.md, docs/inkomen.md); a
//! test reads every link back with the tool's own reader.

use super::outcome::{Tool, ToolLink};
use super::situation::{annual_wage_with_holiday_pay, SelfEmployment, Situation};
use super::TvHints;
use crate::dates::iso;
use crate::transitievergoeding::EmployerSize;

/// The tool links of an advice, in the order the advice shows them.
pub fn tools(sit: &Situation) -> Vec<ToolLink> {
    let mut out = Vec::new();
    if sit.sick {
        out.push(ToolLink {
            tool: Tool::Tijdlijn,
            href: calendar_href(sit),
        });
    }
    if let Some(t) = sit.tv_hints.as_ref() {
        out.push(ToolLink {
            tool: Tool::Transitievergoeding,
            href: calculator_href(t, sit),
        });
    }
    if sit.sick || sit.employment.ending {
        out.push(ToolLink {
            tool: Tool::Inkomen,
            href: income_href(sit),
        });
    }
    out.push(ToolLink {
        tool: Tool::Vergelijk,
        href: "#/vergelijk".to_string(),
    });
    out.push(ToolLink {
        tool: Tool::Uitleg,
        href: "#/uitleg".to_string(),
    });
    out
}

/// The calendar: every sick period as answered, the steps the answers say are done (shown
/// as done, never as late), and a fixed-term contract's last day with whether the employer
/// carries its own Ziektewet risk (steps after that day are UWV's unless it does).
fn calendar_href(sit: &Situation) -> String {
    let mut q: Vec<String> = sit
        .sick_periods
        .iter()
        .map(|(b, e)| format!("periode={}..{}", iso(*b), e.map(iso).unwrap_or_default()))
        .collect();
    if !sit.steps.done.is_empty() {
        let ids: Vec<String> = sit.steps.done.iter().map(|m| m.code()).collect();
        q.push(format!("gedaan={}", ids.join(",")));
    }
    if let Some(ce) = sit.contract_end {
        q.push(format!("einde={}", iso(ce.last_day)));
        if ce.zw_eigenrisicodrager == Some(true) {
            q.push("erd_zw=1".to_string());
        }
    }
    format!("#/tijdlijn?{}", q.join("&"))
}

/// The calculator with the hints, and after long illness also the first sick day of the
/// counted chain (when it lies within the contract, as the situation's engine run takes
/// it) and the size class: the calculator then gives the amount at the end of the 104
/// weeks and the compensation.
fn calculator_href(t: &TvHints, sit: &Situation) -> String {
    let mut href = tv_href(t);
    if let Some(first) = sit
        .transitievergoeding
        .as_ref()
        .and_then(|run| run.input.first_sick_day)
    {
        let sep = if href.contains('?') { '&' } else { '?' };
        href.push_str(&format!("{sep}eerste_ziektedag={}", iso(first)));
        if sit.employer_size != EmployerSize::Unknown {
            href.push_str(&format!("&werkgever_grootte={}", sit.employer_size.code()));
        }
    }
    href
}

/// The calculator, pre-filled with what the hints give (start, end, wage, how it ends).
pub fn tv_href(t: &TvHints) -> String {
    let mut q = Vec::new();
    if let Some(s) = t.start {
        q.push(format!("start={}", iso(s)));
    }
    if let Some(e) = t.end {
        q.push(format!("einde={}", iso(e)));
    }
    if let Some(l) = t.monthly_wage {
        q.push(format!("loon={}", l.to_plain()));
    }
    if let Some(r) = t.termination {
        q.push(format!("reden={}", r.code()));
    }
    with_query("#/transitievergoeding", &q)
}

/// The income page (docs/inkomen.md): the yearly wage (the monthly wage × 12 plus 8%
/// holiday allowance, the statutory minimum of art. 15 Wet minimumloon en
/// minimumvakantiebijslag; the page shows the figure so the user can correct it; rounding
/// once, half away from zero, to whole cents), the first day of the current sickness or
/// else the start of employment, the hours per week (the year-1 minimum-wage floor follows
/// them, the minimum wage being hourly since 2024), the WIA gap cover, and the last day of
/// a fixed-term contract that ends while sick.
fn income_href(sit: &Situation) -> String {
    let mut q: Vec<String> = Vec::new();
    let e = &sit.employment;
    if let Some(m) = e.monthly_wage {
        q.push(format!(
            "jaarloon={}",
            annual_wage_with_holiday_pay(m).to_plain()
        ));
    }
    match (sit.sick, sit.sick_periods.last()) {
        (true, Some((first, _))) => q.push(format!("ziek={}", iso(*first))),
        (true, None) => {}
        (false, _) => {
            if let Some(d) = e.start {
                q.push(format!("indienst={}", iso(d)));
            }
        }
    }
    if let Some(h) = e.hours_per_week {
        q.push(format!("uren={h}"));
    }
    if let Some(c) = sit.wia_cover {
        q.push(format!("hiaat={}", c.code()));
    }
    if let Some(ce) = sit.contract_end {
        q.push(format!("einde={}", iso(ce.last_day)));
    }
    with_query("#/inkomen", &q)
}

/// The income page in zzp mode (docs/inkomen.md): the first day of illness, the profit,
/// and the AOV's insured amount and waiting period, as far as the answers give them.
pub fn self_employed_income_href(z: &SelfEmployment) -> String {
    let mut q = vec!["zzp=1".to_string()];
    if let Some(d) = z.sick_since {
        q.push(format!("ziek={}", iso(d)));
    }
    if let Some(p) = z.profit {
        q.push(format!("jaarloon={}", p.to_plain()));
    }
    if z.aov == Some(true) {
        if let Some(a) = z.aov_amount {
            q.push(format!("aov={}", a.to_plain()));
        }
        if let Some(n) = z.aov_waiting_days {
            q.push(format!("aov_wacht={n}"));
        }
    }
    with_query("#/inkomen", &q)
}

fn with_query(route: &str, q: &[String]) -> String {
    if q.is_empty() {
        route.to_string()
    } else {
        format!("{route}?{}", q.join("&"))
    }
}

//! The income chart: an accessible SVG of stacked bars per month and source (drawn from
//! the core's integer layout, no JavaScript library), a legend, and the data table as
//! the text alternative. Readable in black and white: every source has its own pattern
//! as well as its own colour, and the legend names them.

use std::rc::Rc;

use spoorwijzer_core::income::chart::{layout, ChartLayout};
use spoorwijzer_core::income::{Projection, Source};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::format;
use spoorwijzer_core::text::income::{month_label, source_name, IncomeText};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub projection: Rc<Projection>,
    pub lang: Lang,
    /// The one-line summary, read as the chart's description.
    pub summary: AttrValue,
}

/// The pattern of a source: a foreground drawing on a coloured tile (CSS gives both
/// their colours).
fn pattern(s: Source) -> Html {
    let id = format!("sw-pat-{}", s.code());
    let bg = format!("sw-pat-bg sw-pat-bg--{}", s.code());
    let fg = match s {
        Source::Wage => html! {},
        Source::Loondoorbetaling => {
            html! { <path class="sw-pat-fg" d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" /> }
        }
        Source::Ziektewet => html! { <path class="sw-pat-fg" d="M0,4 L3,4 M5,4 L8,4" /> },
        Source::Ww => html! { <circle class="sw-pat-dot" cx="4" cy="4" r="1.6" /> },
        Source::WgaLgu => html! { <path class="sw-pat-fg" d="M0,2 L8,2 M0,6 L8,6" /> },
        Source::Loonaanvulling => html! { <path class="sw-pat-fg" d="M2,0 L2,8 M6,0 L6,8" /> },
        Source::Vervolguitkering => html! { <path class="sw-pat-fg" d="M0,4 L8,4 M4,0 L4,8" /> },
        Source::Iva => html! { <path class="sw-pat-fg" d="M0,0 L8,8 M6,-2 L10,2 M-2,6 L2,10" /> },
        Source::InsuranceTopUp => html! { <path class="sw-pat-fg" d="M0,0 L8,8 M8,0 L0,8" /> },
    };
    html! {
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect class={bg} width="8" height="8" />
            { fg }
        </pattern>
    }
}

fn plain(c: spoorwijzer_core::money::Cents, lang: Lang) -> String {
    format::amount(c, lang)
}

#[component]
pub fn IncomeChart(props: &Props) -> Html {
    let lang = props.lang;
    let t = |x: IncomeText| x.text(lang);
    let p = &props.projection;
    let l: ChartLayout = layout(p);
    let title_id = "sw-ic-title";
    let desc_id = "sw-ic-desc";
    let used = p.sources_used();
    let bottom = l.plot_top + l.plot_height;
    let right = l.plot_left + l.plot_width;

    let grid = l.y_ticks.iter().map(|(y, v)| {
        html! {
            <g class="sw-ic-grid">
                <line x1={l.plot_left.to_string()} x2={right.to_string()} y1={y.to_string()} y2={y.to_string()} />
                <text class="sw-ic-ylabel" x={(l.plot_left - 8).to_string()} y={(y + 5).to_string()} text-anchor="end">{ format::amount_whole(*v, lang) }</text>
            </g>
        }
    });
    let bars = l.bars.iter().map(|b| {
        let class = format!("sw-bar sw-bar--{}", b.source.code());
        html! {
            <rect class={class} x={b.x.to_string()} y={b.y.to_string()}
                width={b.width.to_string()} height={b.height.to_string()}
                data-month={b.month.to_string()} data-source={b.source.code()}
                data-cents={b.cents.0.to_string()} />
        }
    });
    let xticks = l.x_ticks.iter().map(|(x, m)| {
        html! {
            <text class="sw-ic-xlabel" x={x.to_string()} y={(bottom + 20).to_string()} text-anchor="middle">{ m.to_string() }</text>
        }
    });
    let legend = used.iter().map(|s| {
        html! {
            <li class="sw-ic-legend__item">
                <svg class="sw-ic-swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
                    <rect class={format!("sw-bar sw-bar--{}", s.code())} x="0.5" y="0.5" width="23" height="15" />
                </svg>
                { source_name(*s, lang) }
            </li>
        }
    });
    let head = used
        .iter()
        .map(|s| html! { <th scope="col" data-source={s.code()}>{ source_name(*s, lang) }</th> });
    let rows = p.months.iter().map(|m| {
        let cells = used.iter().map(|s| {
            let c = m.amount(*s);
            html! { <td data-source={s.code()} data-cents={c.0.to_string()}>{ plain(c, lang) }</td> }
        });
        html! {
            <tr data-month={m.index.to_string()}>
                <th scope="row">{ month_label(m, lang) }</th>
                { for cells }
                <td class="sw-ic-total" data-cents={m.total.0.to_string()}>{ plain(m.total, lang) }</td>
            </tr>
        }
    });

    html! {
        <figure class="sw-income-chart">
            <svg class="sw-income-chart__svg" viewBox={format!("0 0 {} {}", l.width, l.height)}
                role="img" aria-labelledby={format!("{title_id} {desc_id}")} focusable="false">
                <title id={title_id}>{ t(IncomeText::ChartName) }</title>
                <desc id={desc_id}>{ props.summary.clone() }</desc>
                <defs>{ for Source::ALL.iter().map(|s| pattern(*s)) }</defs>
                { for grid }
                <g class="sw-ic-bars">{ for bars }</g>
                <line class="sw-ic-axis" x1={l.plot_left.to_string()} x2={right.to_string()} y1={bottom.to_string()} y2={bottom.to_string()} />
                { for xticks }
                <text class="sw-ic-xtitle" x={(l.plot_left + l.plot_width / 2).to_string()} y={(l.height - 6).to_string()} text-anchor="middle">{ t(IncomeText::ColMonth) }</text>
            </svg>
            <figcaption>
                <h3 class="sw-ic-legend__title">{ t(IncomeText::LegendHeading) }</h3>
                <ul class="sw-ic-legend">{ for legend }</ul>
            </figcaption>
            <div class="sw-if-scroll" tabindex="0" role="region" aria-labelledby={"sw-ic-caption"}>
                <table class="sw-if-table sw-income-table">
                    <caption id={"sw-ic-caption"}>{ t(IncomeText::TableCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(IncomeText::ColMonth) }</th>
                            { for head }
                            <th scope="col">{ t(IncomeText::ColTotal) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </figure>
    }
}

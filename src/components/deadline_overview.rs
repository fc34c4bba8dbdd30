//! The Poortwachter overview of every sick employee on the batch page: the next deadlines
//! of all employees (urgent first), filters by employee and by who must act, a paged table
//! in its own scrolling region, and two downloads: one calendar file with every deadline
//! and a CSV of them. The list, the calendar and the CSV come from the core
//! (`batch_view::deadlines`, `report::ics::batch_calendar`, `report::deadlines`).

use std::rc::Rc;

use spoorwijzer_core::batch::BatchRun;
use spoorwijzer_core::batch_view::deadlines::{ActorChoice, Deadline, Overview};
use spoorwijzer_core::batch_view::{PageSpan, PAGE_SIZE};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::report::deadlines::deadlines_csv;
use spoorwijzer_core::report::ics::batch_calendar;
use spoorwijzer_core::text::batch::{
    actor_choice_label, calendar_file_name, deadline_cell, deadline_page_status,
    deadlines_file_name, overview_count, overview_summary, repeated_ids, unknown_employee,
    DeadlineColumn, OverviewText,
};
use yew::prelude::*;

use super::action_button;
use super::pagination::Pagination;
use super::radio_group::{RadioGroup, RadioOption};
use super::text_field::{TextField, TextKind};
use crate::download;

const CAPTION_ID: &str = "sw-overview-caption";

#[derive(Properties)]
pub struct Props {
    pub overview: Rc<Overview>,
    pub run: Rc<BatchRun>,
    /// The chosen file's name (for the download names).
    pub file_name: AttrValue,
    pub lang: Lang,
    /// Called when the browser refuses a download.
    pub on_download_failed: Callback<()>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.overview, &other.overview)
            && Rc::ptr_eq(&self.run, &other.run)
            && self.file_name == other.file_name
            && self.lang == other.lang
    }
}

#[component]
pub fn DeadlineOverview(props: &Props) -> Html {
    let lang = props.lang;
    let t = |x: OverviewText| x.text(lang);
    let employee = use_state(String::new);
    let actor = use_state(ActorChoice::default);
    let page = use_state(|| 1usize);
    let o = &props.overview;

    let offer = |name: String, mime: &'static str, body: Rc<dyn Fn() -> Option<String>>| {
        let failed = props.on_download_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let ok = body().is_some_and(|b| download::offer(&name, mime, &b));
            if !ok {
                failed.emit(());
            }
        })
    };
    let on_ics = {
        let o = o.clone();
        offer(
            calendar_file_name(&props.file_name, lang),
            "text/calendar",
            Rc::new(move || {
                let all: Vec<&Deadline> = o.deadlines.iter().collect();
                Some(batch_calendar(&all, o.today, lang))
            }),
        )
    };
    let on_csv = {
        let (o, run) = (o.clone(), props.run.clone());
        offer(
            deadlines_file_name(&props.file_name, lang),
            "text/csv;charset=utf-8",
            Rc::new(move || {
                let all: Vec<&Deadline> = o.deadlines.iter().collect();
                deadlines_csv(&all, &run).ok()
            }),
        )
    };
    let on_employee = {
        let (employee, page) = (employee.clone(), page.clone());
        Callback::from(move |v: String| {
            employee.set(v);
            page.set(1);
        })
    };
    let on_actor = {
        let (actor, page) = (actor.clone(), page.clone());
        Callback::from(move |v: AttrValue| {
            actor.set(ActorChoice::parse(&v));
            page.set(1);
        })
    };
    let actor_options: Vec<RadioOption> = ActorChoice::ALL
        .iter()
        .map(|c| RadioOption::new(c.code(), actor_choice_label(*c, lang)))
        .collect();

    let wanted = employee.trim();
    let shown = o.next(Some(wanted), *actor);
    let span = PageSpan::new(shown.len(), *page, PAGE_SIZE);
    let rows = shown.get(span.range()).unwrap_or_default();
    let unknown = (!wanted.is_empty() && !o.knows(wanted)).then(|| unknown_employee(wanted, lang));

    html! {
        <section class="sw-overview" id="sw-overview" aria-labelledby="sw-overview-heading">
            <h3 id="sw-overview-heading">{ t(OverviewText::Heading) }</h3>
            <p>{ t(OverviewText::Intro) }</p>
            <p id="sw-overview-summary"><strong>{ overview_summary(o.employees, o.urgent(), lang) }</strong></p>
            if !o.has_ids {
                <p class="sw-notice" id="sw-overview-no-ids">{ t(OverviewText::NoIds) }</p>
            }
            if !o.repeated_ids.is_empty() {
                <p class="sw-notice" id="sw-overview-repeated">{ repeated_ids(&o.repeated_ids, lang) }</p>
            }
            <div class="sw-batch-actions sw-no-print">
                { action_button("sw-overview-ics", false, t(OverviewText::DownloadIcs), on_ics) }
                { action_button("sw-overview-csv", true, t(OverviewText::DownloadCsv), on_csv) }
            </div>
            <p class="sw-muted">{ t(OverviewText::IcsExplained) }</p>
            <div class="sw-overview__filters sw-no-print" role="group" aria-labelledby="sw-overview-filters-heading">
                <h4 id="sw-overview-filters-heading">{ t(OverviewText::FilterHeading) }</h4>
                <TextField id="sw-overview-employee" label={t(OverviewText::FilterEmployee)}
                    hint={AttrValue::from(t(OverviewText::FilterEmployeeHint))} kind={TextKind::Text}
                    value={(*employee).clone()} on_change={on_employee} />
                <RadioGroup id="sw-overview-actor" legend={t(OverviewText::FilterActor)} options={actor_options}
                    selected={actor.code()} on_change={on_actor} inline=true />
            </div>
            <p class="sw-visually-hidden" aria-live="polite" id="sw-overview-count">{ overview_count(shown.len(), lang) }</p>
            if let Some(msg) = unknown {
                <p class="sw-notice" id="sw-overview-unknown">{ msg }</p>
            } else if shown.is_empty() {
                <p id="sw-overview-nothing">{ t(OverviewText::Nothing) }</p>
            }
            if !shown.is_empty() {
                <div class="sw-overview-table-block">
                    <div class="sw-data-table__wrap" role="region" aria-labelledby={CAPTION_ID} tabindex="0">
                        <table class="sw-data-table sw-overview__table" id="sw-overview-table">
                            <caption id={CAPTION_ID}>{ t(OverviewText::Caption) }</caption>
                            <thead>
                                <tr>{ for DeadlineColumn::ALL.iter().map(|c| html! {
                                    <th scope="col">{ c.label(lang) }</th>
                                }) }</tr>
                            </thead>
                            <tbody>
                                { for rows.iter().map(|d| html! {
                                    <tr class={classes!(d.urgent().then_some("sw-overview__row--urgent"))}
                                        data-employee={d.employee.clone()} data-step={d.milestone.id.code()}
                                        data-status={d.milestone.status.code()}>
                                        { for DeadlineColumn::ALL.iter().map(|c| html! {
                                            <td data-column={c.code()}>{ deadline_cell(d, *c, lang) }</td>
                                        }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <Pagination current={span.page} pages={span.pages} lang={lang} id_prefix="sw-overview-page"
                        label={t(OverviewText::Paging)} status={deadline_page_status(&span, lang)}
                        on_page={Callback::from(move |p: usize| page.set(p))} />
                </div>
            }
        </section>
    }
}

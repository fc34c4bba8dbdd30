//! The income projection (`#/inkomen`): a form, scenario toggles that re-render at once,
//! the chart with its data table, the phases with their rules and sources, the
//! insurance considerations per role and the notes on what the projection leaves out.
//!
//! All rules, texts and the reading of the URL live in the core (`form_model::inkomen`,
//! `income`); this page only renders, with the shared form kit: the form-state hook,
//! the field components, the error summary and the link notices.

use std::rc::Rc;

use spoorwijzer_core::dates;
use spoorwijzer_core::dates::DateParts;
use spoorwijzer_core::flow::outcome::{PendingMeaning, PendingNotice};
use spoorwijzer_core::form_model::inkomen::{
    compute, parse_query, Field, IncomeErrors, IncomeForm, PayChoice, Situation, WorkerKind,
};
use spoorwijzer_core::income::{
    summary, AoClass, AowInfo, Cover, IncomeOutcome, Projection, Role, WiaWork,
};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::calc::CalcText;
use spoorwijzer_core::text::flow::outcome::render_pending;
use spoorwijzer_core::text::income::{
    above_loongrens_text, ao_label, aow_text, certainty_text, consideration_text, cover_label,
    field_error, field_label, first_month_text, note_text, notice_text, param_name, phase_name,
    phase_rule, range_label, role_heading, summary_text, work_label, IncomeText,
};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::date_field::DateField;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::income_chart::IncomeChart;
use crate::components::link_notices::LinkNotices;
use crate::components::money_field::MoneyField;
use crate::components::page_heading::PageHeading;
use crate::components::pending_law_notice::PendingLawNotice;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::components::select_field::SelectField;
use crate::components::table_head;
use crate::components::text_field::{TextField, TextKind};
use crate::hooks::form::use_form;
use crate::state::use_app;
use spoorwijzer_core::text::format;

/// The id an error link focuses: a date's day input, otherwise the field itself.
fn focus_target(f: Field) -> String {
    if f.is_date() {
        format!("{}-dag", f.id())
    } else {
        f.id().to_string()
    }
}

/// Radio or select options from (code, label) pairs.
fn options(items: impl IntoIterator<Item = (&'static str, &'static str)>) -> Vec<RadioOption> {
    items
        .into_iter()
        .map(|(code, label)| RadioOption::new(code, label))
        .collect()
}

fn summary_items(errors: &IncomeErrors, lang: Lang) -> Vec<ErrorItem> {
    errors
        .iter()
        .map(|(f, e)| {
            ErrorItem::field(
                focus_target(*f),
                format!("{}: {}", field_label(*f, lang), field_error(*e, lang)),
            )
        })
        .collect()
}

/// The page. A new link (another query in the fragment) mounts a fresh form.
#[component]
pub fn InkomenPage() -> Html {
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let key = query.clone();
    html! { <IncomeTool {key} {query} /> }
}

#[derive(Properties, PartialEq)]
struct ToolProps {
    query: String,
}

#[component]
fn IncomeTool(props: &ToolProps) -> Html {
    let lang = use_app().lang;
    let today = Some(use_today());
    let t = |x: IncomeText| x.text(lang);
    let initial = use_memo(props.query.clone(), |q| parse_query(q));
    // A link with parameters shows the result at once.
    let form = {
        let has_query = !props.query.trim_start_matches('?').is_empty();
        let initial = initial.clone();
        use_form(move || initial.0.clone(), has_query)
    };
    let show_high = use_state(|| false);
    // The result (or the errors) of the form as last submitted.
    let computed = use_memo((form.submitted().cloned(), today), |(submitted, today)| {
        submitted.as_ref().map(|f| compute(f, *today))
    });
    let errors: IncomeErrors = match &*computed {
        Some(Err(e)) if form.errors_shown() => e.clone(),
        Some(_) | None => Vec::new(),
    };
    let err = |field: Field| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| AttrValue::from(field_error(*e, lang)))
    };

    let onsubmit = form.on_submit(|| ());
    // AO class and cover: in the form, and applied at once to the shown result.
    let ao_cb = {
        let form = form.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(a) = AoClass::parse(&v) {
                form.edit_shown(move |f| f.ao = a);
            }
        })
    };
    let cover_cb = {
        let form = form.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(c) = Cover::parse(&v) {
                form.edit_shown(move |f| f.cover = c);
            }
        })
    };

    let ao_options = || options(AoClass::ALL.map(|a| (a.code(), ao_label(a, lang))));
    let cover_options = || options(Cover::ALL.map(|c| (c.code(), cover_label(c, lang))));

    let f = form.fields();
    // The self-employed: only the sickness scenario, profit instead of a wage, no UWV
    // percentages, no work history, no employer's cover (docs/inkomen.md, zzp mode).
    let sick = f.situation_shown() == Situation::Sick;
    let self_employed = f.worker == WorkerKind::SelfEmployed;
    let (ao_legend, ao_hint) = if self_employed {
        (
            IncomeText::AoLegendSelfEmployed,
            IncomeText::AoHintSelfEmployed,
        )
    } else {
        (IncomeText::AoLegend, IncomeText::AoHint)
    };
    let (wage_label, wage_hint) = if self_employed {
        (IncomeText::ProfitLabel, IncomeText::ProfitHint)
    } else {
        (IncomeText::WageLabel, IncomeText::WageHint)
    };
    let date = |field: Field,
                label: IncomeText,
                value: &DateParts,
                set: fn(&mut IncomeForm, DateParts)| {
        html! {
            <DateField id={field.id()} legend={t(label)} value={value.clone()}
                on_change={form.setter(move |f, v: DateParts| set(f, v))} error={err(field)} />
        }
    };
    let whole = |field: Field,
                 label: IncomeText,
                 hint: IncomeText,
                 value: &str,
                 set: fn(&mut IncomeForm, String)| {
        html! {
            <TextField id={field.id()} label={t(label)} hint={t(hint)} kind={TextKind::WholeNumber}
                value={value.to_string()} on_change={form.setter(move |f, v: String| set(f, v))}
                error={err(field)} />
        }
    };
    let form_html = html! {
        <form class="sw-if-form sw-no-print" novalidate=true {onsubmit} aria-labelledby="sw-if-form-title">
            <h2 id="sw-if-form-title">{ t(IncomeText::FormHeading) }</h2>
            <RadioGroup id={Field::Worker.id()} legend={t(IncomeText::WorkerLegend)}
                options={options(vec![(WorkerKind::Employee.code(), t(IncomeText::WorkerEmployee)),
                    (WorkerKind::SelfEmployed.code(), t(IncomeText::WorkerSelfEmployed))])}
                selected={f.worker.code()} error={err(Field::Worker)}
                on_change={form.setter(|f, v: AttrValue| if let Some(w) = WorkerKind::parse(&v) { f.worker = w })} />
            if !self_employed {
                <RadioGroup id="inkomen-situatie" legend={t(IncomeText::SituationLegend)}
                    options={options(vec![(Situation::Sick.code(), t(IncomeText::SituationSick)),
                        (Situation::Dismissal.code(), t(IncomeText::SituationDismissal))])}
                    selected={f.situation.code()}
                    on_change={form.setter(|f, v: AttrValue| if let Some(s) = Situation::parse(&v) { f.situation = s })} />
            }
            <MoneyField id={Field::Wage.id()} label={t(wage_label)} hint={t(wage_hint)}
                value={f.wage.clone()} on_change={form.setter(|f, v: String| f.wage = v)} error={err(Field::Wage)} />
            if sick && !self_employed {
                { whole(Field::Hours, IncomeText::HoursLabel, IncomeText::HoursHint, &f.hours, |f, v| f.hours = v) }
            }
            if sick {
                { date(Field::SickDay, IncomeText::SickDayLabel, &f.sick_day, |f, v| f.sick_day = v) }
                if !self_employed {
                    <DateField id={Field::ContractEnd.id()} legend={t(IncomeText::ContractEndLabel)}
                        hint={t(IncomeText::ContractEndHint)} value={f.contract_end.clone()}
                        on_change={form.setter(|f, v: DateParts| f.contract_end = v)} error={err(Field::ContractEnd)} />
                }
            } else {
                { date(Field::NoticeDate, IncomeText::NoticeDateLabel, &f.notice_date, |f, v| f.notice_date = v) }
                { date(Field::EmploymentStart, IncomeText::EmploymentStartLabel, &f.employment_start, |f, v| f.employment_start = v) }
            }
            <DateField id={Field::Born.id()} legend={t(IncomeText::BornLabel)} hint={t(IncomeText::BornHint)}
                birthday=true value={f.born.clone()}
                on_change={form.setter(|f, v: DateParts| f.born = v)} error={err(Field::Born)} />
            if sick && !self_employed {
                <RadioGroup id="inkomen-loon" legend={t(IncomeText::PayLegend)}
                    options={options(PayChoice::ALL.iter().map(|p| (p.code(), t(match p {
                        PayChoice::Legal => IncomeText::PayLegal,
                        PayChoice::Cao100100 => IncomeText::PayCao100100,
                        PayChoice::Cao10070 => IncomeText::PayCao10070,
                        PayChoice::Custom => IncomeText::PayCustom,
                    }))))}
                    selected={f.pay.code()}
                    on_change={form.setter(|f, v: AttrValue| if let Some(p) = PayChoice::parse(&v) { f.pay = p })} />
                if f.pay == PayChoice::Custom {
                    <div class="sw-if-conditional">
                        { whole(Field::PayYear1, IncomeText::PayYear1Label, IncomeText::PercentHint, &f.pay_year1, |f, v| f.pay_year1 = v) }
                        { whole(Field::PayYear2, IncomeText::PayYear2Label, IncomeText::PercentHint, &f.pay_year2, |f, v| f.pay_year2 = v) }
                    </div>
                }
            }
            if sick {
                <RadioGroup id="inkomen-ao" legend={t(ao_legend)} hint={t(ao_hint)}
                    options={ao_options()} selected={f.ao.code()} on_change={ao_cb.clone()} />
            }
            if !self_employed {
                { whole(Field::WorkYears, IncomeText::WorkYearsLabel, IncomeText::WorkYearsHint, &f.work_years, |f, v| f.work_years = v) }
            }
            if sick && !self_employed {
                <RadioGroup id="inkomen-wia-werk" legend={t(IncomeText::WiaWorkLegend)}
                    options={options(WiaWork::ALL.iter().map(|w| (w.code(), work_label(*w, lang))))}
                    selected={f.wia_work.code()}
                    on_change={form.setter(|f, v: AttrValue| if let Some(w) = WiaWork::parse(&v) { f.wia_work = w })} />
                <RadioGroup id="inkomen-hiaat" legend={t(IncomeText::CoverLegend)} hint={t(IncomeText::CoverHint)}
                    options={cover_options()} selected={f.cover.code()} on_change={cover_cb.clone()} />
            }
            if self_employed {
                <MoneyField id={Field::Aov.id()} label={t(IncomeText::AovLabel)} hint={t(IncomeText::AovHint)}
                    value={f.aov.clone()} on_change={form.setter(|f, v: String| f.aov = v)} error={err(Field::Aov)} />
                { whole(Field::AovWaiting, IncomeText::AovWaitingLabel, IncomeText::AovWaitingHint, &f.aov_waiting, |f, v| f.aov_waiting = v) }
            }
            <button type="submit" class="sw-button">{ t(IncomeText::Calculate) }</button>
        </form>
    };

    let outcome: Option<&IncomeOutcome> = match &*computed {
        Some(Ok(o)) => Some(o),
        Some(Err(_)) | None => None,
    };
    let live = outcome.map(|o| live_summary(o, lang)).unwrap_or_default();

    let result = match (outcome, form.submitted()) {
        (Some(o), Some(c)) => {
            let shown: Rc<Projection> = Rc::new(if *show_high {
                o.high.clone()
            } else {
                o.low.clone()
            });
            let toggle_range = {
                let show_high = show_high.clone();
                Callback::from(move |v: AttrValue| show_high.set(v.as_str() == "hoog"))
            };
            let sick_employee =
                c.situation_shown() == Situation::Sick && c.worker == WorkerKind::Employee;
            let toggle_ao_legend = if c.worker == WorkerKind::SelfEmployed {
                IncomeText::AoLegendSelfEmployed
            } else {
                IncomeText::AoLegend
            };
            html! {
                <section class="sw-if-result" aria-labelledby="sw-if-result-title">
                    <h2 id="sw-if-result-title">{ t(IncomeText::ResultHeading) }</h2>
                    if c.situation_shown() == Situation::Sick {
                        <div class="sw-if-toggles sw-no-print">
                            <h3>{ t(IncomeText::ScenarioHeading) }</h3>
                            <SelectField id="inkomen-toggle-ao" label={t(toggle_ao_legend)}
                                options={ao_options()} selected={c.ao.code()} on_change={ao_cb.clone()} />
                            if sick_employee {
                                <SelectField id="inkomen-toggle-hiaat" label={t(IncomeText::CoverLegend)}
                                    options={cover_options()} selected={c.cover.code()} on_change={cover_cb.clone()} />
                            }
                            if o.ranged {
                                <SelectField id="inkomen-toggle-range" label={t(IncomeText::ShowRange)}
                                    options={options(vec![("laag", t(IncomeText::RangeLow)), ("hoog", t(IncomeText::RangeHigh))])}
                                    selected={if *show_high { "hoog" } else { "laag" }} on_change={toggle_range} />
                            }
                        </div>
                    }
                    { result_body(o, &shown, *show_high, lang) }
                </section>
            }
        }
        _ => html! {},
    };

    html! {
        <div class="sw-inkomen">
            <PageHeading text={t(IncomeText::Title)} error={!errors.is_empty()} />
            <p class="sw-lead">{ t(IncomeText::Intro) }</p>
            <LinkNotices id="sw-if-link-notice" notices={initial.1.clone()} />
            if !errors.is_empty() {
                <ErrorSummary id="sw-if-error-summary" title={CalcText::ErrorSummaryTitle.text(lang)}
                    items={summary_items(&errors, lang)} focus_key={form.submits()} />
            }
            <div class="sw-if-layout">
                { form_html }
                <div class="sw-if-output">
                    <div class="sw-if-live" aria-live="polite" id="sw-if-summary">{ for live.iter().map(|s| html! { <p class="sw-if-summary">{ s.clone() }</p> }) }</div>
                    { result }
                </div>
            </div>
        </div>
    }
}

/// The sentences read out after "Bereken" and used as the chart description.
fn live_summary(o: &IncomeOutcome, lang: Lang) -> Vec<String> {
    if o.aow == AowInfo::Reached {
        return vec![IncomeText::NothingToShow.text(lang).to_string()];
    }
    let mut v = Vec::new();
    if let Some(s) = summary(&o.low) {
        if o.ranged {
            v.push(format!(
                "{}: {} {}",
                IncomeText::RangeLow.text(lang),
                first_month_text(&s, lang),
                summary_text(&s, lang)
            ));
            if let Some(h) = summary(&o.high) {
                v.push(format!(
                    "{}: {}",
                    IncomeText::RangeHigh.text(lang),
                    summary_text(&h, lang)
                ));
            }
        } else {
            v.push(format!(
                "{} {}",
                first_month_text(&s, lang),
                summary_text(&s, lang)
            ));
        }
    }
    v
}

fn result_body(o: &IncomeOutcome, shown: &Rc<Projection>, high: bool, lang: Lang) -> Html {
    let t = |x: IncomeText| x.text(lang);
    let chart_summary = summary(shown)
        .map(|s| format!("{} {}", first_month_text(&s, lang), summary_text(&s, lang)))
        .unwrap_or_default();
    let phases = shown.phases.iter().map(|ph| {
        html! {
            <tr>
                <th scope="row">{ phase_name(ph.kind, lang) }</th>
                <td>{ format!("{} – {}", dates::short(ph.from), dates::short(ph.until)) }</td>
                <td>{ phase_rule(ph, lang) }</td>
                <td class="sw-if-source">{ crate::components::source_link::source_list(ph.kind.sources(), lang) }</td>
            </tr>
        }
    });
    let by_role = |role: Role| {
        let items: Vec<Html> = o
            .considerations
            .iter()
            .filter(|c| c.role == role)
            .map(|c| {
                html! { <li>{ consideration_text(c, lang) }<span class="sw-if-source">{ " (" }{ crate::components::source_link::source_list(c.sources, lang) }{ ")" }</span></li> }
            })
            .collect();
        if items.is_empty() {
            html! {}
        } else {
            html! {
                <>
                    <h3>{ role_heading(role, lang) }</h3>
                    <ul class="sw-if-considerations">{ for items }</ul>
                </>
            }
        }
    };
    let params = o.params_used.iter().map(|u| {
        html! {
            <li>
                { format!("{}: {} ({} {}) ", param_name(u.name, lang), format::amount(u.value, lang),
                    dates::short(u.valid_from), certainty_text(u.certainty, u.carried, lang)) }
                { crate::components::source_link::source_link(&u.source, lang) }
            </li>
        }
    });
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <>
            if o.ranged {
                <p class="sw-if-range-label">{ range_label(!high, shown.ao, shown.cover, lang) }</p>
            }
            if let Some(n) = &o.notice { <p>{ notice_text(n, lang) }</p> }
            if let Some(a) = aow_text(o.aow, lang) { <p>{ a }</p> }
            if o.above_loongrens { <p>{ above_loongrens_text(lang) }</p> }
            if !shown.months.is_empty() {
                <IncomeChart projection={shown.clone()} lang={lang} summary={chart_summary} />
                <h3>{ t(IncomeText::PhasesHeading) }</h3>
                <div class="sw-if-scroll" tabindex="0" role="region" aria-labelledby="sw-if-phases-caption">
                    <table class="sw-if-table sw-if-phases">
                        <caption id="sw-if-phases-caption" class="sw-visually-hidden">{ t(IncomeText::PhasesHeading) }</caption>
                        { table_head(&[t(IncomeText::ColPhase), t(IncomeText::ColPeriod), t(IncomeText::ColRule), t(IncomeText::ColSource)]) }
                        <tbody>{ for phases }</tbody>
                    </table>
                </div>
            }
            { by_role(Role::Employee) }
            { by_role(Role::Employer) }
            <h3>{ t(IncomeText::NotesHeading) }</h3>
            <ul class="sw-if-notes">{ for o.notes.iter().map(|n| html! { <li>{ note_text(*n, lang) }</li> }) }</ul>
            { for o.pending_law.iter().map(|id| {
                let notice = render_pending(
                    &PendingNotice { id: *id, meaning: PendingMeaning::General },
                    lang,
                );
                html! { <PendingLawNotice notice={notice} dom_id={format!("sw-if-pending-{}", id.code())} /> }
            }) }
            <details class="sw-if-params">
                <summary>{ t(IncomeText::ParamsHeading) }</summary>
                <ul>{ for params }</ul>
            </details>
            <p class="sw-if-disclaimer">{ t(IncomeText::Disclaimer) }</p>
            <p>{ t(IncomeText::Help) }</p>
            <p class="sw-no-print"><button type="button" class="sw-button sw-button--secondary" onclick={print}>{ t(IncomeText::Print) }</button></p>
        </>
    }
}

//! The income projection (`#/inkomen`): a form, scenario toggles that re-render at once,
//! the chart with its data table, the phases with their rules and sources, the
//! insurance considerations per role and the notes on what the projection leaves out.
//!
//! All rules, texts and the reading of the URL live in `spoorwijzer_core::income`; this
//! page only renders. The shared form components of the calculator pages were not on
//! `main` yet, so the few field helpers below are local functions (not components).

use std::rc::Rc;

use spoorwijzer_core::dates;
use spoorwijzer_core::flow::outcome::{PendingMeaning, PendingNotice};
use spoorwijzer_core::form_model::inkomen::{
    compute, parse_query, Field, FormError, IncomeForm, PayChoice, Situation, WorkerKind,
};
use spoorwijzer_core::income::{
    summary, AoClass, AowInfo, Cover, IncomeOutcome, Projection, Role, WiaWork,
};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::flow::outcome::render_pending;
use spoorwijzer_core::text::income::{
    above_loongrens_text, ao_label, aow_text, certainty_text, consideration_text, cover_label,
    first_month_text, form_error_text, note_text, notice_text, param_name, phase_name, phase_rule,
    range_label, role_heading, summary_text, work_label, IncomeText,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::pending_law_notice::PendingLawNotice;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::income_chart::IncomeChart;
use crate::components::page_heading::PageHeading;
use crate::dom;
use crate::state::use_app;

/// An edit of the form, applied by the reducer (so fast typing never loses a change).
#[derive(Clone, PartialEq)]
struct FormState(IncomeForm);

struct Edit(Rc<dyn Fn(&mut IncomeForm)>);

impl Reducible for FormState {
    type Action = Edit;
    fn reduce(self: Rc<Self>, action: Edit) -> Rc<Self> {
        let mut f = self.0.clone();
        (action.0)(&mut f);
        Rc::new(FormState(f))
    }
}

fn error_for(errors: &[(Field, FormError)], field: Field, lang: Lang) -> Option<&'static str> {
    errors
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, e)| form_error_text(*e, lang))
}

/// A labelled text field with a hint and an error message tied by `aria-describedby`.
fn text_field(
    field: Field,
    label: &str,
    hint: Option<&str>,
    value: &str,
    error: Option<&str>,
    inputmode: &'static str,
    oninput: Callback<String>,
) -> Html {
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(err_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let oninput = Callback::from(move |e: InputEvent| {
        oninput.emit(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class={classes!("sw-if-field", error.map(|_| "sw-if-field--error"))}>
            <label class="sw-if-label" for={id}>{ label.to_string() }</label>
            if let Some(h) = hint { <p class="sw-if-hint" id={hint_id}>{ h.to_string() }</p> }
            if let Some(e) = error { <p class="sw-if-error" id={err_id}><span class="sw-visually-hidden">{ "! " }</span>{ e }</p> }
            <input class="sw-if-input" type="text" id={id} name={id} value={value.to_string()}
                inputmode={inputmode} autocomplete="off" spellcheck="false"
                aria-describedby={described} aria-invalid={error.map(|_| "true")} {oninput} />
        </div>
    }
}

/// A radio group in a fieldset with a legend.
fn radios<T: Copy + PartialEq + 'static>(
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: Vec<(T, &'static str, String)>,
    selected: T,
    onchange: Callback<T>,
) -> Html {
    let hint_id = format!("{name}-hint");
    let items = options.into_iter().map(|(value, code, label)| {
        let id = format!("{name}-{code}");
        let cb = onchange.clone();
        html! {
            <div class="sw-if-radio">
                <input type="radio" id={id.clone()} name={name.to_string()} value={code}
                    checked={value == selected}
                    onchange={Callback::from(move |_: Event| cb.emit(value))} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    html! {
        <fieldset class="sw-if-fieldset" aria-describedby={hint.map(|_| hint_id.clone())}>
            <legend class="sw-if-legend">{ legend.to_string() }</legend>
            if let Some(h) = hint { <p class="sw-if-hint" id={hint_id.clone()}>{ h.to_string() }</p> }
            { for items }
        </fieldset>
    }
}

/// A select that applies its choice at once (the scenario toggles).
fn select<T: Copy + PartialEq + 'static>(
    id: &'static str,
    label: &str,
    options: Vec<(T, &'static str, String)>,
    selected: T,
    onchange: Callback<T>,
) -> Html {
    let values: Vec<(T, &'static str)> = options.iter().map(|(v, c, _)| (*v, *c)).collect();
    let onchange = Callback::from(move |e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Some((v, _)) = values.iter().find(|(_, c)| *c == code) {
            onchange.emit(*v);
        }
    });
    html! {
        <div class="sw-if-field sw-if-toggle">
            <label class="sw-if-label" for={id}>{ label.to_string() }</label>
            <select class="sw-if-select" id={id} {onchange}>
                { for options.into_iter().map(|(v, code, text)| html! {
                    <option value={code} selected={v == selected}>{ text }</option>
                }) }
            </select>
        </div>
    }
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
    let query = props.query.clone();
    let initial = use_memo((), {
        let query = query.clone();
        move |_| parse_query(&query)
    });
    let form = use_reducer({
        let initial = initial.clone();
        move || FormState(initial.0.clone())
    });
    let errors = use_state(Vec::<(Field, FormError)>::new);
    let computed = use_state(|| None::<IncomeForm>);
    let show_high = use_state(|| false);
    let focus_errors = use_mut_ref(|| false);

    let submit = {
        let form = form.clone();
        let errors = errors.clone();
        let computed = computed.clone();
        let focus_errors = focus_errors.clone();
        Callback::from(move |_: ()| match compute(&form.0, today) {
            Ok(_) => {
                errors.set(Vec::new());
                computed.set(Some(form.0.clone()));
            }
            Err(e) => {
                *focus_errors.borrow_mut() = true;
                errors.set(e);
                computed.set(None);
            }
        })
    };
    // A link with parameters shows the result at once.
    {
        let submit = submit.clone();
        let has_query = !query.trim_start_matches('?').is_empty();
        use_effect_with((), move |_| {
            if has_query {
                submit.emit(());
            }
        });
    }
    // After a failed submit, the error summary receives focus.
    {
        let focus_errors = focus_errors.clone();
        use_effect_with((*errors).clone(), move |errs| {
            if !errs.is_empty() && *focus_errors.borrow() {
                *focus_errors.borrow_mut() = false;
                dom::focus_id("sw-if-error-summary");
            }
        });
    }

    let edit = |f: fn(&mut IncomeForm, String)| {
        let form = form.clone();
        Callback::from(move |v: String| form.dispatch(Edit(Rc::new(move |x| f(x, v.clone())))))
    };
    let f = &form.0;
    let errs = &*errors;
    let err = |field: Field| error_for(errs, field, lang);

    let onsubmit = {
        let submit = submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submit.emit(());
        })
    };

    let situation_cb = {
        let form = form.clone();
        Callback::from(move |s: Situation| form.dispatch(Edit(Rc::new(move |x| x.situation = s))))
    };
    let worker_cb = {
        let form = form.clone();
        Callback::from(move |w: WorkerKind| form.dispatch(Edit(Rc::new(move |x| x.worker = w))))
    };
    let pay_cb = {
        let form = form.clone();
        Callback::from(move |p: PayChoice| form.dispatch(Edit(Rc::new(move |x| x.pay = p))))
    };
    let work_cb = {
        let form = form.clone();
        Callback::from(move |w: WiaWork| form.dispatch(Edit(Rc::new(move |x| x.wia_work = w))))
    };
    // AO class and cover: in the form, and applied at once to the shown result.
    let ao_cb = {
        let form = form.clone();
        let computed = computed.clone();
        Callback::from(move |a: AoClass| {
            form.dispatch(Edit(Rc::new(move |x| x.ao = a)));
            if let Some(c) = (*computed).clone() {
                computed.set(Some(IncomeForm { ao: a, ..c }));
            }
        })
    };
    let cover_cb = {
        let form = form.clone();
        let computed = computed.clone();
        Callback::from(move |c: Cover| {
            form.dispatch(Edit(Rc::new(move |x| x.cover = c)));
            if let Some(s) = (*computed).clone() {
                computed.set(Some(IncomeForm { cover: c, ..s }));
            }
        })
    };

    let ao_options = || {
        AoClass::ALL
            .iter()
            .map(|a| (*a, a.code(), ao_label(*a, lang).to_string()))
            .collect::<Vec<_>>()
    };
    let cover_options = || {
        Cover::ALL
            .iter()
            .map(|c| (*c, c.code(), cover_label(*c, lang).to_string()))
            .collect::<Vec<_>>()
    };

    let error_summary = if errs.is_empty() {
        html! {}
    } else {
        let items = errs.iter().map(|(field, e)| {
            let id = field.id();
            let onclick = Callback::from(move |ev: MouseEvent| {
                ev.prevent_default();
                dom::focus_id(id);
            });
            html! { <li><a href={format!("#{id}")} {onclick}>{ form_error_text(*e, lang) }</a></li> }
        });
        html! {
            <div class="sw-if-error-summary" id="sw-if-error-summary" tabindex="-1" aria-labelledby="sw-if-error-summary-title">
                <h2 id="sw-if-error-summary-title">{ t(IncomeText::ErrorSummaryTitle) }</h2>
                <ul>{ for items }</ul>
            </div>
        }
    };

    let url_notice = if initial.1.is_empty() {
        html! {}
    } else {
        html! { <div class="sw-notice"><p>{ t(IncomeText::UrlNotice) }{ " " }<code>{ initial.1.join(", ") }</code></p></div> }
    };

    let sick = f.situation == Situation::Sick;
    let self_employed = f.worker == WorkerKind::SelfEmployed;
    let form_html = html! {
        <form class="sw-if-form sw-no-print" novalidate=true {onsubmit} aria-labelledby="sw-if-form-title">
            <h2 id="sw-if-form-title">{ t(IncomeText::FormHeading) }</h2>
            { radios("inkomen-situatie", t(IncomeText::SituationLegend), None,
                vec![(Situation::Sick, "ziek", t(IncomeText::SituationSick).to_string()),
                     (Situation::Dismissal, "ontslag", t(IncomeText::SituationDismissal).to_string())],
                f.situation, situation_cb) }
            <div id={Field::Worker.id()} tabindex="-1">
                { radios("inkomen-werk-soort", t(IncomeText::WorkerLegend), err(Field::Worker),
                    vec![(WorkerKind::Employee, "loondienst", t(IncomeText::WorkerEmployee).to_string()),
                         (WorkerKind::SelfEmployed, "zzp", t(IncomeText::WorkerSelfEmployed).to_string())],
                    f.worker, worker_cb) }
            </div>
            { text_field(Field::Wage, t(IncomeText::WageLabel), Some(t(IncomeText::WageHint)), &f.wage, err(Field::Wage), "decimal",
                edit(|x, v| x.wage = v)) }
            if sick {
                { text_field(Field::SickDay, t(IncomeText::SickDayLabel), Some(t(IncomeText::DateHint)), &f.sick_day, err(Field::SickDay), "numeric",
                    edit(|x, v| x.sick_day = v)) }
            } else {
                { text_field(Field::NoticeDate, t(IncomeText::NoticeDateLabel), Some(t(IncomeText::DateHint)), &f.notice_date, err(Field::NoticeDate), "numeric",
                    edit(|x, v| x.notice_date = v)) }
                { text_field(Field::EmploymentStart, t(IncomeText::EmploymentStartLabel), Some(t(IncomeText::DateHint)), &f.employment_start, err(Field::EmploymentStart), "numeric",
                    edit(|x, v| x.employment_start = v)) }
            }
            { text_field(Field::Born, t(IncomeText::BornLabel), Some(t(IncomeText::BornHint)), &f.born, err(Field::Born), "numeric",
                edit(|x, v| x.born = v)) }
            if sick && !self_employed {
                { radios("inkomen-loon", t(IncomeText::PayLegend), None,
                    vec![(PayChoice::Legal, "wettelijk", t(IncomeText::PayLegal).to_string()),
                         (PayChoice::Cao100100, "cao100", t(IncomeText::PayCao100100).to_string()),
                         (PayChoice::Cao10070, "cao100-70", t(IncomeText::PayCao10070).to_string()),
                         (PayChoice::Custom, "eigen", t(IncomeText::PayCustom).to_string())],
                    f.pay, pay_cb) }
                if f.pay == PayChoice::Custom {
                    <div class="sw-if-conditional">
                        { text_field(Field::PayYear1, t(IncomeText::PayYear1Label), Some(t(IncomeText::PercentHint)), &f.pay_year1, err(Field::PayYear1), "numeric",
                            edit(|x, v| x.pay_year1 = v)) }
                        { text_field(Field::PayYear2, t(IncomeText::PayYear2Label), Some(t(IncomeText::PercentHint)), &f.pay_year2, err(Field::PayYear2), "numeric",
                            edit(|x, v| x.pay_year2 = v)) }
                    </div>
                }
            }
            if sick {
                { radios("inkomen-ao", t(IncomeText::AoLegend), Some(t(IncomeText::AoHint)), ao_options(), f.ao, ao_cb.clone()) }
            }
            { text_field(Field::WorkYears, t(IncomeText::WorkYearsLabel), Some(t(IncomeText::WorkYearsHint)), &f.work_years, err(Field::WorkYears), "numeric",
                edit(|x, v| x.work_years = v)) }
            if sick && !self_employed {
                { radios("inkomen-wia-werk", t(IncomeText::WiaWorkLegend), None,
                    WiaWork::ALL.iter().map(|w| (*w, w.code(), work_label(*w, lang).to_string())).collect(),
                    f.wia_work, work_cb) }
                { radios("inkomen-hiaat", t(IncomeText::CoverLegend), Some(t(IncomeText::CoverHint)), cover_options(), f.cover, cover_cb.clone()) }
            }
            if self_employed {
                { text_field(Field::Aov, t(IncomeText::AovLabel), Some(t(IncomeText::AovHint)), &f.aov, err(Field::Aov), "decimal",
                    edit(|x, v| x.aov = v)) }
                { text_field(Field::AovWaiting, t(IncomeText::AovWaitingLabel), Some(t(IncomeText::AovWaitingHint)), &f.aov_waiting, err(Field::AovWaiting), "numeric",
                    edit(|x, v| x.aov_waiting = v)) }
            }
            <button type="submit" class="sw-button">{ t(IncomeText::Calculate) }</button>
        </form>
    };

    let outcome: Option<IncomeOutcome> = computed.as_ref().and_then(|c| compute(c, today).ok());
    let live = outcome
        .as_ref()
        .map(|o| live_summary(o, lang))
        .unwrap_or_default();

    let result = match (&outcome, &*computed) {
        (Some(o), Some(c)) => {
            let shown: Rc<Projection> = Rc::new(if *show_high {
                o.high.clone()
            } else {
                o.low.clone()
            });
            let toggle_range = {
                let show_high = show_high.clone();
                Callback::from(move |v: bool| show_high.set(v))
            };
            let sick_employee = c.situation == Situation::Sick && c.worker == WorkerKind::Employee;
            html! {
                <section class="sw-if-result" aria-labelledby="sw-if-result-title">
                    <h2 id="sw-if-result-title">{ t(IncomeText::ResultHeading) }</h2>
                    if c.situation == Situation::Sick {
                        <div class="sw-if-toggles sw-no-print">
                            <h3>{ t(IncomeText::ScenarioHeading) }</h3>
                            { select("inkomen-toggle-ao", t(IncomeText::AoLegend), ao_options(), c.ao, ao_cb.clone()) }
                            if sick_employee {
                                { select("inkomen-toggle-hiaat", t(IncomeText::CoverLegend), cover_options(), c.cover, cover_cb.clone()) }
                            }
                            if o.ranged {
                                { select("inkomen-toggle-range", t(IncomeText::ShowRange),
                                    vec![(false, "laag", t(IncomeText::RangeLow).to_string()), (true, "hoog", t(IncomeText::RangeHigh).to_string())],
                                    *show_high, toggle_range) }
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
            <PageHeading text={t(IncomeText::Title)} error={!errs.is_empty()} />
            <p class="sw-lead">{ t(IncomeText::Intro) }</p>
            { url_notice }
            { error_summary }
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
                { format!("{}: {} ({} {}) ", param_name(u.name, lang), u.value.format(lang),
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
                        <thead><tr>
                            <th scope="col">{ t(IncomeText::ColPhase) }</th>
                            <th scope="col">{ t(IncomeText::ColPeriod) }</th>
                            <th scope="col">{ t(IncomeText::ColRule) }</th>
                            <th scope="col">{ t(IncomeText::ColSource) }</th>
                        </tr></thead>
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

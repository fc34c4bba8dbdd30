//! The poortwachter calendar (`#/tijdlijn`): sick periods (add and remove), loonsanctie
//! and an optional label; the result is an ordered list of steps with text status badges,
//! a filter by actor, a "gedaan" tick per step kept in the app state (a link from the
//! advice may tick steps too: `gedaan=`), the notices, an .ics
//! download made in the browser and a copyable plain-text overview. Everything shown comes
//! from the core (`form_model::tijdlijn`, `poortwachter`, `report::ics`). A deep link fills
//! the form in whenever it is opened (`components::linked_tool`).

use std::collections::BTreeSet;

use spoorwijzer_core::dates;
use spoorwijzer_core::dates::DateParts;
use spoorwijzer_core::deeplink::{self, LinkNotice};
use spoorwijzer_core::form_model::tijdlijn::{
    self as tl, ActorFilter, TijdlijnForm, TlErrors, TlField,
};
use spoorwijzer_core::poortwachter::{MilestoneKind, Timeline};
use spoorwijzer_core::report::ics;
use spoorwijzer_core::text::calc::{
    actor_filter_label, numbered, status_badge, timeline_summary, tl_field_label, CalcText,
};
use spoorwijzer_core::text::forms::form_error;
use spoorwijzer_core::text::poortwachter::{
    actor_label, milestone_consequence, milestone_title, milestone_what, notice_body, notice_title,
    uncertain,
};
use yew::prelude::*;

use crate::clock::use_today;
use crate::components::checkbox::Checkbox;
use crate::components::date_field::DateField;
use crate::components::details::Details;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::link_notices::LinkNotices;
use crate::components::linked_tool::LinkProps;
use crate::components::page_heading::PageHeading;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::components::submit_button;
use crate::components::text_field::{TextField, TextKind};
use crate::download;
use crate::hooks::form::{
    field_error, field_id, focus_id, status_action, use_focus_result, use_form,
};
use crate::location;
use crate::state::{use_app, Action};
use spoorwijzer_core::text::format;

#[derive(Clone, PartialEq)]
struct Initial {
    form: TijdlijnForm,
    notices: Vec<LinkNotice>,
    prefilled: bool,
    /// The steps the link says are done.
    done: BTreeSet<String>,
}

/// The calendar for one link (`query`: the fragment's query, empty without a link).
#[component]
pub fn TijdlijnPage(props: &LinkProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let initial = use_memo(props.query.clone(), |query| {
        let (link, notices) = deeplink::parse_tijdlijn(query);
        Initial {
            form: if link.is_empty() {
                TijdlijnForm::default()
            } else {
                TijdlijnForm::from_link(&link)
            },
            notices,
            prefilled: !link.is_empty(),
            done: link.done.iter().map(|m| m.code()).collect(),
        }
    });
    // The steps the link ticked, until the person unticks one: they count as done
    // together with the ticks kept in the app state.
    let from_link = {
        let done = initial.done.clone();
        use_state(move || done)
    };
    let done_steps: BTreeSet<String> = app.done_steps.union(&from_link).cloned().collect();
    // The calendar is recomputed from the form as last submitted on every render, so
    // that ticking a step updates the statuses.
    let form = {
        let prefilled = initial.prefilled;
        let initial = initial.clone();
        use_form(move || initial.form.clone(), prefilled)
    };
    let filter = use_state(ActorFilter::default);
    let status = use_state(|| None::<CalcText>);
    let today = use_today();

    let outcome: Option<Result<Timeline, TlErrors>> =
        form.submitted().map(|f| tl::make(f, today, &done_steps));
    let errors: TlErrors = match &outcome {
        Some(Err(e)) if form.errors_shown() => e.clone(),
        Some(_) | None => Vec::new(),
    };
    use_focus_result(
        form.submits(),
        matches!(outcome, Some(Ok(_))),
        "tl-result-heading",
    );
    let t = |c: CalcText| AttrValue::from(c.text(lang));
    let err = |f: TlField| field_error(&errors, f, lang);

    let onsubmit = {
        let status = status.clone();
        form.on_submit(move || status.set(None))
    };
    let fields = form.fields();
    let periods = fields.periods.iter().enumerate().map(|(i, p)| {
        let set_part = |until: bool| {
            form.setter(move |f, v: DateParts| {
                if let Some(row) = f.periods.get_mut(i) {
                    if until {
                        row.until = v;
                    } else {
                        row.from = v;
                    }
                }
            })
        };
        let on_remove = form.setter(move |f, _: MouseEvent| f.remove_period(i));
        let title = numbered(CalcText::TlPeriod, i + 1, lang);
        html! {
            <fieldset class="sw-fieldset sw-fieldset--group sw-repeat" key={i}>
                <legend class="sw-fieldset__legend sw-fieldset__legend--m">{ title.clone() }</legend>
                <DateField id={field_id("tl", TlField::From(i))} legend={t(CalcText::TlFrom)}
                    value={p.from.clone()} on_change={set_part(false)} error={err(TlField::From(i))} />
                <DateField id={field_id("tl", TlField::Until(i))} legend={format!("{} {}", CalcText::TlUntil.text(lang), CalcText::Optional.text(lang))}
                    hint={t(CalcText::TlUntilHint)}
                    value={p.until.clone()} on_change={set_part(true)} error={err(TlField::Until(i))} />
                if fields.periods.len() > 1 {
                    <button type="button" class="sw-button sw-button--secondary" onclick={on_remove}>
                        { numbered(CalcText::TlRemovePeriod, i + 1, lang) }
                    </button>
                }
            </fieldset>
        }
    });
    let on_add = form.setter(|f, _: MouseEvent| f.add_period());
    let summary_items: Vec<ErrorItem> = errors
        .iter()
        .map(|(f, e)| {
            ErrorItem::field(
                focus_id("tl", *f),
                format!("{}: {}", tl_field_label(*f, lang), form_error(*e, lang)),
            )
        })
        .collect();

    let result = match &outcome {
        Some(Ok(timeline)) => {
            let on_filter = {
                let filter = filter.clone();
                Callback::from(move |v: AttrValue| {
                    let f = ActorFilter::ALL
                        .into_iter()
                        .find(|f| f.code() == v.as_str())
                        .unwrap_or_default();
                    filter.set(f);
                })
            };
            let on_download = {
                let timeline = timeline.clone();
                status_action(&status, CalcText::TlDownloaded, move || {
                    let body = ics::calendar(&timeline, lang);
                    download::offer("poortwachter-kalender.ics", "text/calendar", &body)
                })
            };
            let on_copy = {
                let timeline = timeline.clone();
                status_action(&status, CalcText::TlCopied, move || {
                    download::copy_text(&timeline_summary(&timeline, lang))
                })
            };
            let on_copy_link = {
                let form = form.clone();
                status_action(&status, CalcText::LinkCopied, move || {
                    let q = form
                        .submitted()
                        .map(|f| deeplink::build_tijdlijn(&f.to_link()))
                        .unwrap_or_default();
                    download::copy_text(&location::link_to("/tijdlijn", &q))
                })
            };
            let filter_options: Vec<RadioOption> = ActorFilter::ALL
                .iter()
                .map(|f| RadioOption::new(f.code(), actor_filter_label(*f, lang)))
                .collect();
            let shown: Vec<_> = timeline
                .milestones
                .iter()
                .filter(|m| filter.matches(m.actor))
                .collect();
            html! {
                <>
                    <dl class="sw-summary-list">
                        <dt>{ t(CalcText::TlFirstSickDay) }</dt>
                        <dd id="tl-first-day">{ format::long_date(timeline.first_sick_day, lang) }</dd>
                        <dt>{ t(CalcText::TlSickDaysSoFar) }</dt>
                        <dd>{ timeline.sick_days_counted }</dd>
                    </dl>
                    <div class="sw-button-group">
                        <button type="button" class="sw-button" id="tl-download" onclick={on_download}>{ t(CalcText::TlDownload) }</button>
                        <button type="button" class="sw-button sw-button--secondary" id="tl-copy" onclick={on_copy}>{ t(CalcText::TlCopySummary) }</button>
                        <button type="button" class="sw-button sw-button--secondary" id="tl-copy-link" onclick={on_copy_link}>{ t(CalcText::CopyLink) }</button>
                    </div>
                    <RadioGroup id="tl-filter" legend={t(CalcText::TlFilter)} options={filter_options} inline=true
                        selected={filter.code()} on_change={on_filter} />
                    if shown.is_empty() {
                        <p>{ t(CalcText::TlNothingForFilter) }</p>
                    }
                    <ol class="sw-timeline" id="tl-list">
                        { for shown.into_iter().map(|m| {
                            let code = m.id.code();
                            let done = done_steps.contains(&code);
                            let on_done = {
                                let app = app.clone();
                                let from_link = from_link.clone();
                                let code = code.clone();
                                Callback::from(move |v: bool| {
                                    if !v && from_link.contains(&code) {
                                        let mut rest = (*from_link).clone();
                                        rest.remove(&code);
                                        from_link.set(rest);
                                    }
                                    app.dispatch(Action::SetStepDone(code.clone(), v))
                                })
                            };
                            html! {
                                <li class={classes!("sw-timeline__item", format!("sw-timeline__item--{}", m.status.code()))}
                                    data-id={code.clone()} data-actor={m.actor.code()}>
                                    <p class="sw-timeline__date">
                                        <time datetime={dates::iso(m.date)}>{ format::long_date_with_weekday(m.date, lang) }</time>
                                        { format!(" · {} {}", CalcText::TlWeek.text(lang), m.week) }
                                    </p>
                                    <h3 class="sw-timeline__title">{ milestone_title(m.id, lang) }</h3>
                                    <p class="sw-timeline__meta">
                                        <span>{ format!("{}: {}", CalcText::TlWho.text(lang), actor_label(m.actor, lang)) }</span>
                                        { " " }
                                        <span class={classes!("sw-badge", format!("sw-badge--{}", m.status.code()))}>
                                            <span class="sw-visually-hidden">{ format!("{}: ", CalcText::TlStatus.text(lang)) }</span>
                                            { status_badge(m.status, lang) }
                                        </span>
                                    </p>
                                    <p>{ milestone_what(m.id, lang) }</p>
                                    if let Some(u) = uncertain(m, lang) {
                                        <p class="sw-uncertain"><strong>{ format!("{}: ", CalcText::TlUncertain.text(lang)) }</strong>{ u }</p>
                                    }
                                    <Details summary={t(CalcText::TlIfMissed)}>
                                        <p>{ milestone_consequence(m.id, lang) }</p>
                                        <p class="sw-muted">{ CalcText::TlSource.text(lang) }{ ": " }{ crate::components::source_link::source_list(m.id.sources(), lang) }</p>
                                    </Details>
                                    if m.kind == MilestoneKind::Deadline {
                                        <Checkbox id={format!("tl-done-{code}")} label={t(CalcText::TlDone)} checked={done}
                                            hidden_context={milestone_title(m.id, lang)} on_change={on_done} />
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                    if !timeline.notices.is_empty() {
                        <h3>{ t(CalcText::TlNotices) }</h3>
                        <ul class="sw-notices" id="tl-notices">
                            { for timeline.notices.iter().map(|n| {
                                html! {
                                    <li>
                                        <strong>{ notice_title(n.id, lang) }</strong>
                                        if let Some(d) = n.date {
                                            { format!(" ({})", format::long_date(d, lang)) }
                                        }
                                        <p>{ notice_body(n.id, lang) }</p>
                                        <p class="sw-muted">{ CalcText::TlSource.text(lang) }{ ": " }{ crate::components::source_link::source_list(n.id.sources(), lang) }</p>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                </>
            }
        }
        Some(Err(_)) | None => html! { <p class="sw-muted">{ t(CalcText::TlResultEmpty) }</p> },
    };

    html! {
        <>
            <PageHeading text={t(CalcText::TlTitle)} error={!errors.is_empty()} />
            <p class="sw-lead">{ t(CalcText::TlIntro) }</p>
            <LinkNotices id="tl-link-notice" notices={initial.notices.clone()} />
            if !errors.is_empty() {
                <ErrorSummary title={t(CalcText::ErrorSummaryTitle)} items={summary_items} focus_key={form.submits()} />
            }
            <div class="sw-calc sw-calc--wide-result">
                <form class="sw-calc__form" novalidate=true {onsubmit} id="tl-form">
                    { for periods }
                    <div class="sw-button-group">
                        <button type="button" class="sw-button sw-button--secondary" id="tl-add-period" onclick={on_add}>
                            { t(CalcText::TlAddPeriod) }
                        </button>
                    </div>
                    <DateField id={field_id("tl", TlField::ContractEnd)}
                        legend={format!("{} {}", CalcText::TlContractEnd.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TlContractEndHint)}
                        value={fields.contract_end.clone()} on_change={form.setter(|f, v: DateParts| f.contract_end = v)}
                        error={err(TlField::ContractEnd)} />
                    <div class="sw-checkboxes">
                        <Checkbox id="tl-erd-zw" label={t(CalcText::TlErdZw)} hint={t(CalcText::TlErdZwHint)}
                            checked={fields.erd_zw} on_change={form.setter(|f, v: bool| f.erd_zw = v)} />
                    </div>
                    <TextField id={field_id("tl", TlField::Loonsanctie)}
                        label={format!("{} {}", CalcText::TlLoonsanctie.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TlLoonsanctieHint)} kind={TextKind::WholeNumber}
                        value={fields.loonsanctie.clone()} on_change={form.setter(|f, v: String| f.loonsanctie = v)}
                        error={err(TlField::Loonsanctie)} />
                    <TextField id={field_id("tl", TlField::Label)}
                        label={format!("{} {}", CalcText::TlLabel.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TlLabelHint)} kind={TextKind::Text}
                        value={fields.label.clone()} on_change={form.setter(|f, v: String| f.label = v)}
                        error={err(TlField::Label)} />
                    { submit_button("tl-submit", &t(CalcText::TlMake)) }
                </form>
                <section class="sw-calc__result sw-calc__result--wide" aria-labelledby="tl-result-heading">
                    <div aria-live="polite">
                        <h2 id="tl-result-heading" tabindex="-1">{ t(CalcText::TlResultHeading) }</h2>
                        <p role="status" class="sw-status" id="tl-status">
                            { status.map(|c| c.text(lang)).unwrap_or("") }
                        </p>
                    </div>
                    { result }
                </section>
            </div>
        </>
    }
}

//! One interview question (`#/vraag/<question_id>`): back link, "Stap x van y" when
//! reliable, the question as the page heading (the legend of the radio group), hint, help
//! behind "Wat betekent dit?", the answer control by kind, "Weet ik niet" where allowed,
//! "Volgende", and a quiet "Opslaan en later verder" link.
//!
//! Validation happens on "Volgende" (`flow::validate`); routing is the core's
//! (`flow::following` in the ordinary flow, `flow::after_change` after "Wijzig").

use spoorwijzer_core::dates::DateParts;
use spoorwijzer_core::flow::{self, Answer, AnswerError, Kind, QuestionId, RawInput, Step};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::flow::{
    error_message, option_label, question_extra, question_text, step_of, unknown_label, FlowText,
};
use spoorwijzer_core::text::format::amount_in_field;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::checkbox::Checkbox;
use crate::components::date_field::DateField;
use crate::components::details::Details;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::field_error::{described_by, FieldError};
use crate::components::money_field::MoneyField;
use crate::components::page_heading::PageHeading;
use crate::components::text_field::{TextField, TextKind};
use crate::hooks::form::use_form;
use crate::route::{step_route, Route};
use crate::state::{use_app, Action};

/// The id of the answer control (the first radio, the money/number input, or the date's
/// group; the date's day input is `antwoord-dag`).
const FIELD: &str = "antwoord";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// What the form holds before validation.
#[derive(Debug, Clone, PartialEq, Default)]
struct Form {
    choice: String,
    date: DateParts,
    text: String,
    unknown: bool,
}

impl Form {
    /// Pre-fill from a stored answer, so "Wijzig" and the back button show what was given.
    fn from_answer(a: Option<&Answer>, lang: Lang) -> Form {
        let mut f = Form::default();
        match a.map(|a| RawInput::from_answer(a, |c| amount_in_field(c, lang))) {
            Some(RawInput::Choice(c)) => f.choice = c,
            Some(RawInput::DateParts { day, month, year }) => {
                f.date = DateParts { day, month, year }
            }
            Some(RawInput::DateText(s) | RawInput::Text(s)) => f.text = s,
            Some(RawInput::Unknown) => {
                f.unknown = true;
                f.choice = flow::questions::UNKNOWN_ID.to_string();
            }
            None => {}
        }
        f
    }

    fn raw(&self, kind: Kind) -> RawInput {
        if self.unknown {
            return RawInput::Unknown;
        }
        match kind {
            Kind::Choice(_) => RawInput::Choice(self.choice.clone()),
            Kind::Date { .. } => RawInput::DateParts {
                day: self.date.day.clone(),
                month: self.date.month.clone(),
                year: self.date.year.clone(),
            },
            Kind::Money { .. } | Kind::Integer { .. } => RawInput::Text(self.text.clone()),
        }
    }
}

#[component]
pub fn QuestionPage(props: &Props) -> Html {
    let state = use_app();
    let lang = state.lang;
    let navigator = use_navigator();
    let today = use_today();
    let parsed = QuestionId::parse(&props.id);
    let answers = state.answers.clone();
    let on_path = parsed.is_some_and(|q| flow::is_on_path(&answers, q));

    let form = {
        let stored = parsed.and_then(|q| answers.get(&q).copied());
        use_form(move || Form::from_answer(stored.as_ref(), lang), false)
    };
    let error = use_state(|| None::<AnswerError>);
    let submits = use_state(|| 0u32);

    // An unknown id or a question that is not on the path: go to the right question.
    {
        let navigator = navigator.clone();
        let target = step_route(flow::next(&answers));
        let redirect = !on_path;
        use_effect_with((props.id.clone(), redirect), move |(_, redirect)| {
            if *redirect {
                if let Some(n) = navigator {
                    n.replace(&target);
                }
            }
        });
    }
    let Some(q) = parsed.filter(|_| on_path) else {
        let target = step_route(flow::next(&answers));
        return html! {
            <p><Link<Route> to={target}>{ FlowText::Continue.text(lang) }</Link<Route>></p>
        };
    };

    let voice = flow::voice(&answers);
    let def = q.question();
    let words = question_text(q, voice, lang);

    // "Stap x van y" only for the question the walk asks now, and only when reliable.
    let step = if flow::next(&answers) == Step::Ask(q) {
        flow::progress(&answers)
    } else {
        None
    };
    let step_text = step.map(|(x, y)| step_of(x, y, lang));
    let title = match &step_text {
        Some(s) => format!("{} ({s})", words.heading),
        None => words.heading.to_string(),
    };

    let back = if state.changing_from_check {
        Route::Controle
    } else {
        match flow::previous(&answers, Some(q)) {
            Some(p) => Route::Vraag {
                id: p.as_str().to_string(),
            },
            None => Route::Start,
        }
    };

    let onsubmit = {
        let form = form.clone();
        let error = error.clone();
        let submits = submits.clone();
        let state = state.clone();
        let navigator = navigator.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match flow::validate(q, &form.fields().raw(def.kind), today) {
                Ok(answer) => {
                    error.set(None);
                    let mut next_answers = state.answers.clone();
                    next_answers.insert(q, answer);
                    let step = if state.changing_from_check {
                        flow::after_change(&next_answers)
                    } else {
                        flow::following(&next_answers, q)
                    };
                    state.dispatch(Action::SetAnswer(q, answer));
                    if let Some(n) = &navigator {
                        n.push(&step_route(step));
                    }
                }
                Err(err) => {
                    error.set(Some(err));
                    submits.set(*submits + 1);
                }
            }
        })
    };

    let err_text = (*error).map(|e| AttrValue::from(error_message(e, lang)));
    // Money and whole-number answers are both typed text.
    let text_change = form.setter(|f, s: String| f.text = s);
    let target = match def.kind {
        Kind::Date { .. } => format!("{FIELD}-dag"),
        Kind::Choice(_) | Kind::Money { .. } | Kind::Integer { .. } => FIELD.to_string(),
    };
    let hint_text: Option<String> = match (words.hint, question_extra(q, today, lang)) {
        (Some(h), Some(x)) => Some(format!("{h} {x}")),
        (Some(h), None) => Some(h.to_string()),
        (None, Some(x)) => Some(x),
        (None, None) => None,
    };
    let help = html! {
        <Details summary={FlowText::WhatDoesThisMean.text(lang)}>
            <p>{ words.help }</p>
            <p class="sw-related-terms">{ FlowText::RelatedTerms.text(lang) }</p>
            <ul class="sw-related-terms__list">
                { for spoorwijzer_core::kb::question_terms::terms(q).iter().map(|term| html! {
                    <li>
                        <crate::components::term_disclosure::TermDisclosure
                            term={*term}
                            content={vec![spoorwijzer_core::kb::markdown::Inline::Text(term.name(lang).to_string())]} />
                    </li>
                }) }
            </ul>
        </Details>
    };
    let unknown_box = |label: &'static str| {
        html! {
            <Checkbox id="antwoord-weet-niet" label={label} checked={form.fields().unknown}
                on_change={form.setter(|f, on: bool| f.unknown = on)} />
        }
    };

    // A date, money or number question: the heading, the help, the field and, where
    // allowed, "weet ik niet".
    let hint = hint_text.clone().map(AttrValue::from);
    let single_field = |field: Html| {
        html! {
            <>
                { heading(&step_text, words.heading, err_text.is_some(), &title) }
                { help.clone() }
                { field }
                if def.allow_unknown { { unknown_box(unknown_label(q, lang)) } }
            </>
        }
    };

    let control = match def.kind {
        Kind::Choice(opts) => {
            let has_error = err_text.is_some();
            let mut items: Vec<(String, &'static str)> = opts
                .iter()
                .map(|o| (o.as_str().to_string(), option_label(q, *o, voice, lang)))
                .collect();
            if def.allow_unknown {
                items.push((
                    flow::questions::UNKNOWN_ID.to_string(),
                    unknown_label(q, lang),
                ));
            }
            html! {
                <div class={classes!("sw-form-group", has_error.then_some("sw-form-group--error"))}>
                    <fieldset class="sw-fieldset"
                        aria-describedby={described_by(FIELD, hint_text.is_some(), has_error)}>
                        <legend class="sw-fieldset__legend sw-question__legend">
                            if let Some(s) = step_text.clone() {
                                <span class="sw-question__step">{ s }</span>
                            }
                            <PageHeading text={words.heading} error={has_error} title={title.clone()} />
                        </legend>
                        if let Some(h) = hint_text.clone() {
                            <p id={format!("{FIELD}-hint")} class="sw-hint">{ h }</p>
                        }
                        { help.clone() }
                        if let Some(err) = err_text.clone() {
                            <FieldError id={format!("{FIELD}-error")} message={err} />
                        }
                        <div class="sw-radios">
                            { for items.iter().enumerate().map(|(i, (value, label))| {
                                let input_id = if i == 0 { FIELD.to_string() } else { format!("{FIELD}-{i}") };
                                let onchange = {
                                    let v = value.clone();
                                    form.setter(move |f, _: Event| {
                                        f.choice = v.clone();
                                        f.unknown = false;
                                    })
                                };
                                html! {
                                    <div class="sw-radios__item">
                                        <input class="sw-radios__input" type="radio" id={input_id.clone()}
                                            name={FIELD} value={value.clone()}
                                            checked={form.fields().choice == *value}
                                            aria-invalid={has_error.then_some("true")}
                                            {onchange} />
                                        <label class="sw-radios__label" for={input_id}>{ *label }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
            }
        }
        Kind::Date { .. } => single_field(html! {
            <DateField id={FIELD} legend={words.short} hint={hint.clone()}
                value={form.fields().date.clone()} on_change={form.setter(|f, d: DateParts| f.date = d)}
                error={err_text.clone()} />
        }),
        Kind::Money { .. } => single_field(html! {
            <MoneyField id={FIELD} label={words.short} hint={hint.clone()}
                value={form.fields().text.clone()} on_change={text_change.clone()} error={err_text.clone()} />
        }),
        Kind::Integer { .. } => single_field(html! {
            <TextField id={FIELD} label={words.short} kind={TextKind::WholeNumber} hint={hint.clone()}
                value={form.fields().text.clone()} on_change={text_change.clone()} error={err_text.clone()} />
        }),
    };

    html! {
        <div class="sw-question">
            <Link<Route> to={back} classes="sw-back-link">{ FlowText::Back.text(lang) }</Link<Route>>
            if let Some(err) = err_text.clone() {
                <ErrorSummary title={FlowText::ErrorSummaryTitle.text(lang)}
                    items={vec![ErrorItem::field(target.clone(), err)]}
                    focus_key={*submits} />
            }
            <form class="sw-question__form" novalidate=true {onsubmit}>
                { control }
                <div class="sw-button-group">
                    <button type="submit" class="sw-button">{ FlowText::Continue.text(lang) }</button>
                </div>
            </form>
            <p class="sw-question__save">
                <Link<Route> to={Route::Bewaren}>{ FlowText::SaveAndContinueLater.text(lang) }</Link<Route>>
            </p>
        </div>
    }
}

/// The page heading for questions that are not a single radio group: step line and `<h1>`.
fn heading(step: &Option<String>, text: &'static str, error: bool, title: &str) -> Html {
    html! {
        <>
            if let Some(s) = step.clone() {
                <p class="sw-question__step">{ s }</p>
            }
            <PageHeading text={text} {error} title={AttrValue::from(title.to_string())} />
        </>
    }
}

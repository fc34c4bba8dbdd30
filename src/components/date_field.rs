//! A date as three inputs (dag, maand, jaar) in a fieldset with a legend (design.md §3).
//! Typing or pasting a whole date such as `05-03-2026` into the day input fills all three
//! (`forms::split_date_paste` in the core). The inputs have ids `<id>-dag`, `<id>-maand`
//! and `<id>-jaar`; error links point at `<id>-dag`.

use spoorwijzer_core::dates::DateParts;
use spoorwijzer_core::forms::split_date_paste;
use spoorwijzer_core::text::calc::CalcText;
use yew::prelude::*;

use super::field_error::{described_by, FieldError};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: DateParts,
    pub on_change: Callback<DateParts>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A date of birth: lets the browser offer autofill (`bday-*`); otherwise autocomplete
    /// is off.
    #[prop_or(false)]
    pub birthday: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Part {
    Day,
    Month,
    Year,
}

#[component]
pub fn DateField(props: &Props) -> Html {
    let lang = use_app().lang;
    let id = props.id.to_string();
    let has_error = props.error.is_some();
    let on_part = |part: Part| {
        let value = props.value.clone();
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let v = super::input_value(&e);
            let mut next = value.clone();
            match part {
                Part::Day => match split_date_paste(&v) {
                    Some(whole) => next = whole,
                    None => next.day = v,
                },
                Part::Month => next.month = v,
                Part::Year => next.year = v,
            }
            cb.emit(next);
        })
    };
    let input = |part: Part,
                 suffix: &str,
                 label: CalcText,
                 value: &str,
                 auto: &str,
                 class: &str| {
        let input_id = format!("{id}-{suffix}");
        let autocomplete = if props.birthday {
            auto.to_string()
        } else {
            "off".to_string()
        };
        html! {
            <div class="sw-date-input__item">
                <label class="sw-label sw-date-input__label" for={input_id.clone()}>{ label.text(lang) }</label>
                <input class={classes!("sw-input", class.to_string(), has_error.then_some("sw-input--error"))}
                    id={input_id} name={format!("{id}-{suffix}")} type="text" inputmode="numeric"
                    autocomplete={autocomplete} spellcheck="false"
                    aria-invalid={has_error.then_some("true")}
                    value={value.to_string()} oninput={on_part(part)} />
            </div>
        }
    };
    html! {
        <div class={classes!("sw-form-group", has_error.then_some("sw-form-group--error"))}>
            <fieldset class="sw-fieldset"
                aria-describedby={described_by(&id, true, has_error)}>
                <legend class="sw-fieldset__legend">{ props.legend.clone() }</legend>
                <p id={format!("{id}-hint")} class="sw-hint">
                    { props.hint.clone().map(|h| html! { <>{ h }{ " " }</> }) }
                    { CalcText::DateHint.text(lang) }
                </p>
                if let Some(err) = props.error.clone() {
                    <FieldError id={format!("{id}-error")} message={err} />
                }
                <div class="sw-date-input" id={id.clone()}>
                    { input(Part::Day, "dag", CalcText::Day, &props.value.day, "bday-day", "sw-input--w2") }
                    { input(Part::Month, "maand", CalcText::Month, &props.value.month, "bday-month", "sw-input--w2") }
                    { input(Part::Year, "jaar", CalcText::Year, &props.value.year, "bday-year", "sw-input--w4") }
                </div>
            </fieldset>
        </div>
    }
}

//! A text input for numbers, percentages, hours or short text. Numbers use
//! `inputmode="decimal"` and say what they read; a suffix such as "%" or "uur" can follow
//! the input.

use spoorwijzer_core::text::forms::read_as_number;
use yew::prelude::*;

use super::details::Details;
use super::field_error::{described_by, FieldError};
use crate::state::use_app;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextKind {
    #[default]
    Number,
    Percentage,
    Hours,
    WholeNumber,
    Text,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub kind: TextKind,
    /// Shown after the input, e.g. "%".
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    #[prop_or_default]
    pub help: Option<(AttrValue, AttrValue)>,
}

#[component]
pub fn TextField(props: &Props) -> Html {
    let lang = use_app().lang;
    let id = props.id.to_string();
    let has_error = props.error.is_some();
    let (inputmode, width) = match props.kind {
        TextKind::Number | TextKind::Percentage | TextKind::Hours => ("decimal", "sw-input--w5"),
        TextKind::WholeNumber => ("numeric", "sw-input--w3"),
        TextKind::Text => ("text", "sw-input--w20"),
    };
    let read = match props.kind {
        TextKind::Number | TextKind::Percentage | TextKind::Hours => {
            read_as_number(&props.value, lang)
        }
        TextKind::WholeNumber | TextKind::Text => None,
    };
    let oninput = {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| cb.emit(super::input_value(&e)))
    };
    html! {
        <div class={classes!("sw-form-group", has_error.then_some("sw-form-group--error"))}>
            <label class="sw-label" for={id.clone()}>{ props.label.clone() }</label>
            if let Some(h) = props.hint.clone() {
                <p id={format!("{id}-hint")} class="sw-hint">{ h }</p>
            }
            if let Some(err) = props.error.clone() {
                <FieldError id={format!("{id}-error")} message={err} />
            }
            <div class="sw-input-wrapper">
                <input class={classes!("sw-input", width, has_error.then_some("sw-input--error"))}
                    id={id.clone()} name={id.clone()} type="text" inputmode={inputmode} autocomplete="off"
                    spellcheck="false"
                    aria-invalid={has_error.then_some("true")}
                    aria-describedby={described_by(&id, props.hint.is_some(), has_error)}
                    value={props.value.clone()} {oninput} />
                if let Some(s) = props.suffix.clone() {
                    <span class="sw-input__suffix" aria-hidden="true">{ s }</span>
                }
            </div>
            if let Some(r) = read {
                <p class="sw-read-as">{ r }</p>
            }
            if let Some((summary, text)) = props.help.clone() {
                <Details {summary}><p>{ text }</p></Details>
            }
        </div>
    }
}

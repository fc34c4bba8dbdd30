//! A money input: a text input with a € prefix and `inputmode="decimal"`. It accepts
//! `3.250,50`, `3250.50` and `€ 3.250`, and says what it read ("Gelezen als € 3.250,50"),
//! computed by the core (`text::forms::read_as_money`).

use spoorwijzer_core::text::forms::read_as_money;
use yew::prelude::*;

use super::details::Details;
use super::field_error::{described_by, FieldError};
use crate::state::use_app;

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
    /// A disclosure under the field: (summary, text), e.g. ("Wat telt mee?", …).
    #[prop_or_default]
    pub help: Option<(AttrValue, AttrValue)>,
}

#[component]
pub fn MoneyField(props: &Props) -> Html {
    let lang = use_app().lang;
    let id = props.id.to_string();
    let has_error = props.error.is_some();
    let read = read_as_money(&props.value, lang);
    let oninput = {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| cb.emit(super::input_value(&e)))
    };
    let mut describedby = described_by(&id, props.hint.is_some(), has_error)
        .map(|s| s.to_string())
        .unwrap_or_default();
    if read.is_some() {
        if !describedby.is_empty() {
            describedby.push(' ');
        }
        describedby.push_str(&format!("{id}-read"));
    }
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
                <span class="sw-input__prefix" aria-hidden="true">{ "€" }</span>
                <input class={classes!("sw-input", "sw-input--money", has_error.then_some("sw-input--error"))}
                    id={id.clone()} name={id.clone()} type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false"
                    aria-invalid={has_error.then_some("true")}
                    aria-describedby={(!describedby.is_empty()).then_some(describedby)}
                    value={props.value.clone()} {oninput} />
            </div>
            if let Some(r) = read {
                <p id={format!("{id}-read")} class="sw-read-as">{ r }</p>
            }
            if let Some((summary, text)) = props.help.clone() {
                <Details {summary}><p>{ text }</p></Details>
            }
        </div>
    }
}

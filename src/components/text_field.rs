//! A text input for amounts, numbers, percentages, hours or short text. Amounts and numbers
//! use `inputmode="decimal"` and say what they read ("Gelezen als € 3.250,50", computed by
//! the core, `text::forms`); an amount has a € before it, and a suffix such as "%" or
//! "uur" can follow the input.

use spoorwijzer_core::text::forms::{read_as_money, read_as_number};
use yew::prelude::*;

use super::details::Details;
use super::field_error::{described_by, FieldError};
use crate::state::use_app;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextKind {
    #[default]
    Number,
    /// An amount in euros: `3.250,50`, `3250.50` and `€ 3.250` are read.
    Money,
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
    field(props, props.kind, lang)
}

/// The field's markup for `kind` (the money field uses it with [`TextKind::Money`]). What
/// the field read is announced with the hint and the error (`aria-describedby`).
pub(super) fn field(props: &Props, kind: TextKind, lang: spoorwijzer_core::lang::Lang) -> Html {
    let id = props.id.to_string();
    let has_error = props.error.is_some();
    let (inputmode, width) = match kind {
        TextKind::Money => ("decimal", "sw-input--money"),
        TextKind::Number | TextKind::Percentage | TextKind::Hours => ("decimal", "sw-input--w5"),
        TextKind::WholeNumber => ("numeric", "sw-input--w3"),
        TextKind::Text => ("text", "sw-input--w20"),
    };
    let read = match kind {
        TextKind::Money => read_as_money(&props.value, lang),
        TextKind::Number | TextKind::Percentage | TextKind::Hours => {
            read_as_number(&props.value, lang)
        }
        TextKind::WholeNumber | TextKind::Text => None,
    };
    let oninput = {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| cb.emit(super::input_value(&e)))
    };
    let read_id = format!("{id}-read");
    let describedby = [
        described_by(&id, props.hint.is_some(), has_error).map(|s| s.to_string()),
        read.is_some().then(|| read_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
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
                if kind == TextKind::Money {
                    <span class="sw-input__prefix" aria-hidden="true">{ "€" }</span>
                }
                <input class={classes!("sw-input", width, has_error.then_some("sw-input--error"))}
                    id={id.clone()} name={id.clone()} type="text" inputmode={inputmode} autocomplete="off"
                    spellcheck="false"
                    aria-invalid={has_error.then_some("true")}
                    aria-describedby={(!describedby.is_empty()).then_some(describedby)}
                    value={props.value.clone()} {oninput} />
                if let Some(s) = props.suffix.clone() {
                    <span class="sw-input__suffix" aria-hidden="true">{ s }</span>
                }
            </div>
            if let Some(r) = read {
                <p id={read_id} class="sw-read-as">{ r }</p>
            }
            if let Some((summary, text)) = props.help.clone() {
                <Details {summary}><p>{ text }</p></Details>
            }
        </div>
    }
}

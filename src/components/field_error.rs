//! The inline message beside a field, with a visually hidden "Fout:" prefix. Its id is
//! `<field id>-error`, referenced by the field's `aria-describedby`.

use spoorwijzer_core::text::calc::CalcText;
use yew::prelude::*;

use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub message: AttrValue,
}

#[component]
pub fn FieldError(props: &Props) -> Html {
    let lang = use_app().lang;
    html! {
        <p id={props.id.clone()} class="sw-error-message">
            <span class="sw-visually-hidden">{ CalcText::ErrorPrefix.text(lang) }{ " " }</span>
            { props.message.clone() }
        </p>
    }
}

/// The ids for `aria-describedby`: the hint and/or the error, space-separated.
pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<AttrValue> {
    let mut parts = Vec::new();
    if has_hint {
        parts.push(format!("{id}-hint"));
    }
    if has_error {
        parts.push(format!("{id}-error"));
    }
    if parts.is_empty() {
        None
    } else {
        Some(AttrValue::from(parts.join(" ")))
    }
}

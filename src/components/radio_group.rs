//! A radio group: fieldset with legend, optional hint, options with optional hints. The
//! first radio carries the group's id, so an error link focuses it.

use yew::prelude::*;

use super::field_error::{described_by, FieldError};

#[derive(Debug, Clone, PartialEq)]
pub struct RadioOption {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

impl RadioOption {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> RadioOption {
        RadioOption {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub options: Vec<RadioOption>,
    pub selected: AttrValue,
    pub on_change: Callback<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Options side by side (for two or three short options).
    #[prop_or(false)]
    pub inline: bool,
}

#[component]
pub fn RadioGroup(props: &Props) -> Html {
    let id = props.id.to_string();
    let has_error = props.error.is_some();
    html! {
        <div class={classes!("sw-form-group", has_error.then_some("sw-form-group--error"))}>
            <fieldset class="sw-fieldset" aria-describedby={described_by(&id, props.hint.is_some(), has_error)}>
                <legend class="sw-fieldset__legend">{ props.legend.clone() }</legend>
                if let Some(h) = props.hint.clone() {
                    <p id={format!("{id}-hint")} class="sw-hint">{ h }</p>
                }
                if let Some(err) = props.error.clone() {
                    <FieldError id={format!("{id}-error")} message={err} />
                }
                <div class={classes!("sw-radios", props.inline.then_some("sw-radios--inline"))}>
                    { for props.options.iter().enumerate().map(|(i, o)| {
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                        let hint_id = format!("{input_id}-item-hint");
                        let onchange = {
                            let cb = props.on_change.clone();
                            let v = o.value.clone();
                            Callback::from(move |_: Event| cb.emit(v.clone()))
                        };
                        html! {
                            <div class="sw-radios__item">
                                <input class="sw-radios__input" type="radio" id={input_id.clone()}
                                    name={id.clone()} value={o.value.clone()}
                                    checked={o.value == props.selected}
                                    aria-describedby={o.hint.as_ref().map(|_| hint_id.clone())}
                                    {onchange} />
                                <label class="sw-radios__label" for={input_id}>{ o.label.clone() }</label>
                                if let Some(h) = o.hint.clone() {
                                    <p id={hint_id} class="sw-hint sw-radios__hint">{ h }</p>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

//! One checkbox with its label (and an optional hint).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Visually hidden extra words for the label (e.g. which step is "gedaan").
    #[prop_or_default]
    pub hidden_context: Option<AttrValue>,
}

#[component]
pub fn Checkbox(props: &Props) -> Html {
    let id = props.id.to_string();
    let onchange = {
        let cb = props.on_change.clone();
        let checked = props.checked;
        Callback::from(move |_: Event| cb.emit(!checked))
    };
    html! {
        <div class="sw-checkboxes__item">
            <input class="sw-checkboxes__input" type="checkbox" id={id.clone()} name={id.clone()}
                checked={props.checked}
                aria-describedby={props.hint.as_ref().map(|_| format!("{id}-hint"))}
                {onchange} />
            <label class="sw-checkboxes__label" for={id.clone()}>
                { props.label.clone() }
                if let Some(c) = props.hidden_context.clone() {
                    <span class="sw-visually-hidden">{ ": " }{ c }</span>
                }
            </label>
            if let Some(h) = props.hint.clone() {
                <p id={format!("{id}-hint")} class="sw-hint">{ h }</p>
            }
        </div>
    }
}

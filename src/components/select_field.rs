//! A labelled select whose choice applies at once (the income page's scenario toggles).

use yew::prelude::*;

use super::radio_group::RadioOption;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<RadioOption>,
    pub selected: AttrValue,
    pub on_change: Callback<AttrValue>,
}

#[component]
pub fn SelectField(props: &Props) -> Html {
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            cb.emit(AttrValue::from(select.value()));
        })
    };
    html! {
        <div class="sw-form-group">
            <label class="sw-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <select class="sw-select" id={props.id.clone()} name={props.id.clone()} {onchange}>
                { for props.options.iter().map(|o| html! {
                    <option value={o.value.clone()} selected={o.value == props.selected}>{ o.label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

//! A disclosure ("Wat betekent dit?", "Hoe is dit berekend?"): native `<details>`, so it
//! works with the keyboard and screen readers without script.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub summary: AttrValue,
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Start open (for example when the fields inside hold input or an error).
    #[prop_or_default]
    pub open: bool,
}

#[component]
pub fn Details(props: &Props) -> Html {
    html! {
        <details class="sw-details" id={props.id.clone()} open={props.open}>
            <summary class="sw-details__summary"><span>{ props.summary.clone() }</span></summary>
            <div class="sw-details__text">{ props.children.clone() }</div>
        </details>
    }
}

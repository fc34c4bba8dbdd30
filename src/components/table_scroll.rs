//! A wrapper that lets a wide table scroll sideways inside itself, so the page never
//! scrolls horizontally on a narrow screen (from 320 px). The wrapper is a labelled,
//! keyboard-focusable region (`tabindex="0"`), so keyboard users can scroll it with the
//! arrow keys and screen reader users hear what it holds (the table caption).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id of the element that names the region: the table's `<caption>`.
    pub labelled_by: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn TableScroll(props: &Props) -> Html {
    html! {
        <div class="sw-table-scroll" role="region" tabindex="0" aria-labelledby={props.labelled_by.clone()}>
            { props.children.clone() }
        </div>
    }
}

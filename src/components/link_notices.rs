//! What a link carried that could not be used (`deeplink::LinkNotice`: unknown, malformed
//! or repeated parameters), shown above a calculator that the link pre-filled.

use spoorwijzer_core::deeplink::LinkNotice;
use spoorwijzer_core::text::calc::{link_notice, CalcText};
use yew::prelude::*;

use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The notice's id, e.g. `tv-link-notice`.
    pub id: AttrValue,
    pub notices: Vec<LinkNotice>,
}

#[component]
pub fn LinkNotices(props: &Props) -> Html {
    let lang = use_app().lang;
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="sw-notice" id={props.id.clone()}>
            <h2 class="sw-notice__title">{ CalcText::LinkNoticeTitle.text(lang) }</h2>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ link_notice(n, lang) }</li> }) }</ul>
        </div>
    }
}

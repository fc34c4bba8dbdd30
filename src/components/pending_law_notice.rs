//! A notice from the register of announced changes in the law: the status label as its
//! visible title ("Let op: wetsvoorstel, nog geen wet"), what the change does, what it
//! would mean here, the intended date and the day it was last checked, and its source.

use spoorwijzer_core::text::flow::outcome::RenderedPending;
use yew::prelude::*;

use crate::components::source_link::source_link;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: RenderedPending,
    /// Unique on the page: names the title for `aria-labelledby`.
    pub dom_id: AttrValue,
}

#[component]
pub fn PendingLawNotice(props: &Props) -> Html {
    let lang = use_app().lang;
    let n = &props.notice;
    let title_id = format!("{}-title", props.dom_id);
    html! {
        <div class="sw-callout sw-callout--plan sw-pending-law" role="note"
            aria-labelledby={title_id.clone()} data-pending-law={n.code}>
            <p class="sw-callout__title" id={title_id}>{ n.label }</p>
            <p><strong>{ n.title }</strong></p>
            <p>{ n.changes }</p>
            if let Some(m) = &n.meaning {
                <p>{ m.clone() }</p>
            }
            <p class="sw-pending-law__dates">{ n.dates.clone() }</p>
            <p class="sw-muted">{ source_link(&n.source, lang) }</p>
        </div>
    }
}

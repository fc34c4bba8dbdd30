//! The comparison page (`#/vergelijk`): spoor 2 and outplacement side by side.

use spoorwijzer_core::kb::KbPage;
use spoorwijzer_core::text::kb::KbText;
use yew::prelude::*;

use crate::components::compare_table::CompareTable;
use crate::components::kb_inline::external_link;
use crate::components::page_heading::PageHeading;
use crate::state::use_app;

#[component]
pub fn VergelijkPage() -> Html {
    let lang = use_app().lang;
    html! {
        <>
            <PageHeading text={KbText::CompareTitle.text(lang)} />
            <p class="sw-lead">{ KbText::CompareIntro.text(lang) }</p>
            <CompareTable />
            <p><a href={KbPage::SporenEnOutplacement.route()}>{ KbText::CompareReadMore.text(lang) }</a></p>
            <h2>{ KbText::Sources.text(lang) }</h2>
            <ul class="sw-kb-sources">
                { for spoorwijzer_core::kb::compare::sources().into_iter().map(|s| html! {
                    <li>{ match s.url {
                        Some(url) => external_link(url, html! { { s.label } }, lang),
                        None => html! { { s.label } },
                    } }</li>
                }) }
            </ul>
            <p class="sw-kb-disclaimer">{ KbText::Disclaimer.text(lang) }</p>
        </>
    }
}

//! The comparison page (`#/vergelijk`): spoor 2 and outplacement side by side.

use spoorwijzer_core::kb::{KbPage, KbText};
use spoorwijzer_core::text::kennisbank::KbWebText;
use yew::prelude::*;

use crate::components::compare_table::CompareTable;
use crate::components::page_heading::PageHeading;
use crate::state::use_app;

#[component]
pub fn VergelijkPage() -> Html {
    let lang = use_app().lang;
    html! {
        <>
            <PageHeading text={KbWebText::CompareTitle.text(lang)} />
            <p class="sw-lead">{ KbWebText::CompareIntro.text(lang) }</p>
            <CompareTable />
            <p><a href={KbPage::SporenEnOutplacement.route()}>{ KbWebText::CompareReadMore.text(lang) }</a></p>
            <p class="sw-kb-disclaimer">{ KbText::Disclaimer.text(lang) }</p>
        </>
    }
}

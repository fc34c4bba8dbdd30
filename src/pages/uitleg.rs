//! The explanation index (`#/uitleg`): every page with its title and summary, and a link
//! to the glossary.

use spoorwijzer_core::kb::KbPage;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::kb::KbText;
use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::state::use_app;

#[component]
pub fn UitlegPage() -> Html {
    let lang = use_app().lang;
    html! {
        <>
            <PageHeading text={KbText::IndexTitle.text(lang)} />
            <p class="sw-lead">{ KbText::IndexIntro.text(lang) }</p>
            <h2>{ KbText::IndexTopics.text(lang) }</h2>
            <PageList />
            <p class="sw-kb-glossary-link"><a href="#/begrippen">{ KbText::GlossaryLink.text(lang) }</a></p>
            <p class="sw-kb-disclaimer">{ KbText::Disclaimer.text(lang) }</p>
        </>
    }
}

/// The list of all explanation pages (also shown under "page not found").
#[component]
pub fn PageList() -> Html {
    let lang = use_app().lang;
    let entries = use_memo(lang, |lang| entries(*lang));
    html! {
        <ul class="sw-kb-index">
            { for entries.iter().map(|(route, title, summary)| html! {
                <li class="sw-kb-index__item">
                    <a class="sw-kb-index__link" href={route.clone()}>{ *title }</a>
                    <p class="sw-kb-index__summary">{ *summary }</p>
                </li>
            }) }
        </ul>
    }
}

fn entries(lang: Lang) -> Vec<(String, &'static str, &'static str)> {
    KbPage::all()
        .iter()
        .map(|p| (p.route(), p.title(lang), p.summary(lang)))
        .collect()
}

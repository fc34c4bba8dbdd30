//! One explanation page (`#/uitleg/<slug>`): title, summary, "Bijgewerkt op", the body,
//! the "Bronnen" list and the disclaimer. An unknown slug gets a helpful message and the
//! list of pages.

use spoorwijzer_core::dates;
use spoorwijzer_core::kb::KbPage;
use spoorwijzer_core::text::kb::KbText;
use yew::prelude::*;

use crate::components::kb_blocks::KbBlocks;
use crate::components::kb_inline::external_link;
use crate::components::load_status::LoadStatus;
use crate::components::page_heading::PageHeading;
use crate::content::{use_kb_page, Load};
use crate::pages::uitleg::PageList;
use crate::state::use_app;
use spoorwijzer_core::text::format;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub slug: AttrValue,
}

#[component]
pub fn UitlegPaginaPage(props: &Props) -> Html {
    let lang = use_app().lang;
    let kb = KbPage::from_slug(&props.slug);
    // The page's text is a data file, fetched when the page is opened; its title and
    // summary are known at once, so the heading (and the focus on it) does not wait.
    let loaded = use_kb_page(kb, lang);
    let back = html! {
        <p class="sw-back-link sw-no-print"><a href="#/uitleg">{ KbText::BackToIndex.text(lang) }</a></p>
    };
    let Some(kb) = kb else {
        return html! {
            <>
                <PageHeading text={KbText::PageNotFoundTitle.text(lang)} />
                <p>{ KbText::PageNotFoundBody.text(lang) }</p>
                <PageList />
                { back }
            </>
        };
    };
    let page = match loaded {
        Load::Ready(page) => page,
        other => {
            return html! {
                <article class="sw-kb-page">
                    { back }
                    <PageHeading text={kb.title(lang)} />
                    <p class="sw-lead">{ kb.summary(lang) }</p>
                    <LoadStatus failed={other.failed()} />
                </article>
            };
        }
    };
    html! {
        <article class="sw-kb-page">
            { back }
            <PageHeading text={page.title.clone()} />
            <p class="sw-lead">{ page.summary.clone() }</p>
            <p class="sw-kb-updated">
                { KbText::UpdatedOn.text(lang) }{ " " }
                <time datetime={dates::iso(page.updated)}>{ format::long_date(page.updated, lang) }</time>
            </p>
            // Keyed by slug: moving to another page starts with every term closed.
            <KbBlocks key={props.slug.to_string()} blocks={page.blocks.clone()} title={page.title.clone()} />
            <h2 id="sw-kb-sources">{ KbText::Sources.text(lang) }</h2>
            <ul class="sw-kb-sources">
                { for page.sources.iter().map(|s| html! {
                    <li>
                        { external_link(&s.url, html! { { s.label.clone() } }, lang) }
                        if !s.note.is_empty() { { ", " }{ s.note.clone() } }
                    </li>
                }) }
            </ul>
            <p class="sw-kb-disclaimer">{ KbText::Disclaimer.text(lang) }</p>
        </article>
    }
}

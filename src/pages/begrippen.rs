//! The glossary (`#/begrippen` and `#/begrippen/<term>`): every term as a definition list
//! with a stable anchor id (`begrip-<slug>`), and a search box that filters as you type
//! with [`search_terms`]. A polite live region announces how many terms match.
//!
//! A deep link `#/begrippen/<term>` highlights that term and moves focus to it (which
//! scrolls it into view). The focus waits one task, so it lands after the app frame has
//! moved focus to the page heading on a route change.

use spoorwijzer_core::kb::data::Glossary;
use spoorwijzer_core::kb::{search_terms_in, Term};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::kb::unknown_term;
use spoorwijzer_core::text::kb::{results_count, KbText};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::kb_inline::external_link;
use crate::components::load_status::LoadStatus;
use crate::components::page_heading::PageHeading;
use crate::content::{use_glossary, Load};
use crate::dom;
use crate::state::use_app;

/// The id of a term's entry in the glossary.
pub fn term_anchor(term: Term) -> String {
    format!("begrip-{}", term.slug())
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The slug from `#/begrippen/<term>`, if any.
    #[prop_or_default]
    pub term: Option<AttrValue>,
}

#[component]
pub fn BegrippenPage(props: &Props) -> Html {
    let lang = use_app().lang;
    let query = use_state(String::new);
    let target = props.term.as_deref().and_then(Term::from_slug);
    let unknown = match (&props.term, target) {
        (Some(slug), None) => Some(unknown_term(slug, lang)),
        _ => None,
    };

    // The definitions are a data file, fetched when the glossary is first needed; the
    // names are searched at once.
    let glossary = use_glossary(lang);
    let loaded = glossary.ready().is_some();

    // The term's entry exists once the definitions are there.
    use_effect_with((target, loaded), |(target, loaded)| {
        let timeout = target.filter(|_| *loaded).map(|t| {
            let id = term_anchor(t);
            gloo::timers::callback::Timeout::new(0, move || dom::focus_id(&id))
        });
        move || drop(timeout)
    });

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let results = search_terms_in(&query, lang, |t| glossary.ready().map(|g| g.definition(t)));

    html! {
        <>
            <PageHeading text={KbText::GlossaryTitle.text(lang)} />
            <p class="sw-lead">{ KbText::GlossaryIntro.text(lang) }</p>
            if let Some(msg) = unknown {
                <p class="sw-notice">{ msg }</p>
            }
            <div class="sw-kb-search sw-no-print">
                <label class="sw-kb-search__label" for="sw-glossary-search">{ KbText::SearchLabel.text(lang) }</label>
                <p class="sw-kb-search__hint" id="sw-glossary-search-hint">{ KbText::SearchHint.text(lang) }</p>
                <input
                    class="sw-kb-search__input"
                    id="sw-glossary-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="sw-glossary-search-hint"
                    aria-controls="sw-glossary-list"
                    value={(*query).clone()}
                    {oninput}
                />
            </div>
            if let Load::Ready(glossary) = &glossary {
                <p class="sw-kb-count" id="sw-glossary-count" role="status" aria-live="polite">
                    { results_count(results.len(), lang) }
                </p>
                if results.is_empty() {
                    <p class="sw-kb-no-results">{ KbText::NoResults.text(lang) }</p>
                }
                <dl class="sw-glossary" id="sw-glossary-list">
                    { for results.iter().map(|&t| term_entry(t, lang, target == Some(t), glossary)) }
                </dl>
            } else {
                <LoadStatus failed={glossary.failed()} />
            }
            <p class="sw-kb-disclaimer">{ KbText::Disclaimer.text(lang) }</p>
        </>
    }
}

fn term_entry(term: Term, lang: Lang, current: bool, glossary: &Glossary) -> Html {
    let class = classes!(
        "sw-glossary__item",
        current.then_some("sw-glossary__item--current")
    );
    let page = term.page().map(|p| (p.route(), p.title(lang)));
    html! {
        <div class={class} id={term_anchor(term)} tabindex="-1" data-term={term.slug()}>
            <dt class="sw-glossary__term">{ term.name(lang) }</dt>
            <dd class="sw-glossary__definition">
                <p>{ glossary.definition(term).to_string() }</p>
                if let Some(src) = term.source() {
                    <p class="sw-glossary__source">
                        { KbText::TermSource.text(lang) }{ " " }
                        { crate::components::source_link::source_link(&src, lang) }
                    </p>
                }
                if let Some(url) = term.website() {
                    <p class="sw-glossary__source">
                        { external_link(url, html! { { term.name(lang) } }, lang) }
                    </p>
                }
                if let Some((route, title)) = page {
                    <p class="sw-glossary__more">
                        <a href={route}>{ KbText::ReadMore.text(lang) }{ ": " }{ title }</a>
                    </p>
                }
            </dd>
        </div>
    }
}

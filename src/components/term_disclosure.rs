//! A glossary term inside running text, as an in-place disclosure.
//!
//! Why a button and not a `<details>` or a link: a term sits in the middle of a sentence,
//! a table cell or a list item. `<details>` is block content and may not stand inside a
//! `<p>`; it would break the sentence in two. A plain link to `#/begrippen/<term>` takes
//! the reader away from the page they are reading. A `<button aria-expanded>` is phrasing
//! content, works with Enter and Space, and screen readers announce it as "collapsed" or
//! "expanded". The definition is rendered directly after the button, so it is next in the
//! reading order and needs no `aria-controls`. The opened definition links to the term in
//! the glossary for those who want more. Hover-only tooltips are avoided on purpose: they
//! fail on touch screens and for keyboard users.
//!
//! The definitions are a data file (`crate::content`), asked for when the first term
//! of a page is shown, so it is there by the time a term is opened.

use spoorwijzer_core::kb::markdown::Inline;
use spoorwijzer_core::kb::Term;
use spoorwijzer_core::text::kb::KbText;
use yew::prelude::*;

use crate::components::kb_inline::render_inlines;
use crate::components::load_status::LoadStatus;
use crate::content::{use_glossary, Load};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub term: Term,
    /// The words in the text that name the term.
    pub content: Vec<Inline>,
}

#[component]
pub fn TermDisclosure(props: &Props) -> Html {
    let lang = use_app().lang;
    let open = use_state(|| false);
    let glossary = use_glossary(lang);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let term = props.term;
    html! {
        <span class="sw-term">
            <button type="button" class="sw-term__toggle" aria-expanded={ if *open { "true" } else { "false" } } onclick={toggle}>
                { render_inlines(&props.content, lang) }
                <span class="sw-visually-hidden">{ " " }{ KbText::TermToggleHint.text(lang) }</span>
            </button>
            if *open {
                <span class="sw-term__definition">
                    <strong class="sw-term__name">{ term.name(lang) }</strong>{ ": " }
                    if let Load::Ready(g) = &glossary {
                        { g.definition(term).to_string() }{ " " }
                    } else {
                        <LoadStatus failed={glossary.failed()} inline=true />{ " " }
                    }
                    <a href={term.route()}>{ KbText::TermInGlossary.text(lang) }</a>
                </span>
            }
        </span>
    }
}

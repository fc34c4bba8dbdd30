//! Inline Markdown of the kennisbank ([`Inline`]) as Yew elements, one by one: no HTML
//! string is built and nothing is injected.
//!
//! - internal links are plain `<a href="#/...">`: the hash router picks up the
//!   fragment change, and a fragment query (`#/transitievergoeding?loon=3000`) is kept;
//! - glossary terms become a [`TermDisclosure`]: an in-place disclosure button that shows
//!   the definition right after the word (see that component for why);
//! - external links are an [`ExternalLink`]: `rel="noopener noreferrer"`, a visually hidden
//!   "(externe website)", and a new tab when the app runs in a frame.

use spoorwijzer_core::kb::markdown::Inline;
use spoorwijzer_core::lang::Lang;
use yew::prelude::*;

use crate::components::external_link::ExternalLink;
use crate::components::term_disclosure::TermDisclosure;

/// Render a run of inlines.
pub fn render_inlines(inlines: &[Inline], lang: Lang) -> Html {
    html! { { for inlines.iter().map(|i| render_inline(i, lang)) } }
}

fn render_inline(inline: &Inline, lang: Lang) -> Html {
    match inline {
        Inline::Text(t) => html! { { t.clone() } },
        Inline::Strong(c) => html! { <strong>{ render_inlines(c, lang) }</strong> },
        Inline::Emphasis(c) => html! { <em>{ render_inlines(c, lang) }</em> },
        Inline::InternalLink { route, content } => {
            html! { <a href={route.clone()}>{ render_inlines(content, lang) }</a> }
        }
        Inline::TermLink { term, content } => {
            html! { <TermDisclosure term={*term} content={content.clone()} /> }
        }
        Inline::ExternalLink { url, content } => {
            external_link(url, render_inlines(content, lang), lang)
        }
    }
}

/// A link to another website ([`ExternalLink`]).
pub fn external_link(url: &str, content: Html, lang: Lang) -> Html {
    html! { <ExternalLink href={url.to_string()} {lang}>{ content }</ExternalLink> }
}

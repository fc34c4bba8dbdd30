//! A citation: the label as an outbound link when it has a URL, otherwise plain text.

use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::source::Source;
use yew::prelude::*;

use super::kb_inline::external_link;

/// Render one source. Links leave the app (`rel="noopener noreferrer"`); nothing is ever
/// loaded from them.
pub fn source_link(s: &Source, lang: Lang) -> Html {
    match s.url {
        Some(url) => external_link(url, html! { { s.label } }, lang),
        None => html! { { s.label } },
    }
}

/// Render several sources inline, separated by "; ".
pub fn source_list(list: &[Source], lang: Lang) -> Html {
    html! {
        { for list.iter().enumerate().map(|(i, s)| html! {
            <>
                if i > 0 { { "; " } }
                { source_link(s, lang) }
            </>
        }) }
    }
}

//! A citation: the label as an outbound link when it has a URL, otherwise plain text.

use spoorwijzer_core::source::Source;
use spoorwijzer_core::text::Lang;
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

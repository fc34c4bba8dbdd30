//! A link to another website. It never loads anything; the user chooses to follow it.
//!
//! - Always `rel="noopener noreferrer"` (no opener, no referrer) and a visually hidden
//!   "(externe website)", so screen reader users know they leave Spoorwijzer.
//! - Inside a frame (an embedder's iframe) it opens in a new tab (`target="_blank"`) and
//!   says so, visually hidden: "(opent in een nieuw tabblad)". Followed inside the frame it
//!   would replace the app, with every answer in memory, and most official sites refuse to
//!   be framed, so the visitor would see an error page. Outside a frame it behaves as any
//!   link. Links inside the app (`#/…`) never use this component.

use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::kb::KbText;
use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;

use crate::embed::use_framed;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub href: AttrValue,
    pub lang: Lang,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ExternalLink(props: &Props) -> Html {
    let framed = use_framed();
    let lang = props.lang;
    html! {
        <a href={props.href.clone()} rel="noopener noreferrer" class="sw-external"
            target={framed.then_some("_blank")}>
            { props.children.clone() }
            <span class="sw-visually-hidden">{ " " }{ KbText::ExternalLinkHint.text(lang) }</span>
            if framed {
                <span class="sw-visually-hidden">{ " " }{ UiText::OpensInNewTab.text(lang) }</span>
            }
        </a>
    }
}

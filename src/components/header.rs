//! The site header: the embedder's logo and organisation name (as text, never HTML), the
//! app name, and the language switch.

use spoorwijzer_core::text::embed::EmbedText;
use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::dom;
use crate::route::Route;
use crate::state::{use_app, use_embed, Action};

#[component]
pub fn Header() -> Html {
    let state = use_app();
    let embed = use_embed();
    let lang = state.lang;
    // A logo next to the organisation name is decorative (alt=""); alone it gets a name.
    let logo = embed.logo.as_ref().map(|src| {
        let alt = if embed.org.is_some() {
            ""
        } else {
            EmbedText::LogoAlt.text(lang)
        };
        html! { <img class="sw-header__logo" src={src.clone()} alt={alt} /> }
    });
    let org = embed
        .org
        .as_ref()
        .map(|o| html! { <span class="sw-header__org">{ o.clone() }</span> });
    let other = lang.other();
    let switch = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            dom::replace_query_param("lang", other.code());
            state.dispatch(Action::SetLang(other));
        })
    };
    html! {
        <header class="sw-header">
            <div class="sw-container sw-header__inner">
                <div class="sw-header__identity">
                    { for logo }
                    { for org }
                    <Link<Route> to={Route::Start} classes="sw-header__brand">{ UiText::AppName.text(lang) }</Link<Route>>
                </div>
                <nav class="sw-header__nav" aria-label={UiText::LanguageNav.text(lang)}>
                    <button type="button" class="sw-link-button" lang={other.code()} aria-label={UiText::LanguageSwitchLabel.text(lang)} onclick={switch}>
                        { UiText::LanguageSwitch.text(lang) }
                    </button>
                </nav>
            </div>
        </header>
    }
}

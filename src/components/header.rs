//! The site header: name, and the language switch.

use spoorwijzer_core::text::ui::Ui;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::dom;
use crate::route::Route;
use crate::state::{use_app, Action};

#[component]
pub fn Header() -> Html {
    let state = use_app();
    let lang = state.lang;
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
                <Link<Route> to={Route::Start} classes="sw-header__brand">{ Ui::AppName.text(lang) }</Link<Route>>
                <nav class="sw-header__nav" aria-label={match lang { spoorwijzer_core::text::Lang::Nl => "Taal", spoorwijzer_core::text::Lang::En => "Language" }}>
                    <button type="button" class="sw-link-button" lang={other.code()} aria-label={Ui::LanguageSwitchLabel.text(lang)} onclick={switch}>
                        { Ui::LanguageSwitch.text(lang) }
                    </button>
                </nav>
            </div>
        </header>
    }
}

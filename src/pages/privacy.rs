//! The privacy statement (`#/privacy`).

use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::state::use_app;

#[component]
pub fn PrivacyPage() -> Html {
    let lang = use_app().lang;
    let t = |u: UiText| u.text(lang);
    html! {
        <>
            <PageHeading text={t(UiText::PrivacyTitle)} />
            <p class="sw-lead">{ t(UiText::PrivacyPromise) }</p>
            <p>{ t(UiText::PrivacyBody1) }</p>
            <p>{ t(UiText::PrivacyBody2) }</p>
            <p>{ t(UiText::PrivacyBody3) }</p>
            <p>{ t(UiText::PrivacyBody4) }</p>
        </>
    }
}

//! The privacy statement (`#/privacy`).

use spoorwijzer_core::text::ui::Ui;
use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::state::use_app;

#[component]
pub fn PrivacyPage() -> Html {
    let lang = use_app().lang;
    let t = |u: Ui| u.text(lang);
    html! {
        <>
            <PageHeading text={t(Ui::PrivacyTitle)} />
            <p class="sw-lead">{ t(Ui::PrivacyPromise) }</p>
            <p>{ t(Ui::PrivacyBody1) }</p>
            <p>{ t(Ui::PrivacyBody2) }</p>
            <p>{ t(Ui::PrivacyBody3) }</p>
            <p>{ t(Ui::PrivacyBody4) }</p>
        </>
    }
}

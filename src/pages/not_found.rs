//! The 404 page for unknown routes.

use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn NotFoundPage() -> Html {
    let lang = use_app().lang;
    html! {
        <>
            <PageHeading text={UiText::NotFoundTitle.text(lang)} />
            <p>{ UiText::NotFoundBody.text(lang) }</p>
            <p><Link<Route> to={Route::Start}>{ UiText::BackToStart.text(lang) }</Link<Route>></p>
        </>
    }
}

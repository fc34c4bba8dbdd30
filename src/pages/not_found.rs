//! The 404 page for unknown routes.

use spoorwijzer_core::text::ui::Ui;
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
            <PageHeading text={Ui::NotFoundTitle.text(lang)} />
            <p>{ Ui::NotFoundBody.text(lang) }</p>
            <p><Link<Route> to={Route::Start}>{ Ui::BackToStart.text(lang) }</Link<Route>></p>
        </>
    }
}

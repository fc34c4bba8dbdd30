//! An honest placeholder for parts that are not built yet: it says what comes here and
//! points to what already works.

use spoorwijzer_core::text::ui::Ui;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::route::Route;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
}

#[component]
pub fn ComingPage(props: &Props) -> Html {
    let lang = use_app().lang;
    let _ = &props.route;
    html! {
        <>
            <PageHeading text={Ui::ComingNextTitle.text(lang)} />
            <p>{ Ui::ComingNextBody.text(lang) }</p>
            <p><Link<Route> to={Route::Start}>{ Ui::BackToStart.text(lang) }</Link<Route>></p>
        </>
    }
}

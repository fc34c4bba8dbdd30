//! One file per page, and the route switch.

pub mod batch;
pub mod bewaren;
pub mod coming;
pub mod gedeeld;
pub mod not_found;
pub mod privacy;
pub mod start;

use yew::prelude::*;

use crate::route::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <start::StartPage /> },
        Route::Privacy => html! { <privacy::PrivacyPage /> },
        Route::WerkgeverBatch => html! { <batch::BatchPage /> },
        Route::Bewaren => html! { <bewaren::BewarenPage /> },
        Route::Gedeeld { payload } => html! { <gedeeld::GedeeldPage {payload} /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
        other => html! { <coming::ComingPage route={other} /> },
    }
}

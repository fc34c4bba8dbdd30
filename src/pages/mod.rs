//! One file per page, and the route switch.

pub mod batch;
pub mod coming;
pub mod not_found;
pub mod privacy;
pub mod start;
pub mod tijdlijn;
pub mod transitievergoeding;

use yew::prelude::*;

use crate::route::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <start::StartPage /> },
        Route::Privacy => html! { <privacy::PrivacyPage /> },
        Route::Transitievergoeding => html! { <transitievergoeding::TransitievergoedingPage /> },
        Route::Tijdlijn => html! { <tijdlijn::TijdlijnPage /> },
        Route::WerkgeverBatch => html! { <batch::BatchPage /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
        other => html! { <coming::ComingPage route={other} /> },
    }
}

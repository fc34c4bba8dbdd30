//! One file per page, and the route switch.

pub mod check_answers;
pub mod coming;
pub mod not_found;
pub mod outcome;
pub mod privacy;
pub mod question;
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
        Route::Vraag { id } => {
            let key = id.clone();
            html! { <question::QuestionPage {key} id={id} /> }
        }
        Route::Controle => html! { <check_answers::CheckAnswersPage /> },
        Route::Advies => html! { <outcome::OutcomePage /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
        other => html! { <coming::ComingPage route={other} /> },
    }
}

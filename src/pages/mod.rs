//! One file per page, and the route switch.

pub mod batch;
pub mod begrippen;
pub mod bewaren;
pub mod check_answers;
pub mod gedeeld;
pub mod inkomen;
pub mod not_found;
pub mod outcome;
pub mod privacy;
pub mod question;
pub mod start;
pub mod tijdlijn;
pub mod transitievergoeding;
pub mod uitleg;
pub mod uitleg_pagina;
pub mod vergelijk;

use yew::prelude::*;

use crate::components::linked_tool::{LinkStatus, LinkedTool};
use crate::route::Route;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <start::StartPage /> },
        Route::Inkomen => html! { <><LinkStatus /><inkomen::InkomenPage /></> },
        Route::Privacy => html! { <privacy::PrivacyPage /> },
        Route::Transitievergoeding => {
            html! { <LinkedTool<transitievergoeding::TransitievergoedingPage> /> }
        }
        Route::Tijdlijn => html! { <LinkedTool<tijdlijn::TijdlijnPage> /> },
        Route::Vraag { id } => {
            let key = id.clone();
            html! { <question::QuestionPage {key} id={id} /> }
        }
        Route::Controle => html! { <check_answers::CheckAnswersPage /> },
        Route::Advies => html! { <outcome::OutcomePage /> },
        Route::WerkgeverBatch => html! { <batch::BatchPage /> },
        Route::Bewaren => html! { <bewaren::BewarenPage /> },
        Route::Gedeeld { payload } => html! { <gedeeld::GedeeldPage {payload} /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
        Route::Uitleg => html! { <uitleg::UitlegPage /> },
        Route::UitlegPagina { slug } => html! { <uitleg_pagina::UitlegPaginaPage slug={slug} /> },
        Route::Begrippen => html! { <begrippen::BegrippenPage /> },
        Route::Begrip { term } => {
            html! { <begrippen::BegrippenPage term={Some(AttrValue::from(term))} /> }
        }
        Route::Vergelijk => html! { <vergelijk::VergelijkPage /> },
    }
}

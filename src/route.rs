//! The hash routes. These are public names (design.md §6): links from other websites,
//! exports and tests depend on them, so they change only through an issue.

use spoorwijzer_core::flow::Step;
use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Start,
    #[at("/vraag/:id")]
    Vraag { id: String },
    #[at("/controle")]
    Controle,
    #[at("/advies")]
    Advies,
    #[at("/vergelijk")]
    Vergelijk,
    #[at("/transitievergoeding")]
    Transitievergoeding,
    #[at("/tijdlijn")]
    Tijdlijn,
    #[at("/inkomen")]
    Inkomen,
    #[at("/werkgever/batch")]
    WerkgeverBatch,
    #[at("/uitleg")]
    Uitleg,
    #[at("/uitleg/:slug")]
    UitlegPagina { slug: String },
    #[at("/begrippen")]
    Begrippen,
    #[at("/begrippen/:term")]
    Begrip { term: String },
    #[at("/bewaren")]
    Bewaren,
    #[at("/privacy")]
    Privacy,
    #[at("/gedeeld/:payload")]
    Gedeeld { payload: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The route for a step of the interview.
pub fn step_route(step: Step) -> Route {
    match step {
        Step::Ask(q) => Route::Vraag {
            id: q.as_str().to_string(),
        },
        Step::CheckAnswers => Route::Controle,
    }
}

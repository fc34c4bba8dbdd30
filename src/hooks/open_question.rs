//! "Go to the open question first": the check-answers page and the outcome need a
//! finished interview. While a question is open (or nothing is answered yet), the page
//! replaces itself with that question and, until the router has moved, renders a link to
//! it.

use spoorwijzer_core::flow::{self, Step};
use spoorwijzer_core::text::flow::FlowText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::{step_route, Route};
use crate::state::use_app;

/// `Some(what to render instead)` while the interview has an open question; `None` when
/// it is finished.
#[hook]
pub fn use_open_question_first() -> Option<Html> {
    let state = use_app();
    let navigator = use_navigator();
    let step = flow::next(&state.answers);
    use_effect_with(step, move |step| {
        if let Step::Ask(_) = step {
            if let Some(n) = navigator {
                n.replace(&step_route(*step));
            }
        }
    });
    match step {
        Step::Ask(_) => Some(html! {
            <p><Link<Route> to={step_route(step)}>{ FlowText::Continue.text(state.lang) }</Link<Route>></p>
        }),
        Step::CheckAnswers => None,
    }
}

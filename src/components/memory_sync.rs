//! Keeps the answers in browser memory when (and only when) the user switched it on:
//! restores them at start, saves every change, and tells the user when remembered data
//! could not be read (never dropped silently).

use spoorwijzer_core::text::keep::{file_error_message, file_problem_message, KeepText};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::route::Route;
use crate::state::{use_app, Action};
use crate::storage::{self, use_store, Loaded};

#[component]
pub fn MemorySync() -> Html {
    let state = use_app();
    let lang = state.lang;
    let store = use_store();
    let today = use_today();
    let loaded = use_state(|| Loaded::Nothing);
    let first_save = use_mut_ref(|| true);
    // The embedder switched memory off (`onthouden=0`): nothing is read or written.
    let off = !crate::state::use_embed().onthouden;

    {
        let store = store.clone();
        let state = state.clone();
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            if off {
                return;
            }
            let l = storage::load(&*store, today);
            if let Loaded::Read(r) = &l {
                state.dispatch(Action::ReplaceAnswers(r.answers.clone()));
            }
            loaded.set(l);
        });
    }
    {
        let store = store.clone();
        use_effect_with(state.answers.clone(), move |answers| {
            // The first run sees the empty start state: saving it would overwrite the
            // remembered answers before they are restored.
            let mut first = first_save.borrow_mut();
            if *first {
                *first = false;
            } else if !off && storage::is_on(&*store) {
                let _ = storage::save(&*store, answers, today);
            }
        });
    }

    let problems: Vec<String> = match &*loaded {
        Loaded::Nothing => return html! {},
        Loaded::Read(r) if r.problems.is_empty() => return html! {},
        Loaded::Read(r) => r
            .problems
            .iter()
            .map(|p| file_problem_message(p, lang))
            .collect(),
        Loaded::Unreadable(e) => vec![file_error_message(e, lang)],
    };
    let dismiss = {
        let loaded = loaded.clone();
        Callback::from(move |_: MouseEvent| loaded.set(Loaded::Nothing))
    };
    html! {
        <div class="sw-notice sw-memory-notice" role="alert">
            <p><strong>{ KeepText::MemoryReadProblem.text(lang) }</strong></p>
            <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            <p>
                <Link<Route> to={Route::Bewaren}>{ KeepText::PageTitle.text(lang) }</Link<Route>>
                { " " }
                <button type="button" class="sw-button sw-button--secondary" onclick={dismiss}>{ KeepText::Dismiss.text(lang) }</button>
            </p>
        </div>
    }
}

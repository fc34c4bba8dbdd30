//! Check answers (`#/controle`): the reached answers grouped per section in summary lists,
//! each with a "Wijzig" link whose visually hidden text names what it changes, and a
//! button to the advice. Unfinished answers send the user to the open question first.

use spoorwijzer_core::flow;
use spoorwijzer_core::text::flow::{
    change_hidden, display_answer, question_text, section_title, FlowText,
};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::hooks::open_question::use_open_question_first;
use crate::route::Route;
use crate::state::{use_app, Action};

#[component]
pub fn CheckAnswersPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    let answers = state.answers.clone();
    // Not finished (or nothing answered yet): ask the open question first.
    let open = use_open_question_first();
    if let Some(redirect) = open {
        return redirect;
    }

    let voice = flow::voice(&answers);
    let change_label = FlowText::Change.text(lang);
    let back = match flow::previous(&answers, None) {
        Some(p) => Route::Vraag {
            id: p.as_str().to_string(),
        },
        None => Route::Start,
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetChangingFromCheck(true)))
    };
    let to_outcome = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetChangingFromCheck(false)))
    };

    html! {
        <div class="sw-check">
            <Link<Route> to={back} classes="sw-back-link">{ FlowText::Back.text(lang) }</Link<Route>>
            <PageHeading text={FlowText::CheckTitle.text(lang)} />
            <p>{ FlowText::CheckIntro.text(lang) }</p>
            { for flow::relevant_by_section(&answers).into_iter().map(|(section, items)| html! {
                <section class="sw-check__section">
                    <h2>{ section_title(section, voice, lang) }</h2>
                    <dl class="sw-summary-list sw-check__list">
                        { for items.into_iter().map(|(q, a)| {
                            let hidden = change_hidden(q, voice, lang);
                            let rest = hidden.strip_prefix(change_label).unwrap_or(&hidden).to_string();
                            html! {
                                <div class="sw-check__row">
                                    <dt class="sw-check__key">{ question_text(q, voice, lang).short }</dt>
                                    <dd class="sw-check__value">{ display_answer(q, &a, voice, lang) }</dd>
                                    <dd class="sw-check__action">
                                        <span onclick={on_change.clone()}>
                                            <Link<Route> to={Route::Vraag { id: q.as_str().to_string() }}>
                                                { change_label }
                                                <span class="sw-visually-hidden">{ rest }</span>
                                            </Link<Route>>
                                        </span>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
            <div class="sw-button-group">
                <span onclick={to_outcome}>
                    <Link<Route> to={Route::Advies} classes="sw-button">{ FlowText::ToOutcome.text(lang) }</Link<Route>>
                </span>
            </div>
        </div>
    }
}

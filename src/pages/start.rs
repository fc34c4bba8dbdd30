//! The start page (`#/`): what Spoorwijzer does, the privacy promise, four choices and
//! direct links to the tools.

use spoorwijzer_core::embed_config::Tool;
use spoorwijzer_core::flow::{QuestionId, Role};
use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::route::Route;
use crate::state::{use_app, use_embed, Action};

#[component]
pub fn StartPage() -> Html {
    let state = use_app();
    let embed = use_embed();
    let lang = state.lang;
    let t = |u: UiText| u.text(lang);
    let choose = |role: Role| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetAnswer(QuestionId::Rol, role.answer()))
        })
    };
    // The role choice answers `rol` and goes to the question after it (flow::following).
    let after_role = |role: Role| {
        let mut answers = state.answers.clone();
        answers.insert(QuestionId::Rol, role.answer());
        crate::route::step_route(spoorwijzer_core::flow::following(&answers, QuestionId::Rol))
    };
    let choice = |route: Route, role: Role, title: UiText, hint: UiText| {
        html! {
            <li>
                // `data-sw-role`: first-paint.js keeps a choice made on the static start
                // page before the app ran (app.rs reads it).
                <span data-sw-role={role.code()} onclick={choose(role)}>
                    <Link<Route> to={route} classes="sw-choice">
                        <span class="sw-choice__title">{ t(title) }</span>
                        <span class="sw-choice__hint">{ t(hint) }</span>
                    </Link<Route>>
                </span>
            </li>
        }
    };
    html! {
        <>
            <PageHeading text={t(UiText::StartTitle)} />
            <p class="sw-lead">{ t(UiText::StartIntro) }</p>
            <div class="sw-privacy-note">
                <p>{ t(UiText::PrivacyPromise) }</p>
                <Link<Route> to={Route::Privacy}>{ t(UiText::PrivacyLink) }</Link<Route>>
            </div>
            <h2>{ t(UiText::ChooseRole) }</h2>
            <ul class="sw-choices">
                { choice(after_role(Role::Werknemer), Role::Werknemer, UiText::RoleEmployee, UiText::RoleEmployeeHint) }
                { choice(after_role(Role::Werkgever), Role::Werkgever, UiText::RoleEmployer, UiText::RoleEmployerHint) }
                { choice(after_role(Role::Zelfstandige), Role::Zelfstandige, UiText::RoleSelfEmployed, UiText::RoleSelfEmployedHint) }
                { choice(Route::Uitleg, Role::Informatie, UiText::RoleInfo, UiText::RoleInfoHint) }
            </ul>
            <h2>{ t(UiText::ToolsHeading) }</h2>
            <ul class="sw-tool-links">
                // Only the tools the embedder's `tools` list offers (all by default).
                { for [
                    (Tool::Transitievergoeding, Route::Transitievergoeding, UiText::ToolTransitievergoeding),
                    (Tool::Tijdlijn, Route::Tijdlijn, UiText::ToolTijdlijn),
                    (Tool::Inkomen, Route::Inkomen, UiText::ToolInkomen),
                    (Tool::Vergelijk, Route::Vergelijk, UiText::ToolVergelijk),
                    (Tool::Uitleg, Route::Uitleg, UiText::ToolUitleg),
                    (Tool::Begrippen, Route::Begrippen, UiText::ToolBegrippen),
                    (Tool::WerkgeverBatch, Route::WerkgeverBatch, UiText::ToolBatch),
                ].into_iter().filter(|(tool, _, _)| embed.shows(*tool)).map(|(_, route, label)| html! {
                    <li><Link<Route> to={route}>{ t(label) }</Link<Route>></li>
                }) }
                <li><Link<Route> to={Route::Bewaren}>{ t(UiText::ContinueWithFile) }</Link<Route>></li>
            </ul>
        </>
    }
}
